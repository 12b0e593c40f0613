"""Computing a report off the UI thread: the measures, the previous period, a comparison."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Signal

from mentordesk.core.errors import MentorDeskError
from mentordesk.core.measures import ProgramMeasures
from mentordesk.core.periods import Period
from mentordesk.db.engine import Database
from mentordesk.gui.common import translate
from mentordesk.services.reports import compute_measures, compute_previous, equivalent_period


@dataclass(frozen=True)
class ReportResult:
    current: ProgramMeasures
    previous: ProgramMeasures | None
    other: ProgramMeasures | None


class ReportSignals(QObject):
    finished = Signal(int, object)  # generation, ReportResult
    failed = Signal(int, str)  # generation, message


class ReportJob(QRunnable):
    """One computation; `generation` lets the view drop results that arrive after a newer request.

    Runs on a pool thread with its own database session; it never touches widgets.
    """

    def __init__(
        self,
        db: Database,
        program_id: int,
        period: Period,
        today: dt.date,
        compare_id: int | None,
        generation: int,
    ) -> None:
        super().__init__()
        self.signals = ReportSignals()
        self.db, self.program_id, self.period, self.today = db, program_id, period, today
        self.compare_id, self.generation = compare_id, generation

    def run(self) -> None:
        try:
            current = compute_measures(self.db, self.program_id, self.period, self.today)
            previous = compute_previous(self.db, current, self.today)
            other = None
            if self.compare_id is not None:
                other_period = equivalent_period(
                    self.db, self.period, self.program_id, self.compare_id, self.today
                )
                other = compute_measures(self.db, self.compare_id, other_period, self.today)
        except MentorDeskError as error:
            self.signals.failed.emit(self.generation, str(error))
            return
        except Exception as error:  # shown to the user; the view stays usable
            self.signals.failed.emit(
                self.generation,
                translate("reports.worker", "Could not compute the report: {error}").format(
                    error=error
                ),
            )
            return
        self.signals.finished.emit(self.generation, ReportResult(current, previous, other))
