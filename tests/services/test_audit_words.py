"""Issue 16: the audit log as shown — action, detail and field names worded in the language of
the moment (service, `mentordesk audit`); the stored rows keep their codes."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from mentordesk.cli import main
from mentordesk.core.audit_words import ACTIONS, action_text, details_text
from mentordesk.core.i18n import set_language
from mentordesk.core.lifecycle import PairAction
from mentordesk.db.engine import Database
from mentordesk.db.models import AuditRecord
from mentordesk.services.common import audit_entries
from mentordesk.services.pairs.service import PairService
from mentordesk.services.pairs.store import create_pair
from tests.services.pairs_setup import Cohort, make_cohort

SOURCE = Path(__file__).resolve().parents[2] / "src" / "mentordesk"
TODAY = dt.date(2026, 11, 22)


def test_every_action_the_code_records_has_a_wording() -> None:
    """Each action code the services write (a literal "area.verb", and each pair transition)
    is in ACTIONS, and ACTIONS names no action the code never writes."""
    areas = {code.partition(".")[0] for code in ACTIONS}
    code = re.compile("^(" + "|".join(sorted(areas)) + r")\.[a-z_]+(\.[a-z_]+)?$")
    written: set[str] = {f"pair.{a.value}" for a in PairAction}
    for path in (SOURCE / "services").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and code.match(value):
                written.add(value)
    written -= {"participants.id"}  # a column in a query, not an action
    assert sorted(written - set(ACTIONS)) == []
    assert sorted(set(ACTIONS) - written) == []


@pytest.fixture
def cohort(db: Database) -> Cohort:
    return make_cohort(db)


@pytest.fixture
def _english_after() -> Iterator[None]:
    yield
    set_language("en")


def test_an_agreement_save_reads_in_spanish_and_arabic_and_stays_stored_as_codes(
    db: Database, cohort: Cohort, _english_after: None
) -> None:
    """agreement.save with its changed fields: "Acuerdo guardado", "Campos modificados:
    Límites, Lugar" in Spanish, Arabic words in Arabic; the row keeps the code and keys."""
    with db.begin() as session:
        pair = create_pair(
            session, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]],
            start_date=dt.date(2026, 9, 1),
        ).id  # fmt: skip
    svc = PairService(db, TODAY)
    shown = svc.agreement(pair)
    svc.save_agreement(pair, dataclasses.replace(shown, place="Biblioteca", boundaries="Mías"))
    svc.save_agreement(
        pair, dataclasses.replace(svc.agreement(pair), place="Aula 3", boundaries="Otras")
    )
    entry = audit_entries(db, cohort.program_id, limit=1)[0]
    assert entry.action == "agreement.save"
    assert entry.details["changed"] == ["boundaries", "place"]
    assert entry.action_text() == "Agreement saved"
    assert "Fields changed: Boundaries, Place" in entry.details_text()
    set_language("es")
    assert entry.action_text() == "Acuerdo guardado"
    assert "Campos modificados: Límites, Lugar" in entry.details_text()
    assert f"Pareja: {pair}" in entry.details_text()
    set_language("ar")
    assert action_text("agreement.save") == "حُفظت الاتفاقية"
    assert "الحدود" in details_text({"changed": ["boundaries"]})
    with db.read() as session:
        stored = session.scalars(
            sa.select(AuditRecord).where(AuditRecord.action == "agreement.save")
        ).all()
        assert len(stored) == 2 and all(r.details["changed"] for r in stored)


def test_unknown_codes_and_keys_show_as_recorded(_english_after: None) -> None:
    """An action or detail the table does not know (an older or newer file) is shown as it
    was recorded, never dropped; empty details are left out."""
    set_language("es")
    assert action_text("robot.dance") == "robot.dance"
    assert (
        details_text({"steps": 3, "why": "", "media_release": True})
        == "steps: 3; media release: sí"
    )


@pytest.fixture
def _cli_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import gettext

    from mentordesk.cli import language as cli_language

    domain = gettext.textdomain()
    monkeypatch.setattr(cli_language, "_installed", [])
    monkeypatch.delenv("LANGUAGE", raising=False)
    yield
    gettext.textdomain(domain)


def test_the_audit_command_in_spanish_and_json_as_recorded(
    db_location: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    _cli_language: None,
) -> None:
    """`mentordesk audit` words each entry in Spanish; --json gives the recorded codes; an
    unknown program is one line on stderr."""
    program = "Riverside Mentoring 2026–27 (sample)"
    assert main(["--db", db_location, "demo"]) == 0
    monkeypatch.setenv("MENTORDESK_LANGUAGE", "es")
    assert main(["--db", db_location, "audit", "--program", program]) == 0
    out = capsys.readouterr().out
    assert "\tParejas de ejemplo creadas\t" in out and "\tPrograma de ejemplo creado\t" in out
    assert "Participantes: 60" in out and "sample.pairs" not in out
    assert main(["--db", db_location, "audit", "--program", program, "--json", "--limit", "1"]) == 0
    out = capsys.readouterr().out
    assert '"action": "sample.pairs"' in out and out.count('"action"') == 1
    assert main(["--db", db_location, "audit", "--program", "Nope"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
