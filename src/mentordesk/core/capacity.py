"""A mentor's capacity is counted in people: one rule for matching, approval and the roster.

A mentor with capacity 4 in a group program holds four mentees, whether they sit in one circle
or in four pairs; a circle of four uses four places, not one.
"""

from __future__ import annotations


def mentor_places(capacity: int | None) -> int:
    """How many mentees a mentor may hold at once: capacity 0 (or unset) means one."""
    return capacity if capacity is not None and capacity > 0 else 1


def free_places(capacity: int | None, mentees_now: int) -> int:
    """Places left for a mentor who already holds `mentees_now` mentees in live pairs."""
    return max(0, mentor_places(capacity) - max(0, mentees_now))
