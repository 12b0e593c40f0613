"""The form tabs of the pair detail: Agreement and IDP (edit fields, Save / Revert)."""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.enums import AgreementStatus, GoalStatus, MeetingFormat
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import Choice, ask_conflict, label, saved_by, translate
from mentordesk.gui.forms.ui_pair_agreement_tab import Ui_AgreementTab
from mentordesk.gui.forms.ui_pair_idp_tab import Ui_IdpTab
from mentordesk.gui.pairs.commands import (
    SaveAgreement,
    SaveIdp,
)
from mentordesk.gui.pairs.form_fields import (
    combo_value,
    fill_combo,
    get_date,
    set_date,
    show_error,
)
from mentordesk.gui.pairs.tabs import Host
from mentordesk.services.pairs import AgreementData, IdpData, PairDetail

_UNREADABLE = object()


def _safe(value: Callable[[], object]) -> object:
    """The form's value, or a marker that equals nothing when a field cannot be read."""
    try:
        return value()
    except MentorDeskError:
        return _UNREADABLE


# --------------------------------------------------------------------------- agreement


class AgreementTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_AgreementTab()
        self.ui.setupUi(self)
        self.detail: PairDetail | None = None
        self._shown: object = None
        fill_combo(self.ui.formatCombo, ["", *[f.value for f in MeetingFormat]], "")
        fill_combo(self.ui.agreementStatusCombo, [s.value for s in AgreementStatus], "draft")
        ui = self.ui
        self.fields: dict[str, QWidget] = {
            "meeting_minutes": ui.minutesSpin,
            "meeting_format": ui.formatCombo,
            "duration_months": ui.durationSpin,
            "notice_days": ui.noticeSpin,
            "mentor_signed_on": ui.mentorSignedEdit,
            "mentee_signed_on": ui.menteeSignedEdit,
            "guardian_signed_on": ui.guardianSignedEdit,
            "coordinator_signed_on": ui.coordinatorSignedEdit,
            "midpoint_review_date": ui.midpointEdit,
        }
        ui.saveAgreementButton.clicked.connect(self.save)
        ui.revertAgreementButton.clicked.connect(self.revert)
        #: The version the form was filled from (core/concurrency.py).
        self._base_version: Version | None = None
        self._own_save = False

    def is_dirty(self) -> bool:
        """Typed but not saved (what Save would write differs from what was shown)."""
        return self.detail is not None and _safe(self.value) != self._shown

    def show_detail(self, detail: PairDetail) -> None:
        # A refresh of the same pair (another tab saved something) keeps what is being typed,
        # unless the agreement itself changed underneath (an undo, say).
        previous = self.detail
        same_pair = previous is not None and previous.id == detail.id
        keep = (
            previous is not None
            and same_pair
            and previous.agreement == detail.agreement
            and self.is_dirty()
        )
        # Someone else saved this agreement while it is being typed (the change watcher
        # refreshed the view): the typing stays, and Save will show the difference.
        elsewhere = (
            same_pair
            and self.is_dirty()
            and detail.agreement.version != self._base_version
            and self._base_version is not None
            and not self._own_save
        )
        self.detail = detail
        self._own_save = False
        if elsewhere:
            ui = self.ui
            ui.agreementErrorLabel.setText(
                translate(
                    "pairs.form_tabs",
                    "Someone else saved this agreement meanwhile: saving will show the difference.",
                )
            )
            return
        if not keep:
            self._fill(detail.agreement)
            self._shown = _safe(self.value)
            self._base_version = detail.agreement.version
        ui = self.ui
        if detail.agreement_saved:
            state = translate("pairs.form_tabs", "Agreement {value}.").format(
                value=label(detail.agreement.status)
            )
        else:
            state = translate(
                "pairs.form_tabs",
                "Pre-filled from the program's defaults, not saved yet: adjust and save.",
            )
        ui.agreementStateLabel.setText(state)
        minor = detail.summary.has_minor
        ui.guardianSignedEdit.setEnabled(minor)
        ui.guardianSignedEditLabel.setText(
            translate("pairs.form_tabs", "Guardian signed")
            if minor
            else translate("pairs.form_tabs", "Guardian signed (adults: not needed)")
        )
        goals = [g for g in detail.goals if g.status is not GoalStatus.DROPPED][:3]
        ui.agreementGoalsLabel.setText(
            "<br>".join(
                f"{n}. {html.escape(g.statement)}"
                + (
                    " <i>({idp})</i>".format(idp=translate("pairs.form_tabs", "IDP"))
                    if g.in_idp
                    else ""
                )
                for n, g in enumerate(goals, 1)
            )
            or translate("pairs.form_tabs", "<i>No goals yet: add them in the Goals tab.</i>")
        )
        show_error(self, ui.agreementErrorLabel, MentorDeskError(""), self.fields)

    def _fill(self, a: AgreementData) -> None:
        ui = self.ui
        ui.frequencyEdit.setText(a.meeting_frequency)
        ui.minutesSpin.setValue(a.meeting_minutes or 0)
        fill_combo(ui.formatCombo, ["", *[f.value for f in MeetingFormat]], a.meeting_format)
        ui.usualTimeEdit.setText(a.usual_time)
        ui.placeEdit.setText(a.place)
        ui.contactEdit.setPlainText(a.contact_between)
        ui.durationSpin.setValue(a.duration_months or 0)
        set_date(ui.midpointEdit, a.midpoint_review_date)
        ui.noticeSpin.setValue(a.notice_days or 0)
        ui.agreementStatusCombo.setCurrentIndex(
            max(0, ui.agreementStatusCombo.findData(a.status.value))
        )
        set_date(ui.mentorSignedEdit, a.mentor_signed_on)
        set_date(ui.menteeSignedEdit, a.mentee_signed_on)
        set_date(ui.guardianSignedEdit, a.guardian_signed_on)
        set_date(ui.coordinatorSignedEdit, a.coordinator_signed_on)
        ui.confidentialityEdit.setPlainText(a.confidentiality)
        ui.boundariesEdit.setPlainText(a.boundaries)
        ui.obligationsEdit.setPlainText(a.obligations)
        ui.endingEdit.setPlainText(a.ending_clause)

    def value(self) -> AgreementData:
        assert self.detail is not None
        ui = self.ui
        return dataclasses.replace(
            self.detail.agreement,
            meeting_frequency=ui.frequencyEdit.text().strip(),
            meeting_minutes=ui.minutesSpin.value() or None,
            meeting_format=combo_value(ui.formatCombo),
            usual_time=ui.usualTimeEdit.text().strip(),
            place=ui.placeEdit.text().strip(),
            contact_between=ui.contactEdit.toPlainText().strip(),
            duration_months=ui.durationSpin.value() or None,
            midpoint_review_date=get_date(ui.midpointEdit, "midpoint_review_date"),
            notice_days=ui.noticeSpin.value(),
            status=AgreementStatus(combo_value(ui.agreementStatusCombo)),
            mentor_signed_on=get_date(ui.mentorSignedEdit, "mentor_signed_on"),
            mentee_signed_on=get_date(ui.menteeSignedEdit, "mentee_signed_on"),
            guardian_signed_on=get_date(ui.guardianSignedEdit, "guardian_signed_on"),
            coordinator_signed_on=get_date(ui.coordinatorSignedEdit, "coordinator_signed_on"),
            confidentiality=ui.confidentialityEdit.toPlainText().strip(),
            boundaries=ui.boundariesEdit.toPlainText().strip(),
            obligations=ui.obligationsEdit.toPlainText().strip(),
            ending_clause=ui.endingEdit.toPlainText().strip(),
        )

    def save(self, *, keep_mine: bool = False) -> bool:
        if self.detail is None:
            return False
        d = self.detail
        try:
            command = SaveAgreement(
                self.host.ctx,
                self.host.service,
                d.id,
                d.agreement,
                d.agreement_saved,
                self.value(),
                self._base_version,
                keep_mine,
            )
            self._own_save = True
            return self.host.run(command, raise_errors=True)
        except ConcurrentEditError as error:
            self._own_save = False
            return self._resolve(error)
        except MentorDeskError as error:
            self._own_save = False
            show_error(self, self.ui.agreementErrorLabel, error, self.fields)
            return False

    def revert(self) -> None:
        if self.detail is not None:
            self._fill(self.detail.agreement)
            self._base_version = self.detail.agreement.version
            self.show_detail(self.detail)

    def _resolve(self, error: ConcurrentEditError) -> bool:
        """Someone else saved the agreement first: show the difference, reload or keep."""
        choice = ask_conflict(self, error, self.value())
        self._base_version = error.current if error.current.stamp else None
        if choice is Choice.RELOAD and isinstance(error.theirs, AgreementData):
            self._fill(error.theirs)
            self._shown = _safe(self.value)
            self.ui.agreementErrorLabel.setText(
                translate("pairs.form_tabs", "Reloaded the version saved by {saved_by}.").format(
                    saved_by=saved_by(error.current)
                )
            )
            return False
        if choice is Choice.KEEP_MINE:
            return self.save(keep_mine=True)
        return False


# --------------------------------------------------------------------------- IDP


class IdpTab(QWidget):
    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.ui = Ui_IdpTab()
        self.ui.setupUi(self)
        self.detail: PairDetail | None = None
        self._shown: object = None
        self._mentee_index = 0
        self.fields: dict[str, QWidget] = {
            "baseline_rating": self.ui.baselineSpin,
            "final_rating": self.ui.finalSpin,
            "period_end": self.ui.periodEndEdit,
            "period_start": self.ui.periodStartEdit,
            "midpoint_review_date": self.ui.idpMidpointEdit,
            "final_review_date": self.ui.finalReviewEdit,
            "mentee_signed_on": self.ui.idpMenteeSignedEdit,
            "mentor_signed_on": self.ui.idpMentorSignedEdit,
            "coordinator_signed_on": self.ui.idpCoordinatorSignedEdit,
        }
        self.ui.saveIdpButton.clicked.connect(self.save)
        self.ui.revertIdpButton.clicked.connect(self._fill_current)
        self.ui.menteeCombo.currentIndexChanged.connect(self._mentee_changed)

    def is_dirty(self) -> bool:
        return self._shown is not None and self.current_value() != self._shown

    def revert(self) -> None:
        """Back to what is saved (or pre-filled) for the mentee shown."""
        self._fill_current()

    def current_value(self) -> IdpData | None:
        return self.value() if self.current() is not None else None

    def _mentee_changed(self, index: int) -> None:
        """Switching mentee with unsaved edits asks first (Cancel stays on this mentee)."""
        combo = self.ui.menteeCombo
        if self._shown is not None and index != self._mentee_index:
            combo.blockSignals(True)
            combo.setCurrentIndex(self._mentee_index)
            leave = self.host.confirm_leave(self)
            if leave:
                combo.setCurrentIndex(index)
            combo.blockSignals(False)
            if not leave:
                return
        self._fill_current()

    def show_detail(self, detail: PairDetail) -> None:
        # A refresh of the same pair keeps what is being typed unless the IDPs changed.
        keep_typed = (
            self.detail is not None
            and self.detail.id == detail.id
            and self.current() is not None
            and self.detail.idps == detail.idps
            and self.is_dirty()
        )
        self.detail = detail
        combo = self.ui.menteeCombo
        mentee = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for each in detail.idps:
            combo.addItem(each.mentee_name, each.participant_id)
        combo.setCurrentIndex(max(0, combo.findData(mentee)))
        combo.setEnabled(len(detail.idps) > 1)
        combo.blockSignals(False)
        current = self.current()
        if not keep_typed:
            self._fill_current()
        elif current is not None:
            self._show_goals(current)

    def current(self) -> IdpData | None:
        if self.detail is None or not self.detail.idps:
            return None
        return self.detail.idps[max(0, self.ui.menteeCombo.currentIndex())]

    def _fill_current(self) -> None:
        idp = self.current()
        self._mentee_index = max(0, self.ui.menteeCombo.currentIndex())
        if idp is None:
            self._shown = None
            return
        self._fill_values(idp)
        self._shown = _safe(self.value)

    def _fill_values(self, idp: IdpData) -> None:
        ui = self.ui
        ui.idpStateLabel.setText(
            translate("pairs.form_tabs", "Individual Development Plan of {mentee_name}.").format(
                mentee_name=idp.mentee_name
            )
            + ("" if idp.id else translate("pairs.form_tabs", " Not saved yet: fill in and save."))
        )
        set_date(ui.periodStartEdit, idp.period_start)
        set_date(ui.periodEndEdit, idp.period_end)
        set_date(ui.idpMidpointEdit, idp.midpoint_review_date)
        set_date(ui.finalReviewEdit, idp.final_review_date)
        ui.baselineSpin.setValue(idp.baseline_rating or 0)
        ui.finalSpin.setValue(idp.final_rating or 0)
        set_date(ui.idpMenteeSignedEdit, idp.mentee_signed_on)
        set_date(ui.idpMentorSignedEdit, idp.mentor_signed_on)
        set_date(ui.idpCoordinatorSignedEdit, idp.coordinator_signed_on)
        ui.strengthsEdit.setPlainText(idp.strengths)
        ui.growthEdit.setPlainText(idp.growth_areas)
        ui.shortTermEdit.setPlainText(idp.short_term_aspirations)
        ui.longTermEdit.setPlainText(idp.long_term_aspirations)
        self._show_goals(idp)
        show_error(self, ui.idpErrorLabel, MentorDeskError(""), self.fields)

    def _show_goals(self, idp: IdpData) -> None:
        """The IDP's goals (read-only, from the Goals tab): refreshed even while typing."""
        ui = self.ui
        goals = "".join(
            translate(
                "pairs.form_tabs",
                "<p><b>{statement}</b> ({percent} %)<br>Action plan: {plan}<br>"
                "Resources: {resources}<br>Mentor's role: {role}</p>",
            ).format(
                statement=html.escape(g.statement),
                percent=g.percent,
                plan=html.escape("; ".join(s.description for s in g.steps) or "—"),
                resources=html.escape(g.resources or "—"),
                role=html.escape(g.mentor_role or "—"),
            )
            for g in idp.goals
        )
        ui.idpGoalsBrowser.setHtml(
            goals
            or translate(
                "pairs.form_tabs",
                "<i>No IDP goals yet: in the Goals tab, tick “Part of the mentee's IDP”.</i>",
            )
        )

    def value(self) -> IdpData:
        idp = self.current()
        assert idp is not None
        ui = self.ui
        return dataclasses.replace(
            idp,
            period_start=get_date(ui.periodStartEdit, "period_start"),
            period_end=get_date(ui.periodEndEdit, "period_end"),
            midpoint_review_date=get_date(ui.idpMidpointEdit, "midpoint_review_date"),
            final_review_date=get_date(ui.finalReviewEdit, "final_review_date"),
            baseline_rating=ui.baselineSpin.value() or None,
            final_rating=ui.finalSpin.value() or None,
            mentee_signed_on=get_date(ui.idpMenteeSignedEdit, "mentee_signed_on"),
            mentor_signed_on=get_date(ui.idpMentorSignedEdit, "mentor_signed_on"),
            coordinator_signed_on=get_date(ui.idpCoordinatorSignedEdit, "coordinator_signed_on"),
            strengths=ui.strengthsEdit.toPlainText().strip(),
            growth_areas=ui.growthEdit.toPlainText().strip(),
            short_term_aspirations=ui.shortTermEdit.toPlainText().strip(),
            long_term_aspirations=ui.longTermEdit.toPlainText().strip(),
        )

    def save(self) -> bool:
        idp = self.current()
        if idp is None or self.detail is None:
            return False
        try:
            command = SaveIdp(self.host.ctx, self.host.service, self.detail.id, idp, self.value())
            return self.host.run(command, raise_errors=True)
        except MentorDeskError as error:
            show_error(self, self.ui.idpErrorLabel, error, self.fields)
            return False
