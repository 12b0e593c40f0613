"""Declarative base and column helpers shared by every record."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.sql.compiler import SQLCompiler

from mentordesk.db.actor import actor_default
from mentordesk.db.sql import utcnow as utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: sa.JSON, list[str]: sa.JSON}


def enum_column(enum: type[StrEnum], **kwargs: Any) -> Any:
    """A VARCHAR column holding the enum's *values* (readable in the file, stable on rename)."""
    return mapped_column(
        sa.Enum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=24,
            values_callable=lambda e: [m.value for m in e],
        ),
        **kwargs,
    )


def name_type(length: int) -> sa.types.TypeEngine[str]:
    """A name column that sorts the same on both engines: byte (code point) order, SQLite's
    BINARY and PostgreSQL's "C" collation (a server's default collation would sort by its
    locale, so a roster printed from the file and from the server would differ)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


class TimestampMixin:
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class VersionedMixin:
    """A record two coordinators may edit at once (core/concurrency.py).

    `version` grows with every ORM update (SQLAlchemy's version_id_col: an UPDATE whose
    version no longer matches raises StaleDataError); `changed_by` says who saved last and
    `updated_at` (TimestampMixin) when.
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")
    changed_by: Mapped[str] = mapped_column(
        sa.String(200), default=actor_default, onupdate=actor_default, server_default=""
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class casefolded(sa.sql.expression.FunctionElement[str]):
    """A text column compared without regard to case, written each engine's way: SQLite's
    `column COLLATE NOCASE`, PostgreSQL's `lower(column)`. Used by the case-insensitive
    e-mail index (and the uniqueness triggers of the safety1 revision look it up)."""

    type = sa.String()
    name = "casefolded"
    inherit_cache = True


@compiles(casefolded)
def _casefolded_default(element: casefolded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(casefolded, "sqlite")
def _casefolded_sqlite(element: casefolded, compiler: SQLCompiler, **kw: Any) -> str:
    return f"{compiler.process(element.clauses, **kw)} COLLATE NOCASE"
