"""PySide6 reads the source of every module imported after it, to learn whether the module
selects a `__feature__` (snake_case, true_property): `inspect.getsource` on each of the
hundreds of modules the application imports after Qt — its own, then SQLAlchemy's in the
opening thread — ~50 ms of CPU at start-up (issue 14). MentorDesk selects no feature
anywhere, so every module may be recorded as not selecting one without reading it.

This reaches into PySide6's private support module: where it is not as expected (another
PySide6 version), nothing is changed and PySide6 scans as before.
"""

from __future__ import annotations

import sys


def skip_feature_scan() -> bool:
    """Record every module as selecting no `__feature__` without reading its source;
    True when PySide6's scan was replaced."""
    import PySide6.QtCore  # noqa: F401  loads shiboken's support modules

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(scan) or not hasattr(feature, "pyside_feature_dict"):
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined]
    return True


def _selects_no_feature(_module: object) -> bool:
    # False: "does not use PySide" (-1), i.e. never switches the feature set, which is the
    # default set for everyone as long as nothing selects a feature.
    return False
