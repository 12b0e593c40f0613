"""Program as the services hand it out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from mentordesk.core.concurrency import Version
from mentordesk.core.enums import ProgramFormat
from mentordesk.core.i18n import t
from mentordesk.core.languages import document_languages


@dataclass(frozen=True)
class Program:
    id: int
    name: str
    organization: str
    format: ProgramFormat
    start_date: dt.date | None
    end_date: dt.date | None
    objectives: str
    cadence_days: int
    meeting_minutes: int
    archived: bool
    previous_program_id: int | None
    agreement_defaults: dict[str, Any] = field(default_factory=dict)
    matching_weights: dict[str, Any] = field(default_factory=dict)
    matching_options: dict[str, Any] = field(default_factory=dict)
    checkin_rules: dict[str, Any] = field(default_factory=dict)
    document_settings: dict[str, Any] = field(default_factory=dict)
    #: The version an edit of the program's settings starts from (core/concurrency.py).
    version: Version | None = field(default=None, compare=False)

    @property
    def documents(self) -> DocumentSettings:
        """The document settings (paper, logo, coordinator …) as a typed value."""
        return DocumentSettings.from_json(self.document_settings)


#: Paper sizes the documents support ("" in the settings: the system locale decides).
PAPER_SIZES = ("A4", "Letter")
_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class DocumentSettings:
    """What every printed document of a program uses; kept in programs.document_settings.

    The JSON keys are the field names, so `page_setup` and the documents read them directly.
    """

    paper: str = ""  # "A4", "Letter", or "" for the system locale's paper
    logo_path: str = ""  # a PNG or JPEG file, or ""
    coordinator: str = ""  # the coordinator's name on signature lines and covers
    coordinator_contact: str = ""  # e-mail or phone printed with the name
    organization: str = ""  # "" means the program's organization
    language: str = "en"  # the documents' default language

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentSettings:
        """Read the stored settings; unknown keys (other features') are ignored."""
        known = {f: str(data.get(f) or "") for f in cls.__dataclass_fields__ if f in data}
        settings = cls(**known)
        return settings if settings.language else replace(settings, language="en")

    def to_json(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def validate_document_settings(settings: DocumentSettings) -> dict[str, str]:
    """field → problem; empty when the settings can be saved."""
    errors: dict[str, str] = {}
    if settings.paper and settings.paper not in PAPER_SIZES:
        errors["paper"] = t("use A4 or Letter")
    logo = settings.logo_path.strip()
    if logo:
        if not logo.lower().endswith(_LOGO_SUFFIXES):
            errors["logo_path"] = t("a PNG or JPEG picture")
        elif not Path(logo).is_file():
            errors["logo_path"] = t("no such file")
    for name in ("coordinator", "coordinator_contact", "organization"):
        if len(getattr(settings, name)) > 200:
            errors[name] = t("at most 200 characters")
    if settings.language not in document_languages():
        errors["language"] = t("not a language the documents are printed in")
    return errors


def program_order(archived: bool, name: str) -> tuple[bool, str]:
    """The program selector's order: active programs first, archived ones after, each
    alphabetical."""
    return (archived, name.casefold())


def start_program(programs: list[tuple[int, str, bool]], prefer: int | None) -> int | None:
    """The program a window opens on: `prefer` (the one used last) if the file has it, else
    the first in the selector's order; None for a file without programs.
    `programs`: (id, name, archived)."""
    ids = [pid for pid, _name, _archived in programs]
    if prefer in ids:
        return prefer
    ordered = sorted(programs, key=lambda p: program_order(p[2], p[1]))
    return ordered[0][0] if ordered else None
