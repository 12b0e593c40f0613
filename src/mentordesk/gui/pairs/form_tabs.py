"""The Agreement tab of the pair detail: the agreement's fields, Save / Revert.

A refresh of the same pair keeps what is being typed; when someone else saved the agreement
meanwhile, Save shows the difference (Reload / Keep mine, core/concurrency.py). The IDP tab, the
other form tab, is in idp_tab.py.
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtWidgets import QWidget

from mentordesk.core.concurrency import ConcurrentEditError, Version
from mentordesk.core.enums import AgreementStatus, GoalStatus, MeetingFormat
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import Choice, ask_conflict, label, saved_by, translate
from mentordesk.gui.forms.ui_pair_agreement_tab import Ui_AgreementTab
from mentordesk.gui.pairs.commands import SaveAgreement
from mentordesk.gui.pairs.form_fields import (
    combo_value,
    fill_combo,
    get_date,
    safe_value,
    set_date,
    show_error,
)
from mentordesk.gui.pairs.tabs import Host
from mentordesk.services.pairs import AgreementData, PairDetail


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
        return self.detail is not None and safe_value(self.value) != self._shown

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
            self._shown = safe_value(self.value)
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
            self._shown = safe_value(self.value)
            self.ui.agreementErrorLabel.setText(
                translate("pairs.form_tabs", "Reloaded the version saved by {saved_by}.").format(
                    saved_by=saved_by(error.current)
                )
            )
            return False
        if choice is Choice.KEEP_MINE:
            return self.save(keep_mine=True)
        return False


__all__ = ["AgreementTab"]
