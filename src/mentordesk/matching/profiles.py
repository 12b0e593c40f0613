"""What the matcher knows about a person: plain values, no database, no Qt."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


@dataclass(frozen=True)
class Profile:
    """One participant as seen by the matcher (mentor, mentee, or a peer-pool member).

    `capacity` is the number of free slots (mentors), `ineligible` says why the person may not be
    matched ("" when eligible), `ranked` holds the participant ids they ranked, best first.
    """

    id: int
    name: str
    org_unit: str = ""
    seniority: float | None = None
    skills_offered: tuple[str, ...] = ()
    skills_sought: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    goals: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    time_zone: str = ""
    availability: tuple[str, ...] = ()
    preferred_format: str = ""
    gender: str = ""
    identity_preferences: str = ""
    capacity: int = 1
    ineligible: str = ""
    ranked: tuple[int, ...] = ()


_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$")
#: A fixed reference day so that a time zone's offset does not depend on when the matcher runs.
_REFERENCE_DAY = dt.datetime(2025, 1, 15, 12, 0)


@lru_cache(maxsize=2048)
def utc_offset_hours(zone: str) -> float | None:
    """Hours east of UTC for "UTC+2", "+05:30", "GMT-3", "UTC" or an IANA name; None if unknown."""
    text = zone.strip().lower()
    if not text:
        return None
    if text in {"utc", "gmt", "z"}:
        return 0.0
    found = _OFFSET.match(text)
    if found:
        sign = -1.0 if found.group(1) == "-" else 1.0
        return sign * (int(found.group(2)) + int(found.group(3) or 0) / 60.0)
    try:
        offset = ZoneInfo(zone.strip()).utcoffset(_REFERENCE_DAY)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return None if offset is None else offset.total_seconds() / 3600.0


def normalise_tag(tag: str) -> str:
    """Tags compare case- and space-insensitively ("Public speaking" = "public  speaking")."""
    return " ".join(tag.split()).casefold()
