"""The one list of files every MentorDesk bundle carries (Linux, Windows and macOS specs).

Paths are relative to the repository root; each entry is (source, destination inside the
bundle). `core.resources` finds ui/ and resources/ under mentordesk/ in a bundle as in a wheel,
and Alembic reads its migration scripts as files at run time.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

DATA_FILES: tuple[tuple[str, str], ...] = (
    ("ui", "mentordesk/ui"),
    ("resources", "mentordesk/resources"),
    ("docs", "mentordesk/docs"),
    ("src/mentordesk/db/migrations", "mentordesk/db/migrations"),
)

#: Files the build makes before collecting (not in the repository), in every bundle too.
#: The new-file template: an empty file at the newest revision; a first start copies it
#: instead of importing Alembic and running every migration (`db.sqlite_file.NEW_FILE_TEMPLATE`).
BUILT_FILES: tuple[tuple[str, str], ...] = (
    ("src/mentordesk/db/migrations/new-file.sqlite", "mentordesk/db/migrations"),
)

#: Builds BUILT_FILES with the build's Python (run from the repository root, `src` on the path)
#: and fails when the template is missing or not at the migrations' head afterwards.
_BUILD = (
    "import sys\n"
    "from mentordesk.db.sqlite_file import template_is_current\n"
    "from mentordesk.db.template import build_template\n"
    "build_template()\n"
    "sys.exit(0 if template_is_current() else 'the new-file template is not at the head')\n"
)

#: Python packages the application never imports but that PyInstaller would otherwise follow
#: from the virtual environment (test and build tools, DNS lookups email-validator skips).
EXCLUDED_MODULES: tuple[str, ...] = (
    "_pytest", "pytest", "pytestqt", "hypothesis", "pygments", "setuptools", "pkg_resources",
    "pip", "dns", "mypy", "ruff", "importlinter", "grimp", "pypdf", "tkinter", "IPython",
    "PyInstaller", "uv", "numpy.tests",
    # SciPy (64 MB with its own OpenBLAS): the application no longer imports it (OR-Tools
    # solves the assignment and the peer LP); only the tests use it, as an independent oracle.
    "scipy",
    # Pillow: ReportLab draws PNG/JPEG logos; the AVIF, WebP and Tk plugins carry 6 MB of libs.
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk",
    "PIL.ImageTk",
    # pandas (18 MB): only OR-Tools' CP-SAT module imports it, for type hints of helpers we never
    # call; packaging/rthooks/pandas_stub.py stands in for it.
    "pandas",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2",
    "PySide6.QtVirtualKeyboard", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel", "PySide6.QtWebSockets", "PySide6.Qt3DCore", "PySide6.QtMultimedia",
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtDesigner",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtUiTools", "PySide6.QtXml",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtQuick3D",
    # SQLAlchemy's dialects for servers MentorDesk never talks to (it loads a dialect only for
    # a URL naming it), and the text of Python's interactive help().
    "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.oracle",
    "pydoc_data",
    # SecretStorage and its cryptography (11 MB): keyring's own Linux backend; MentorDesk's
    # (core/secret_service.py, jeepney) speaks to the same Secret Service without them.
    "secretstorage", "cryptography",
    # GNU readline (and libreadline, libtinfo): only an interactive Python prompt, pdb or cmd
    # use it, and each of them goes on without it.
    "readline",
)

#: Shared libraries and Qt data a bundle does not need even though a hook collects them
#: (matched against the destination path inside the bundle).
EXCLUDED_BINARY_PARTS: tuple[str, ...] = (
    "Qt6Quick", "Qt6Qml", "Qt6VirtualKeyboard", "Qt6WebEngine", "Qt6Pdf Quick", "qml/",
    "Qt6Designer", "Qt6Multimedia", "Qt6ShaderTools", "Qt63D", "Qt6Quick3D",
    "platforminputcontexts", "virtualkeyboard", "qmltooling", "designer/",
    # Qt plugins for embedded screens (EGLFS, linuxfb, VNC, evdev/TUIO input), compositor-side
    # Wayland pieces and shells no desktop uses, and image formats MentorDesk never reads
    # (logos and icons are PNG, JPEG and SVG).
    "plugins/egldeviceintegrations/", "plugins/generic/", "libqeglfs.so", "libqlinuxfb.so",
    "libqvnc.so", "libqminimalegl.so", "libqvkkhrdisplay.so", "Qt6EglFs", "Qt6EglFSDevice",
    "-server.so", "libivi-shell.so", "libfullscreen-shell-v1.so", "libwl-shell-plugin.so",
    "libqt-shell.so", "libqtiff.so", "libqwebp.so", "libqtga.so", "libqwbmp.so", "libqicns.so",
    "imageformats/libqpdf.so",
    # The GTK 3 platform theme pulls GTK, Cairo, Pango, ATK and gdk-pixbuf (about 20 MB) from
    # the build machine; the XDG desktop portal theme still follows the desktop's light or dark
    # colour scheme, and Qt draws the widgets itself (Fusion).
    "platformthemes/libqgtk3.so",
)

#: Libraries left to the system although a kept plugin links them (Linux). The CUPS client
#: library, which Qt's CUPS print plugin links, with GnuTLS, Nettle, GMP, p11-kit, libidn2,
#: libunistring and Avahi that only it needs (7.4 MB): it should be the system's own, matching
#: the system's CUPS and its /etc/cups settings; a system without it has no CUPS to print to,
#: and Qt then skips the plugin and still prints to PDF.
#: Also the desktop's base libraries: those AppImage's exclude list (used by linuxdeployqt and
#: appimagetool) names because every desktop has them and they must match its configuration
#: (a bundled fontconfig older than the system's fails to read its fonts.conf), and D-Bus's and
#: xkbcommon's client libraries, which Qt's own wheels expect from the system as they expect
#: the others (a desktop session runs on D-Bus; every toolkit reads the keyboard with
#: xkbcommon). Libraries only they need (libpng, PCRE2, libsystemd, libgcrypt) go with them.
#: The xcb utility libraries Qt 6 needs stay in the bundle: desktops often lack them.
SYSTEM_LIBRARIES: tuple[str, ...] = (
    "libcups.so",
    "libX11.so.", "libfontconfig.so.", "libfreetype.so.", "libexpat.so.", "libglib-2.0.so.",
    "libgthread-2.0.so.", "libgpg-error.so.", "libcom_err.so.", "libuuid.so.",
    "libdbus-1.so.", "libxkbcommon.so.",
)

#: Babel's CLDR data kept: the document languages MentorDesk ships (all of CLDR is 35 MB).
BABEL_LOCALES_KEPT: tuple[str, ...] = ("root", "en", "es", "fr", "ar")

#: Qt's own translations kept (the languages MentorDesk ships, standard buttons and dialogs);
#: every other one is dropped. MentorDesk's catalogs (resources/translations/*.qm) are kept.
QT_TRANSLATIONS_KEPT: tuple[str, ...] = ("qtbase_es", "qtbase_fr", "qtbase_ar")


#: Loaded by the bootloader itself (dlopen), so kept although no binary names it.
_BOOTLOADER_LIBS = ("libpython",)


def unreferenced_libraries(
    binaries: list[tuple[str, str, str]],
    needed: Callable[[str], Iterable[str]],
    links: dict[str, str] | None = None,
) -> set[str]:
    """Shared libraries at the bundle's top level that no kept binary needs any more.

    PyInstaller collects a plugin's dependencies before the spec drops the plugin, so dropping
    the GTK theme would still leave GTK's libraries behind. Starting from everything else
    (extension modules, Qt's libraries and plugins, libpython), follow DT_NEEDED through the
    top-level libraries; those never reached are left out. `binaries` are PyInstaller's
    (destination, source, kind) entries; `needed(source)` names the libraries a binary asks for;
    `links` maps a symbolic link's name in the bundle to its target there (libbz2.so.1 →
    libbz2.so.1.0), as a binary may name a library by its link.
    """
    links = links or {}
    top = {
        dest: source
        for dest, source, kind in binaries
        if kind == "BINARY" and "/" not in dest.replace("\\", "/")
    }
    by_name = {Path(dest).name: dest for dest in top}
    queue = [source for dest, source, _kind in binaries if dest not in top]
    reached = {dest for dest in top if dest.startswith(_BOOTLOADER_LIBS)}
    queue += [top[dest] for dest in reached]
    while queue:
        for name in needed(queue.pop()):
            name = Path(name).name
            dest = by_name.get(links.get(name, name))
            if dest is not None and dest not in reached:
                reached.add(dest)
                queue.append(top[dest])
    return set(top) - reached


def build_files(root: Path, python: str) -> None:
    """Make BUILT_FILES (the new-file template) with `python`; raises when it fails."""
    env = dict(os.environ, PYTHONPATH=str(root / "src"))
    subprocess.run([python, "-c", _BUILD], cwd=root, env=env, check=True)


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source, destination folder) for PyInstaller's `datas`: DATA_FILES and BUILT_FILES."""
    return [(str(root / source), target) for source, target in DATA_FILES + BUILT_FILES]


def wanted(dest: str) -> bool:
    """Whether a collected binary or data file (its path inside the bundle) is kept."""
    path = dest.replace("\\", "/")
    if any(part in path for part in EXCLUDED_BINARY_PARTS):
        return False
    if "/" not in path and path.startswith(SYSTEM_LIBRARIES):
        return False
    if "babel/locale-data/" in path and path.endswith(".dat"):
        locale = Path(path).stem.split("_")[0]
        return locale in BABEL_LOCALES_KEPT
    if path.startswith("mentordesk/docs/dev/"):
        # The developers' notes (round reports, benchmarks): Help lists only the user guides.
        return False
    if "mentordesk/resources/translations/" in path:
        # The GUI's own catalogs: the compiled .qm files; the Linguist sources stay out.
        return path.endswith(".qm")
    if "/translations/" in path and path.endswith(".qm"):
        return any(Path(path).name.startswith(keep) for keep in QT_TRANSLATIONS_KEPT)
    return True
