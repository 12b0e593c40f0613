"""The Linux bundle's own build environment: build/bundle-venv.

It holds the application (editable, as in .venv), PyInstaller, and NumPy built from its source
without BLAS or LAPACK: NumPy then uses its own small lapack_lite instead of the 25 MB OpenBLAS
and 3 MB libgfortran of the registry's wheel. MentorDesk's NumPy use is element-wise (scores,
masks, sorting; no matrix products or linear algebra), so nothing it does changes; a future
matrix product would be slower, never wrong. The wheel is built once per NumPy version (the
version .venv carries, so the tests and the bundle run the same NumPy) and kept in
build/wheels/numpy-noblas/; later builds reuse it. Building it needs a C and C++ compiler and
the Python headers (packaging/debian-deps.sh bundle); pip brings meson, ninja and Cython.

    python packaging/buildenv.py     # prints the build environment's python
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "build" / "bundle-venv"
WHEELS = ROOT / "build" / "wheels" / "numpy-noblas"
#: meson options of NumPy's build: no BLAS, no LAPACK, and that being allowed.
NO_BLAS = ("-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true")
PYINSTALLER = "pyinstaller>=6.10"

_BLAS = (
    "import json, numpy\n"
    "deps = numpy.show_config('dicts')['Build Dependencies']\n"
    "print(json.dumps({k: deps[k].get('name') for k in ('blas', 'lapack')}))\n"
)


def _output(python: Path | str, code: str) -> str:
    return subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True
    ).stdout.strip()


def numpy_version(python: Path | str) -> str:
    """The NumPy version installed for `python`."""
    return _output(python, "import importlib.metadata as m; print(m.version('numpy'))")


def blas_of(python: Path | str) -> dict[str, str | None]:
    """The BLAS and LAPACK `python`'s NumPy was built with (NumPy's own build record)."""
    return dict(json.loads(_output(python, _BLAS)))


def noblas_wheel(version: str, python: Path | str, wheels: Path = WHEELS) -> Path:
    """NumPy `version` built without BLAS/LAPACK: the cached wheel, else built now (minutes)."""
    found = sorted(wheels.glob(f"numpy-{version}-*.whl"))
    if found:
        return found[-1]
    print(f"Building NumPy {version} without BLAS (once; kept in {wheels})", flush=True)
    subprocess.run(
        [
            str(python), "-m", "pip", "wheel", "--no-deps", "--no-binary", "numpy",
            f"numpy=={version}", "--wheel-dir", str(wheels),
            *(f"-Csetup-args={option}" for option in NO_BLAS),
        ],
        check=True,
    )
    (wheel,) = wheels.glob(f"numpy-{version}-*.whl")
    return wheel


def create(dev_python: Path | str, venv: Path = VENV) -> Path:
    """Make (or bring up to date) the build environment; its python. Raises when its NumPy
    still links a BLAS."""
    wheel = noblas_wheel(numpy_version(dev_python), dev_python)
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([str(dev_python), "-m", "venv", str(venv)], check=True)
    subprocess.run(
        [
            str(dev_python), "-m", "uv", "pip", "install", "--quiet", "--python", str(python),
            str(wheel), "-e", str(ROOT), PYINSTALLER,
        ],
        check=True,
    )
    blas = blas_of(python)
    if any(name not in (None, "none") for name in blas.values()):
        raise SystemExit(f"the bundle's NumPy links {blas}; expected none (see {__file__})")
    return python


if __name__ == "__main__":
    print(create(sys.executable))
