"""The IDP tab of the pair detail: each mentee's Individual Development Plan, Save / Revert.

A pair with several mentees has one plan each (the mentee list switches between them, asking
first when there are unsaved edits); the plan's goals come read-only from the Goals tab and are
refreshed even while the fields are being typed.
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtWidgets import QWidget

from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import translate
from mentordesk.gui.forms.ui_pair_idp_tab import Ui_IdpTab
from mentordesk.gui.pairs.commands import SaveIdp
from mentordesk.gui.pairs.form_fields import get_date, safe_value, set_date, show_error
from mentordesk.gui.pairs.tabs import Host
from mentordesk.services.pairs import IdpData, PairDetail


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
        self._shown = safe_value(self.value)

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
