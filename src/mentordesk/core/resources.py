"""One place that finds the shipped files (ui/, resources/) in a checkout and in a wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


@cache
def _root_for(name: str) -> Path:
    # A wheel carries them inside the package (force-include in pyproject.toml); a source
    # checkout or an editable install finds them at the repository root.
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent.parent / name):
        if candidate.is_dir():
            return candidate
    # untranslated: the catalogs live in that very folder
    raise FileNotFoundError(f"MentorDesk cannot find its {name}/ folder next to {_PACKAGE_DIR}")


def resource_path(*parts: str) -> Path:
    """Path of a file under resources/, e.g. resource_path("fonts", "DejaVuSans.ttf")."""
    return _root_for("resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Designer source under ui/."""
    return _root_for("ui").joinpath(*parts)


def docs_path(*parts: str) -> Path:
    """Path under docs/, the user guides (shipped inside the application for Help)."""
    return _root_for("docs").joinpath(*parts)
