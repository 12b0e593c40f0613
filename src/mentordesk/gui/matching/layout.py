"""The matching view's layout beyond its Designer form: accessible names, and the changes
that keep it usable on a 1024-px screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from mentordesk.gui.common import never_widen, translate
from mentordesk.gui.forms.ui_matching_view import Ui_MatchingView


def name_widgets(ui: Ui_MatchingView) -> None:
    """Accessible names for the controls without a visible label of their own."""
    for widget, name in (
        (ui.draftTable, translate("matching.view", "Proposed pairs")),
        (ui.menteeTable, translate("matching.view", "Mentees")),
        (ui.mentorTable, translate("matching.view", "Mentors")),
        (ui.unmatchedTable, translate("matching.view", "Unmatched mentees")),
        (ui.exclusionTable, translate("matching.view", "Exclusions")),
        (ui.candidateTable, translate("matching.view", "Candidate mentors")),
        (ui.rotationTable, translate("matching.view", "Flash rotation schedule")),
        (ui.filterEdit, translate("matching.view", "Filter the proposal")),
        (ui.roundsSpin, translate("matching.view", "Rounds")),
        (ui.seatsSpin, translate("matching.view", "Mentees per table")),
        (ui.progressBar, translate("matching.view", "Progress")),
        (ui.peopleTabs, translate("matching.view", "People")),
        (ui.resultTabs, translate("matching.view", "Results")),
    ):
        widget.setAccessibleName(name)


def fit_narrow_windows(ui: Ui_MatchingView) -> None:
    """Nothing here may make the window wider than a 1024-px screen: the combo box sizes
    to a short label, messages wrap, the approve buttons get a row of their own, and the
    three panes can shrink."""
    combo = ui.objectiveCombo
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    for index in range(combo.count()):
        combo.setItemData(index, combo.itemText(index), Qt.ItemDataRole.ToolTipRole)
    never_widen(ui.summaryLabel)
    never_widen(ui.candidateLabel)
    check = ui.includeMatchedCheck
    check.setToolTip(check.text().replace("&", ""))
    check.setText(translate("matching.view", "Re-match &paired"))
    # Progress and Cancel get their own row: showing them never widens the run bar.
    progress_row = QHBoxLayout()
    for widget in (ui.progressBar, ui.cancelButton):
        ui.runBar.removeWidget(widget)
        progress_row.addWidget(widget)
    ui.progressBar.setMaximumWidth(16777215)
    ui.progressBar.setMinimumWidth(60)  # its text ("Scoring… 40%") must not set the width
    ui.progressBar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    ui.rootLayout.insertLayout(ui.rootLayout.indexOf(ui.runBar) + 1, progress_row)
    layout = ui.reviewButtons
    approve_row = QHBoxLayout()
    approve_row.addStretch(1)
    for button in (ui.approveSelectedButton, ui.approveAllButton):
        layout.removeWidget(button)
        approve_row.addWidget(button)
    ui.proposalLayout.insertLayout(ui.proposalLayout.indexOf(layout) + 1, approve_row)
    # The rotation's output buttons get their own row too (a hidden tab's width counts).
    output_row = QHBoxLayout()
    output_row.addStretch(1)
    outputs: tuple[QWidget, ...] = (ui.exportCsvButton, ui.printRotationButton)
    for output in outputs:
        ui.rotationBar.removeWidget(output)
        output_row.addWidget(output)
    ui.rotationLayout.insertLayout(ui.rotationLayout.indexOf(ui.rotationBar) + 1, output_row)
    ui.reasonEdit.setMinimumWidth(80)
    ui.filterEdit.setMinimumWidth(80)
    # Whole tab names with scroll arrows when the pane is narrow: elided, "Mentees" and
    # "Mentors" both read "Me…" (and "Mentorados"/"Mentores" in Spanish).
    for pane in (ui.peopleTabs, ui.resultTabs):
        pane.setUsesScrollButtons(True)
        pane.setElideMode(Qt.TextElideMode.ElideNone)
