"""Setting up and handing out access on a district server: `district init / grant / revoke /
list` and the District ▸ Coordinators… dialog both call `DistrictService`.

The server enforces what is decided here (row-level security: the model in `db/access.py`,
installed by `db/access_install.py`); this service only writes the assignments and group
memberships, each change in one transaction with an audit row.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.access import Access
from mentordesk.core.changes import ChangeSet, Topic
from mentordesk.core.errors import NotFoundError, ValidationError
from mentordesk.core.i18n import t
from mentordesk.db import access, access_install
from mentordesk.db.engine import Database
from mentordesk.db.models import ProgramAccessRecord, ProgramRecord
from mentordesk.services.common import audit

NOT_A_SERVER = (
    "Access control needs a district server (PostgreSQL); this is a file, and whoever can "
    "open it sees every program"
)
NOT_ADMIN = "Only the district administrator can change who sees which program"


@dataclass(frozen=True)
class Grant:
    """One role's access to one program."""

    program_id: int
    program_name: str
    role_name: str
    access: Access
    granted_by: str


@dataclass(frozen=True)
class InitResult:
    tables: int
    groups: tuple[str, ...]


@dataclass(frozen=True)
class AccessSummary:
    """Who the connected role is and what it may do (the GUI shows the District menu from it)."""

    on_server: bool
    role: str
    is_admin: bool
    groups: frozenset[str]


class DistrictService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading --------------------------------------------------------------------------

    def summary(self) -> AccessSummary:
        """The connected role and its groups; on a file, the file's user with full access."""
        with self.db.read() as session:
            if not _on_server(session):
                return AccessSummary(False, "", True, frozenset())
            connection = session.connection()
            role = access.current_role(connection)
            groups = frozenset(access.member_of(connection, role))
            return AccessSummary(True, role, _is_admin(session), groups)

    def grants(self) -> list[Grant]:
        """Every assignment this role may see (all of them for the administrator)."""
        with self.db.read() as session:
            _require_server(session)
            rows = session.execute(
                sa.select(ProgramAccessRecord, ProgramRecord.name)
                .join(ProgramRecord, ProgramRecord.id == ProgramAccessRecord.program_id)
                .order_by(ProgramRecord.name, ProgramAccessRecord.role_name)
            ).all()
            return [
                Grant(r.program_id, name, r.role_name, Access(r.access), r.granted_by)
                for r, name in rows
            ]

    def roles(self) -> dict[str, list[str]]:
        """Each MentorDesk group and its member roles (what the dialog offers to assign)."""
        with self.db.read() as session:
            _require_server(session)
            rows = session.execute(
                sa.text(
                    "SELECT g.rolname, m.rolname FROM pg_auth_members am "
                    "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
                    "WHERE g.rolname = ANY (CAST(:groups AS text[])) AND NOT "
                    "m.rolname = ANY (CAST(:groups AS text[])) ORDER BY 1, 2"
                ),
                {"groups": list(access.GROUPS)},
            ).all()
        out: dict[str, list[str]] = {g: [] for g in access.GROUPS}
        for group, member in rows:
            out[group].append(member)
        return out

    # ---- changing -------------------------------------------------------------------------

    def init(self) -> InitResult:
        """Create the group roles, the policies and the grants (safe to run again)."""
        with self._changing() as session:
            tables = access_install.install(session.connection())
            audit(session, "district.init", details={"tables": tables})
        return InitResult(tables, access.GROUPS)

    def grant(self, role: str, program_name: str, level: Access) -> tuple[Grant, ChangeSet]:
        """Let `role` work on a program as coordinator, or read its reports as viewer."""
        with self._changing(admin=True) as session:
            connection = session.connection()
            program = _program(session, program_name)
            quoted = access.quote_role(connection, role)
            if not access.role_exists(connection, role):
                raise ValidationError(
                    t(
                        "There is no role {role} on the server; ask IT to create the login first",
                        role=repr(role),
                    )
                )
            groups = access.member_of(connection, role)
            group = access.COORDINATOR if level is Access.COORDINATOR else access.VIEWER
            other = access.VIEWER if level is Access.COORDINATOR else access.COORDINATOR
            if access.ADMIN in groups:
                raise ValidationError(
                    t("{role} is a district administrator and sees every program", role=role)
                )
            if other in groups:
                # Column privileges follow the group: one login cannot be both.
                raise ValidationError(
                    t(
                        "{role} is a {label} elsewhere; revoke that first or use another login",
                        role=role,
                        label=_label(other),
                    )
                )
            if group not in groups:
                connection.execute(sa.text(f"GRANT {group} TO {quoted}"))
            record = session.get(ProgramAccessRecord, (program.id, role))
            me = access.current_role(connection)
            if record is None:
                record = ProgramAccessRecord(program_id=program.id, role_name=role)
                session.add(record)
            record.access, record.granted_by = level.value, me
            audit(
                session,
                "district.grant",
                program_id=program.id,
                entity="role",
                details={"role": role, "access": level.value},
            )
            session.flush()
            grant = Grant(program.id, program.name, role, level, me)
        return grant, ChangeSet.of(Topic.PROGRAMS, program_id=program.id)

    def revoke(self, role: str, program_name: str) -> ChangeSet:
        """Take a role's access to a program away (its group membership goes with its last one)."""
        with self._changing(admin=True) as session:
            connection = session.connection()
            program = _program(session, program_name)
            record = session.get(ProgramAccessRecord, (program.id, role))
            if record is None:
                raise NotFoundError(
                    t("{role} has no access to {name}", role=role, name=program.name)
                )
            level = Access(record.access)
            session.delete(record)
            session.flush()
            left = session.scalar(
                sa.select(sa.func.count())
                .select_from(ProgramAccessRecord)
                .where(ProgramAccessRecord.role_name == role)
            )
            group = access.COORDINATOR if level is Access.COORDINATOR else access.VIEWER
            if not left and access.role_exists(connection, role):
                connection.execute(
                    sa.text(f"REVOKE {group} FROM {access.quote_role(connection, role)}")
                )
            audit(
                session,
                "district.revoke",
                program_id=program.id,
                entity="role",
                details={"role": role, "access": level.value},
            )
        return ChangeSet.of(Topic.PROGRAMS, program_id=program.id)

    @contextmanager
    def _changing(self, *, admin: bool = False) -> Iterator[Session]:
        """One transaction; the server's refusal for lack of rights becomes one sentence."""
        try:
            with self.db.begin() as session:
                _require_server(session)
                if admin and not _is_admin(session):
                    raise ValidationError(NOT_ADMIN)
                yield session
        except sa.exc.ProgrammingError as error:
            if getattr(error.orig, "sqlstate", "") == "42501":  # insufficient_privilege
                raise ValidationError(NOT_ADMIN) from error
            raise


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _require_server(session: Session) -> None:
    if not _on_server(session):
        raise ValidationError(NOT_A_SERVER)


def _is_admin(session: Session) -> bool:
    """A district administrator, or the tables' owner (the IT person's role), whom the
    policies do not apply to."""
    connection = session.connection()
    if access.ADMIN in access.member_of(connection, access.current_role(connection)):
        return True
    return bool(
        session.execute(
            sa.text(
                "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'programs' AND tableowner = current_user"
            )
        ).first()
    )


def _program(session: Session, name: str) -> ProgramRecord:
    record = session.scalar(sa.select(ProgramRecord).where(ProgramRecord.name == name))
    if record is None:
        raise NotFoundError(t("No program named {name} (or you may not see it)", name=repr(name)))
    return record


def _label(group: str) -> str:
    return {access.COORDINATOR: "coordinator", access.VIEWER: "viewer"}.get(group, group)
