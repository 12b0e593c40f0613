"""The GUI's language: Qt translations (Linguist `.ts` → `.qm` in resources/translations/),
the language chosen (environment, Preferences, the system), and the locale dates and numbers
follow.

Every user-visible string in gui/ goes through `translate(context, text)` (or, for module-level
tables built before the translator is installed, `QT_TRANSLATE_NOOP(context, text)` where it is
defined and `translate(context, value)` where it is shown). `pyside6-lupdate` extracts both;
`tools/translations.py` (`make translations`) updates the catalogs and compiles them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from mentordesk.core.i18n import set_language

#: Set to a language code (es, fr, ar, en) to override the system and Preferences, for tests,
#: screenshots and support.
ENV_VAR = "MENTORDESK_LANGUAGE"

#: The languages the GUI ships, each named in itself (what the Preferences list shows).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "ar": "العربية",
}
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate` under the name pyside6-lupdate looks for."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for extraction under `context` and returns it unchanged (typed as `str`,
    unlike PySide6's); translate it with `translate(context, value)` where it is shown."""
    return text


def catalog_path(language: str) -> str:
    """The compiled catalog of the GUI for one language (it may not exist: English)."""
    from mentordesk.core.resources import resource_path

    return str(resource_path("translations", f"mentordesk_{language}.qm"))


def language_of(locale: QLocale) -> str:
    """The shipped language that suits a locale (any of its UI languages), else English."""
    for name in [*locale.uiLanguages(), locale.name()]:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(preference: str = "", system: QLocale | None = None) -> str:
    """$MENTORDESK_LANGUAGE, then the Preferences choice, then the system's language."""
    for wanted in (os.environ.get(ENV_VAR, ""), preference):
        code = wanted.strip().replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return language_of(system or QLocale.system())


@dataclass
class Installed:
    """What `install_language` put on the application (kept alive: Qt does not own them)."""

    language: str
    locale: QLocale
    translators: list[QTranslator]


_installed: Installed | None = None


def current_language() -> str:
    """The language the GUI was started in (English before `install_language`)."""
    return _installed.language if _installed is not None else SOURCE_LANGUAGE


def install_language(language: str, system: QLocale | None = None) -> Installed:
    """Load MentorDesk's and Qt's own catalogs for `language`, make its locale the default
    (dates and numbers) and mirror the whole window for a right-to-left language.

    Called once at start-up, before any window is built; calling it again replaces the
    previous language (tests)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None and app is not None:
        for old in _installed.translators:
            app.removeTranslator(old)
    system = system or QLocale.system()
    # The system's own locale when it speaks the chosen language (es_MX keeps its region's
    # formats); otherwise the language's default region.
    locale = system if language_of(system) == language else QLocale(language)
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if app is not None:
        # Qt's own (standard buttons, file dialogs), then ours; English has only our plurals.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (str(Path(qt_folder) / f"qtbase_{language}.qm"), catalog_path(language)):
            translator = QTranslator(app)
            if Path(path).exists() and translator.load(path):
                app.installTranslator(translator)
                translators.append(translator)
    direction = (
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(direction)
    # What the services, matching and import say (gettext `messages`): the same language,
    # handed down as a plain code (no Qt below gui).
    set_language(language)
    _installed = Installed(language, locale, translators)
    return _installed


def format_number(value: float, decimals: int = 0) -> str:
    """A number as the chosen locale writes it (thousands separators, decimal comma…)."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
