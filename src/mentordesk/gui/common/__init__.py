"""What several views use: the app context, settings, error boxes, fonts, colours, file dialogs,
screen fitting, date editing, unsaved-edit prompts, table models, background tasks and PDF
printing.
"""

from typing import TYPE_CHECKING

from mentordesk.core.lazy import first_use

if TYPE_CHECKING:
    from mentordesk.gui.common.access import (
        accessible_name,
        announce,
        focus_colour,
        install_keyboard_aids,
    )
    from mentordesk.gui.common.colors import (
        ERROR,
        GOOD,
        MUTED,
        WARNING,
        coloured,
        contrast,
        is_dark,
        pick,
        readable,
        readable_css,
    )
    from mentordesk.gui.common.conflict import Choice, ConflictDialog, ask_conflict, saved_by
    from mentordesk.gui.common.context import AppContext
    from mentordesk.gui.common.date_edit import (
        DateEdit,
        date_style,
        format_date,
        parse_date,
        set_date_style,
    )
    from mentordesk.gui.common.errors import (
        error_box,
        install_excepthook,
        log,
        setup_logging,
    )
    from mentordesk.gui.common.events import process_events
    from mentordesk.gui.common.fields import (
        choice_text,
        field_label,
        value_text,
    )
    from mentordesk.gui.common.files import (
        documents_folder,
        existing_folder,
        open_file_name,
        save_file_name,
    )
    from mentordesk.gui.common.fit import ScreenFit
    from mentordesk.gui.common.fonts import load_bundled_fonts
    from mentordesk.gui.common.heap import keep_collections_short
    from mentordesk.gui.common.i18n import (
        LANGUAGES,
        QT_TRANSLATE_NOOP,
        RIGHT_TO_LEFT,
        SOURCE_LANGUAGE,
        choose_language,
        current_language,
        format_number,
        install_language,
        language_of,
        translate,
    )
    from mentordesk.gui.common.language_menu import LanguageMenu
    from mentordesk.gui.common.names import (
        measure_name,
        objective_name,
        period_name,
    )
    from mentordesk.gui.common.printing import PdfActions
    from mentordesk.gui.common.screen import ElidedLabel, fit_to_screen, never_widen
    from mentordesk.gui.common.settings import Settings
    from mentordesk.gui.common.table_model import (
        Column,
        Index,
        RowRole,
        RowTableModel,
        SortRole,
        SourceSortProxy,
        fit_columns_once,
    )
    from mentordesk.gui.common.tasks import (
        Job,
        Loader,
        TaskThread,
        share_interpreter,
        wait_for_background,
    )
    from mentordesk.gui.common.unsaved import (
        Answer,
        ask_unsaved,
        may_close,
    )
    from mentordesk.gui.common.vocabulary import label
    from mentordesk.gui.common.watch import ChangeWatcher
    from mentordesk.gui.common.when_shown import WhenShown

#: Every name is loaded on first use, from its own module: what the main window's first paint
#: needs (the context, settings, translations) costs only its module, and the rest (the focus
#: ring's style, date editing, colours, file dialogs, QtPdf and QtPrintSupport for
#: PdfActions…) loads when something first uses it (issue 14).
_LAZY = {
    "accessible_name": "access",
    "announce": "access",
    "focus_colour": "access",
    "install_keyboard_aids": "access",
    "ERROR": "colors",
    "GOOD": "colors",
    "MUTED": "colors",
    "WARNING": "colors",
    "coloured": "colors",
    "contrast": "colors",
    "is_dark": "colors",
    "pick": "colors",
    "readable": "colors",
    "readable_css": "colors",
    "AppContext": "context",
    "DateEdit": "date_edit",
    "date_style": "date_edit",
    "format_date": "date_edit",
    "parse_date": "date_edit",
    "set_date_style": "date_edit",
    "error_box": "errors",
    "install_excepthook": "errors",
    "log": "errors",
    "setup_logging": "errors",
    "process_events": "events",
    "choice_text": "fields",
    "field_label": "fields",
    "value_text": "fields",
    "documents_folder": "files",
    "existing_folder": "files",
    "open_file_name": "files",
    "save_file_name": "files",
    "ElidedLabel": "screen",
    "ScreenFit": "fit",
    "fit_to_screen": "screen",
    "never_widen": "screen",
    "load_bundled_fonts": "fonts",
    "LANGUAGES": "i18n",
    "QT_TRANSLATE_NOOP": "i18n",
    "RIGHT_TO_LEFT": "i18n",
    "SOURCE_LANGUAGE": "i18n",
    "choose_language": "i18n",
    "current_language": "i18n",
    "format_number": "i18n",
    "install_language": "i18n",
    "language_of": "i18n",
    "translate": "i18n",
    "measure_name": "names",
    "objective_name": "names",
    "period_name": "names",
    "Settings": "settings",
    "Answer": "unsaved",
    "ask_unsaved": "unsaved",
    "may_close": "unsaved",
    "label": "vocabulary",
    "ChangeWatcher": "watch",
    "PdfActions": "printing",
    "Choice": "conflict",
    "ConflictDialog": "conflict",
    "ask_conflict": "conflict",
    "saved_by": "conflict",
    "LanguageMenu": "language_menu",
    "Column": "table_model",
    "Index": "table_model",
    "RowRole": "table_model",
    "RowTableModel": "table_model",
    "SortRole": "table_model",
    "SourceSortProxy": "table_model",
    "fit_columns_once": "table_model",
    "Job": "tasks",
    "Loader": "tasks",
    "TaskThread": "tasks",
    "wait_for_background": "tasks",
    "share_interpreter": "tasks",
    "WhenShown": "when_shown",
    "keep_collections_short": "heap",
}


__getattr__ = first_use(__name__, _LAZY)


__all__ = [
    "ERROR",
    "GOOD",
    "LANGUAGES",
    "MUTED",
    "QT_TRANSLATE_NOOP",
    "RIGHT_TO_LEFT",
    "SOURCE_LANGUAGE",
    "WARNING",
    "Answer",
    "AppContext",
    "ChangeWatcher",
    "Choice",
    "Column",
    "ConflictDialog",
    "DateEdit",
    "ElidedLabel",
    "Index",
    "Job",
    "LanguageMenu",
    "Loader",
    "PdfActions",
    "RowRole",
    "RowTableModel",
    "ScreenFit",
    "Settings",
    "SortRole",
    "SourceSortProxy",
    "TaskThread",
    "WhenShown",
    "accessible_name",
    "announce",
    "ask_conflict",
    "ask_unsaved",
    "choice_text",
    "choose_language",
    "coloured",
    "contrast",
    "current_language",
    "date_style",
    "documents_folder",
    "error_box",
    "existing_folder",
    "field_label",
    "fit_columns_once",
    "fit_to_screen",
    "focus_colour",
    "format_date",
    "format_number",
    "install_excepthook",
    "install_keyboard_aids",
    "install_language",
    "is_dark",
    "keep_collections_short",
    "label",
    "language_of",
    "load_bundled_fonts",
    "log",
    "may_close",
    "measure_name",
    "never_widen",
    "objective_name",
    "open_file_name",
    "parse_date",
    "period_name",
    "pick",
    "process_events",
    "readable",
    "readable_css",
    "save_file_name",
    "saved_by",
    "set_date_style",
    "setup_logging",
    "share_interpreter",
    "translate",
    "value_text",
    "wait_for_background",
]
