"""The domain's closed vocabularies (core/enums.py) as the GUI shows them, in its language.

The database and the services keep the English values ("mentee", "active"); tables and labels
show `label(value)`. One table here, so every view says "mentorado" / "mentoré" / "مسترشد" alike.
"""

from __future__ import annotations

from enum import StrEnum

from mentordesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Vocabulary"

#: Every value a view shows, marked for the catalogs (the key is the stored value).
LABELS = {
    # roles and parties
    "mentor": QT_TRANSLATE_NOOP("Vocabulary", "mentor"),
    "mentee": QT_TRANSLATE_NOOP("Vocabulary", "mentee"),
    "both": QT_TRANSLATE_NOOP("Vocabulary", "both"),
    "guardian": QT_TRANSLATE_NOOP("Vocabulary", "guardian"),
    # participant status
    "applied": QT_TRANSLATE_NOOP("Vocabulary", "applied"),
    "screened": QT_TRANSLATE_NOOP("Vocabulary", "screened"),
    "trained": QT_TRANSLATE_NOOP("Vocabulary", "trained"),
    "active": QT_TRANSLATE_NOOP("Vocabulary", "active"),
    "withdrawn": QT_TRANSLATE_NOOP("Vocabulary", "withdrawn"),
    # screening
    "cleared": QT_TRANSLATE_NOOP("Vocabulary", "cleared"),
    "pending": QT_TRANSLATE_NOOP("Vocabulary", "pending"),
    "expired": QT_TRANSLATE_NOOP("Vocabulary", "expired"),
    "not cleared": QT_TRANSLATE_NOOP("Vocabulary", "not cleared"),
    # pairs and drafts
    "proposed": QT_TRANSLATE_NOOP("Vocabulary", "proposed"),
    "paused": QT_TRANSLATE_NOOP("Vocabulary", "paused"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    "pinned": QT_TRANSLATE_NOOP("Vocabulary", "pinned"),
    "rejected": QT_TRANSLATE_NOOP("Vocabulary", "rejected"),
    # agreements, goals, steps
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "draft"),
    "signed": QT_TRANSLATE_NOOP("Vocabulary", "signed"),
    "open": QT_TRANSLATE_NOOP("Vocabulary", "open"),
    "completed": QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    "dropped": QT_TRANSLATE_NOOP("Vocabulary", "dropped"),
    "to do": QT_TRANSLATE_NOOP("Vocabulary", "to do"),
    "in progress": QT_TRANSLATE_NOOP("Vocabulary", "in progress"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    # meetings and contacts
    "held": QT_TRANSLATE_NOOP("Vocabulary", "held"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    "no-show": QT_TRANSLATE_NOOP("Vocabulary", "no-show"),
    "planned": QT_TRANSLATE_NOOP("Vocabulary", "planned"),
    "in person": QT_TRANSLATE_NOOP("Vocabulary", "in person"),
    "video": QT_TRANSLATE_NOOP("Vocabulary", "video"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "phone"),
    "mixed": QT_TRANSLATE_NOOP("Vocabulary", "mixed"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "email"),
    "text": QT_TRANSLATE_NOOP("Vocabulary", "text"),
    "early": QT_TRANSLATE_NOOP("Vocabulary", "early"),
    # program formats
    "one-on-one": QT_TRANSLATE_NOOP("Vocabulary", "one-on-one"),
    "group": QT_TRANSLATE_NOOP("Vocabulary", "group"),
    "peer": QT_TRANSLATE_NOOP("Vocabulary", "peer"),
    "reverse": QT_TRANSLATE_NOOP("Vocabulary", "reverse"),
    "flash": QT_TRANSLATE_NOOP("Vocabulary", "flash"),
    # the roster's minor column
    "minor": QT_TRANSLATE_NOOP("Vocabulary", "minor"),
    # what is due (services/pairs/due.py)
    "planned meeting": QT_TRANSLATE_NOOP("Vocabulary", "planned meeting"),
    "background check": QT_TRANSLATE_NOOP("Vocabulary", "background check"),
    "check-in": QT_TRANSLATE_NOOP("Vocabulary", "check-in"),
    "guardian check-in": QT_TRANSLATE_NOOP("Vocabulary", "guardian check-in"),
    "meeting": QT_TRANSLATE_NOOP("Vocabulary", "meeting"),
    "planned end": QT_TRANSLATE_NOOP("Vocabulary", "planned end"),
    "mid-point review": QT_TRANSLATE_NOOP("Vocabulary", "mid-point review"),
    "IDP review": QT_TRANSLATE_NOOP("Vocabulary", "IDP review"),
    "action step": QT_TRANSLATE_NOOP("Vocabulary", "action step"),
    # closures (services/pairs/lifecycle.py: CLOSURE_REASONS, REMATCH_CHOICES)
    "mentee's family": QT_TRANSLATE_NOOP("Vocabulary", "mentee's family"),
    "goals met": QT_TRANSLATE_NOOP("Vocabulary", "goals met"),
    "program ended": QT_TRANSLATE_NOOP("Vocabulary", "program ended"),
    "schedule conflict": QT_TRANSLATE_NOOP("Vocabulary", "schedule conflict"),
    "moved away": QT_TRANSLATE_NOOP("Vocabulary", "moved away"),
    "lost contact": QT_TRANSLATE_NOOP("Vocabulary", "lost contact"),
    "mismatch": QT_TRANSLATE_NOOP("Vocabulary", "mismatch"),
    "mentor withdrew": QT_TRANSLATE_NOOP("Vocabulary", "mentor withdrew"),
    "mentee withdrew": QT_TRANSLATE_NOOP("Vocabulary", "mentee withdrew"),
    "safety concern": QT_TRANSLATE_NOOP("Vocabulary", "safety concern"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
    "no rematch": QT_TRANSLATE_NOOP("Vocabulary", "no rematch"),
    "rematch mentee": QT_TRANSLATE_NOOP("Vocabulary", "rematch mentee"),
    "rematch mentor": QT_TRANSLATE_NOOP("Vocabulary", "rematch mentor"),
    "rematch both": QT_TRANSLATE_NOOP("Vocabulary", "rematch both"),
    "undecided": QT_TRANSLATE_NOOP("Vocabulary", "undecided"),
    # district access (core/access.py)
    "coordinator": QT_TRANSLATE_NOOP("Vocabulary", "coordinator"),
    "viewer": QT_TRANSLATE_NOOP("Vocabulary", "viewer"),
}


def label(value: StrEnum | str) -> str:
    """A stored value as the GUI shows it; a value not in the table is shown as it is."""
    text = str(value)
    return translate(CONTEXT, LABELS[text]) if text in LABELS else text
