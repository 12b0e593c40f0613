"""The pair's agreement: pre-filled from the program's defaults, edited and signed per pair."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mentordesk.core.agreement_defaults import BUILT_IN, in_language, neutral, prefill
from mentordesk.core.changes import ChangeSet
from mentordesk.core.concurrency import Version, check_version
from mentordesk.core.enums import AgreementStatus, MeetingFormat, Role
from mentordesk.core.errors import ValidationError
from mentordesk.core.happened import refuse_future
from mentordesk.core.i18n import t
from mentordesk.core.languages import printed_language
from mentordesk.core.program import DocumentSettings
from mentordesk.db.models import (
    AgreementRecord,
    PairMemberRecord,
    PairRecord,
    ParticipantRecord,
    ProgramRecord,
)
from mentordesk.services.common import audit, lost_race, version_of
from mentordesk.services.pairs.base import (
    PairServiceBase,
    agreement_data,
    audit_pair_record,
    check_range,
    jsonable,
    load_pair,
    pair_changes,
    people_of,
)
from mentordesk.services.pairs.records import AgreementData

_FIELDS = [f.name for f in dataclasses.fields(AgreementData) if f.name not in ("id", "version")]


def agreement_language(session: Session, pair: PairRecord, program: ProgramRecord) -> str:
    """The language the pair's agreement prints in when none is asked for (the mentee's,
    else the program's default): its built-in terms are shown in it."""
    own = session.scalars(
        sa.select(ParticipantRecord.document_language)
        .join(PairMemberRecord, PairMemberRecord.participant_id == ParticipantRecord.id)
        .where(PairMemberRecord.pair_id == pair.id, PairMemberRecord.role == Role.MENTEE)
        .order_by(ParticipantRecord.full_name)
    ).all()
    default = DocumentSettings.from_json(program.document_settings).language
    return printed_language(next((code for code in own if code), ""), default)


def agreement_of(session: Session, pair: PairRecord, today: dt.date) -> tuple[AgreementData, bool]:
    """The saved agreement, or (not saved) the program's defaults filled in for this pair;
    built-in terms in the agreement's document language, the coordinator's words as typed."""
    program = session.get(ProgramRecord, pair.program_id)
    assert program is not None
    language = agreement_language(session, pair, program)
    record = session.scalar(sa.select(AgreementRecord).where(AgreementRecord.pair_id == pair.id))
    if record is not None:
        saved = agreement_data(record)
        worded = in_language({k: getattr(saved, k) for k in BUILT_IN}, language)
        return dataclasses.replace(saved, **{k: worded[k] for k in BUILT_IN}), True
    people = people_of(session, [pair.id], today).get(pair.id, [])
    minor = any(p.is_minor for p in people if p.role is Role.MENTEE)
    values = prefill(
        program.agreement_defaults,
        cadence_days=program.cadence_days,
        meeting_minutes=program.meeting_minutes,
        start=pair.start_date,
        planned_end=pair.planned_end_date,
        program_end=program.end_date,
        mentee_is_minor=minor,
        language=language,
    )
    return AgreementData(**values, version=version_of(None)), False


SIGNATURES = {
    "mentor_signed_on": "The mentor's signature",
    "mentee_signed_on": "The mentee's signature",
    "guardian_signed_on": "The guardian's signature",
    "coordinator_signed_on": "The coordinator's signature",
}


def validate_agreement(data: AgreementData, *, minor: bool, today: dt.date) -> None:
    for name, what in SIGNATURES.items():
        refuse_future(getattr(data, name), today, what, name)
    check_range(data.meeting_minutes, 5, 600, "meeting_minutes", t("Meeting length (minutes)"))
    check_range(data.duration_months, 1, 60, "duration_months", t("Duration (months)"))
    check_range(data.notice_days, 0, 365, "notice_days", t("Notice period (days)"))
    if data.meeting_format and data.meeting_format not in {f.value for f in MeetingFormat}:
        raise ValidationError(
            t("Unknown meeting format {meeting_format}", meeting_format=repr(data.meeting_format)),
            {"meeting_format": t("unknown")},
        )
    if data.status is AgreementStatus.SIGNED:
        missing = {
            "mentor_signed_on": "mentor",
            "mentee_signed_on": "mentee",
            "coordinator_signed_on": "coordinator",
        }
        if minor:
            missing["guardian_signed_on"] = "guardian"
        absent = {k: v for k, v in missing.items() if getattr(data, k) is None}
        if absent:
            who = ", ".join(absent.values())
            raise ValidationError(
                t("A signed agreement needs the date each party signed (missing: {who})", who=who),
                {k: "date signed required" for k in absent},
            )


class AgreementService(PairServiceBase):
    def agreement(self, pair_id: int) -> AgreementData:
        with self.db.read() as session:
            return agreement_of(session, load_pair(session, pair_id), self.today)[0]

    def save_agreement(
        self,
        pair_id: int,
        data: AgreementData,
        expected: Version | None = None,
        *,
        keep_mine: bool = False,
    ) -> tuple[AgreementData, ChangeSet]:
        """Create or update the pair's agreement with every field of `data`.

        `expected`: the version the editor started from (`AgreementData.version`; an
        agreement not saved yet has version 0); someone else's newer save is refused with
        ConcurrentEditError.
        """
        with lost_race(t("The agreement")), self.db.begin() as session:
            pair = load_pair(session, pair_id)
            people = people_of(session, [pair.id], self.today).get(pair.id, [])
            minor = any(p.is_minor for p in people if p.role is Role.MENTEE)
            validate_agreement(data, minor=minor, today=self.today)
            # Built-in terms are stored as their source, worded again when shown or printed.
            stored = neutral({k: getattr(data, k) for k in BUILT_IN})
            data = dataclasses.replace(data, **stored)
            record = session.scalar(
                sa.select(AgreementRecord)
                .where(AgreementRecord.pair_id == pair.id)
                .with_for_update()
            )
            before = agreement_data(record) if record else None
            current = version_of(record)
            theirs = before or agreement_of(session, pair, self.today)[0]
            check_version(t("The pair's agreement"), expected, current, theirs)
            if record is None:
                record = AgreementRecord(pair_id=pair.id)
                session.add(record)
            for name in _FIELDS:
                setattr(record, name, getattr(data, name))
            session.flush()
            changed = {
                n: jsonable(getattr(data, n))
                for n in _FIELDS
                if before is None or getattr(before, n) != getattr(data, n)
            }
            extra = {"kept_mine_over": current.describe()} if keep_mine else {}
            audit_pair_record(
                session, pair, "agreement.save", record.id, changed=sorted(changed), **extra
            )
            return agreement_of(session, pair, self.today)[0], pair_changes(pair)

    def discard_agreement(self, pair_id: int) -> ChangeSet:
        """Forget the saved agreement (back to the program's defaults); used by undo."""
        with self.db.begin() as session:
            pair = load_pair(session, pair_id)
            session.execute(sa.delete(AgreementRecord).where(AgreementRecord.pair_id == pair.id))
            audit(
                session,
                "agreement.discard",
                program_id=pair.program_id,
                entity="pair",
                entity_id=pair.id,
            )
            return pair_changes(pair)
