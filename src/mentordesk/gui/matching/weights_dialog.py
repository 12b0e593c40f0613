"""The program's matching criteria and weights, with defaults per program format."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QWidget

from mentordesk.core.concurrency import Version
from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import ValidationError
from mentordesk.gui.common import label, objective_name, translate
from mentordesk.gui.forms.ui_matching_weights_dialog import Ui_MatchingWeightsDialog
from mentordesk.matching.criteria import (
    OBJECTIVE_LABELS,
    Criterion,
    MatchOptions,
    Objective,
    default_options,
    default_weights,
)


class MatchingWeightsDialog(QDialog):
    """Edits weights and options; `values()` gives (weights, options) ready for the service."""

    def __init__(
        self,
        program_format: ProgramFormat,
        weights: dict[str, float],
        options: MatchOptions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MatchingWeightsDialog()
        self.ui.setupUi(self)
        self.program_format = program_format
        #: The program's version these values were read at (a save over a newer one is refused).
        self.expected: Version | None = None
        self.setWindowTitle(
            translate(
                "matching.weights_dialog", "Matching criteria and weights — {value} program"
            ).format(value=label(program_format))
        )
        for objective in Objective:
            self.ui.objectiveCombo.addItem(
                objective_name(OBJECTIVE_LABELS[objective]), objective.value
            )
        self.spins: dict[str, QDoubleSpinBox] = {
            Criterion.SKILLS: self.ui.skillsSpin,
            Criterion.GOALS: self.ui.goalsSpin,
            Criterion.INTERESTS: self.ui.interestsSpin,
            Criterion.LANGUAGE: self.ui.languageSpin,
            Criterion.ORG_UNIT: self.ui.orgUnitSpin,
            Criterion.TIME_ZONE: self.ui.timeZoneSpin,
            Criterion.SENIORITY: self.ui.senioritySpin,
            Criterion.AVAILABILITY: self.ui.availabilitySpin,
            Criterion.FORMAT: self.ui.formatSpin,
            Criterion.IDENTITY: self.ui.identitySpin,
        }
        self.ui.defaultsButton.setText(
            translate("matching.weights_dialog", "Restore defaults for {value}").format(
                value=label(program_format)
            )
        )
        self._load(weights, options)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.defaultsButton.clicked.connect(self.restore_defaults)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _load(self, weights: dict[str, float], options: MatchOptions) -> None:
        for key, spin in self.spins.items():
            spin.setValue(float(weights.get(str(key), 0.0)))
        self.ui.objectiveCombo.setCurrentIndex(
            max(0, self.ui.objectiveCombo.findData(options.objective.value))
        )
        self.ui.minScoreSpin.setValue(int(options.min_score or 0))
        self.ui.orgModeCombo.setCurrentIndex(0 if options.org_unit_mode == "same" else 1)
        self.ui.seniorityRuleCheck.setChecked(options.seniority_rule)
        self.ui.seniorityTargetSpin.setValue(options.seniority_target)
        self.ui.seniorityToleranceSpin.setValue(options.seniority_tolerance)
        self.ui.requireScreeningCheck.setChecked(options.require_screening)
        self.ui.groupSizeSpin.setValue(options.group_size)

    def restore_defaults(self) -> None:
        self._load(default_weights(self.program_format), default_options(self.program_format))

    def values(self) -> tuple[dict[str, float], dict[str, Any]]:
        weights = {str(key): spin.value() for key, spin in self.spins.items()}
        options = {
            "objective": self.ui.objectiveCombo.currentData(),
            "min_score": self.ui.minScoreSpin.value() or None,
            "org_unit_mode": "same" if self.ui.orgModeCombo.currentIndex() == 0 else "different",
            "seniority_rule": self.ui.seniorityRuleCheck.isChecked(),
            "seniority_target": self.ui.seniorityTargetSpin.value(),
            "seniority_tolerance": self.ui.seniorityToleranceSpin.value(),
            "require_screening": self.ui.requireScreeningCheck.isChecked(),
            "group_size": self.ui.groupSizeSpin.value(),
        }
        return weights, options

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def show_error(self, error: ValidationError) -> None:
        details = "; ".join(f"{k}: {v}" for k, v in error.fields.items())
        self.ui.errorLabel.setText(f"{error}" + (f" — {details}" if details else ""))

    def accept(self) -> None:
        if sum(self.values()[0].values()) <= 0:
            self.ui.errorLabel.setText(
                translate(
                    "matching.weights_dialog", "Give at least one criterion a weight above 0."
                )
            )
            return
        super().accept()
