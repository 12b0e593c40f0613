"""The criteria a program can weigh, their labels, and the defaults per program format."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any

from mentordesk.core.enums import ProgramFormat
from mentordesk.core.errors import ValidationError
from mentordesk.core.i18n import N_, _, t


class Criterion(StrEnum):
    SKILLS = "skills"
    GOALS = "goals"
    INTERESTS = "interests"
    LANGUAGE = "language"
    ORG_UNIT = "org_unit"
    TIME_ZONE = "time_zone"
    SENIORITY = "seniority"
    AVAILABILITY = "availability"
    FORMAT = "format"
    IDENTITY = "identity"


LABELS: dict[Criterion, str] = {
    Criterion.SKILLS: "Skills offered vs sought",
    Criterion.GOALS: "Goals",
    Criterion.INTERESTS: "Interests",
    Criterion.LANGUAGE: "Language",
    Criterion.ORG_UNIT: "Organization unit",
    Criterion.TIME_ZONE: "Time zone",
    Criterion.SENIORITY: "Seniority / grade gap",
    Criterion.AVAILABILITY: "Weekly availability",
    Criterion.FORMAT: "Preferred format",
    Criterion.IDENTITY: "Identity preferences",
}


class Objective(StrEnum):
    TOTAL = "total"
    COVERAGE = "coverage"
    STABLE = "stable"


OBJECTIVE_LABELS: dict[Objective, str] = {
    Objective.TOTAL: N_("Highest total score"),
    Objective.COVERAGE: N_("As many matched as possible, then highest score"),
    Objective.STABLE: N_("Stable matching (ranked choices)"),
}


def objective_label(objective: str) -> str:
    """An objective's name in the language of the moment ("total" → "Highest total score")."""
    try:
        return _(OBJECTIVE_LABELS[Objective(objective)])
    except ValueError:
        return objective


_BASE_WEIGHTS: dict[Criterion, float] = {
    Criterion.SKILLS: 3.0,
    Criterion.GOALS: 3.0,
    Criterion.INTERESTS: 1.0,
    Criterion.LANGUAGE: 2.0,
    Criterion.ORG_UNIT: 0.5,
    Criterion.TIME_ZONE: 1.0,
    Criterion.SENIORITY: 1.0,
    Criterion.AVAILABILITY: 2.0,
    Criterion.FORMAT: 0.5,
    Criterion.IDENTITY: 0.0,
}

_FORMAT_WEIGHTS: dict[ProgramFormat, dict[Criterion, float]] = {
    ProgramFormat.ONE_ON_ONE: {},
    # Circles meet together: shared goals and a common slot matter more than individual skills.
    ProgramFormat.GROUP: {Criterion.SKILLS: 1.5, Criterion.AVAILABILITY: 3.0},
    # Peers learn from each other's differences in experience less than from shared interests.
    ProgramFormat.PEER: {Criterion.INTERESTS: 2.0, Criterion.SENIORITY: 0.5},
    # Reverse mentoring usually crosses departments on purpose.
    ProgramFormat.REVERSE: {Criterion.ORG_UNIT: 1.0},
    # One short conversation: interests and language, availability is the event itself.
    ProgramFormat.FLASH: {Criterion.INTERESTS: 2.0, Criterion.AVAILABILITY: 0.0},
}


@dataclass(frozen=True)
class MatchOptions:
    """How one program matches. Stored as JSON in programs.matching_options."""

    objective: Objective = Objective.TOTAL
    min_score: float | None = None
    org_unit_mode: str = "same"  # "same" or "different"
    seniority_rule: bool = True  # mentors must be more senior than mentees
    seniority_target: float = 3.0  # ideal (mentor − mentee) gap …
    seniority_tolerance: float = 2.0  # … and how far from it still counts as ideal
    require_screening: bool = True
    include_matched: bool = False
    peer: bool = False  # one pool: people are paired with each other
    group_size: int = 1  # flash rounds: mentees per mentor per round

    def to_json(self) -> dict[str, Any]:
        return {f.name: _jsonable(getattr(self, f.name)) for f in fields(self)}


def _jsonable(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def default_weights(program_format: ProgramFormat) -> dict[str, float]:
    """Sensible weights for a program format (the coordinator edits them per program)."""
    weights = dict(_BASE_WEIGHTS) | _FORMAT_WEIGHTS[program_format]
    return {c.value: w for c, w in weights.items()}


def default_options(program_format: ProgramFormat) -> MatchOptions:
    """Sensible options for a program format."""
    if program_format is ProgramFormat.PEER:
        return MatchOptions(
            seniority_rule=False,
            seniority_target=0.0,
            seniority_tolerance=1.0,
            require_screening=False,
            peer=True,
        )
    if program_format is ProgramFormat.REVERSE:
        return MatchOptions(seniority_rule=False, seniority_target=-3.0, org_unit_mode="different")
    if program_format is ProgramFormat.GROUP:
        return MatchOptions(objective=Objective.COVERAGE)
    if program_format is ProgramFormat.FLASH:
        return MatchOptions(objective=Objective.COVERAGE, seniority_rule=False)
    return MatchOptions()


def resolve_weights(program_format: ProgramFormat, stored: Mapping[str, Any]) -> dict[str, float]:
    """The program's stored weights over the format's defaults; bad values are refused."""
    weights = default_weights(program_format)
    errors: dict[str, str] = {}
    for key, value in stored.items():
        if key not in weights:
            errors[key] = t("unknown criterion")
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            errors[key] = t("must be a number")
            continue
        if not 0.0 <= number <= 100.0:
            errors[key] = t("must be between 0 and 100")
            continue
        weights[key] = number
    if errors:
        raise ValidationError(t("Some matching weights are not valid"), errors)
    return weights


def resolve_options(program_format: ProgramFormat, stored: Mapping[str, Any]) -> MatchOptions:
    """The program's stored options over the format's defaults, validated."""
    base = default_options(program_format)
    known = {f.name for f in fields(MatchOptions)}
    changes: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for key, value in stored.items():
        if key not in known:
            continue  # other features may keep their own keys here
        try:
            changes[key] = _coerce(key, value)
        except (TypeError, ValueError) as error:
            errors[key] = str(error) or "not valid"
    if errors:
        raise ValidationError(t("Some matching options are not valid"), errors)
    return replace(base, **changes)


def _coerce(key: str, value: Any) -> Any:
    if key == "objective":
        try:
            return Objective(value)
        except ValueError:
            raise ValueError(t("choose total, coverage or stable")) from None
    if key == "min_score":
        if value is None or value == "":
            return None
        score = float(value)
        if not 0.0 <= score <= 100.0:
            raise ValueError(t("must be between 0 and 100"))
        return score
    if key == "org_unit_mode":
        if value not in ("same", "different"):
            raise ValueError(t("choose same or different"))
        return str(value)
    if key in ("seniority_rule", "require_screening", "include_matched", "peer"):
        return bool(value)
    if key == "group_size":
        size = int(value)
        if not 1 <= size <= 20:
            raise ValueError(t("must be between 1 and 20"))
        return size
    number = float(value)
    if key == "seniority_tolerance" and number < 0:
        raise ValueError(t("must not be negative"))
    return number
