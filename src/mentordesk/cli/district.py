"""`mentordesk district init|grant|revoke|list`: who may see which program on a district
server (PostgreSQL). The server enforces it; see packaging/district/README.md."""

from __future__ import annotations

import argparse
from typing import Any

from mentordesk.cli.common import CliContext, print_json
from mentordesk.core.access import Access
from mentordesk.core.i18n import t

HELP = "district server: set up access, grant or revoke programs, list who sees what"


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "district",
        help=HELP,
        description="Access control on a district server (--db postgresql://…). "
        "init creates the group roles, row-level security policies and grants (run it as the "
        "owner of the tables, again after each upgrade); grant and revoke are the "
        "administrator's.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the roles, policies and grants (idempotent)")
    init.set_defaults(handler=run_init)
    grant = actions.add_parser("grant", help="let a role work on (or view) a program")
    grant.add_argument("role", metavar="ROLE", help="the login role (or a group of logins)")
    grant.add_argument("--program", required=True, metavar="NAME")
    grant.add_argument(
        "--as",
        dest="level",
        choices=[a.value for a in Access],
        default=Access.COORDINATOR.value,
        help="coordinator (read and write, the default) or viewer (reports only)",
    )
    grant.set_defaults(handler=run_grant)
    revoke = actions.add_parser("revoke", help="take a role's access to a program away")
    revoke.add_argument("role", metavar="ROLE")
    revoke.add_argument("--program", required=True, metavar="NAME")
    revoke.set_defaults(handler=run_revoke)
    listing = actions.add_parser("list", help="who may see which program")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=run_list)


def run_init(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.district import DistrictService

    result = DistrictService(ctx.db).init()
    print(
        t(
            "Access control is in place on {tables} tables; groups: {names}. Create a login per "
            "person, then `mentordesk district grant ROLE --program NAME`.",
            tables=result.tables,
            names=", ".join(result.groups),
        )
    )
    return 0


def run_grant(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.district import DistrictService

    grant, _ = DistrictService(ctx.db).grant(args.role, args.program, Access(args.level))
    print(
        t(
            "{role_name} is now {value} of {program_name}",
            role_name=grant.role_name,
            value=grant.access.value,
            program_name=grant.program_name,
        )
    )
    return 0


def run_revoke(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.district import DistrictService

    DistrictService(ctx.db).revoke(args.role, args.program)
    print(t("{role} no longer has access to {program}", role=args.role, program=args.program))
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    from mentordesk.services.district import DistrictService

    service = DistrictService(ctx.db)
    me = service.summary()
    grants = service.grants()
    if args.json:
        print_json(
            {
                "role": me.role,
                "administrator": me.is_admin,
                "grants": [
                    {
                        "program": g.program_name,
                        "role": g.role_name,
                        "access": g.access.value,
                        "granted_by": g.granted_by,
                    }
                    for g in grants
                ],
            }
        )
        return 0
    print(f"You are {me.role}" + (" (district administrator)" if me.is_admin else ""))
    if not grants:
        print(t("No program is assigned to anyone yet."))
    width = max((len(g.program_name) for g in grants), default=0)
    for g in grants:
        print(f"{g.program_name:<{width}}  {g.access.value:<11}  {g.role_name}")
    return 0
