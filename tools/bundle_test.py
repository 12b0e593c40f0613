"""Build the Linux bundle and prove it works the way a coordinator meets it (`make bundle-test`).

Builds dist/mentordesk-VERSION with PyInstaller (unless --no-build), packs the tar.gz, installs
it with its own install.sh into a throw-away HOME, then runs the installed `mentordesk`:
`--version`, `demo`, `match` and `rotation` (OR-Tools without SciPy or pandas), `pdf agreement`
(fonts and text inside the PDF) and the GUI starting
offscreen and quitting by itself. Prints the bundle's size and start times beside the
development install (`make run`'s virtual environment). Exits 1 on the first failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_BUDGET_MB = 200


def version() -> str:
    namespace: dict[str, str] = {}
    text = (ROOT / "src" / "mentordesk" / "__init__.py").read_text(encoding="utf-8")
    exec(compile(text, "__init__", "exec"), namespace)
    return namespace["__version__"]


def folder_size_mb(path: Path) -> float:
    return (
        sum(f.lstat().st_size for f in path.rglob("*") if not f.is_symlink() and f.is_file())
        / 1_048_576
    )


def run(cmd: list[str], env: dict[str, str], timeout: float = 120) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or "Traceback" in done.stderr:
        print(f"FAILED: {' '.join(cmd)} (exit {done.returncode})\n{done.stdout}\n{done.stderr}")
        sys.exit(1)
    return elapsed, done.stdout


def main(argv: list[str]) -> int:
    bundle = ROOT / "dist" / f"mentordesk-{version()}"
    if "--no-build" not in argv or not bundle.is_dir():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                str(ROOT / "packaging" / "mentordesk.spec"),
                "--noconfirm",
                "--distpath",
                str(ROOT / "dist"),
                "--workpath",
                str(ROOT / "build" / "pyinstaller"),
                "--log-level",
                "ERROR",
            ],
            check=True,
        )
    tarball = (
        subprocess.run(
            ["sh", str(ROOT / "packaging" / "linux" / "make-tarball.sh"), str(bundle)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    size = folder_size_mb(bundle)
    print(
        f"bundle: {size:.0f} MB unpacked (budget {SIZE_BUDGET_MB} MB), "
        f"{Path(tarball).stat().st_size / 1_048_576:.0f} MB as {Path(tarball).name}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        with tarfile.open(tarball) as archive:
            archive.extractall(tmp, filter="data")
        unpacked = Path(tmp) / Path(tarball).name.removesuffix(".tar.gz")
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "MENTORDESK"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
        run(["sh", str(unpacked / "install.sh")], env)
        exe = home / ".local" / "bin" / "mentordesk"
        for needed in (
            exe,
            home / ".local/share/applications/org.mentordesk.MentorDesk.desktop",
            home / ".local/share/mime/packages/org.mentordesk.MentorDesk.xml",
            home / ".local/share/icons/hicolor/256x256/apps/org.mentordesk.MentorDesk.png",
            home / ".local/share/metainfo/org.mentordesk.MentorDesk.metainfo.xml",
        ):
            if not needed.exists():
                print(f"FAILED: the installer did not create {needed}")
                return 1
        db = Path(tmp) / "bundle test.sqlite"
        t_version, out = run([str(exe), "--version"], env)
        print(f"--version: {out.strip()} in {t_version:.2f} s")
        t_demo, out = run([str(exe), "--db", str(db), "demo", "--participants", "40"], env)
        program = out.split("'")[1]  # Created 'NAME' with …
        # The matcher's solvers inside the bundle: OR-Tools' min-cost flow and CP-SAT (pandas
        # and SciPy are left out, see packaging/datafiles.py).
        t_match, out = run([str(exe), "--db", str(db), "match", "--program", program], env)
        if "matched" not in out:
            print(f"FAILED: match printed no summary:\n{out}")
            return 1
        run([str(exe), "--db", str(db), "rotation", "--program", program, "--rounds", "3"], env)
        print(f"match {t_match:.2f} s, rotation ok")
        pdf = Path(tmp) / "agreement.pdf"
        t_pdf, _ = run(
            [str(exe), "--db", str(db), "pdf", "agreement", "--pair", "1", "-o", str(pdf)], env
        )
        if shutil.which("pdffonts"):
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
            if "DejaVu" not in fonts:
                print(f"FAILED: the agreement has none of the bundled fonts:\n{fonts}")
                return 1
        print(f"demo {t_demo:.2f} s, pdf agreement {t_pdf:.2f} s (fonts embedded)")
        gui_env = dict(env, MENTORDESK_QUIT_AFTER_MS="1500")
        t_gui, _ = run([str(exe), "--db", str(Path(tmp) / "gui.sqlite")], gui_env, timeout=90)
        print(f"GUI: first run with the sample program, shown and quit by itself in {t_gui:.2f} s")
        catalogs = {p.name for p in unpacked.rglob("*.qm")}
        for needed_qm in (
            "mentordesk_es.qm",
            "mentordesk_fr.qm",
            "mentordesk_ar.qm",
            "qtbase_ar.qm",
        ):
            if needed_qm not in catalogs:
                print(f"FAILED: the bundle lacks the translation {needed_qm}")
                return 1
        t_ar, _ = run(
            [str(exe), "--db", str(Path(tmp) / "gui.sqlite")],
            dict(gui_env, MENTORDESK_LANGUAGE="ar"),
            timeout=90,
        )
        print(f"GUI in Arabic (catalogs found in the bundle): shown and quit in {t_ar:.2f} s")

        venv = ROOT / ".venv" / "bin" / "mentordesk"
        if venv.exists():
            dev_env = dict(gui_env)
            t_dev_version, _ = run([str(venv), "--version"], dev_env)
            t_dev_gui, _ = run([str(venv), "--db", str(Path(tmp) / "dev.sqlite")], dev_env, 90)
            print(
                f"make run's install: --version {t_dev_version:.2f} s, GUI {t_dev_gui:.2f} s "
                "(bytecode not written, as in the bundle test)"
            )
    if size > SIZE_BUDGET_MB:
        print(
            f"NOTE: {size:.0f} MB is over the {SIZE_BUDGET_MB} MB budget (see README, Installing)"
        )
    print("bundle test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
