"""The pair detail's tabs (Agreement, Goals, Meetings, Check-ins, IDP, Closure) and its print
menu: built by `PairsView.detail_tabs()` when the first pair is opened, not with the view, so
the first visit to Pairs builds only the list (issue 11, bench_stalls)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentordesk.gui.common import translate
from mentordesk.gui.pairs.dialogs import CheckinDialog, MeetingDialog
from mentordesk.gui.pairs.form_tabs import AgreementTab
from mentordesk.gui.pairs.goals_tab import GoalsTab
from mentordesk.gui.pairs.idp_tab import IdpTab
from mentordesk.gui.pairs.models import CHECKIN_COLUMNS, MEETING_COLUMNS
from mentordesk.gui.pairs.printing import PairPrintMenu
from mentordesk.gui.pairs.summaries import checkin_summary, meeting_summary
from mentordesk.gui.pairs.tabs import ClosureTab, RecordsTab
from mentordesk.services.pairs import CheckinData, MeetingData

if TYPE_CHECKING:
    from mentordesk.gui.pairs.view import PairsView


class DetailTabs:
    """The six tabs, added to the view's tab widget in order, and the Print menu."""

    def __init__(self, view: PairsView) -> None:
        self.agreement = AgreementTab(view)
        self.goals = GoalsTab(view)
        self.meetings = RecordsTab(
            view,
            translate("pairs.view", "meeting"),
            translate("pairs.view", "Meetings"),
            MEETING_COLUMNS,
            rows=lambda d: d.meetings,
            summary=meeting_summary,
            new_row=lambda d: MeetingData(
                date=view.today_date,
                duration_minutes=45,
                attendees=translate("pairs.view", "mentor, mentee"),
            ),
            dialog=lambda v, parent, d: MeetingDialog(v, parent),
            add=lambda s, pid, v: s.add_meeting(pid, v),
            update=lambda s, rid, v: s.update_meeting(rid, v),
            delete=lambda s, rid: s.delete_meeting(rid),
        )
        self.checkins = RecordsTab(
            view,
            translate("pairs.view", "check-in"),
            translate("pairs.view", "Check-ins"),
            CHECKIN_COLUMNS,
            rows=lambda d: d.checkins,
            summary=checkin_summary,
            new_row=lambda d: CheckinData(date=view.today_date),
            dialog=lambda v, parent, d: CheckinDialog(v, parent, d.summary.has_minor),
            add=lambda s, pid, v: s.add_checkin(pid, v),
            update=lambda s, rid, v: s.update_checkin(rid, v),
            delete=lambda s, rid: s.delete_checkin(rid),
            stretch=5,
        )
        self.idp = IdpTab(view)
        self.closure = ClosureTab(view)
        self.print_menu = PairPrintMenu(view, view.ui.printButton, lambda: view.ctx.db)
        for tab, title in (
            (self.agreement, translate("pairs.view", "Agreement")),
            (self.goals, translate("pairs.view", "Goals")),
            (self.meetings, translate("pairs.view", "Meetings")),
            (self.checkins, translate("pairs.view", "Check-ins")),
            (self.idp, translate("pairs.view", "IDP")),
            (self.closure, translate("pairs.view", "Closure")),
        ):
            view.ui.tabs.addTab(tab, title)
