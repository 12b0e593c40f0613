"""The page a document is printed on: paper, organization, logo, and the language.

The language of one document, in this order: the one asked for (the print menu, the batch
dialog, `--language`); the person's own (`participants.document_language`: the mentee's for an
agreement or IDP, the person's for a certificate) when documents can be printed in it; the
program's default (Program ▸ Settings, `DocumentSettings.language`); English.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mentordesk import documents as docs
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import t
from mentordesk.core.paper import preferred_paper
from mentordesk.core.program import Program
from mentordesk.documents.data import PageSetup


def normalise_paper(paper: str | None) -> str | None:
    """ "a4"/"letter" (any case) → "A4"/"Letter"; None stays None; anything else is an error."""
    if paper is None or paper == "":
        return None
    key = paper.strip().lower()
    if key == "a4":
        return "A4"
    if key in ("letter", "us letter"):
        return "Letter"
    raise ValidationError(
        t("Unknown paper size {paper}: use A4 or Letter", paper=repr(paper)),
        {"paper": t("a4|letter")},
    )


def document_language(program: Program, language: str | None = None) -> str:
    """The language a document prints in: the one asked for, else the program's default
    (Program ▸ Settings), else English. Unknown codes and codes without a catalog are a
    ValidationError."""
    from mentordesk.documents import i18n

    wanted = language or program.documents.language or "en"
    try:
        code = i18n.normalise(wanted)
    except i18n.UnknownLanguage as error:
        raise ValidationError(str(error), {"language": wanted}) from error
    if code not in i18n.available() and code.split("_")[0] not in i18n.available():
        shipped = ", ".join(i18n.available())
        raise ValidationError(
            t(
                "Documents cannot be printed in {wanted} yet: use one of {shipped}",
                wanted=repr(wanted),
                shipped=shipped,
            ),
            {"language": wanted},
        )
    return code


def choose_language(program: Program, asked: str | None, person: str = "") -> str | None:
    """The language a document about a person prints in: the one asked for (checked), else
    the person's own (the family's) when documents can be printed in it, else the program's
    default (None here: page_setup reads it)."""
    if asked:
        return asked
    if person:
        try:
            return document_language(program, person)
        except ValidationError:
            return None  # a language with no catalog yet: the program's default
    return None


def page_setup(
    program: Program,
    paper: str | None = None,
    *,
    confidential: bool = True,
    language: str | None = None,
) -> PageSetup:
    """The page settings of a program: paper (argument, setting, Preferences, locale),
    organization, logo,
    language (argument, program default, English)."""
    settings = program.document_settings
    logo = settings.get("logo_path") or None
    if logo and not Path(logo).is_file():
        logo = None
    return PageSetup(
        paper=normalise_paper(paper)
        or normalise_paper(settings.get("paper"))
        or normalise_paper(preferred_paper() or None)
        or docs.default_paper(),
        organization=settings.get("organization") or program.organization,
        program=program.name,
        logo_path=logo,
        confidential=confidential,
        language=document_language(program, language),
    )


def for_person(setup: PageSetup, program: Program, asked: str | None, person: str) -> PageSetup:
    """The page setup of one document of a batch: in the family's language unless one was
    asked for."""
    chosen = choose_language(program, asked, person)
    if chosen is None or asked:
        return setup
    return replace(setup, language=chosen)
