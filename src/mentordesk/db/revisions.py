"""The schema revisions the migration scripts know, read from the scripts' text (no Alembic,
no SQLAlchemy): what `Database` compares a file with, and what the quick start-up read
(`db/plain.py`) checks before it reads a file on its own."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _scripts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in (MIGRATIONS_DIR / "versions").glob("*.py")]


@cache
def script_revisions() -> frozenset[str]:
    found = (re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", t, re.MULTILINE) for t in _scripts())
    return frozenset(m.group(1) for m in found if m)


@cache
def script_heads() -> frozenset[str]:
    """Head revisions, read from the migration scripts without importing Alembic.

    Alembic costs a noticeable part of the application's start-up, and it is only needed
    when the file actually has to be migrated.
    """
    parents: set[str] = set()
    for text in _scripts():
        down = re.search(r"^down_revision\s*=\s*(.+)$", text, re.MULTILINE)
        if down:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return script_revisions() - parents
