"""What the services say (explanations, at-risk reasons, measure lines, refusals) follows the
one language setting (`core.i18n.set_language`, which the GUI and the CLI set): Spanish and
Arabic through the real services, English unchanged."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.core.enums import PairStatus, Role, ScreeningDecision
from mentordesk.core.i18n import Text, english, language, nt, set_language, t
from mentordesk.core.periods import Period
from mentordesk.db.engine import Database
from mentordesk.services.documents.summary import reason_category
from mentordesk.services.matching.runs import MatchingService
from mentordesk.services.pairs import PairService, ScreeningRefused, create_pair
from mentordesk.services.reports import compute_measures
from tests.matching.factory import add_person, add_program
from tests.reports.program_fixture import build_cycle
from tests.services.pairs_setup import make_cohort

MARCH = Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
JULY = dt.date(2026, 7, 15)


def _lines(service: MatchingService, program_id: int) -> list[str]:
    return [line for d in service.overview(program_id).drafts for line in d.lines()]


def _small_program(db: Database) -> int:
    pid = add_program(db, "Small")
    with db.begin() as s:
        add_person(s, pid, "Ann Mentor", Role.MENTOR, seniority=10, goals=("python",))
        add_person(s, pid, "Cat Mentee", Role.MENTEE, seniority=1, goals=("python",))
        add_person(s, pid, "Pat Mentor", Role.MENTOR, screening=ScreeningDecision.PENDING)
    return pid


def test_stored_explanation_reads_in_the_readers_language(db: Database) -> None:
    """A run made in English is stored once; its "why" lines read in Spanish, then Arabic,
    then English again (the message and its arguments are stored, not the English words)."""
    pid = _small_program(db)
    service = MatchingService(db)
    service.run(pid)
    english_lines = _lines(service, pid)
    assert any(line.startswith("shared goals: python +") for line in english_lines)
    set_language("es")
    spanish = _lines(service, pid)
    assert any(line.startswith("objetivos compartidos: python +") for line in spanish)
    assert not any(line.startswith("shared goals") for line in spanish)
    set_language("ar")
    assert any(line.startswith("أهداف مشتركة: python +") for line in _lines(service, pid))
    set_language("en")
    assert _lines(service, pid) == english_lines


def test_no_information_line_and_ineligible_reason_in_spanish(db: Database) -> None:
    """A criterion nobody answered says "no information" in the language; a mentor pending
    screening is listed with the reason in the language."""
    pid = _small_program(db)
    set_language("es")
    service = MatchingService(db)
    service.run(pid)
    lines = _lines(service, pid)
    assert "intereses: sin información" in lines
    reasons = {m.name: m.reason for m in service.overview(pid).mentors}
    assert reasons["Pat Mentor"] == "verificación pendiente"


def test_at_risk_reason_and_measure_lines_in_arabic_and_spanish(db: Database) -> None:
    """The reports service: the at-risk reason with its date in the language's form, the
    measure's detail line and value in the language's numbers; English as before."""
    built = build_cycle(db)
    english_run = compute_measures(db, built.program_id, MARCH, JULY)
    assert [list(a.reasons) for a in english_run.at_risk] == [["Check-in overdue since 2026-03-14"]]
    match_rate = english_run.get("match_rate")
    assert (match_rate.display(), match_rate.detail()) == ("50.0 %", "2 of 4")

    set_language("es")
    spanish = compute_measures(db, built.program_id, MARCH, JULY)
    assert [list(a.reasons) for a in spanish.at_risk] == [
        ["Seguimiento atrasado desde el 14 mar 2026"]
    ]
    rate = spanish.get("match_rate")
    assert (rate.display(), rate.detail()) == ("50,0 %", "2 de 4")
    assert spanish.get("rating_avg").detail() == "4 valoraciones"
    assert "marzo" not in rate.formula_text() and "31 mar 2026" in rate.formula_text()

    set_language("ar")
    arabic = compute_measures(db, built.program_id, MARCH, JULY)
    [reason] = arabic.at_risk[0].reasons
    assert reason.startswith("المتابعة متأخرة منذ") and "2026" not in reason.split("منذ")[0]
    assert arabic.get("match_rate").detail() == "2 من 4"
    # The summary still sorts it by kind, whatever the language it is shown in.
    assert reason_category(reason) == "Check-in overdue"


def test_screening_refusal_in_spanish_and_arabic(db: Database) -> None:
    """Activating a pair whose mentor is not cleared: the refusal and the person's problem are
    in the language; the English text is unchanged."""
    cohort = make_cohort(db)
    with db.begin() as s:
        pid = create_pair(
            s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]],
            status=PairStatus.PROPOSED, start_date=dt.date(2026, 9, 1),
        ).id  # fmt: skip
    from mentordesk.db.models import ScreeningRecord

    with db.begin() as s:
        record = s.query(ScreeningRecord).filter_by(participant_id=cohort.mentors[0]).one()
        record.decision = ScreeningDecision.PENDING
    service = PairService(db, dt.date(2026, 11, 22))
    with pytest.raises(ScreeningRefused) as caught:
        service.activate(pid)
    assert str(caught.value) == (
        "Cannot activate the pair: Amelia Okafor: screening pending. "
        "Record an override reason to go ahead anyway"
    )
    set_language("es")
    with pytest.raises(ScreeningRefused) as caught:
        service.activate(pid)
    assert str(caught.value) == (
        "No se puede activar la pareja: Amelia Okafor: verificación pendiente. "
        "Registre un motivo de excepción para continuar de todos modos"
    )
    set_language("ar")
    with pytest.raises(ScreeningRefused) as caught:
        service.activate(pid)
    assert str(caught.value).startswith("تعذّر تفعيل الثنائي: Amelia Okafor: التحقق قيد الانتظار")


def test_arabic_plural_forms_and_english_wording() -> None:
    """ngettext with the language's rule: Arabic picks different forms for 1, 2, 3, 11, 100;
    a sentence remembers its English wording for code that sorts by kind."""
    set_language("ar")
    forms = {n: nt("{n} minute", "{n} minutes", n) for n in (1, 2, 3, 11, 100)}
    assert len(set(forms.values())) == 5
    assert forms[2] == "دقيقتان" and forms[3] == "3 دقائق"
    said = t("Check-in overdue since {date}", date=dt.date(2026, 3, 14))
    assert english(said) == "Check-in overdue since 2026-03-14"
    assert Text("same time zone").render("es") == "misma zona horaria"


def test_language_setting_falls_back_to_english() -> None:
    """A language without a catalog, or nothing, means English; regions are accepted."""
    assert set_language("pt_BR") == "en" and language() == "en"
    assert set_language("es_MX.UTF-8") == "es"
    assert set_language("") == "en"
    assert t("required") == "required"


def test_import_row_errors_and_notes_in_spanish(db: Database) -> None:
    """Each bad row of a spreadsheet says row, column (the file's own header) and why in
    Spanish; the plan's note too; English unchanged."""
    from mentordesk.importing.table import read_csv_bytes
    from mentordesk.services.roster import SpreadsheetService

    text = (
        "Full name,Email Address,Mentor or mentee?\nAna,ana@example,Mentor\nBo,bo@x.org,teacher\n"
    )
    table = read_csv_bytes(text.encode(), source="people.csv")
    english = SpreadsheetService(db).plan(table, "Spring", today=dt.date(2026, 11, 22))
    assert [str(e) for e in english.errors] == [
        "row 2, Email Address: not an email address",
        "row 3, Mentor or mentee?: not a role (mentor, mentee or both)",
    ]
    set_language("es")
    spanish = SpreadsheetService(db).plan(table, "Spring", today=dt.date(2026, 11, 22))
    assert [str(e) for e in spanish.errors] == [
        "fila 2, Email Address: no es una dirección de correo electrónico",
        "fila 3, Mentor or mentee?: no es un rol (mentor, mentee o both)",
    ]
    assert spanish.notes[-1] == "El programa 'Spring' todavía no existe; la importación lo crea."


def test_concurrent_edit_names_who_and_when_in_the_language() -> None:
    """ "Changed by … at …": the date and time in the language's form, the person as stored."""
    from mentordesk.core.concurrency import ConcurrentEditError, Version

    when = dt.datetime(2026, 12, 2, 10, 41)
    version = Version((2,), "alice", when)
    assert str(ConcurrentEditError("The pair", version)).startswith(
        "The pair was changed by alice on 02 Dec 2026 at 10:41 UTC while you were editing"
    )
    set_language("fr")
    message = str(ConcurrentEditError(t("The pair"), version))
    assert (
        message.startswith("Le binôme a été modifié par alice le 2 déc. 2026")
        and "10:41" in message
    )
    set_language("ar")
    assert str(ConcurrentEditError(t("The pair"), Version((2,)))).startswith("غيّر شخص آخر الثنائي")


def test_transfer_report_and_due_reasons_in_spanish(db: Database) -> None:
    """A transfer's result lines and a due item's reason, in Spanish."""
    from mentordesk.services.transfer import TransferReport

    report = TransferReport(copied=["Spring"], rows={"pairs": 1200}, people_reused=3)
    set_language("es")
    assert report.lines() == [
        "Copiado: Spring",
        "  pairs                     1.200",
        "  personas que ya estaban en el destino, reutilizadas: 3",
    ]
    assert TransferReport().lines() == ["Copiado: nada"]
    cohort = make_cohort(db)
    with db.begin() as s:
        create_pair(
            s, cohort.program_id, [cohort.mentors[0]], [cohort.mentees[0]],
            status=PairStatus.ACTIVE, start_date=dt.date(2026, 9, 1),
        )  # fmt: skip
    items = PairService(db, dt.date(2026, 11, 22)).due_items(cohort.program_id, 30)
    details = {i.detail for i in items}
    assert "próxima reunión según la cadencia del programa" in details
    assert not details & {"next meeting due by the program's cadence"}
