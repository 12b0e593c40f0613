"""The Linux bundle's build environment (packaging/buildenv.py): NumPy without BLAS, built
once per version, and an environment whose NumPy reports a BLAS is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _buildenv():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import buildenv
    finally:
        sys.path.pop(0)
    return buildenv


def test_numpy_without_blas_is_built_once_per_version_and_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buildenv = _buildenv()
    builds: list[list[str]] = []

    def pip_wheel(command: list[str], **_kwargs: Any) -> None:
        builds.append(command)
        version = command[command.index("--no-binary") + 2].split("==")[1]
        (tmp_path / f"numpy-{version}-cp311-cp311-linux_x86_64.whl").write_bytes(b"")

    monkeypatch.setattr(subprocess, "run", pip_wheel)
    first = buildenv.noblas_wheel("2.4.6", "python", wheels=tmp_path)
    assert len(builds) == 1
    assert "numpy==2.4.6" in builds[0]
    assert {"-Csetup-args=-Dblas=none", "-Csetup-args=-Dlapack=none"} <= set(builds[0])
    assert buildenv.noblas_wheel("2.4.6", "python", wheels=tmp_path) == first
    assert len(builds) == 1  # the cached wheel, not a second build
    buildenv.noblas_wheel("2.5.0", "python", wheels=tmp_path)  # another version: built
    assert len(builds) == 2


def test_an_environment_whose_numpy_links_openblas_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads NumPy's own build record: the tests' NumPy (the registry's wheel, with
    OpenBLAS) must not pass as the bundle's."""
    buildenv = _buildenv()
    if buildenv.blas_of(sys.executable)["blas"] in (None, "none"):
        pytest.skip("this environment's NumPy has no BLAS either")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "python").symlink_to(sys.executable)
    monkeypatch.setattr(buildenv, "noblas_wheel", lambda *_args: tmp_path / "numpy.whl")
    real_run = subprocess.run
    installs: list[list[str]] = []

    def run(command: list[str], **kwargs: Any) -> Any:
        if "uv" in command:  # the install into the environment: skipped here
            installs.append(command)
            return None
        return real_run(command, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    with pytest.raises(SystemExit, match="expected none"):
        buildenv.create(sys.executable, venv=tmp_path)
    assert installs and str(tmp_path / "numpy.whl") in installs[0]
