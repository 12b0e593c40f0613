"""`mentordesk pairs | due | calendar | close`: the pairs area, headless.

mentordesk pairs --program NAME [--at-risk] [--status S] [--json]
mentordesk due --program NAME [--days N] [--json]
mentordesk calendar --program NAME -o FILE.ics [--days N]
mentordesk close PAIR_ID --type completed|early --reason CODE [--date D] [--initiated-by W]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentordesk.cli.common import CliContext, add_force, print_json
from mentordesk.core.enums import ClosureType, PairStatus, value_word
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import _, nt, t
from mentordesk.core.outputs import write_output

if TYPE_CHECKING:
    from mentordesk.services.pairs import PairService


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("not a date (YYYY-MM-DD): {text}", text=repr(text))
        ) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not a number: {text}", text=repr(text))) from None
    if value < 0:
        raise argparse.ArgumentTypeError(t("must be 0 or more"))
    return value


def register(sub: Any) -> None:
    today_help = "compute as of this date (YYYY-MM-DD; default today)"

    p = sub.add_parser("pairs", help="list a program's pairs: status, last meeting, next due, risk")
    p.add_argument("--program", required=True, metavar="NAME")
    p.add_argument("--at-risk", action="store_true", help="only pairs at risk")
    p.add_argument("--status", choices=[s.value for s in PairStatus])
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--today", type=_date, help=today_help)
    p.set_defaults(handler=run_pairs)

    d = sub.add_parser("due", help="overdue and upcoming check-ins, meetings, reviews, steps")
    d.add_argument("--program", required=True, metavar="NAME")
    d.add_argument("--days", type=_positive, default=7, help="look ahead N days (default 7)")
    d.add_argument("--json", action="store_true", help="machine-readable output")
    d.add_argument("--today", type=_date, help=today_help)
    d.set_defaults(handler=run_due)

    c = sub.add_parser("calendar", help="write due items and planned meetings as an .ics file")
    c.add_argument("--program", required=True, metavar="NAME")
    c.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.ics")
    c.add_argument("--days", type=_positive, default=90, help="look ahead N days (default 90)")
    c.add_argument("--today", type=_date, help=today_help)
    add_force(c)
    c.set_defaults(handler=run_calendar)

    x = sub.add_parser("close", help="close a pair (frees the mentor's capacity)")
    x.add_argument("pair_id", type=int, metavar="PAIR_ID")
    x.add_argument("--type", required=True, choices=[t.value for t in ClosureType])
    x.add_argument("--reason", required=True, metavar="CODE", help="reason code, e.g. 'goals met'")
    x.add_argument("--date", type=_date, help="closure date (default today)")
    x.add_argument("--initiated-by", default="coordinator", metavar="WHO")
    x.add_argument("--rematch", default="", metavar="DECISION")
    x.set_defaults(handler=run_close)


def _service(args: argparse.Namespace, ctx: CliContext) -> tuple[PairService, int]:
    from mentordesk.services.pairs import PairService
    from mentordesk.services.programs import ProgramService

    program = ProgramService(ctx.db).by_name(args.program)
    return PairService(ctx.db, getattr(args, "today", None)), program.id


def _iso(d: dt.date | None) -> str:
    return d.isoformat() if d else "—"


def run_pairs(args: argparse.Namespace, ctx: CliContext) -> int:
    svc, program_id = _service(args, ctx)
    status = PairStatus(args.status) if args.status else None
    pairs = svc.list_pairs(program_id, status=status, at_risk_only=args.at_risk)
    if args.json:
        print_json(
            [
                {
                    "id": p.id,
                    "mentors": [m.name for m in p.mentors],
                    "mentees": [m.name for m in p.mentees],
                    "status": p.status.value,
                    "start_date": p.start_date,
                    "last_meeting": p.last_meeting,
                    "next_checkin_due": p.next_checkin_due,
                    "checkin_overdue": p.checkin_overdue,
                    "at_risk": p.at_risk,
                    "reasons": list(p.reasons),
                }
                for p in pairs
            ]
        )
        return 0
    if not pairs:
        print(t("no pairs at risk") if args.at_risk else t("no pairs"))
        return 0
    for p in pairs:
        due = _iso(p.next_checkin_due) + (t(" (overdue)") if p.checkin_overdue else "")
        risk = t("AT RISK: {reasons}", reasons="; ".join(p.reasons)) if p.reasons else t("ok")
        print(
            t(
                "{id}\t{title}\t{status}\tlast meeting {last}\tnext check-in {due}\t{risk}",
                id=str(p.id),
                title=p.title,
                status=value_word(p.status.value),
                last=_iso(p.last_meeting),
                due=due,
                risk=risk,
            )
        )
    return 0


def run_due(args: argparse.Namespace, ctx: CliContext) -> int:
    svc, program_id = _service(args, ctx)
    items = svc.due_items(program_id, args.days)
    if args.json:
        print_json(
            [
                {
                    "date": i.date,
                    "kind": i.kind,
                    "pair_id": i.pair_id,
                    "pair": i.pair_title,
                    "overdue": i.overdue,
                    "detail": i.detail,
                }
                for i in items
            ]
        )
        return 0
    if not items:
        print(t("nothing due in the next {days} days", days=args.days))
    for i in items:
        flag = t("OVERDUE") if i.overdue else t("due")
        pair = t("pair {number}", number=str(i.pair_id))
        print(
            f"{i.date.isoformat()}\t{flag}\t{_(i.kind)}\t{pair}\t{i.pair_title}"
            + (f"\t{i.detail}" if i.detail else "")
        )
    return 0


def run_calendar(args: argparse.Namespace, ctx: CliContext) -> int:
    svc, program_id = _service(args, ctx)
    data = svc.calendar_ics(program_id, args.days)
    output: Path = args.output
    if output.suffix.lower() != ".ics":
        raise ValidationError(t("The calendar file should end in .ics: {output}", output=output))
    write_output(output, data, replace=args.force)
    count = data.count(b"BEGIN:VEVENT")
    print(nt("wrote {n} event to {output}", "wrote {n} events to {output}", count, output=output))
    return 0


def run_close(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.pairs import ClosureData, PairService

    svc = PairService(ctx.db)
    closure = ClosureData(
        date=args.date or dt.date.today(),
        type=ClosureType(args.type),
        initiated_by=args.initiated_by,
        reason_code=args.reason,
        rematch=args.rematch,
    )
    svc.close(args.pair_id, closure)
    print(
        t(
            "pair {pair_id} closed ({closure}: {reason_code})",
            pair_id=str(args.pair_id),
            closure=value_word(closure.type.value),
            reason_code=closure.reason_code,
        )
    )
    return 0
