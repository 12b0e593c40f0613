"""Errors a coordinator can act on. Their message is shown as is; never a traceback."""

from __future__ import annotations


class MentorDeskError(Exception):
    """Base of every user-facing error."""


class NotFoundError(MentorDeskError):
    pass


class ValidationError(MentorDeskError):
    """Bad input. `fields` maps a field name to what is wrong with it, for display beside it."""

    def __init__(self, message: str, fields: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields = dict(fields or {})


class RuleError(MentorDeskError):
    """An action the domain rules refuse (an invalid status transition, a hard matching rule …)."""
