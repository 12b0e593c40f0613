"""What is due across a program (check-ins, meetings, reviews, steps), as a list and as .ics.

Reminders without a server: `calendar_ics` writes the due items and planned meetings as an
iCalendar file the coordinator imports into any calendar; `mailto` builds a prefilled e-mail
link to a pair. Neither carries confidential notes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from urllib.parse import quote

import sqlalchemy as sa

from mentordesk.core.enums import GoalStatus, MeetingStatus, PairStatus, StepStatus
from mentordesk.core.errors import NotFoundError
from mentordesk.core.i18n import N_, _, nt, t
from mentordesk.core.sharing import shared
from mentordesk.db.models import (
    ActionStepRecord,
    AgreementRecord,
    GoalRecord,
    IdpRecord,
    MeetingRecord,
    PairMemberRecord,
    PairRecord,
    ProgramRecord,
)
from mentordesk.services.pairs.base import PairServiceBase, load_pair, people_of
from mentordesk.services.pairs.health import program_health
from mentordesk.services.pairs.records import DueItem, PersonRef

LIVE = (PairStatus.ACTIVE, PairStatus.PAUSED)


def _title(people: list[PersonRef]) -> str:
    mentors = ", ".join(p.name for p in people if p.role.value == "mentor")
    mentees = ", ".join(p.name for p in people if p.role.value != "mentor")
    return f"{mentors} & {mentees}"


class DueService(PairServiceBase):
    def due_items(
        self, program_id: int, days: int = 7, *, include_overdue: bool = True
    ) -> list[DueItem]:
        """Overdue items and those due from today to today + `days`, by date."""
        today = self.today
        until = today + dt.timedelta(days=max(0, days))

        def wanted(date: dt.date | None, can_be_overdue: bool) -> dt.date | None:
            """`date` when it belongs in the list, else None."""
            if date is None:
                return None
            if date < today:
                return date if include_overdue and can_be_overdue else None
            return date if date <= until else None

        items: list[DueItem] = []
        with self.db.read() as session:
            if session.get(ProgramRecord, program_id) is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            # Live on `today` by the status history (the same as the pairs list and the health).
            health = program_health(session, program_id, today)
            live = [pid for pid, h in health.items() if h.status in LIVE]
            # Plain rows, not records: only the planned end is read here.
            pairs = {
                p.id: p
                for p in session.execute(
                    sa.select(PairRecord.id, PairRecord.planned_end_date).where(
                        PairRecord.id.in_(live)
                    )
                )
            }
            if not pairs:
                return []
            people = people_of(session, list(pairs), today)
            titles = {pid: _title(people.get(pid, [])) for pid in pairs}
            emails = {pid: tuple(p.email for p in people.get(pid, []) if p.email) for pid in pairs}

            def add(
                date: dt.date,
                kind: str,
                pid: int,
                detail: str = "",
                minutes: int | None = None,
                *,
                key: str,
            ) -> None:
                items.append(
                    DueItem(
                        date,
                        kind,
                        pid,
                        titles[pid],
                        date < today,
                        detail,
                        minutes,
                        emails[pid],
                        f"program-{program_id}-{key}",
                    )
                )

            planned: dict[int, list[tuple[dt.date, int]]] = {}
            for m in session.execute(
                sa.select(
                    MeetingRecord.id,
                    MeetingRecord.pair_id,
                    MeetingRecord.date,
                    MeetingRecord.duration_minutes,
                    MeetingRecord.topics,
                ).where(
                    MeetingRecord.pair_id.in_(list(pairs)),
                    MeetingRecord.status == MeetingStatus.PLANNED,
                    MeetingRecord.date >= today,
                )
            ):
                planned.setdefault(m.pair_id, []).append((m.date, m.duration_minutes))
                if m.date <= until:
                    add(
                        m.date,
                        "planned meeting",
                        m.pair_id,
                        m.topics,
                        m.duration_minutes or None,
                        key=f"meeting-{m.id}",
                    )

            for pid, pair in shared(pairs.items()):
                h = health[pid]
                # Before it lapses (and while lapsed): the mentor's clearance (core.screening).
                if (d := wanted(h.mentor_check_expiry, True)) is not None:
                    add(
                        d,
                        "background check",
                        pid,
                        t("a mentor's background check expires then"),
                        key=f"pair-{pid}-background-check",
                    )
                if h.status is PairStatus.ACTIVE:
                    if (d := wanted(h.checkins.next_due, True)) is not None:
                        add(
                            d,
                            "check-in",
                            pid,
                            t("support check-in with the pair"),
                            key=f"pair-{pid}-check-in",
                        )
                    if (d := wanted(h.checkins.guardian_next_due, True)) is not None:
                        add(
                            d,
                            "guardian check-in",
                            pid,
                            t("quarterly contact with the guardian"),
                            key=f"pair-{pid}-guardian-check-in",
                        )
                    if pid not in planned and (d := wanted(h.adherence.next_due, True)):
                        add(
                            d,
                            "meeting",
                            pid,
                            t("next meeting due by the program's cadence"),
                            key=f"pair-{pid}-next-meeting",
                        )
                if (d := wanted(pair.planned_end_date, False)) is not None:
                    add(
                        d,
                        "planned end",
                        pid,
                        t("closing meeting and closure"),
                        key=f"pair-{pid}-end",
                    )

            for pid, date in session.execute(
                sa.select(AgreementRecord.pair_id, AgreementRecord.midpoint_review_date).where(
                    AgreementRecord.pair_id.in_(list(pairs))
                )
            ):
                if (d := wanted(date, False)) is not None:
                    add(
                        d,
                        "mid-point review",
                        pid,
                        t("agreement mid-point review"),
                        key=f"agreement-{pid}-mid-point",
                    )

            pair_of_mentee: dict[int, int] = {}
            for pid, participant_id in session.execute(
                sa.select(PairMemberRecord.pair_id, PairMemberRecord.participant_id).where(
                    PairMemberRecord.pair_id.in_(list(pairs))
                )
            ):
                pair_of_mentee.setdefault(participant_id, pid)
            for idp in session.execute(
                sa.select(
                    IdpRecord.id,
                    IdpRecord.participant_id,
                    IdpRecord.midpoint_review_date,
                    IdpRecord.final_review_date,
                ).where(IdpRecord.program_id == program_id)
            ):
                idp_pair = pair_of_mentee.get(idp.participant_id)
                if idp_pair is None:
                    continue
                if (d := wanted(idp.midpoint_review_date, False)) is not None:
                    add(
                        d,
                        "IDP review",
                        idp_pair,
                        t("IDP mid-point review"),
                        key=f"idp-{idp.id}-mid",
                    )
                if (d := wanted(idp.final_review_date, False)) is not None:
                    add(d, "IDP review", idp_pair, t("IDP final review"), key=f"idp-{idp.id}-final")

            for step_id, step_pair, description, due in session.execute(
                sa.select(
                    ActionStepRecord.id,
                    GoalRecord.pair_id,
                    ActionStepRecord.description,
                    ActionStepRecord.due_date,
                )
                .join(GoalRecord, GoalRecord.id == ActionStepRecord.goal_id)
                .where(
                    GoalRecord.pair_id.in_(list(pairs)),
                    GoalRecord.status == GoalStatus.OPEN,
                    ActionStepRecord.status != StepStatus.DONE,
                )
            ):
                if step_pair is not None and (d := wanted(due, True)) is not None:
                    add(d, "action step", step_pair, description, key=f"action-step-{step_id}")
        items.sort(key=lambda i: (i.date, i.kind, i.pair_title))
        return items

    def calendar_ics(self, program_id: int, horizon_days: int = 90) -> bytes:
        """An iCalendar file: due items up to `horizon_days` ahead, overdue ones on today."""
        with self.db.read() as session:
            program = session.get(ProgramRecord, program_id)
            if program is None:
                raise NotFoundError(t("No program with id {program_id}", program_id=program_id))
            name = program.name
        return build_calendar(name, self.due_items(program_id, horizon_days), self.today)

    def mailto(self, pair_id: int, subject: str = "", body: str = "") -> str:
        """A mailto: link to the pair's members (guardians of minors in copy)."""
        with self.db.read() as session:
            pair = load_pair(session, pair_id)
            people = people_of(session, [pair.id], self.today).get(pair.id, [])
        to = [p.email for p in people if p.email]
        cc = [p.guardian_email for p in people if p.is_minor and p.guardian_email]
        subject = subject or t("Mentoring: {names}", names=_title(people))
        return mailto_url(to, cc, subject, body)


#: The kinds of due item (stored as keys; the GUI has its own vocabulary for them).
KINDS = (
    N_("planned meeting"),
    N_("background check"),
    N_("check-in"),
    N_("guardian check-in"),
    N_("meeting"),
    N_("planned end"),
    N_("mid-point review"),
    N_("IDP review"),
    N_("action step"),
)


def mailto_url(to: Iterable[str], cc: Iterable[str], subject: str, body: str) -> str:
    url = "mailto:" + ",".join(quote(a, safe="@") for a in to)
    params = []
    cc_list = list(cc)
    if cc_list:
        params.append("cc=" + ",".join(quote(a, safe="@") for a in cc_list))
    if subject:
        params.append("subject=" + quote(subject))
    if body:
        params.append("body=" + quote(body))
    return url + ("?" + "&".join(params) if params else "")


def build_calendar(program_name: str, items: Iterable[DueItem], today: dt.date) -> bytes:
    from icalendar import Calendar, Event  # only when a calendar is exported

    cal = Calendar()
    cal.add("prodid", "-//MentorDesk//Pair reminders//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"MentorDesk: {program_name}")
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for item in items:
        event = Event()
        day = max(item.date, today)
        kind = _(item.kind)
        # The record's own id: unique per item, the same in every export of the file.
        fallback = f"{item.kind.replace(' ', '-')}-{item.pair_id}-{item.date.isoformat()}"
        event.add("uid", f"{item.key or fallback}@mentordesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
        kind = kind[:1].upper() + kind[1:]
        if item.overdue:
            event.add("summary", t("OVERDUE {kind}: {pair}", kind=kind, pair=item.pair_title))
        else:
            event.add("summary", t("{kind}: {pair}", kind=kind, pair=item.pair_title))
        lines = [item.detail] if item.detail else []
        if item.overdue:
            lines.append(t("Was due {date}", date=item.date))
        if item.minutes:
            lines.append(nt("{n} minute", "{n} minutes", item.minutes))
        if lines:
            event.add("description", "\n".join(lines))
        event.add("categories", ["MentorDesk", item.kind])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
