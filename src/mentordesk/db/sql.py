"""SQL that SQLite and PostgreSQL write differently, said once here for both engines.

Services build their queries from these and never ask which engine they run on: each
construct compiles to SQLite's spelling and to PostgreSQL's. The bulk helpers hand
statements written with `?` placeholders to the driver in its own parameter style.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def utcnow() -> dt.datetime:
    """Timestamps as every record stores them: UTC, without a time zone."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def connection_of(target: Session | sa.Connection) -> sa.Connection:
    """The Core connection of a session's transaction (or the connection itself)."""
    return target if isinstance(target, sa.Connection) else target.connection()


def _dialect(target: Session | sa.Connection) -> sa.Dialect:
    return target.dialect if isinstance(target, sa.Connection) else target.get_bind().dialect


class days_between(FunctionElement[float]):
    """Days from `earlier` to `later` (two dates; SQLite gives a REAL with no fraction)."""

    type = sa.Float()
    inherit_cache = True


@compiles(days_between)
def _days_between(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = (compiler.process(c, **kw) for c in element.clauses)
    return f"(julianday({later}) - julianday({earlier}))"


class greatest(FunctionElement[Any]):
    """The largest of its arguments (SQLite's scalar max)."""

    inherit_cache = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.type = self.clauses.clauses[0].type


class least(FunctionElement[Any]):
    """The smallest of its arguments (SQLite's scalar min)."""

    inherit_cache = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.type = self.clauses.clauses[0].type


def _call(name: str, element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> str:
    return f"{name}({compiler.process(element.clauses, **kw)})"


@compiles(greatest)
def _greatest(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return _call("GREATEST", element, compiler, **kw)


@compiles(greatest, "sqlite")
def _greatest_sqlite(element: greatest, compiler: SQLCompiler, **kw: Any) -> str:
    return _call("max", element, compiler, **kw)


@compiles(least)
def _least(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return _call("LEAST", element, compiler, **kw)


@compiles(least, "sqlite")
def _least_sqlite(element: least, compiler: SQLCompiler, **kw: Any) -> str:
    return _call("min", element, compiler, **kw)


class year_month(FunctionElement[str]):
    """'YYYY-MM' of a date."""

    type = sa.String()
    inherit_cache = True


@compiles(year_month)
def _year_month(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({compiler.process(element.clauses, **kw)}, 'YYYY-MM')"


@compiles(year_month, "sqlite")
def _year_month_sqlite(element: year_month, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 7)"


class joined(FunctionElement[str]):
    """The group's values as one string, `separator` between them (text or numbers)."""

    type = sa.String()
    inherit_cache = True


@compiles(joined)
def _joined(element: joined, compiler: SQLCompiler, **kw: Any) -> str:
    value, separator = (compiler.process(c, **kw) for c in element.clauses)
    return f"string_agg(CAST({value} AS TEXT), {separator})"


@compiles(joined, "sqlite")
def _joined_sqlite(element: joined, compiler: SQLCompiler, **kw: Any) -> str:
    value, separator = (compiler.process(c, **kw) for c in element.clauses)
    return f"group_concat({value}, {separator})"


def first_in_group(query: Any, partition_by: Any, *order_by: Any) -> sa.Subquery:
    """The rows of `query` that come first in their group by `order_by` (e.g. the row holding
    each pair's latest closure), as a subquery with `query`'s columns.

    SQLite lets a bare column ride along with max(…); PostgreSQL refuses it, and a window
    function says the same thing on both."""
    ranked = query.add_columns(
        sa.func.row_number().over(partition_by=partition_by, order_by=order_by).label("rank_")
    ).subquery()
    columns = [column for column in ranked.c if column.key != "rank_"]
    return sa.select(*columns).where(ranked.c.rank_ == 1).subquery()


class holds_text(FunctionElement[bool]):
    """Whether text `haystack` contains `needle`, case-sensitively (LIKE ignores case on
    SQLite)."""

    type = sa.Boolean()
    inherit_cache = True


@compiles(holds_text)
def _holds_text(element: holds_text, compiler: SQLCompiler, **kw: Any) -> str:
    haystack, needle = (compiler.process(c, **kw) for c in element.clauses)
    return f"(strpos({haystack}, {needle}) > 0)"


@compiles(holds_text, "sqlite")
def _holds_text_sqlite(element: holds_text, compiler: SQLCompiler, **kw: Any) -> str:
    haystack, needle = (compiler.process(c, **kw) for c in element.clauses)
    return f"(instr({haystack}, {needle}) > 0)"


class json_from_text(FunctionElement[Any]):
    """Text written back into a JSON column (PostgreSQL casts it; SQLite stores it as is)."""

    type = sa.JSON()
    inherit_cache = True


@compiles(json_from_text)
def _json_from_text(element: json_from_text, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS JSON)"


@compiles(json_from_text, "sqlite")
def _json_from_text_sqlite(element: json_from_text, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


def one_of(
    session: Session | sa.Connection, column: Any, values: Sequence[Any]
) -> sa.ColumnElement[bool]:
    """`column IN (values)` for a long list: SQLite's IN, PostgreSQL's `= ANY(array)` with
    the list as ONE parameter (hundreds of placeholders cost the driver, which splits the
    statement, and the server, which parses and plans them, more than the lookup itself)."""
    expression: sa.ColumnElement[bool]
    if _dialect(session).name == "postgresql":
        item = column.type if not isinstance(column.type, sa.types.NullType) else sa.String()
        expression = column == sa.any_(sa.bindparam(None, list(values), type_=sa.ARRAY(item)))
    else:
        expression = column.in_(list(values))
    return expression


# -- bulk statements straight to the driver ------------------------------------------------
def driver_sql(session: Session | sa.Connection, sql: str) -> str:
    """`sql` written with `?` placeholders, in the session's driver's parameter style."""
    style = _dialect(session).paramstyle
    if style == "qmark":
        return sql
    if style in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    raise NotImplementedError(f"parameter style {style}")


def driver_cursor(session: Session | sa.Connection) -> Any:
    """A DB-API cursor inside the session's transaction (for bulk reads and writes)."""
    return connection_of(session).connection.driver_connection.cursor()  # type: ignore[union-attr]


def executemany(session: Session | sa.Connection, sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """One executemany of `sql` (with `?` placeholders) inside the session's transaction.

    The driver's cursor bypasses SQLAlchemy's events: on a `Database.write()` connection the
    written table is noted here for the change counters (`db/counters.py`)."""
    from mentordesk.db.counters import note_sql

    note_sql(connection_of(session), sql)
    cursor = driver_cursor(session)
    try:
        cursor.executemany(driver_sql(session, sql), list(rows))
    finally:
        cursor.close()


def fetch(session: Session | sa.Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Rows of `sql` (with `?` placeholders) read through the driver, no ORM in between."""
    cursor = driver_cursor(session)
    try:
        cursor.execute(driver_sql(session, sql), tuple(params))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def reserve_ids(session: Session, table: sa.Table, count: int) -> list[int]:
    """`count` new ids for `table` that no other writer will take, for rows inserted with
    explicit ids (children can then name their parent without a round trip per row).

    SQLite: max(id) + 1 onwards (a write transaction holds the file's only write lock, and
    new ids are max(id) + 1). PostgreSQL: drawn from the table's id sequence."""
    if count <= 0:
        return []
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return [
            int(i)
            for (i,) in connection.exec_driver_sql(
                f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'id')) "
                f"FROM generate_series(1, {int(count)})"
            )
        ]
    highest = connection.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def insert_rows(session: Session, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """One executemany (PostgreSQL: one COPY) of rows with the same keys, converted by
    SQLAlchemy's own column types.

    SQLAlchemy's executemany spends more time per row than SQLite does; this keeps the exact
    conversions (each column type's bind processor for the engine: JSON, dates, enums),
    applies the columns' Python defaults, and hands the driver plain tuples.
    """
    if not rows:
        return
    keys = list(rows[0])
    # Column defaults are applied by SQLAlchemy's own INSERTs, so apply them here too.
    defaults: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in keys or default is None:
            continue
        if not isinstance(default, sa.ColumnDefault) or default.is_clause_element:
            continue
        arg = default.arg
        defaults[column.key] = arg(None) if callable(arg) else arg
    keys += list(defaults)
    rows = [row | defaults for row in rows] if defaults else rows
    dialect = session.get_bind().dialect
    columns = [table.c[key] for key in keys]
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c.name) for c in columns)}) "
        f"VALUES ({', '.join('?' for _ in columns)})"
    )
    converters = [_remembering(process) for process in processors]
    pairs = list(zip(keys, converters, strict=True))
    params = [tuple(convert(row[key]) for key, convert in pairs) for row in rows]
    if dialect.name == "postgresql":
        # COPY streams the rows in one go; an executemany is a round trip per row batch,
        # which made a 10,000-row import twice SQLite's time on a local server.
        from mentordesk.db.counters import note_sql

        note_sql(connection_of(session), sql)
        names = ", ".join(quote(c.name) for c in columns)
        cursor = driver_cursor(session)
        try:
            with cursor.copy(f"COPY {quote(table.name)} ({names}) FROM STDIN") as copy:
                for row in params:
                    copy.write_row(row)
        finally:
            cursor.close()
        return
    session.connection().exec_driver_sql(driver_sql(session, sql), params)


def _remembering(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    """The column's conversion, done once per distinct value (timestamps, roles, tag lists and
    empty lists repeat down a column; JSON-encoding them again each row is most of the cost)."""
    if process is None:
        return lambda value: value
    memory: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        key = (type(value), tuple(value) if type(value) is list else value)
        try:
            return memory[key]
        except KeyError:
            memory[key] = converted = process(value)
            return converted
        except TypeError:  # unhashable: convert every time
            return process(value)

    return convert


__all__ = [
    "connection_of",
    "days_between",
    "driver_cursor",
    "driver_sql",
    "executemany",
    "fetch",
    "first_in_group",
    "greatest",
    "holds_text",
    "insert_rows",
    "joined",
    "json_from_text",
    "least",
    "one_of",
    "reserve_ids",
    "utcnow",
    "year_month",
]
