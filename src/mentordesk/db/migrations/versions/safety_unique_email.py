"""e-mail unique per program, enforced by the database

Two imports of the same file at once used to add everyone twice. The services check
uniqueness (and write transactions start with BEGIN IMMEDIATE); these triggers make the
database refuse a second person with the same e-mail (case-insensitive) in one program,
whatever writes it. Rows already duplicated in an older file are left as they are (a unique
index would make such a file unopenable); the triggers guard every later write. The e-mail
index becomes case-insensitive so that the triggers' lookups stay indexed.

Revision ID: safety1
Revises: figures1
"""

from __future__ import annotations

from alembic import op

revision = "safety1"
down_revision = "figures1"
branch_labels = None
depends_on = None

_SAME_EMAIL_IN_PROGRAM = """
    SELECT 1 FROM participants other
    JOIN memberships m ON m.participant_id = other.id AND m.program_id = {program}
    WHERE other.email = {email} COLLATE NOCASE AND other.id <> {person}
"""
_RAISE = "SELECT RAISE(ABORT, 'duplicate e-mail in program');"
_EMAIL_OF_NEW = "(SELECT email FROM participants WHERE id = NEW.participant_id)"


# PostgreSQL: one trigger function for both tables; the e-mail index on lower(email).
_PG_FUNCTION = """
CREATE FUNCTION mentordesk_unique_email() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    mail text;
BEGIN
    IF TG_TABLE_NAME = 'memberships' THEN
        SELECT email INTO mail FROM participants WHERE id = NEW.participant_id;
        IF coalesce(mail, '') <> '' AND EXISTS (
            SELECT 1 FROM participants other
            JOIN memberships m ON m.participant_id = other.id AND m.program_id = NEW.program_id
            WHERE lower(other.email) = lower(mail) AND other.id <> NEW.participant_id
        ) THEN
            RAISE EXCEPTION 'duplicate e-mail in program' USING ERRCODE = 'unique_violation';
        END IF;
    ELSIF coalesce(NEW.email, '') <> '' AND EXISTS (
        SELECT 1 FROM memberships mine
        JOIN memberships m ON m.program_id = mine.program_id
        JOIN participants other ON other.id = m.participant_id
        WHERE mine.participant_id = NEW.id AND other.id <> NEW.id
          AND lower(other.email) = lower(NEW.email)
    ) THEN
        RAISE EXCEPTION 'duplicate e-mail in program' USING ERRCODE = 'unique_violation';
    END IF;
    RETURN NEW;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    op.execute("DROP INDEX IF EXISTS ix_participants_email")
    op.execute("CREATE INDEX ix_participants_email ON participants (email COLLATE NOCASE)")
    membership_check = _SAME_EMAIL_IN_PROGRAM.format(
        program="NEW.program_id", email=_EMAIL_OF_NEW, person="NEW.participant_id"
    )
    for event in ("INSERT", "UPDATE OF program_id, participant_id"):
        name = "insert" if event == "INSERT" else "update"
        op.execute(
            f"""CREATE TRIGGER memberships_unique_email_{name} BEFORE {event} ON memberships
            WHEN coalesce({_EMAIL_OF_NEW}, '') <> '' AND EXISTS ({membership_check})
            BEGIN {_RAISE} END"""
        )
    person_check = f"""
        SELECT 1 FROM memberships mine
        WHERE mine.participant_id = NEW.id AND EXISTS ({
        _SAME_EMAIL_IN_PROGRAM.format(program="mine.program_id", email="NEW.email", person="NEW.id")
    })
    """
    op.execute(
        f"""CREATE TRIGGER participants_unique_email_update BEFORE UPDATE OF email
        ON participants
        WHEN coalesce(NEW.email, '') <> '' AND EXISTS ({person_check})
        BEGIN {_RAISE} END"""
    )


def _upgrade_postgresql() -> None:
    op.execute("DROP INDEX IF EXISTS ix_participants_email")
    op.execute("CREATE INDEX ix_participants_email ON participants (lower(email))")
    op.execute(_PG_FUNCTION)
    op.execute(
        "CREATE TRIGGER memberships_unique_email BEFORE INSERT OR UPDATE OF program_id, "
        "participant_id ON memberships FOR EACH ROW EXECUTE FUNCTION mentordesk_unique_email()"
    )
    op.execute(
        "CREATE TRIGGER participants_unique_email BEFORE UPDATE OF email ON participants "
        "FOR EACH ROW EXECUTE FUNCTION mentordesk_unique_email()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS memberships_unique_email ON memberships")
        op.execute("DROP TRIGGER IF EXISTS participants_unique_email ON participants")
        op.execute("DROP FUNCTION IF EXISTS mentordesk_unique_email()")
        op.execute("DROP INDEX IF EXISTS ix_participants_email")
        op.execute("CREATE INDEX ix_participants_email ON participants (email)")
        return
    for name in (
        "memberships_unique_email_insert",
        "memberships_unique_email_update",
        "participants_unique_email_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS ix_participants_email")
    op.execute("CREATE INDEX ix_participants_email ON participants (email)")
