"""Readable reasons: 'shared goals: public speaking, Python +18', 'time zones 5 h apart −6'."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from mentordesk.core.i18n import N_, Text, listing
from mentordesk.matching.criteria import Criterion, MatchOptions
from mentordesk.matching.features import TAG_FIELDS, Encoded, shared_names
from mentordesk.matching.scoring import NEUTRAL, contributions


@dataclass(frozen=True)
class Reason:
    """One line of an explanation; `points` is None for a hard rule. `message` is worded when
    shown, in the language of the moment (runs are stored and read later)."""

    criterion: str
    message: Text | str
    points: float | None

    @property
    def text(self) -> str:
        return str(self.message)

    def render(self, shown: int | None = None) -> str:
        """The line with its points; `shown` is the rounded value that adds up (see below)."""
        if self.points is None:
            return self.text
        return f"{self.text} {format_points(self.points if shown is None else shown)}"


def shown_points(score: float, points: Sequence[float | None]) -> list[int | None]:
    """Whole points per line that add up to what is shown: 50 + Σ shown = round(score).

    Rounding each line on its own does not add up (26.25 shows as 26 while three lines of
    8.75 show 9 + 9 + 9 = 27), so the contributions are rounded by largest remainder: each
    is rounded down, and the units still missing go to the lines with the largest remainders.
    """
    index = [k for k, p in enumerate(points) if p is not None]
    out: list[int | None] = [None] * len(points)
    if not index:
        return out
    values = [float(points[k] or 0.0) for k in index]
    floors = [math.floor(v) for v in values]
    missing = round(score) - round(NEUTRAL) - sum(floors)
    order = sorted(range(len(values)), key=lambda n: (values[n] - floors[n], -n), reverse=True)
    if missing >= 0:
        for n in order[: min(missing, len(order))]:
            floors[n] += 1
    else:  # only from float noise: take the units back from the smallest remainders
        for n in order[::-1][: min(-missing, len(order))]:
            floors[n] -= 1
    for k, value in zip(index, floors, strict=True):
        out[k] = value
    return out


@dataclass(frozen=True)
class Explanation:
    score: float
    reasons: tuple[Reason, ...]

    def shown(self) -> list[int | None]:
        """Each line's whole points, adding up to the rounded score (None for rule lines)."""
        return shown_points(self.score, [r.points for r in self.reasons])

    def lines(self) -> list[str]:
        return [r.render(v) for r, v in zip(self.reasons, self.shown(), strict=True)]

    def top(self, count: int = 3) -> str:
        """The strongest few reasons on one line (hard-rule lines always first); only those
        few are worded (the points of every line are still rounded together)."""
        pairs = zip(self.reasons, self.shown(), strict=True)
        return "; ".join(r.render(v) for r, v in list(pairs)[:count])

    def to_json(self) -> list[dict[str, Any]]:
        """Stored with each draft: the English line ("text", as before) and the message with
        its arguments, so a later reader sees it in their own language."""
        return [
            {"criterion": r.criterion, "text": _english(r.message), "points": r.points}
            | ({"message": r.message.to_json()} if isinstance(r.message, Text) else {})
            | ({} if v is None else {"shown": v})
            for r, v in zip(self.reasons, self.shown(), strict=True)
        ]

    @classmethod
    def from_json(cls, score: float, items: Sequence[Mapping[str, Any]]) -> Explanation:
        """Lines stored before messages were kept (English text only) are looked up whole:
        the fixed ones ("same time zone") still read in the language of the moment."""
        return cls(
            score,
            tuple(
                Reason(
                    str(x.get("criterion", "")),
                    Text.from_json(x["message"])
                    if isinstance(x.get("message"), Mapping)
                    else Text(str(x.get("text", ""))),
                    x.get("points"),
                )
                for x in items
            ),
        )


def _english(message: Text | str) -> str:
    return message.english() if isinstance(message, Text) else message


def format_points(points: float) -> str:
    value = round(points)
    if value == 0:
        return "±0"
    return f"+{value}" if value > 0 else f"−{-value}"


#: Per tag criterion: (something shared, something shared but below neutral, nothing shared).
_TAG_LINES = {
    Criterion.SKILLS: (
        Text("offers skills sought: {names}"),
        Text("only offers skills sought: {names}"),
        Text("offers none of the skills sought"),
    ),
    Criterion.GOALS: (
        Text("shared goals: {names}"),
        Text("only shared goals: {names}"),
        Text("no shared goals"),
    ),
    Criterion.INTERESTS: (
        Text("shared interests: {names}"),
        Text("only shared interests: {names}"),
        Text("no shared interests"),
    ),
    Criterion.LANGUAGE: (
        Text("common language: {names}"),
        Text("only common language: {names}"),
        Text("no common language"),
    ),
    Criterion.AVAILABILITY: (
        Text("common times: {names}"),
        Text("only common times: {names}"),
        Text("no common availability"),
    ),
}
#: The meeting formats a profile holds (stored in English), worded in the explanation.
FORMAT_WORDS = (N_("in person"), N_("video"), N_("phone"), N_("mixed"), N_("online"))
#: A criterion one of the two did not answer.
NO_INFORMATION = {
    Criterion.SKILLS: Text("skills offered vs sought: no information"),
    Criterion.GOALS: Text("goals: no information"),
    Criterion.INTERESTS: Text("interests: no information"),
    Criterion.LANGUAGE: Text("language: no information"),
    Criterion.ORG_UNIT: Text("organization unit: no information"),
    Criterion.TIME_ZONE: Text("time zone: no information"),
    Criterion.SENIORITY: Text("seniority / grade gap: no information"),
    Criterion.AVAILABILITY: Text("weekly availability: no information"),
    Criterion.FORMAT: Text("preferred format: no information"),
    Criterion.IDENTITY: Text("identity preferences: no information"),
}


def describe(
    enc: Encoded, crit: Criterion, options: MatchOptions, i: int, j: int, points: float = 0.0
) -> Text:
    """What a criterion found for mentee i and mentor j, in words.

    A tag criterion with something in common but below the neutral middle says "only" (e.g.
    "only shared interests: hiking −5"), so a minus sign never sits beside a plain "shared".
    """
    if crit.value in ("skills", "goals", "interests", "language", "availability"):
        names = shared_names(enc, crit.value, i, j)
        shared, only, none = _TAG_LINES[crit]
        if not names:
            return none
        line = only if round(points) < 0 else shared
        return Text(line.template, {"names": listing(names)})
    if crit is Criterion.ORG_UNIT:
        a = enc.org_names[enc.mentee.org[i]]
        b = enc.org_names[enc.mentor.org[j]]
        if enc.mentee.org[i] == enc.mentor.org[j]:
            return Text("same unit: {unit}", {"unit": a})
        return Text("units {unit} / {other}", {"unit": a, "other": b})
    if crit is Criterion.TIME_ZONE:
        d = abs(float(enc.mentee.tz[i]) - float(enc.mentor.tz[j]))
        d = min(d, 24.0 - d)
        if d == 0:
            return Text("same time zone")
        return Text("time zones {hours} h apart", {"hours": d})
    if crit is Criterion.SENIORITY:
        gap = float(enc.mentor.seniority[j]) - float(enc.mentee.seniority[i])
        return Text(
            "seniority gap {gap} (ideal {target} ± {tolerance})",
            {
                "gap": gap,
                "target": float(options.seniority_target),
                "tolerance": float(options.seniority_tolerance),
            },
        )
    if crit is Criterion.FORMAT:
        a = enc.format_names[enc.mentee.fmt[i]]
        b = enc.format_names[enc.mentor.fmt[j]]
        if a == b:
            return Text("both prefer {format}", {"format": Text(a)})
        return Text("formats {format} / {other}", {"format": Text(a), "other": Text(b)})
    met = bool(int(enc.mentee.preferred_genders[i]) & int(enc.mentor.gender[j]))
    return Text("identity preference met") if met else Text("identity preference not met")


def explain_pairs(
    enc: Encoded,
    weights: Mapping[str, float],
    options: MatchOptions,
    rows: Sequence[int],
    cols: Sequence[int],
    rule_lines: Sequence[Sequence[Text | str]] | None = None,
) -> list[Explanation]:
    """Explanations for the pairs (rows[k], cols[k]), from the same contributions as the score."""
    ri = np.asarray(rows, dtype=np.intp)
    ci = np.asarray(cols, dtype=np.intp)
    if ri.size == 0:
        return []
    terms = contributions(enc, weights, options, ri, ci)
    # A tag line's words depend only on the tags the two share (and the sign of its points):
    # thousands of pairs share a few hundred such lines, so each is worded once.
    shared = {
        crit: (enc.mentee.bits[crit.value][ri] & enc.mentor.bits[crit.value][ci]).tolist()
        for crit in terms.points
        if crit.value in TAG_FIELDS
    }
    worded: dict[tuple[Criterion, tuple[int, ...], bool], Text] = {}

    def text(crit: Criterion, k: int, points: float) -> Text:
        words = shared.get(crit)
        if words is None:
            return describe(enc, crit, options, int(ri[k]), int(ci[k]), points)
        key = (crit, tuple(words[k]), round(points) < 0)
        found = worded.get(key)
        if found is None:
            found = worded[key] = describe(enc, crit, options, int(ri[k]), int(ci[k]), points)
        return found

    points_of = {crit: points.tolist() for crit, points in terms.points.items()}
    answered_of = {crit: answered.tolist() for crit, answered in terms.answered.items()}
    scores = terms.score.tolist()
    out: list[Explanation] = []
    for k in range(ri.size):
        extra = rule_lines[k] if rule_lines is not None else ()
        lines = [Reason("rule", line, None) for line in extra]
        scored = [
            Reason(crit.value, text(crit, k, points[k]), points[k])
            for crit, points in points_of.items()
            if answered_of[crit][k]
        ]
        scored.sort(key=lambda r: -abs(r.points or 0.0))
        # A criterion one of them did not answer counts as neutral, and says so.
        unknown = [
            Reason(crit.value, NO_INFORMATION[crit], None)
            for crit in terms.points
            if not answered_of[crit][k]
        ]
        if not scored and not unknown:
            neutral = Text("no answers to compare (neutral {neutral})", {"neutral": NEUTRAL})
            scored = [Reason("none", neutral, 0.0)]
        out.append(Explanation(scores[k], tuple(lines + scored + unknown)))
    return out
