"""In Spanish, every view and every dialog speaks Spanish: a walk that opens them all and reads
every text, tooltip, accessible name, header, combo item, menu command and table row they
show, and fails on any that is still English (data such as names aside)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.enums import MemberStatus, Role, ScreeningDecision
from mentordesk.core.participant import FIELDS, ParticipantInput
from mentordesk.db.engine import Database
from mentordesk.gui.common import LANGUAGES, AppContext, RowRole, field_label, install_language
from mentordesk.gui.common.fields import PARTICIPANT, has_label
from mentordesk.gui.common.tasks import wait_for_background
from mentordesk.gui.main_window import (
    VIEW_MATCHING,
    VIEW_PAIRS,
    VIEW_REPORTS,
    VIEW_ROSTER,
    MainWindow,
)
from mentordesk.services.sample.program import create_sample_program
from tests.gui.visible_texts import data_texts, english_left, visible_texts

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def spanish() -> Iterator[str]:
    install_language("es", QLocale("es"))
    yield "es"
    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def sample(db: Database) -> AppContext:
    program = create_sample_program(db, participants=30, today=TODAY)
    ctx = AppContext(db)
    ctx.set_program(program.id)
    return ctx


# Nothing is let through: the lower layers word their sentences in the language too
# (core.i18n, the `messages` catalogs).
BELOW_THE_GUI: list[re.Pattern[str]] = []


def _check(root: QWidget, db: Database, language: str = "es") -> None:
    # Data: what the database holds, and each language named in itself ("English").
    data = [*data_texts(db), *LANGUAGES.values()]
    problems = english_left(visible_texts(root), language, data, BELOW_THE_GUI)
    assert problems == [], "\n".join(problems)


def test_the_check_finds_english(qtbot: QtBot, db: Database, spanish: str) -> None:
    """The check itself: an English source the catalog translates, an English literal no
    catalog holds, each caught; Spanish text, a name and an e-mail pass."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    create_sample_program(db, participants=4, today=TODAY)
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    for text in (
        "Add participant…",
        "The copy was finished without trouble",
        "Añadir",
        "ana@example.org",
    ):
        layout.addWidget(QLabel(text))
    problems = english_left(visible_texts(box), "es", data_texts(db))
    assert len(problems) == 2, problems
    assert "translated message" in problems[0] and "English words" in problems[1]


def test_field_names_cover_every_record(db: Database) -> None:
    """Every participant field has a GUI name equal to core's English label; every field of a
    program, its document settings and an agreement has a GUI name."""
    from mentordesk.core.program import DocumentSettings, Program
    from mentordesk.services.pairs.records import AgreementData

    assert {spec.name: spec.label for spec in FIELDS} == PARTICIPANT
    for kind in (Program, DocumentSettings, AgreementData):
        names = {f.name for f in dataclasses.fields(kind)} - {"id", "version"}
        assert [n for n in sorted(names) if not has_label(n)] == [], kind


def test_transfer_names_every_copied_table() -> None:
    """The transfer dialog names every kind of record the transfer copies."""
    from mentordesk.db.models import Base
    from mentordesk.gui.files.transfer import TABLES
    from mentordesk.services.transfer import NOT_COPIED

    assert set(Base.metadata.tables) - NOT_COPIED == set(TABLES)


def _window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ctx, settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 800)
    return window


def test_every_view_speaks_spanish(
    qtbot: QtBot, sample: AppContext, tmp_path: Path, spanish: str
) -> None:
    """The main window with each view visited (a pair opened on the pairs view): nothing
    English left in its menus, toolbars, views, tabs, headers and rows."""
    window = _window(qtbot, sample, tmp_path)
    for index in (VIEW_ROSTER, VIEW_MATCHING, VIEW_PAIRS, VIEW_REPORTS):
        window.show_view(index)
        qtbot.waitUntil(
            lambda i=index: window.is_view_built(i) and window.is_view_ready(i), timeout=30000
        )
    pairs = window.view(VIEW_PAIRS)
    proxy = pairs.pairs_proxy  # type: ignore[attr-defined]
    assert proxy.rowCount() > 0
    pairs.open_pair(proxy.data(proxy.index(0, 0), RowRole).id)  # type: ignore[attr-defined]
    wait_for_background()
    _check(window, sample.db)


# --- Dialogs ---------------------------------------------------------------------------------


def _conflict_person() -> QDialog:
    from mentordesk.gui.common import ConflictDialog

    mine = ParticipantInput(
        full_name="Ana Lima",
        role=Role.MENTOR,
        status=MemberStatus.ACTIVE,
        screening_decision=ScreeningDecision.CLEARED,
        interview_date=TODAY,
        skills_offered=("chess",),
        media_release=True,
    )
    theirs = ParticipantInput(full_name="Ana Lima", role=Role.MENTEE)
    stamp = dt.datetime(2026, 12, 2, 10, 41)
    error = ConcurrentEditError("Ana Lima", Version((2, 1), "bo@desk", stamp), theirs)
    return ConflictDialog(error, mine)


def _conflict_program(ctx: AppContext) -> QDialog:
    from mentordesk.gui.common import ConflictDialog
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).get(ctx.program_id or 0)
    shown = dataclasses.replace(program, document_settings={"paper": "A4", "language": "en"})
    mine = dataclasses.replace(
        program,
        cadence_days=7,
        objectives="Leer juntos",
        document_settings={"paper": "Letter", "language": "es"},
    )
    error = ConcurrentEditError(program.name, Version((2, 1), "bo@desk"), program)
    return ConflictDialog(error, mine, theirs=shown)


def _transfer(ctx: AppContext, tmp_path: Path, qtbot: QtBot) -> QDialog:
    from mentordesk.gui.files import TransferDialog

    dialog = TransferDialog(ctx)
    dialog.ui.targetEdit.setText(str(tmp_path / "copy.sqlite"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    return dialog


def _dialogs(ctx: AppContext, tmp_path: Path, qtbot: QtBot) -> dict[str, Callable[[], QDialog]]:
    from mentordesk.core.cadence import CheckinRules
    from mentordesk.gui.common.settings import Settings
    from mentordesk.gui.documents import BatchPrintDialog
    from mentordesk.gui.files.preferences import BackupSettingsDialog
    from mentordesk.gui.files.server import ConnectDialog
    from mentordesk.gui.help.about import AboutDialog
    from mentordesk.gui.help.guide import GuideWindow
    from mentordesk.gui.matching.weights_dialog import MatchingWeightsDialog
    from mentordesk.gui.pairs.dialogs import (
        CheckinDialog,
        CloseDialog,
        GoalDialog,
        MeetingDialog,
        ProgressDialog,
    )
    from mentordesk.gui.pairs.rules import RulesDialog
    from mentordesk.gui.privacy.passphrase import ProtectDialog
    from mentordesk.gui.privacy.retention import RetentionDialog
    from mentordesk.gui.programs import PreferencesDialog, ProgramDialog
    from mentordesk.gui.reports.rollover_dialog import RolloverDialog
    from mentordesk.gui.roster.export_dialog import ExportDialog
    from mentordesk.gui.roster.import_dialog import ImportDialog
    from mentordesk.gui.roster.participant_dialog import ParticipantDialog
    from mentordesk.gui.welcome.first_run import WelcomeDialog
    from mentordesk.gui.welcome.wizard import NewProgramWizard
    from mentordesk.services.matching import MatchingService
    from mentordesk.services.pairs import CheckinData, GoalData, MeetingData
    from mentordesk.services.programs import ProgramService
    from mentordesk.services.roster import RosterService

    program_id = ctx.program_id or 0
    overview = MatchingService(ctx.db).overview(program_id)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    someone = RosterService(ctx.db).rows(program_id)[0]
    person = RosterService(ctx.db).get(program_id, someone.participant_id)
    program = ProgramService(ctx.db).get(program_id)
    goal = GoalData(statement="Leer más")
    return {
        "participant (new)": lambda: ParticipantDialog(today=TODAY),
        "participant (edit)": lambda: ParticipantDialog(person, title=person.full_name),
        "conflict (person)": _conflict_person,
        "conflict (program)": lambda: _conflict_program(ctx),
        "transfer": lambda: _transfer(ctx, tmp_path, qtbot),
        "program (new)": lambda: ProgramDialog(ProgramDialog.CREATE),
        "program (settings)": lambda: ProgramDialog(ProgramDialog.SETTINGS, program),
        "preferences": lambda: PreferencesDialog(Settings(settings)),
        "backup settings": lambda: BackupSettingsDialog(settings),
        "connect": lambda: ConnectDialog(),
        "import": lambda: ImportDialog(ctx),
        "export": lambda: ExportDialog(ctx),
        "print cohort": lambda: BatchPrintDialog(ctx, program_id),
        "weights": lambda: MatchingWeightsDialog(
            overview.program.format, overview.weights, overview.options
        ),
        "rules": lambda: RulesDialog(14, CheckinRules()),
        "meeting": lambda: MeetingDialog(MeetingData(date=TODAY, duration_minutes=45)),
        "check-in": lambda: CheckinDialog(CheckinData(date=TODAY)),
        "goal": lambda: GoalDialog(goal),
        "progress": lambda: ProgressDialog(goal, TODAY),
        "close pair": lambda: CloseDialog(TODAY),
        "rollover": lambda: RolloverDialog(ctx, program_id, TODAY),
        "retention": lambda: RetentionDialog(ctx, program_id),
        "protect": lambda: ProtectDialog(False),
        "welcome": lambda: WelcomeDialog(ctx),
        "new program wizard": lambda: NewProgramWizard(ctx),
        "about": lambda: AboutDialog(None),
        "user guide": lambda: GuideWindow(),
    }


DIALOGS = (
    "participant (new)",
    "participant (edit)",
    "conflict (person)",
    "conflict (program)",
    "transfer",
    "program (new)",
    "program (settings)",
    "preferences",
    "backup settings",
    "connect",
    "import",
    "export",
    "print cohort",
    "weights",
    "rules",
    "meeting",
    "check-in",
    "goal",
    "progress",
    "close pair",
    "rollover",
    "retention",
    "protect",
    "welcome",
    "new program wizard",
    "about",
    "user guide",
)


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_speaks_spanish(
    qtbot: QtBot, sample: AppContext, tmp_path: Path, spanish: str, name: str
) -> None:
    """Each dialog, shown in Spanish: nothing English left in it (labels, choices, tooltips,
    accessible names, headers, rows, buttons)."""
    dialog = _dialogs(sample, tmp_path, qtbot)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_for_background()
    _check(dialog, sample.db)


def test_participant_dialog_shows_spanish_and_stores_english(qtbot: QtBot, spanish: str) -> None:
    """The participant dialog's labels and choices are Spanish; what it returns is the
    stored English value."""
    from mentordesk.gui.roster.participant_dialog import ParticipantDialog

    dialog = ParticipantDialog(today=TODAY)
    qtbot.addWidget(dialog)
    status = dialog.editors["status"]
    texts = [status.itemText(i) for i in range(status.count())]  # type: ignore[attr-defined]
    assert "Activo" in texts and "Active" not in texts
    status.setCurrentIndex(texts.index("Activo"))  # type: ignore[attr-defined]
    assert dialog.value().status == MemberStatus.ACTIVE
    assert dialog.editors["full_name"].accessibleName() == field_label("full_name")
    assert field_label("full_name") == "Nombre completo"


def test_no_translation_in_default_arguments() -> None:
    """`def f(title=translate(…))` translates once, when the module is imported — in the
    language installed then (English, if the module loaded first): the participant dialog's
    title stayed "Add participant" in Spanish. Translate inside the function instead."""
    import ast

    gui = Path(__file__).resolve().parents[2] / "src" / "mentordesk" / "gui"
    found = []
    for path in sorted(gui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                defaults = [*node.args.defaults, *(d for d in node.args.kw_defaults if d)]
                for default in defaults:
                    for call in ast.walk(default):
                        if (
                            isinstance(call, ast.Call)
                            and getattr(call.func, "id", "") == "translate"
                        ):
                            found.append(f"{path.relative_to(gui)}:{call.lineno}")
    assert found == []


def test_the_agreement_tab_shows_built_in_terms_in_the_documents_language(
    qtbot: QtBot, sample: AppContext, tmp_path: Path, spanish: str
) -> None:
    """Issue 16: a program whose documents print in Spanish shows a pair's agreement terms
    (saved from the English defaults by the sample) in Spanish, and the walk finds no English
    term left once the stored terms no longer count as data; saving stores them in English."""
    import sqlalchemy as sa

    from mentordesk.core import agreement_defaults as terms
    from mentordesk.db.models import AgreementRecord, ParticipantRecord
    from mentordesk.services.programs import ProgramService

    programs = ProgramService(sample.db)
    program = programs.get(sample.program_id or 0)
    programs.save_document_settings(
        program.id, dataclasses.replace(program.documents, language="es")
    )
    with sample.db.begin() as session:  # the program's language, not a family's own
        session.execute(sa.update(ParticipantRecord).values(document_language=""))
    window = _window(qtbot, sample, tmp_path)
    window.show_view(VIEW_PAIRS)
    qtbot.waitUntil(lambda: window.is_view_ready(VIEW_PAIRS), timeout=30000)
    pairs = window.view(VIEW_PAIRS)
    proxy = pairs.pairs_proxy  # type: ignore[attr-defined]
    pair_id = proxy.data(proxy.index(0, 0), RowRole).id
    pairs.open_pair(pair_id)  # type: ignore[attr-defined]
    wait_for_background()
    tab = pairs.detail_tabs().agreement  # type: ignore[attr-defined]
    assert tab.ui.obligationsEdit.toPlainText() == terms.word(terms.OBLIGATIONS, "es")
    assert tab.ui.contactEdit.toPlainText() == terms.word(terms.CONTACT_BETWEEN, "es")
    assert tab.ui.frequencyEdit.text().startswith("Cada")
    built_in = [
        d for d in data_texts(sample.db) if any(terms.recognise(k, d) for k in terms.BUILT_IN)
    ]
    assert built_in  # the sample stored its agreements from the English defaults
    data = [d for d in data_texts(sample.db) if d not in built_in]
    problems = english_left(visible_texts(tab), "es", [*data, *LANGUAGES.values()])
    assert problems == [], "\n".join(problems)
    assert tab.save()
    wait_for_background()
    with sample.db.read() as session:
        stored = session.scalar(
            sa.select(AgreementRecord).where(AgreementRecord.pair_id == pair_id)
        )
        assert stored is not None and stored.obligations == terms.OBLIGATIONS
