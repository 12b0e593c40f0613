"""A viewer (a principal, a funder liaison) runs every report on a server and gets the
coordinator's figures, while still never reading a date of birth: who is a minor on a day is
answered by the server (`db/minors.py`, installed by `district init`)."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.core.participant import is_minor
from mentordesk.core.periods import PeriodPreset
from mentordesk.db.minors import minor_on_sql, minors_on, reads_birth_dates
from mentordesk.db.tables import participants
from mentordesk.services.reports import (
    compute_measures,
    compute_previous,
    period_for,
    underlying_tables,
)
from tests.district.conftest import District
from tests.pgserver_fixture import PgForTests

pytestmark = pytest.mark.postgresql
BEFORE, AFTER = dt.date(2026, 11, 1), dt.date(2026, 12, 1)
BORN = dt.date(2008, 11, 15)  # 17 on BEFORE, 18 on AFTER


def _all(district: District, role: str, sql: str, **params: object) -> list[tuple]:
    engine = district.engine(role)
    try:
        with engine.connect() as c:
            return [tuple(r) for r in c.execute(sa.text(sql), params)]
    finally:
        engine.dispose()


def _mentees_turning_18(district: District) -> dict[str, int]:
    """Both mentees born on BORN, with no guardian on file: only the date says "minor"."""
    engine = district.engine("owner")
    with engine.begin() as c:
        c.execute(sa.text("DELETE FROM guardians"))
        c.execute(
            sa.text("UPDATE participants SET date_of_birth = :born WHERE full_name LIKE '%Mentee'"),
            {"born": BORN},
        )
        rows = c.execute(sa.text("SELECT full_name, id FROM participants")).all()
    engine.dispose()
    return {name.split()[0]: pid for name, pid in rows if name.endswith("Mentee")}


def _minors(district: District, role: str, day: dt.date) -> set[int]:
    with district.db(role).read() as session:
        return minors_on(session, sa.select(participants.c.id), day)


def test_minors_on_a_day_as_each_role(district: District) -> None:
    """Minor on the day asked, not today; each role learns only about people it may see."""
    mentee = _mentees_turning_18(district)
    assert _minors(district, "coord_south", BEFORE) == {mentee["South"]}
    assert _minors(district, "funder", BEFORE) == {mentee["South"]}
    assert _minors(district, "funder", AFTER) == set()
    assert _minors(district, "admin", BEFORE) == set(mentee.values())
    # Plain SQL: the viewer asking the server for everyone gets South's mentee only.
    assert _all(district, "funder", "SELECT * FROM mentordesk_minors_on(:d)", d=BEFORE) == [
        (mentee["South"],)
    ]
    assert _all(district, "coord_north", "SELECT * FROM mentordesk_minors_on(:d)", d=BEFORE) == [
        (mentee["North"],)
    ]


def test_viewer_takes_the_servers_answer(district: District) -> None:
    """Only the viewer lacks the column; everyone else applies core's rule to the dates."""
    for role, expected in (("funder", False), ("coord_south", True), ("admin", True)):
        with district.db(role).read() as session:
            assert reads_birth_dates(session) is expected


def test_viewer_still_cannot_read_dates_of_birth(district: District) -> None:
    """Plain SQL as the viewer: the column, the table and the view's inside stay closed."""
    _mentees_turning_18(district)
    for sql in (
        "SELECT date_of_birth FROM participants",
        "SELECT * FROM participants",
        "SELECT p.id FROM participants p WHERE p.date_of_birth < '2010-01-01'",
    ):
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            _all(district, "funder", sql)
    # The view answers ids only: it has no other column to read.
    columns = _all(district, "funder", "SELECT * FROM mentordesk_minors LIMIT 0")
    assert columns == []
    names = _all(
        district,
        "funder",
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'mentordesk_minors'",
    )
    assert names == [("participant_id",)]
    # A coordinator of North learns nothing about South through it either.
    assert _all(district, "coord_north", "SELECT * FROM mentordesk_minors_on(:d)", d=AFTER) == []


def test_viewer_report_equals_the_coordinators(district: District) -> None:
    """Every measure, the previous period and the underlying tables: the viewer's equal the
    coordinator's, on a day the mentee was a minor and on one it no longer was."""
    _mentees_turning_18(district)
    south = district.programs["South"]
    for today in (BEFORE, AFTER):
        results = []
        for role in ("coord_south", "funder"):
            db = district.db(role)
            period = period_for(db, south, PeriodPreset.MONTH, today)
            measures = compute_measures(db, south, period, today)
            results.append(
                (
                    [(m.key, m.value) for m in measures.measures],
                    compute_previous(db, measures, today) is None,
                    [t.rows for t in underlying_tables(db, measures)],
                )
            )
        assert results[0] == results[1]


def test_cli_reports_as_a_viewer(
    district: District, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`mentordesk report` in every format, for all programs, and the summary PDF work for a
    viewer."""
    _mentees_turning_18(district)
    url = district.url("funder")
    today = ["--today", BEFORE.isoformat()]
    for extra in (["--format", "json"], ["--format", "csv"], ["--xlsx", str(tmp_path / "r.xlsx")]):
        assert main(["--db", url, "report", "--program", "South", *today, *extra]) == 0, extra
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    summary = tmp_path / "summary.pdf"
    assert main(["--db", url, "pdf", "summary", "--program", "South", "-o", str(summary)]) == 0
    assert summary.read_bytes().startswith(b"%PDF")
    assert main(["--db", url, "report", "--all-programs", *today]) == 0
    out = capsys.readouterr().out
    assert "South" in out and "North" not in out


def test_server_rule_agrees_with_core(pg_server: PgForTests) -> None:
    """The SQL form of the minor rule gives core's answer around birthdays and 29 February."""
    births = [dt.date(2008, 2, 29), dt.date(2008, 3, 1), dt.date(2008, 11, 15), None]
    days = [
        dt.date(2026, 2, 28),
        dt.date(2026, 3, 1),
        dt.date(2028, 2, 28),
        dt.date(2028, 2, 29),
        dt.date(2026, 11, 14),
        dt.date(2026, 11, 15),
        dt.date(2000, 1, 1),
    ]
    cases = list(itertools.product(births, days))
    expression = minor_on_sql("CAST(:born AS date)", "CAST(:day AS date)")
    engine = sa.create_engine(
        pg_server.url("postgres").replace("postgresql://", "postgresql+psycopg://", 1),
        poolclass=sa.pool.NullPool,
    )
    with engine.connect() as c:
        server = [
            bool(c.execute(sa.text(f"SELECT {expression}"), {"born": b, "day": d}).scalar())
            for b, d in cases
        ]
    engine.dispose()
    assert server == [is_minor(b, d) for b, d in cases]
