"""The program's meeting cadence and check-in rules, edited from the Pairs view (undoable)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from mentordesk.core.cadence import CheckinRules
from mentordesk.core.changes import ChangeSet
from mentordesk.core.errors import MentorDeskError
from mentordesk.gui.common import AppContext, translate
from mentordesk.gui.forms.ui_pair_rules_dialog import Ui_RulesDialog
from mentordesk.gui.pairs.commands import PairCommand
from mentordesk.services.pairs import PairService
from mentordesk.services.programs import ProgramService


class RulesDialog(QDialog):
    def __init__(self, cadence_days: int, rules: CheckinRules, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_RulesDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.cadenceSpin.setValue(cadence_days)
        ui.firstWithinSpin.setValue(rules.first_within_days)
        ui.firstMonthCountSpin.setValue(rules.first_month_count)
        ui.monthlySpin.setValue(rules.monthly_days)
        ui.guardianSpin.setValue(rules.guardian_days)
        self.base = rules
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def value(self) -> tuple[int, CheckinRules]:
        ui = self.ui
        rules = CheckinRules(
            first_within_days=ui.firstWithinSpin.value(),
            first_month_days=self.base.first_month_days,
            first_month_count=ui.firstMonthCountSpin.value(),
            monthly_days=ui.monthlySpin.value(),
            guardian_days=ui.guardianSpin.value(),
        )
        return ui.cadenceSpin.value(), rules


class SaveRules(PairCommand):
    """Set the program's cadence target and check-in rules; undo restores the old ones."""

    def __init__(
        self,
        ctx: AppContext,
        program_id: int,
        old: tuple[int, dict[str, Any]],
        new: tuple[int, dict[str, Any]],
    ) -> None:
        super().__init__(
            ctx, translate("pairs.rules", "Change cadence rules"), lambda: PairService(ctx.db)
        )
        self.program_id, self.old, self.new = program_id, old, new

    def _set(self, values: tuple[int, dict[str, Any]]) -> ChangeSet:
        return ProgramService(self.ctx.db).update(
            self.program_id, cadence_days=values[0], checkin_rules=values[1]
        )[1]

    def do(self) -> ChangeSet:
        return self._set(self.new)

    def undo_it(self) -> ChangeSet:
        return self._set(self.old)


def current_rules(ctx: AppContext, program_id: int) -> tuple[int, dict[str, Any], CheckinRules]:
    program = ProgramService(ctx.db).get(program_id)
    try:
        rules = CheckinRules.from_json(program.checkin_rules)
    except MentorDeskError:
        rules = CheckinRules()
    return program.cadence_days, dict(program.checkin_rules), rules
