"""The names of a record's fields as the GUI shows them, in its language: the participant
dialog's rows and the conflict dialog's "Field" column (people, programs and their document
settings, pair agreements).

The lower layers name fields in English (core/participant.FIELDS) or not at all (a program's
attributes); the stored values stay English and only what is shown is translated. A test
checks that every field of those records has a name here, and that the participant names are
the English labels of core/participant.py, so a new field cannot appear in English.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mentordesk.gui.common.date_edit import format_date
from mentordesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.gui.common.vocabulary import LABELS
from mentordesk.gui.common.vocabulary import label as vocabulary

CONTEXT = "Fields"

#: core/participant.FIELDS: the key is the attribute, the text core's English label.
PARTICIPANT = {
    "full_name": QT_TRANSLATE_NOOP("Fields", "Full name"),
    "preferred_name": QT_TRANSLATE_NOOP("Fields", "Preferred name"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "capacity": QT_TRANSLATE_NOOP("Fields", "Mentor capacity"),
    "org_unit": QT_TRANSLATE_NOOP("Fields", "Department / class"),
    "grade": QT_TRANSLATE_NOOP("Fields", "Grade"),
    "seniority": QT_TRANSLATE_NOOP("Fields", "Seniority / years"),
    "date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "location": QT_TRANSLATE_NOOP("Fields", "Location"),
    "document_language": QT_TRANSLATE_NOOP("Fields", "Document language"),
    "time_zone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "skills_offered": QT_TRANSLATE_NOOP("Fields", "Skills offered"),
    "skills_sought": QT_TRANSLATE_NOOP("Fields", "Skills sought"),
    "interests": QT_TRANSLATE_NOOP("Fields", "Interests"),
    "goals": QT_TRANSLATE_NOOP("Fields", "Goals"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Languages"),
    "availability": QT_TRANSLATE_NOOP("Fields", "Availability"),
    "preferred_format": QT_TRANSLATE_NOOP("Fields", "Preferred format"),
    "ranked_choices": QT_TRANSLATE_NOOP("Fields", "Ranked choices"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "pronouns": QT_TRANSLATE_NOOP("Fields", "Pronouns"),
    "identity_preferences": QT_TRANSLATE_NOOP("Fields", "Identity preferences"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Confidential notes"),
    "application_date": QT_TRANSLATE_NOOP("Fields", "Application date"),
    "interview_date": QT_TRANSLATE_NOOP("Fields", "Interview date"),
    "interview_outcome": QT_TRANSLATE_NOOP("Fields", "Interview outcome"),
    "background_check_type": QT_TRANSLATE_NOOP("Fields", "Background check type"),
    "background_check_date": QT_TRANSLATE_NOOP("Fields", "Background check date"),
    "background_check_result": QT_TRANSLATE_NOOP("Fields", "Background check result"),
    "background_check_expiry": QT_TRANSLATE_NOOP("Fields", "Background check expiry"),
    "screening_decision": QT_TRANSLATE_NOOP("Fields", "Screening decision"),
    "training_date": QT_TRANSLATE_NOOP("Fields", "Training date"),
    "training_hours": QT_TRANSLATE_NOOP("Fields", "Training hours"),
    "guardian_name": QT_TRANSLATE_NOOP("Fields", "Guardian name"),
    "guardian_relationship": QT_TRANSLATE_NOOP("Fields", "Guardian relationship"),
    "guardian_email": QT_TRANSLATE_NOOP("Fields", "Guardian email"),
    "guardian_phone": QT_TRANSLATE_NOOP("Fields", "Guardian phone"),
    "consent_date": QT_TRANSLATE_NOOP("Fields", "Guardian consent date"),
    "consent_signer": QT_TRANSLATE_NOOP("Fields", "Consent signed by"),
    "media_release": QT_TRANSLATE_NOOP("Fields", "Media release"),
}

#: core/program.Program (the program dialog's settings) and its document settings.
PROGRAM = {
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "organization": QT_TRANSLATE_NOOP("Fields", "Organization"),
    "format": QT_TRANSLATE_NOOP("Fields", "Format"),
    "start_date": QT_TRANSLATE_NOOP("Fields", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("Fields", "End date"),
    "objectives": QT_TRANSLATE_NOOP("Fields", "Objectives"),
    "cadence_days": QT_TRANSLATE_NOOP("Fields", "Meet every (days)"),
    "meeting_minutes": QT_TRANSLATE_NOOP("Fields", "Meeting length (minutes)"),
    "archived": QT_TRANSLATE_NOOP("Fields", "Archived"),
    "previous_program_id": QT_TRANSLATE_NOOP("Fields", "Previous program"),
    "agreement_defaults": QT_TRANSLATE_NOOP("Fields", "Agreement defaults"),
    "matching_weights": QT_TRANSLATE_NOOP("Fields", "Matching weights"),
    "matching_options": QT_TRANSLATE_NOOP("Fields", "Matching options"),
    "checkin_rules": QT_TRANSLATE_NOOP("Fields", "Check-in rules"),
    "document_settings": QT_TRANSLATE_NOOP("Fields", "Documents"),
    # DocumentSettings (shown as "Documents: Paper")
    "paper": QT_TRANSLATE_NOOP("Fields", "Paper"),
    "logo_path": QT_TRANSLATE_NOOP("Fields", "Logo"),
    "coordinator": QT_TRANSLATE_NOOP("Fields", "Coordinator"),
    "coordinator_contact": QT_TRANSLATE_NOOP("Fields", "Coordinator contact"),
    "language": QT_TRANSLATE_NOOP("Fields", "Document language"),
}

#: services/pairs/records.AgreementData (the pair's agreement tab).
AGREEMENT = {
    "meeting_frequency": QT_TRANSLATE_NOOP("Fields", "Meeting frequency"),
    "meeting_format": QT_TRANSLATE_NOOP("Fields", "Meeting format"),
    "usual_time": QT_TRANSLATE_NOOP("Fields", "Usual day and time"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "contact_between": QT_TRANSLATE_NOOP("Fields", "Contact between meetings"),
    "duration_months": QT_TRANSLATE_NOOP("Fields", "Duration (months)"),
    "midpoint_review_date": QT_TRANSLATE_NOOP("Fields", "Mid-point review"),
    "confidentiality": QT_TRANSLATE_NOOP("Fields", "Confidentiality and its limits"),
    "boundaries": QT_TRANSLATE_NOOP("Fields", "Boundaries"),
    "obligations": QT_TRANSLATE_NOOP("Fields", "Program obligations"),
    "ending_clause": QT_TRANSLATE_NOOP("Fields", "No-fault ending"),
    "notice_days": QT_TRANSLATE_NOOP("Fields", "Notice period (days)"),
    "mentor_signed_on": QT_TRANSLATE_NOOP("Fields", "Mentor signed"),
    "mentee_signed_on": QT_TRANSLATE_NOOP("Fields", "Mentee signed"),
    "guardian_signed_on": QT_TRANSLATE_NOOP("Fields", "Guardian signed"),
    "coordinator_signed_on": QT_TRANSLATE_NOOP("Fields", "Coordinator signed"),
}

#: The pair's other records (meetings, check-ins, closures: "date"; the IDP's dates).
RECORDS = {
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "period_start": QT_TRANSLATE_NOOP("Fields", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("Fields", "Period end"),
    "final_review_date": QT_TRANSLATE_NOOP("Fields", "Final review"),
    "safety_resolved_on": QT_TRANSLATE_NOOP("Fields", "Safety concern resolved on"),
    "target_date": QT_TRANSLATE_NOOP("Fields", "Target date"),
}

#: One lookup for every record (a name means the same field wherever it appears: a program's
#: `meeting_minutes` and an agreement's are both a meeting's length in minutes).
_ALL: dict[str, str] = {**RECORDS, **PROGRAM, **AGREEMENT, **PARTICIPANT}


#: Fields that hold a language code ("es"), shown by the language's own name.
_LANGUAGE_FIELDS = frozenset({"language", "document_language"})
#: Values of settings that are words, not data (a paper size).
_VALUES = {"Letter": QT_TRANSLATE_NOOP("Fields", "US Letter")}


def field_label(name: str) -> str:
    """A field's name in the GUI's language ("Nombre completo"); an unknown field is shown
    as its attribute name (the test in tests/gui/test_spanish_walk.py keeps that from
    happening for the records above)."""
    text = _ALL.get(name)
    return translate(CONTEXT, text) if text is not None else name.replace("_", " ")


def has_label(name: str) -> bool:
    return name in _ALL


def choice_text(value: Any) -> str:
    """A stored vocabulary value as a choice list shows it: translated, first letter upper."""
    text = vocabulary(value)
    return text[:1].upper() + text[1:]


def value_text(value: Any, field: str = "") -> str:
    """A stored value as the GUI shows it: vocabulary translated, dates in the locale's
    form, yes/no, lists joined by "; ", a language by its name, nothing as "—"."""
    if value is None or value == "":
        return "—"
    if field in _LANGUAGE_FIELDS and isinstance(value, str):
        from mentordesk.core.languages import language_name

        return language_name(value)
    if isinstance(value, bool):
        return translate("Fields", "yes") if value else translate("Fields", "no")
    if isinstance(value, (list, tuple, frozenset, set)):
        return "; ".join(value_text(v) for v in value) or "—"
    if isinstance(value, dt.datetime):
        return format_date(value.date())
    if isinstance(value, dt.date):
        return format_date(value)
    text = str(getattr(value, "value", value))
    if text in _VALUES:
        return translate(CONTEXT, _VALUES[text])
    return vocabulary(text) if text in LABELS else text
