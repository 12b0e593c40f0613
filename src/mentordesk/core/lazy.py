"""A package's names loaded on first use (PEP 562), so importing the package costs only what
is used: the roster's early rows without the ORM, the main window's first paint without the
focus ring's style or QtPdf (issue 14).

A package lists where each of its names lives and sets `__getattr__ = first_use(__name__,
where)`; its `TYPE_CHECKING` imports and `__all__` keep the names visible to the type
checker and to readers.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def by_module(modules: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """{module: (names…)} → {name: module}."""
    return {name: module for module, names in modules.items() for name in names}


def first_use(package: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """The module `__getattr__` of `package`: a name in `where` is imported from its module
    (relative to the package) the first time it is asked for, then kept in the package."""

    def __getattr__(name: str) -> Any:
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{where[name]}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
