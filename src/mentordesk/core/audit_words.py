"""The audit log as a person reads it: action names, detail names and field names worded in
the language of the moment. The stored rows stay as written (codes such as
"agreement.save", detail keys, field attribute names); only what is shown is worded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mentordesk.core.i18n import N_, _, t
from mentordesk.core.participant import FIELDS_BY_NAME, field_label

#: action code → what was done.
ACTIONS = {
    "agreement.save": N_("Agreement saved"),
    "agreement.discard": N_("Agreement discarded"),
    "checkin.add": N_("Check-in added"),
    "checkin.update": N_("Check-in changed"),
    "checkin.delete": N_("Check-in deleted"),
    "goal.add": N_("Goal added"),
    "goal.update": N_("Goal changed"),
    "goal.delete": N_("Goal deleted"),
    "idp.save": N_("Development plan saved"),
    "idp.discard": N_("Development plan discarded"),
    "meeting.add": N_("Meeting added"),
    "meeting.update": N_("Meeting changed"),
    "meeting.delete": N_("Meeting deleted"),
    "match.run": N_("Matching run"),
    "match.approve": N_("Pairs approved"),
    "match.approve.undo": N_("Pair approval undone"),
    "match.reject": N_("Proposal rejected"),
    "match.restore": N_("Proposal restored"),
    "match.pin": N_("Pair pinned"),
    "match.unpin": N_("Pin removed"),
    "match.exclude": N_("Must-not-pair exclusion added"),
    "match.unexclude": N_("Must-not-pair exclusion removed"),
    "match.settings": N_("Matching weights or options changed"),
    "pair.activate": N_("Pair started"),
    "pair.pause": N_("Pair paused"),
    "pair.resume": N_("Pair resumed"),
    "pair.close": N_("Pair closed"),
    "pair.reopen": N_("Pair reopened"),
    "pair.undo_status": N_("Pair status change undone"),
    "pair.screening_override": N_("Started despite pending screening"),
    "participant.add": N_("Participant added"),
    "participant.update": N_("Participant changed"),
    "participant.remove": N_("Participant removed from the program"),
    "participant.restore": N_("Participant restored"),
    "participant.erase": N_("Person erased"),
    "participants.import": N_("Participants imported"),
    "participants.import.undo": N_("Import undone"),
    "participants.import.redo": N_("Import redone"),
    "program.create": N_("Program created"),
    "program.update": N_("Program settings changed"),
    "program.sample": N_("Sample program created"),
    "program.rollover": N_("Next cycle started"),
    "program.retention": N_("Retention period set"),
    "program.transfer": N_("Program copied to another database"),
    "sample.pairs": N_("Sample pairs created"),
    "district.init": N_("District server set up"),
    "district.grant": N_("Access granted"),
    "district.revoke": N_("Access revoked"),
}

#: detail key → its name.
DETAILS = {
    "changed": N_("Fields changed"),
    "pair_id": N_("Pair"),
    "pair": N_("Pair"),
    "participant_id": N_("Participant"),
    "date": N_("Date"),
    "why": N_("Why"),
    "reason_code": N_("Reason"),
    "kept_mine_over": N_("Kept over another person's save"),
    "name": N_("Name"),
    "role": N_("Role"),
    "file": N_("File"),
    "before": N_("Before"),
    "after": N_("After"),
    "objective": N_("Objective"),
    "matched": N_("Matched"),
    "added": N_("Added"),
    "updated": N_("Updated"),
    "removed": N_("Removed"),
    "pairs": N_("Pairs"),
    "type": N_("Type"),
    "from": N_("From"),
    "to": N_("To"),
    "by": N_("By"),
    "participants": N_("Participants"),
    "seed": N_("Sample seed"),
}

#: Fields of the records the log names (beyond a participant's, which core/participant names).
FIELD_NAMES = {
    "meeting_frequency": N_("Meeting frequency"),
    "meeting_minutes": N_("Meeting length (minutes)"),
    "meeting_format": N_("Meeting format"),
    "usual_time": N_("Usual day and time"),
    "place": N_("Place"),
    "contact_between": N_("Contact between meetings"),
    "duration_months": N_("Duration (months)"),
    "midpoint_review_date": N_("Mid-point review"),
    "confidentiality": N_("Confidentiality and its limits"),
    "boundaries": N_("Boundaries"),
    "obligations": N_("Program obligations"),
    "ending_clause": N_("No-fault ending"),
    "notice_days": N_("Notice period (days)"),
    "status": N_("Status"),
    "mentor_signed_on": N_("Mentor signed"),
    "mentee_signed_on": N_("Mentee signed"),
    "guardian_signed_on": N_("Guardian signed"),
    "coordinator_signed_on": N_("Coordinator signed"),
    "name": N_("Name"),
    "organization": N_("Organization"),
    "format": N_("Format"),
    "start_date": N_("Start date"),
    "end_date": N_("End date"),
    "cadence_days": N_("Meet every (days)"),
    "document_settings": N_("Documents"),
    # What a person's data export (services/privacy) shows beside the log's own fields.
    "approved_at": N_("Approved at"),
    "approved_by": N_("Approved by"),
    "attendees": N_("Attendees"),
    "baseline_rating": N_("Starting rating"),
    "changed_by": N_("Changed by"),
    "comment": N_("Comment"),
    "completed_on": N_("Completed on"),
    "created_at": N_("Created"),
    "date": N_("Date"),
    "decision": N_("Decision"),
    "decision_date": N_("Decision date"),
    "description": N_("Description"),
    "due_date": N_("Due date"),
    "duration_minutes": N_("Length (minutes)"),
    "explanation": N_("Explanation"),
    "final_rating": N_("Final rating"),
    "final_review_date": N_("Final review"),
    "follow_up": N_("Follow-up"),
    "from_status": N_("From status"),
    "goal_id": N_("Goal"),
    "growth_areas": N_("Areas to develop"),
    "hours": N_("Hours"),
    "idp_id": N_("Development plan"),
    "initiated_by": N_("Initiated by"),
    "joined_on": N_("Joined on"),
    "long_term_aspirations": N_("Long-term aspirations"),
    "measure": N_("Measure"),
    "mentee_feedback": N_("Mentee's feedback"),
    "mentor_feedback": N_("Mentor's feedback"),
    "mentor_role": N_("Role in the pair"),
    "method": N_("Method"),
    "next_steps": N_("Next steps"),
    "pair_id": N_("Pair"),
    "participant_id": N_("Participant"),
    "participant_name": N_("Participant"),
    "party": N_("Party"),
    "pause_reason": N_("Reason for the pause"),
    "percent": N_("Percent"),
    "period_end": N_("Period end"),
    "period_start": N_("Period start"),
    "planned_end_date": N_("Planned end"),
    "position": N_("Position"),
    "priority": N_("Priority"),
    "program": N_("Program"),
    "program_id": N_("Program"),
    "rating": N_("Rating"),
    "rationale": N_("Rationale"),
    "reason": N_("Reason"),
    "reason_code": N_("Reason"),
    "relationship_to_minor": N_("Relationship to the minor"),
    "rematch": N_("Rematch"),
    "reopened_on": N_("Reopened on"),
    "resources": N_("Resources"),
    "safety_concern": N_("Safety concern"),
    "safety_note": N_("Safety note"),
    "safety_resolved_on": N_("Safety concern resolved on"),
    "score": N_("Score"),
    "short_term_aspirations": N_("Short-term aspirations"),
    "statement": N_("Statement"),
    "strengths": N_("Strengths"),
    "target_date": N_("Target date"),
    "to_status": N_("To status"),
    "topics": N_("Topics"),
    "type": N_("Type"),
    "updated_at": N_("Last changed"),
    "version": N_("Version"),
}


def action_text(action: str) -> str:
    """What an entry's action code says ("agreement.save" → "Acuerdo guardado")."""
    return _(ACTIONS[action]) if action in ACTIONS else action


def field_name(name: str) -> str:
    """A record's field by its name in the language ("boundaries" → "Límites")."""
    if name in FIELD_NAMES:
        return _(FIELD_NAMES[name])
    if name in FIELDS_BY_NAME:
        return field_label(name)
    return name.replace("_", " ")


def _value(key: str, value: Any) -> str:
    if key == "changed" and isinstance(value, list):
        return ", ".join(field_name(str(v)) for v in value)
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{field_name(str(k))}: {v}" for k, v in value.items())
    return str(value)


def details_text(details: Mapping[str, Any] | None) -> str:
    """An entry's details as "Name: value; …", names and changed fields worded."""
    parts = []
    for key, value in (details or {}).items():
        if value in (None, "", [], {}):
            continue
        name = _(DETAILS[key]) if key in DETAILS else key.replace("_", " ")
        parts.append(t("{name}: {value}", name=name, value=_value(key, value)))
    return "; ".join(parts)
