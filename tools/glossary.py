"""The checked part of the translators' glossary (docs/dev/glossary.md): every catalog of a
language (the GUI's .ts; the `messages`, `documents` and `cli` .po) words the product's key
terms the one way the GUI shows them.

    python tools/glossary.py     # prints what disagrees, exit 1 if anything does

The rules, per language:
- The GUI's `Vocabulary` and `Measures` contexts (statuses, states, reasons, formats, the
  measures' names): the .po catalogs repeat each of their messages exactly.
- EXACT: a message that is only the term (a status, a screening state, a measure's name)
  translates to exactly the chosen word wherever it appears (every .ts context, every .po).
  EXACT_IN names a .ts context whose message differs on purpose (the data-retention dialog's
  title is not the retention measure). "Status: <status>" (a measure's name) ends with the
  status's chosen word.
- TERMS: a message whose English (placeholders aside) contains the term uses the chosen word
  (a regular expression, so an inflected form counts) — only for terms where that holds in
  every sentence. A translation that keeps the English word itself (an input value such as
  `--role mentee` or "cleared, pending or not cleared") is let through.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("es", "fr", "ar")
DOMAINS = ("messages", "documents", "cli")
GUI_WORDS = ("Vocabulary", "Measures")

EXACT: dict[str, dict[str, str]] = {
    "es": {
        "mentee": "mentorado",
        "applied": "solicitante",
        "screened": "verificado",
        "trained": "formado",
        "withdrawn": "retirado",
        "cleared": "apto",
        "not cleared": "no apto",
        "pending": "pendiente",
        "expired": "caducado",
        "background check": "verificación de antecedentes",
        "meeting": "reunión",
        "check-in": "seguimiento",
        "Meetings held": "Reuniones celebradas",
        "Meetings vs. target": "Reuniones frente al objetivo",
        "Contacts made": "Contactos realizados",
        "Closed pairs": "Parejas cerradas",
        "Retention": "Retención",
        "held": "celebrada",
        "cancelled": "cancelada",
        "planned": "prevista",
        "no-show": "sin asistencia",
        "email": "correo electrónico",
        "Measures": "Medidas",
        "Long-term aspirations": "Aspiraciones a largo plazo",
    },
    "fr": {
        "mentee": "mentoré",
        "applied": "candidat",
        "screened": "vérifié",
        "trained": "formé",
        "withdrawn": "retiré",
        "cleared": "validé",
        "not cleared": "non validé",
        "pending": "en attente",
        "expired": "expiré",
        "closed": "clôturé",
        "background check": "contrôle d'antécédents",
        "meeting": "rencontre",
        "check-in": "suivi",
        "completed as planned": "mené à terme comme prévu",
        "ended early": "arrêté avant terme",
        "Meetings held": "Rencontres tenues",
        "Closed pairs": "Binômes clôturés",
        "Retention": "Rétention",
        "email": "e-mail",
        "in person": "en présentiel",
        "video": "visio",
        "Status": "Statut",
        "Reason": "Motif",
        "Measure": "Mesure",
        "Measures": "Mesures",
        "Mid-point review": "Bilan à mi-parcours",
    },
    "ar": {
        "mentee": "مسترشد",
        "applied": "متقدم",
        "screened": "تم التحقق",
        "trained": "مدرَّب",
        "withdrawn": "منسحب",
        "cleared": "مُجاز",
        "not cleared": "غير مُجاز",
        "pending": "قيد الانتظار",
        "expired": "منتهي الصلاحية",
        "closed": "مغلق",
        "background check": "التحقق من السوابق",
        "meeting": "لقاء",
        "check-in": "متابعة",
        "Meetings held": "اللقاءات المنعقدة",
        "Contacts made": "مرات التواصل",
        "Closed pairs": "الثنائيات المغلقة",
        "Retention": "الاستمرارية",
        "Organization": "الجهة",
        "Measure": "المقياس",
        "Measures": "المقاييس",
        "Paused pairs": "الثنائيات المتوقفة مؤقتًا",
        "Required check-ins done on time": "المتابعات المطلوبة المنجزة في وقتها",
        "Why": "السبب",
    },
}

# (.ts context, English) → the chosen word, where a context means another idea.
EXACT_IN: dict[str, dict[tuple[str, str], str]] = {
    "es": {("privacy.retention", "Retention"): "Conservación"},
    "fr": {("privacy.retention", "Retention"): "Conservation"},
    "ar": {("privacy.retention", "Retention"): "الاحتفاظ"},
}

TERMS: dict[str, dict[str, str]] = {
    "es": {
        "screening": "verificaci",
        "background check": "verificación de antecedentes",
        "meetings?": "reuni",
        "check-ins?": "seguimiento",
        "agreements?": "acuerdo",
        "IDPs?": "PDI",
        "mentees?": "mentorad",
        "cleared": "apto",
        "held(?! about)": "celebrad",
    },
    "fr": {
        "screening": "vérification",
        "background checks?": "contrôles? d['’]antécédents",
        "meetings?": "rencontre",
        "check-ins?": "suivi",
        "IDPs?": "PDI",
        "mentees?": "mentoré",
        "closed": "clôtur",
        "held(?! about)": "tenu",
    },
    "ar": {
        "screening": "تحقق",
        "meetings?": "لقاء|لقاءات",
        "check-ins?": "متابع",
        "mentees?": "مسترشد",
        "not cleared": "غير مُجاز",
        "held(?! about)": "منعقد|انعقد|عُقد|يُعقد",
    },
}

_PLACEHOLDER = re.compile(r"\{[^}]*\}")


def entries(code: str, root: Path = ROOT) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) for every translated message of one language."""
    for domain in DOMAINS:
        with (root / "resources" / "locale" / code / "LC_MESSAGES" / f"{domain}.po").open(
            "rb"
        ) as f:
            for message in read_po(f):
                if not message.id:
                    continue
                english = message.id if isinstance(message.id, str) else message.id[0]
                forms = [message.string] if isinstance(message.string, str) else message.string
                text = " ".join(s for s in forms if s)
                if text:
                    yield f"{domain}.po", english, text
    tree = ET.parse(root / "resources" / "translations" / f"mentordesk_{code}.ts")
    for context in tree.getroot():
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found = message.find("translation")
            if found is None:
                continue
            text = (found.text or "") + " ".join(n.text or "" for n in found.findall("numerusform"))
            if text.strip():
                yield f"ts:{name}", message.findtext("source") or "", text


def problems(code: str, root: Path = ROOT) -> list[str]:
    """Each place where one language's catalogs leave its glossary, as a line."""
    found: list[str] = []
    every = list(entries(code, root))
    # The GUI's Vocabulary and Measures words are the glossary's base: the .po catalogs repeat
    # them exactly (the CLI and the PDFs name a status or a measure as the screen does).
    gui: dict[str, str] = {}
    for where, english, text in every:
        if where.removeprefix("ts:") in GUI_WORDS:
            gui.setdefault(english, text)
    exact = {**gui, **EXACT[code]}
    exact_in = EXACT_IN[code]
    terms = [(re.compile(rf"\b{t}\b", re.I), re.compile(w, re.I)) for t, w in TERMS[code].items()]
    for where, english, text in every:
        context = where.removeprefix("ts:")
        if (context, english) in exact_in:
            if text != exact_in[(context, english)]:
                found.append(
                    f"{code} {where}: {english!r} is {text!r}, not {exact_in[(context, english)]!r}"
                )
            continue
        if english in exact and text != exact[english]:
            found.append(f"{code} {where}: {english!r} is {text!r}, not {exact[english]!r}")
            continue
        status = english.removeprefix("Status: ")
        if status != english and status in exact and not text.endswith(exact[status]):
            found.append(f"{code} {where}: {english!r} is {text!r}, not ending {exact[status]!r}")
        bare = _PLACEHOLDER.sub("", english)
        for term, word in terms:
            if term.search(bare) and not word.search(text) and not term.search(text):
                found.append(
                    f"{code} {where}: {english!r} says {term.pattern[2:-2]!r} "
                    f"without {word.pattern!r}: {text!r}"
                )
    return found


def main() -> int:
    found = [line for code in LANGUAGES for line in problems(code)]
    print("\n".join(found) if found else "every catalog follows the glossary")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
