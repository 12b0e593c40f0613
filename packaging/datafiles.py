"""The one list of files every MentorDesk bundle carries (Linux, Windows and macOS specs).

Paths are relative to the repository root; each entry is (source, destination inside the
bundle). `core.resources` finds ui/ and resources/ under mentordesk/ in a bundle as in a wheel,
and Alembic reads its migration scripts as files at run time.
"""

from __future__ import annotations

from pathlib import Path

DATA_FILES: tuple[tuple[str, str], ...] = (
    ("ui", "mentordesk/ui"),
    ("resources", "mentordesk/resources"),
    ("docs", "mentordesk/docs"),
    ("src/mentordesk/db/migrations", "mentordesk/db/migrations"),
)

#: Python packages the application never imports but that PyInstaller would otherwise follow
#: from the virtual environment (test and build tools, DNS lookups email-validator skips).
EXCLUDED_MODULES: tuple[str, ...] = (
    "_pytest", "pytest", "pytestqt", "hypothesis", "pygments", "setuptools", "pkg_resources",
    "pip", "dns", "mypy", "ruff", "importlinter", "grimp", "pypdf", "tkinter", "IPython",
    "PyInstaller", "uv", "numpy.tests", "scipy.tests",
    # SciPy: matching needs optimize (linear_sum_assignment, milp) and sparse, which pull in
    # linalg, special, spatial, fft and constants; the rest never loads.
    "scipy.stats", "scipy.integrate", "scipy.interpolate", "scipy.ndimage", "scipy.signal",
    "scipy.io", "scipy.datasets", "scipy.cluster", "scipy.odr", "scipy.differentiate",
    "scipy.misc",
    # Pillow: ReportLab draws PNG/JPEG logos; the AVIF, WebP and Tk plugins carry 6 MB of libs.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtVirtualKeyboard", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDesigner",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtQuick3D",
)

#: Shared libraries and Qt data a bundle does not need even though a hook collects them
#: (matched against the destination path inside the bundle).
EXCLUDED_BINARY_PARTS: tuple[str, ...] = (
    "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6WebEngine", "Qt6Pdf Quick", "qml/",
    "Qt6Designer", "Qt6Multimedia", "Qt6ShaderTools", "Qt63D", "Qt6Quick3D",
    "platforminputcontexts", "virtualkeyboard", "qmltooling", "designer/",
)

#: Babel's CLDR data kept: the document languages MentorDesk ships (all of CLDR is 35 MB).
BABEL_LOCALES_KEPT: tuple[str, ...] = ("root", "en", "es", "fr", "ar")

#: Qt's own translations kept (the languages MentorDesk ships, standard buttons and dialogs);
#: every other one is dropped. MentorDesk's catalogs (resources/translations/*.qm) are kept.
QT_TRANSLATIONS_KEPT: tuple[str, ...] = ("qtbase_es", "qtbase_fr", "qtbase_ar")


def data_files(root: Path) -> list[tuple[str, str]]:
    return [(str(root / source), target) for source, target in DATA_FILES]


def wanted(dest: str) -> bool:
    """Whether a collected binary or data file (its path inside the bundle) is kept."""
    path = dest.replace("\\", "/")
    if any(part in path for part in EXCLUDED_BINARY_PARTS):
        return False
    if "babel/locale-data/" in path and path.endswith(".dat"):
        locale = Path(path).stem.split("_")[0]
        return locale in BABEL_LOCALES_KEPT
    if "mentordesk/resources/translations/" in path:
        # The GUI's own catalogs: the compiled .qm files; the Linguist sources stay out.
        return path.endswith(".qm")
    if "/translations/" in path and path.endswith(".qm"):
        return any(Path(path).name.startswith(keep) for keep in QT_TRANSLATIONS_KEPT)
    return True
