"""The Pairs view's detail page: opening a pair, its header (people, status, score, risk) and
the status changes (activate, pause, resume, close, reopen) with their questions."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from mentordesk.core.enums import PairStatus
from mentordesk.core.errors import MentorDeskError
from mentordesk.core.lifecycle import allowed_targets
from mentordesk.gui.common import (
    ERROR,
    GOOD,
    WARNING,
    Job,
    RowTableModel,
    label,
    log,
    pick,
    readable_css,
    translate,
)
from mentordesk.gui.pairs.commands import STATUS_ACTIONS, ChangeStatus, PairCommand
from mentordesk.gui.pairs.dialogs import CloseDialog
from mentordesk.gui.pairs.models import fmt_date
from mentordesk.gui.pairs.summaries import score_html
from mentordesk.services.pairs import PairDetail, PairService, PairSummary

if TYPE_CHECKING:
    import datetime as dt

    from mentordesk.gui.common import AppContext
    from mentordesk.gui.forms.ui_pairs_view import Ui_PairsView
    from mentordesk.gui.pairs.detail import DetailTabs
    from mentordesk.gui.pairs.form_tabs import AgreementTab
    from mentordesk.gui.pairs.goals_tab import GoalsTab
    from mentordesk.gui.pairs.idp_tab import IdpTab
    from mentordesk.gui.pairs.printing import PairPrintMenu
    from mentordesk.gui.pairs.tabs import ClosureTab, RecordsTab

LIST_PAGE, DETAIL_PAGE = 0, 1
TAB_AGREEMENT, TAB_GOALS, TAB_MEETINGS, TAB_CHECKINS, TAB_IDP, TAB_CLOSURE = range(6)


class PairDetailPage:
    """Mixed into PairsView (which provides the widgets, the tabs and the list page)."""

    @property
    def widget(self) -> QWidget:
        """The view itself, as the parent of its dialogs and the owner of its palette."""
        return cast(QWidget, self)

    ctx: AppContext
    ui: Ui_PairsView
    pair_id: int | None
    detail: PairDetail | None
    pairs_model: RowTableModel[PairSummary]
    _lay_out_when_shown: bool

    if TYPE_CHECKING:

        @property
        def agreement_tab(self) -> AgreementTab: ...
        @property
        def goals_tab(self) -> GoalsTab: ...
        @property
        def meetings_tab(self) -> RecordsTab: ...
        @property
        def checkins_tab(self) -> RecordsTab: ...
        @property
        def idp_tab(self) -> IdpTab: ...
        @property
        def closure_tab(self) -> ClosureTab: ...
        @property
        def print_menu(self) -> PairPrintMenu: ...
        @property
        def today_date(self) -> dt.date: ...
        def service(self) -> PairService: ...
        def run(self, command: PairCommand, *, raise_errors: bool = False) -> bool: ...
        def confirm_leave(
            self, parent: QWidget | None = None, *, can_cancel: bool = True
        ) -> bool: ...
        def show_list(self) -> bool: ...
        def detail_tabs(self) -> DetailTabs: ...

    def _prepare_detail(self) -> None:
        """Build the detail's tabs, and read one pair's detail in a worker, answer unused:
        the first read of a pair's detail compiles its twenty statements (SQLAlchemy keeps
        them per engine), 40-60 ms of Python that was the UI thread's in the first open."""
        self.detail_tabs()
        self._lay_out_detail_page()
        if not self.pairs_model.rows:
            return
        service, pair_id = self.service(), self.pairs_model.rows[0].id
        job = Job(lambda _report, _cancelled: service.detail(pair_id))
        job.failed.connect(lambda error: log.info("Reading ahead a pair failed: %s", error))
        job.start()

    def _lay_out_detail_page(self) -> None:
        """Show the detail page once and the list again in this one event, before anything
        is painted: its first show (styles, layouts, the date fields' names: 15-18 ms at 1366
        px) is paid here, not in the click that opens the first pair."""
        stack = self.ui.stack
        self._lay_out_when_shown = not self.widget.isVisible()  # the coordinator went elsewhere
        if stack.currentIndex() != LIST_PAGE or self._lay_out_when_shown:
            return
        focus = self.widget.focusWidget()
        stack.setUpdatesEnabled(False)
        try:
            stack.setCurrentIndex(DETAIL_PAGE)
            stack.setCurrentIndex(LIST_PAGE)
        finally:
            stack.setUpdatesEnabled(True)
        if focus is not None and focus.isVisible():
            focus.setFocus()

    def open_pair(self, pair_id: int, keep_tab: bool = False) -> None:
        if pair_id != self.pair_id and not self.confirm_leave():
            return
        try:
            detail = self.service().detail(pair_id)
        except MentorDeskError as error:
            QMessageBox.warning(self.widget, translate("pairs.view", "Pair"), str(error))
            self.show_list()
            return
        if detail.summary.program_id != self.ctx.program_id:
            self.ctx.set_program(detail.summary.program_id)
        self.pair_id, self.detail = pair_id, detail
        if not keep_tab:
            self.ui.tabs.setCurrentIndex(TAB_AGREEMENT)
        self._show_header(detail)
        self.print_menu.show_detail(detail)
        for tab in (
            self.agreement_tab,
            self.goals_tab,
            self.meetings_tab,
            self.checkins_tab,
            self.idp_tab,
            self.closure_tab,
        ):
            tab.show_detail(detail)
        self.ui.stack.setCurrentIndex(DETAIL_PAGE)

    def _show_header(self, d: PairDetail) -> None:
        ui, s, e = self.ui, d.summary, html.escape
        ui.titleLabel.setText(s.title)
        people = []
        for p in (*s.mentors, *s.mentees):
            line = f"<b>{_capital(label(p.role))}:</b> {e(p.name)}"
            if p.email:
                line += translate("pairs.view", " &lt;{v0}&gt;").format(v0=e(p.email))
            if p.is_minor:
                line += translate("pairs.view", " <span style='color:{v0}'>(minor)</span>").format(
                    v0=pick(WARNING, self.widget).name()
                )
                if p.guardian_name:
                    line += translate("pairs.view", "<br>&nbsp;&nbsp;Guardian: {v0}").format(
                        v0=e(p.guardian_name)
                    )
                    if p.guardian_email:
                        line += translate("pairs.view", " &lt;{v0}&gt;").format(
                            v0=e(p.guardian_email)
                        )
            people.append(line)
        ui.peopleLabel.setText("<br>".join(people))
        a = d.adherence
        status = translate("pairs.view", "<b>Status: {value}</b>").format(value=label(s.status))
        if s.status is PairStatus.PAUSED and d.pause_reason:
            status += f" ({e(d.pause_reason)})"
        status += translate(
            "pairs.view",
            "<br>Started {v0} · planned end {v1}<br>Meetings: {label}, {hours:.1f} h · "
            "target every {cadence_days} days",
        ).format(
            v0=fmt_date(s.start_date),
            v1=fmt_date(s.planned_end_date),
            label=a.label,
            hours=a.hours,
            cadence_days=d.cadence_days,
        )
        ui.statusLabel.setText(status)
        ui.scoreLabel.setText(readable_css(score_html(d), self.widget))
        ui.scoreLabel.setToolTip(d.rationale)
        if s.reasons:
            items = "".join(f"<li>{e(r)}</li>" for r in s.reasons)
            ui.riskLabel.setText(
                translate(
                    "pairs.view",
                    "<b style='color:{v0}'>⚠ Needs attention:</b><ul style='margin:0'>{items}</ul>",
                ).format(v0=pick(ERROR, self.widget).name(), items=items)
            )
        elif s.status is PairStatus.ACTIVE:
            due = d.checkin_due.earliest
            ui.riskLabel.setText(
                translate(
                    "pairs.view",
                    "<span style='color:{colour}'><b>On track.</b></span> Next check-in due "
                    "{checkin}; next meeting due {meeting}.",
                ).format(
                    colour=pick(GOOD, self.widget).name(),
                    checkin=fmt_date(due),
                    meeting=fmt_date(a.next_due),
                )
            )
        else:
            ui.riskLabel.setText("")
        allowed = allowed_targets(s.status)
        ui.activateButton.setVisible(s.status is PairStatus.PROPOSED)
        ui.pauseButton.setVisible(PairStatus.PAUSED in allowed)
        ui.resumeButton.setVisible(s.status is PairStatus.PAUSED)
        ui.closePairButton.setVisible(PairStatus.CLOSED in allowed)
        ui.reopenButton.setVisible(s.status is PairStatus.CLOSED)

    # --- actions -------------------------------------------------------------------------

    def change_status(self, action: str) -> bool:
        if self.pair_id is None:
            return False
        pair_id = self.pair_id
        if action == "close":
            dialog = CloseDialog(self.today_date, self.widget)
            dialog.on_save = lambda closure: (
                self.run(
                    ChangeStatus(self.ctx, self.service, pair_id, "close", closure=closure),
                    raise_errors=True,
                )
                and None
            )
            return bool(dialog.exec())
        reason = ""
        if action != "activate":
            prompts = {
                "pause": translate("pairs.view", "Why is the pair pausing?"),
                "resume": translate("pairs.view", "Why is it resuming?"),
                "reopen": translate("pairs.view", "Why is the pair reopened?"),
            }
            reason, ok = QInputDialog.getText(
                self.widget,
                translate("pairs.commands", STATUS_ACTIONS[action]),
                prompts[action],
                QLineEdit.EchoMode.Normal,
                "",
            )
            if not ok:
                return False
        override = ""
        if action in ("activate", "resume", "reopen"):
            problems = self.service().start_problems(pair_id)
            if problems:
                answer = self.ask_override(action, problems)
                if answer is None:
                    return False
                override = answer
        return self.run(
            ChangeStatus(self.ctx, self.service, pair_id, action, reason, override=override)
        )

    def ask_override(self, action: str, problems: tuple[str, ...]) -> str | None:
        """The screening rule refuses this start: the coordinator may go ahead only with a
        reason, which the audit log keeps. None when they cancel or give no reason."""
        dialog = QInputDialog(self.widget)
        dialog.setObjectName("screeningOverrideDialog")
        dialog.setWindowTitle(
            translate("pairs.view", "{v0} pair — screening").format(v0=action.capitalize())
        )
        dialog.setLabelText(
            translate("pairs.view", "This pair should not start yet:\n• ")
            + "\n• ".join(problems)
            + translate("pairs.view", "\n\nTo go ahead anyway, say why (kept in the audit log):")
        )
        dialog.setOkButtonText(translate("pairs.view", "Go ahead anyway"))
        dialog.setCancelButtonText(translate("pairs.view", "Cancel"))
        if not dialog.exec():
            return None
        reason = dialog.textValue().strip()
        if not reason:
            QMessageBox.warning(
                self.widget,
                translate("pairs.view", "Not changed"),
                translate("pairs.view", "Without a reason the pair keeps its status."),
            )
            return None
        return reason

    def email_pair(self) -> None:
        if self.pair_id is None:
            return
        url = self.service().mailto(self.pair_id)
        if not QDesktopServices.openUrl(QUrl(url)):
            QMessageBox.information(
                self.widget,
                translate("pairs.view", "E-mail"),
                translate("pairs.view", "No e-mail program is set up. The link:\n") + url,
            )


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
