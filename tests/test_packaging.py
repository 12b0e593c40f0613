"""The installed wheel carries ui/, resources/ and the migrations, and finds them itself."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
sys.path.insert(0, sys.argv[1])
from mentordesk.core.resources import docs_path, resource_path, ui_path
from mentordesk.db.schema import MIGRATIONS_DIR
for path in (resource_path("fonts", "DejaVuSans.ttf"), resource_path("templates",
             "participants.csv"), ui_path("main_window.ui"), MIGRATIONS_DIR / "env.py",
             docs_path("matching.md"), resource_path("icons", "mentordesk.svg"),
             resource_path("translations", "mentordesk_ar.qm"),
             resource_path("locale", "es", "LC_MESSAGES", "cli.mo"),
             resource_path("locale", "ar", "LC_MESSAGES", "messages.mo")):
    assert path.is_file(), path
    assert str(path).startswith(sys.argv[1]), path
print("ok")
"""


@pytest.mark.skipif(importlib.util.find_spec("uv") is None, reason="uv builds the wheel")
def test_wheel_finds_its_own_files(tmp_path: Path) -> None:
    """Unpacked from the wheel, the package resolves fonts, templates, forms and migrations
    inside itself, not in the source checkout."""
    subprocess.run(
        [sys.executable, "-m", "uv", "build", "--wheel", "-q", "-o", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("mentordesk-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(site)], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_desktop_integration_files_agree() -> None:
    """The menu entry, the file type, the AppStream description and the icons name each other."""
    import configparser
    import xml.etree.ElementTree as ET

    linux = ROOT / "packaging" / "linux"
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(linux / "org.mentordesk.MentorDesk.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"].split()[0] == "mentordesk" and "%f" in entry["Exec"]
    assert entry["Icon"] == "org.mentordesk.MentorDesk"

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(linux / "org.mentordesk.MentorDesk.xml").getroot()
    (mime_type,) = mime.findall("m:mime-type", ns)
    assert entry["MimeType"].rstrip(";") == mime_type.get("type")

    meta = ET.parse(linux / "org.mentordesk.MentorDesk.metainfo.xml").getroot()
    assert meta.findtext("id") == "org.mentordesk.MentorDesk"
    assert meta.findtext("launchable") == "org.mentordesk.MentorDesk.desktop"
    assert meta.findtext("provides/mediatype") == mime_type.get("type")
    assert len(meta.findall("screenshots/screenshot")) >= 3

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "packaging" / "icons" / f"mentordesk-{size}.png").is_file()
    for name in ("mentordesk.ico", "mentordesk.icns"):
        assert (ROOT / "packaging" / "icons" / name).stat().st_size > 1000
    assert (ROOT / "resources" / "icons" / "mentordesk.svg").is_file()


def test_every_bundle_shares_one_list_of_data_files() -> None:
    """The spec reads packaging/datafiles.py; every source it names exists."""
    datafiles = _datafiles()
    for source, target in datafiles.DATA_FILES:
        assert (ROOT / source).is_dir(), source
        assert target.startswith("mentordesk/")
    spec = (ROOT / "packaging" / "mentordesk.spec").read_text(encoding="utf-8")
    assert "from datafiles import" in spec and "datas=data_files(ROOT)" in spec
    assert not datafiles.wanted("PySide6/Qt/lib/libQt6Quick.so.6")
    assert not datafiles.wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert datafiles.wanted("PySide6/Qt/translations/qtbase_es.qm")
    assert datafiles.wanted("mentordesk/docs/es/matching.md")
    assert not datafiles.wanted("mentordesk/docs/dev/perf.md")
    assert datafiles.wanted("PySide6/Qt/lib/libQt6Charts.so.6")
    assert datafiles.wanted("babel/locale-data/es_MX.dat")
    assert not datafiles.wanted("babel/locale-data/de_DE.dat")
    # The GUI's own catalogs go in (not their Linguist sources), and every language has one.
    ours = "mentordesk/resources/translations/"
    for code in ("en", "es", "fr", "ar"):
        assert (ROOT / "resources" / "translations" / f"mentordesk_{code}.qm").is_file()
        assert datafiles.wanted(f"{ours}mentordesk_{code}.qm")
        assert (ROOT / "resources" / "locale" / code / "LC_MESSAGES").is_dir() or code == "en"
    assert not datafiles.wanted(f"{ours}mentordesk_es.ts")
    assert not datafiles.wanted("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert datafiles.wanted("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so")
    assert datafiles.wanted("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert datafiles.wanted("PySide6/Qt/plugins/platforms/libqwayland.so")
    assert not datafiles.wanted("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert {"scipy", "pandas"} <= set(datafiles.EXCLUDED_MODULES)
    # The CUPS client library comes from the system; Qt's CUPS plugin stays.
    assert not datafiles.wanted("libcups.so.2")
    assert datafiles.wanted("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
    # The desktop's base libraries (AppImage's exclude list) too; their kin that are not on it
    # (libX11-xcb, the xcb utilities Qt 6 needs and desktops often lack) stay in the bundle.
    for system in ("libfontconfig.so.1", "libfreetype.so.6", "libX11.so.6", "libdbus-1.so.3"):
        assert not datafiles.wanted(system)
    for kept in (
        "libX11-xcb.so.1",
        "libxcb-cursor.so.0",
        "libstdc++.so.6",
        "libxkbcommon-x11.so.0",
    ):
        assert datafiles.wanted(kept)
    # keyring's SecretStorage and its cryptography stay out: core.secret_service replaces them.
    assert {"secretstorage", "cryptography"} <= set(datafiles.EXCLUDED_MODULES)


def _datafiles():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import datafiles
    finally:
        sys.path.pop(0)
    return datafiles


def test_libraries_only_a_dropped_plugin_needed_are_left_out() -> None:
    """A system library stays while a kept binary (directly, through another library or
    through a symbolic link's name) needs it; one only the dropped GTK theme needed goes."""
    needed = {
        "/v/PySide6/QtGui.abi3.so": ["libQt6Gui.so.6", "libfreetype.so.6"],
        "/sys/libfreetype.so.6": ["libpng16.so.16"],
        "/sys/libpng16.so.16": ["libz.so.1"],
        "/sys/libz.so.1.2.13": [],
        "/sys/libcairo.so.2": ["libpixman-1.so.0"],
        "/sys/libpixman-1.so.0": [],
        "/sys/libpython3.11.so.1.0": ["libm.so.6"],
        "/v/ortools/sat.so": ["libbz2.so.1"],
        "/sys/libbz2.so.1.0": [],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/v/PySide6/QtGui.abi3.so", "EXTENSION"),
        ("ortools/sat.so", "/v/ortools/sat.so", "EXTENSION"),
        ("libfreetype.so.6", "/sys/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/sys/libpng16.so.16", "BINARY"),
        ("libz.so.1.2.13", "/sys/libz.so.1.2.13", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/sys/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/sys/libpython3.11.so.1.0", "BINARY"),
        ("libbz2.so.1.0", "/sys/libbz2.so.1.0", "BINARY"),
    ]
    links = {"libz.so.1": "libz.so.1.2.13", "libbz2.so.1": "libbz2.so.1.0"}
    unused = _datafiles().unreferenced_libraries(binaries, needed.__getitem__, links)
    assert unused == {"libcairo.so.2", "libpixman-1.so.0"}


OR_TOOLS_PROBE = f"""
import sys
sys.modules["pandas"] = None  # as in the bundle: importing pandas fails
sys.modules["scipy"] = None
exec(open({str(ROOT / "packaging" / "rthooks" / "pandas_stub.py")!r}).read())
from ortools.sat.python import cp_model
model = cp_model.CpModel()
x = model.new_int_var(0, 3, "x")
model.maximize(x)
solver = cp_model.CpSolver()
assert solver.solve(model) == cp_model.OPTIMAL and solver.value(x) == 3
import numpy as np
from mentordesk.matching.assignment import _dense_optimum, peer_assignment
rows, cols = _dense_optimum(np.array([[5.0, 1.0], [4.0, 3.0]]), np.ones((2, 2), bool),
                            np.array([1, 1]), 0.0)
assert sorted(zip(rows.tolist(), cols.tolist())) == [(0, 0), (1, 1)]
scores = np.random.default_rng(7).random((12, 12)) * 10  # 66 edges: the LP-proof path
pairs = peer_assignment(scores, ~np.eye(12, dtype=bool))
assert len(pairs) == 6 and len(set(sum(pairs, ()))) == 12
print("ok")
"""


def test_or_tools_runs_with_the_bundles_pandas_stand_in(tmp_path: Path) -> None:
    """Without pandas (left out of the bundle), the runtime hook's stand-in lets CP-SAT load
    and solve, and the matcher's solvers (min-cost flow, GLOP) need neither pandas nor SciPy."""
    done = subprocess.run([sys.executable, "-c", OR_TOOLS_PROBE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_double_clicked_database_opens_the_application(tmp_path: Path) -> None:
    """`mentordesk FILE` (what the desktop runs for a double-clicked file) opens the GUI on it;
    a command name or an option is still the command line."""
    from mentordesk.entry import opened_file

    db = tmp_path / "spring cohort.mentordesk"
    db.write_bytes(b"")
    assert opened_file([str(db)]) == db
    assert opened_file(["programs"]) is None
    assert opened_file(["--version"]) is None
    assert opened_file([str(tmp_path / "missing.sqlite")]) is None


def test_the_real_entry_point_starts_the_window_and_quits(tmp_path: Path) -> None:
    """Through the console script, as a desktop starts it: first run creates the sample, the
    window is shown, and MENTORDESK_QUIT_AFTER_MS (the bundle smoke test's hook) ends it."""

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORDESK_QUIT_AFTER_MS="300")
    db = tmp_path / "first run.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "mentordesk", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert db.is_file() and db.stat().st_size > 0


def _shrink():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import shrink
    finally:
        sys.path.pop(0)
    return shrink


def test_every_bundle_carries_a_current_new_file_template() -> None:
    """The spec builds the new-file template before collecting, and the one list of data
    files puts it beside the migrations, so a first start in any bundle copies it."""
    datafiles = _datafiles()
    spec = (ROOT / "packaging" / "mentordesk.spec").read_text(encoding="utf-8")
    assert spec.index("build_files(ROOT, sys.executable)") < spec.index("a = Analysis(")
    template = "src/mentordesk/db/migrations/new-file.sqlite"
    assert (str(ROOT / template), "mentordesk/db/migrations") in datafiles.data_files(ROOT)
    datafiles.build_files(ROOT, sys.executable)
    from mentordesk.db.sqlite_file import NEW_FILE_TEMPLATE, template_is_current

    assert ROOT / template == NEW_FILE_TEMPLATE
    assert template_is_current(NEW_FILE_TEMPLATE)


def test_icu_keeps_the_shipped_languages_and_what_every_locale_needs() -> None:
    """The reduced ICU data keeps root, en/es/fr/ar (names, collation, zones, units) and the
    locale-independent tables; other languages, legacy converters and transliterators go."""
    wanted = _shrink().icu_item_wanted
    for kept in (
        "coll/es.res",
        "coll/es__TRADITIONAL.res",
        "coll/ar.res",
        "fr_CA.res",
        "en_001.res",
        "zone/ar_EG.res",
        "coll/root.res",
        "pool.res",
        "coll/pool.res",
        "res_index.res",
        "supplementalData.res",
        "metaZones.res",
        "zoneinfo64.res",
        "uts46.nrm",
        "cnvalias.icu",
        "brkitr/word.brk",
        "brkitr/thaidict.dict",
    ):
        assert wanted(kept), kept
    for dropped in (
        "coll/de.res",
        "zh_Hant.res",
        "lang/ja.res",
        "ars.res",
        "ibm-943_P15A-2003.cnv",
        "translit/Latin_ASCII.res",
    ):
        assert not wanted(dropped), dropped


def test_a_stripped_library_the_loader_refuses_is_put_back(tmp_path: Path) -> None:
    """Each stripped file is checked; one the loader no longer maps (auditwheel's patched
    OpenBLAS) is restored byte for byte, one that lacked a system library before still may."""
    files = {name: tmp_path / name for name in ("ok.so", "patched.so", "wayland.so")}
    for path in files.values():
        path.write_bytes(b"\x7fELF" + b"x" * 1000)

    def strip(path: Path) -> bool:
        path.write_bytes(path.read_bytes()[:200])
        return True

    def check(path: Path) -> str:
        if path.name == "wayland.so":
            return "libwayland-cursor.so.0: cannot open shared object file"
        if path.name == "patched.so" and path.stat().st_size < 1000:
            return "ELF load command address/offset not page-aligned"
        return ""

    saved, restored = _shrink().strip_binaries(files.values(), check, strip)
    assert restored == [files["patched.so"]]
    assert files["patched.so"].read_bytes() == b"\x7fELF" + b"x" * 1000
    assert files["ok.so"].stat().st_size == files["wayland.so"].stat().st_size == 200
    assert saved == 2 * (1004 - 200)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("icupkg", "cc", "readelf")),
    reason="needs icupkg (icu-devtools), a C compiler and readelf",
)
def test_the_reduced_icu_data_still_sorts_and_dates_the_shipped_languages(
    tmp_path: Path,
) -> None:
    """Qt's ICU with the rebuilt data library: Spanish Ñ, Arabic before Latin, French accents,
    long dates in the four languages, and it is much smaller than the whole data."""
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    for name in ("libicudata", "libicuuc", "libicui18n"):
        (source,) = qt_lib.glob(f"{name}.so.*[0-9]")
        shutil.copy(source, tmp_path / source.name)
    (data,) = tmp_path.glob("libicudata.so.*")
    before = data.stat().st_size
    saved = _shrink().reduce_icu_data(data)
    assert saved > 0 and data.stat().st_size == before - saved
    assert data.stat().st_size < before / 2
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "bundle_test.py"), "--icu", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("cc", "readelf"))
    or not sys.platform.startswith("linux"),
    reason="needs a C compiler and readelf (Linux)",
)
def test_the_matcher_runs_on_or_tools_without_its_unused_solvers(tmp_path: Path) -> None:
    """With SCIP, HiGHS and COIN-OR replaced by the bundle's stubs, min-cost flow, GLOP and
    CP-SAT still solve; asking OR-Tools for SCIP stops with a sentence naming what is missing."""
    import ortools

    libs = tmp_path / "ortools" / ".libs"  # beside ortools.libs (Abseil), as in the wheel
    shutil.copytree(Path(ortools.__file__).parent / ".libs", libs, symlinks=True)
    absl = Path(ortools.__file__).parent.with_name("ortools.libs")
    if absl.is_dir():
        shutil.copytree(absl, tmp_path / absl.name, symlinks=True)
    saved = _shrink().stub_unused_solvers(libs)
    assert saved > 20_000_000
    assert (libs / "libscip.so.10.0").stat().st_size < 100_000
    # The loader looks in LD_LIBRARY_PATH before the extension modules' RUNPATH ($ORIGIN).
    env = dict(os.environ, LD_LIBRARY_PATH=str(libs))
    done = subprocess.run(
        [sys.executable, "-c", OR_TOOLS_PROBE], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    scip = "from ortools.linear_solver import pywraplp\npywraplp.Solver.CreateSolver('SCIP')"
    done = subprocess.run([sys.executable, "-c", scip], capture_output=True, text=True, env=env)
    assert done.returncode != 0
    assert "OR-Tools called libscip.so" in done.stderr and "bundle leaves out" in done.stderr
