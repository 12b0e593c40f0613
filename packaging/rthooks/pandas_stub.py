"""PyInstaller runtime hook: a stand-in for pandas, which the bundle leaves out (18 MB).

OR-Tools' CP-SAT module (`ortools.sat.python.cp_model`) imports pandas at the top only to
name `pd.Index` and `pd.Series` in type hints and `isinstance` checks for its pandas helpers;
MentorDesk never passes it pandas objects, so two empty classes are all it needs.
"""

import sys
import types


def _install_pandas_stub() -> None:
    try:
        import pandas  # noqa: F401  (a real pandas, if one is ever bundled, wins)
    except ImportError:
        stub = types.ModuleType("pandas")
        stub.__doc__ = "MentorDesk's stand-in: pandas is not in this bundle."
        for name in ("Index", "Series", "DataFrame"):
            setattr(stub, name, type(name, (), {"__module__": "pandas"}))
        sys.modules["pandas"] = stub


_install_pandas_stub()
