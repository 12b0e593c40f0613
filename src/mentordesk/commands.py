"""The command table, and `mentordesk --help` rendered without importing argparse.

This module imports nothing: the entry point answers `mentordesk --help` from it at the cost of
a bare interpreter (argparse and the `re`, `enum` … it pulls in would double that). The text is
argparse's own layout for the top-level parser `mentordesk.cli.build_parser` builds, and a test
checks it is the same, character for character, at every terminal width; where the layout
would need argparse's finer rules (wrapping at a hyphen, a too-narrow terminal) `quick_help`
returns None and argparse renders it.
"""

import os
import sys

#: command → (module under mentordesk.cli that registers it, the one line shown in --help).
#: The module's `register(sub)` adds the command with the same help (a test checks); add a new
#: command here and in its module.
COMMANDS: dict[str, tuple[str, str]] = {
    "programs": ("programs", "list the programs in the file"),
    "audit": ("programs", "a program's latest changes: when, who and what (the audit log)"),
    "demo": ("roster", "create a sample program with realistic participants"),
    "participants": ("roster", "list a program's participants"),
    "remove-participant": (
        "roster",
        "take someone out of a program (refused while they are in a live pair)",
    ),
    "import": ("spreadsheet", "import participants from a CSV or XLSX file"),
    "export": ("spreadsheet", "export a program's roster to CSV or XLSX"),
    "template": ("spreadsheet", "write the import template (CSV or XLSX) in your language"),
    "match": ("matching", "propose pairs (and approve them with --approve)"),
    "exclude": ("matching", "two people who must never be paired"),
    "pin": ("matching", "fix a mentor–mentee pair; re-runs keep it"),
    "rotation": ("matching", "flash-mentoring rotation schedule"),
    "pairs": ("pairs", "list a program's pairs: status, last meeting, next due, risk"),
    "due": ("pairs", "overdue and upcoming check-ins, meetings, reviews, steps"),
    "calendar": ("pairs", "write due items and planned meetings as an .ics file"),
    "close": ("pairs", "close a pair (frees the mentor's capacity)"),
    "pdf": ("pdf", "print-ready documents (agreements, IDPs, summary …)"),
    "report": ("reports", "print every measure of a program"),
    "rollover": ("reports", "start the next cycle from a program"),
    "person": ("privacy", "one person's data: export it, or erase the person"),
    "protect": (
        "privacy",
        "encrypt the file with a passphrase (or change it); a backup is made first",
    ),
    "unprotect": ("privacy", "remove the passphrase: store the file unencrypted (a backup first)"),
    "transfer": (
        "privacy",
        "copy programs to another database, or write an encrypted copy of the file",
    ),
    "retention": ("privacy", "erase people N years after their program ends"),
    "backup": ("files", "back up the file now (verified copy)"),
    "backups": ("files", "list the backups of the file, newest first"),
    "restore": ("files", "replace the file's content with a backup (the current one is kept)"),
    "district": (
        "district",
        "district server: set up access, grant or revoke programs, list who sees what",
    ),
}

PROG = "mentordesk"
DESCRIPTION = (
    "MentorDesk: run a mentoring program from one local file. "
    "Without a command, opens the application."
)
DB_HELP = (
    "database file, or postgresql://user@host/database for a district server "
    "(default: $MENTORDESK_DB or the user data folder)"
)
PASSPHRASE_HELP = (
    "read the passphrase of an encrypted file from FILE's first line "
    "(or set $MENTORDESK_PASSPHRASE; without either you are asked)"
)
#: The top-level options as argparse shows them: (invocation, help), in the parser's order.
OPTIONS = (
    ("-h, --help", "show this help message and exit"),
    ("--version", "show program's version number and exit"),
    ("--db PATH|URL", DB_HELP),
)
USAGE = f"usage: {PROG} [-h] [--version] [--db PATH|URL] COMMAND ..."


#: Languages the command line speaks besides English (gettext catalogs, domain "cli").
CLI_LANGUAGES = ("es", "fr", "ar")


def language() -> str:
    """The command line's language: $MENTORDESK_LANGUAGE, then LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG (as gettext reads them); "en" unless one names a shipped language."""
    for variable in ("MENTORDESK_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if not value:
            continue
        for choice in value.split(":"):
            code = choice.replace("-", "_").split("_")[0].split(".")[0].lower()
            if code in CLI_LANGUAGES or code == "en":
                return code
        if variable != "LANGUAGE":
            return "en"  # the first locale variable set decides, like gettext
    return "en"


def terminal_columns() -> int:
    """What shutil.get_terminal_size (argparse's source) gives, without importing shutil."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _wrap(text: str, width: int) -> list[str] | None:
    """textwrap.wrap for plain words; None where textwrap would do more (hyphens, long
    words, a format placeholder)."""
    words = text.split()
    if "%" in text or any(len(word) > width for word in words):
        return None
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 1 and "-" in text:
        return None
    return lines


def quick_help(columns: int | None = None) -> str | None:
    """`mentordesk --help` as argparse writes it, or None to let argparse do it."""
    width = (terminal_columns() if columns is None else columns) - 2
    if language() != "en":  # argparse renders it, with the cli catalog's translations
        return None
    if len(USAGE) > width or width < 44:
        return None
    description = _wrap(DESCRIPTION, width)
    max_help_position = min(24, max(width - 20, 4))
    longest = max(len(i) for i in ["COMMAND", *COMMANDS, *(o for o, _ in OPTIONS)])
    help_position = min(longest + 2 + 2, max_help_position)
    help_width = max(width - help_position, 11)

    def item(indent: int, header: str, help_text: str) -> list[str] | None:
        lines = _wrap(help_text, help_width)
        if lines is None:
            return None
        action_width = help_position - indent - 2
        if len(header) <= action_width:
            first = [" " * indent + header.ljust(action_width) + "  " + lines[0]]
        else:
            first = [" " * indent + header, " " * help_position + lines[0]]
        return first + [" " * help_position + line for line in lines[1:]]

    if description is None:
        return None
    commands = [item(4, name, help_text) for name, (_module, help_text) in COMMANDS.items()]
    options = [item(2, invocation, help_text) for invocation, help_text in OPTIONS]
    out = [USAGE, "", *description, "", "positional arguments:", "  COMMAND"]
    for lines in commands:
        if lines is None:
            return None
        out += lines
    out += ["", "options:"]
    for lines in options:
        if lines is None:
            return None
        out += lines
    return "\n".join(out) + "\n"
