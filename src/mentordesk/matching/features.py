"""Profiles turned into arrays once, so every (mentee, mentor) comparison is vectorised.

Tag lists become bit sets (one uint64 word per 64 distinct tags), so the overlap of two people is
`bitwise_count(a & b)`; the same expression serves a whole block of the score matrix and a list
of single pairs, which is what keeps a score and its explanation in agreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray

from mentordesk.core.sharing import shared
from mentordesk.matching.profiles import Profile, normalise_tag, utc_offset_hours

U64 = NDArray[np.uint64]
F32 = NDArray[np.float32]
I64 = NDArray[np.int64]

#: Tag criteria: (mentee field, mentor field).
TAG_FIELDS: dict[str, tuple[str, str]] = {
    "skills": ("skills_sought", "skills_offered"),
    "goals": ("goals", "goals"),
    "interests": ("interests", "interests"),
    "language": ("languages", "languages"),
    "availability": ("availability", "availability"),
}
MIXED_FORMAT = "mixed"
COMMON_GENDERS = ("female", "male", "woman", "man", "non-binary", "nonbinary")


@dataclass(frozen=True)
class Side:
    """Arrays for one side (mentees or mentors), row k = profile k."""

    bits: dict[str, U64]  # criterion → (n, words)
    counts: dict[str, I64]  # criterion → (n,)
    org: I64  # code, −1 unknown
    tz: F32  # hours east of UTC, NaN unknown
    seniority: F32  # NaN unknown
    fmt: I64  # code, −1 unknown
    gender: U64  # bit of the person's own gender, 0 unknown
    preferred_genders: U64  # bits of the genders named in identity preferences
    ids: I64


@dataclass(frozen=True)
class Encoded:
    mentee: Side
    mentor: Side
    vocab: dict[str, list[str]]  # criterion → display name of each bit
    org_names: list[str]
    format_names: list[str]
    mixed_code: int


class _Vocab:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.names: list[str] = []
        self.seen: dict[str, int] = {}  # raw spelling → code: most tags repeat verbatim

    def code(self, raw: str) -> int:
        found = self.seen.get(raw)
        if found is None:
            found = self.seen[raw] = self._code(raw)
        return found

    def _code(self, raw: str) -> int:
        key = normalise_tag(raw)
        if not key:
            return -1
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.names)
            self.names.append(" ".join(raw.split()))
        return found


def _bitsets(lists: Sequence[Sequence[str]], vocab: _Vocab) -> tuple[list[list[int]], int]:
    codes = [sorted({c for c in (vocab.code(t) for t in tags) if c >= 0}) for tags in shared(lists)]
    return codes, len(vocab.names)


def _pack(codes: list[list[int]], size: int) -> tuple[U64, I64]:
    words = max(1, (size + 63) // 64)
    counts = np.fromiter((len(c) for c in codes), dtype=np.int64, count=len(codes))
    flat = np.fromiter(chain.from_iterable(codes), dtype=np.int64, count=int(counts.sum()))
    rows = np.repeat(np.arange(len(codes)), counts)
    bits = np.zeros((len(codes), words), dtype=np.uint64)
    one = np.uint64(1)
    np.bitwise_or.at(bits, (rows, flat >> 6), np.left_shift(one, (flat & 63).astype(np.uint64)))
    return bits, counts


def encode(mentees: Sequence[Profile], mentors: Sequence[Profile]) -> Encoded:
    """Encode both sides against shared vocabularies."""
    vocab: dict[str, list[str]] = {}
    bits_e: dict[str, U64] = {}
    bits_r: dict[str, U64] = {}
    counts_e: dict[str, I64] = {}
    counts_r: dict[str, I64] = {}
    for crit, (field_e, field_r) in TAG_FIELDS.items():
        words = _Vocab()
        codes_e, _ = _bitsets([getattr(p, field_e) for p in mentees], words)
        codes_r, size = _bitsets([getattr(p, field_r) for p in mentors], words)
        bits_e[crit], counts_e[crit] = _pack(codes_e, size)
        bits_r[crit], counts_r[crit] = _pack(codes_r, size)
        vocab[crit] = words.names
    orgs, formats, genders = _Vocab(), _Vocab(), _Vocab()
    mixed = formats.code(MIXED_FORMAT)
    for word in COMMON_GENDERS:  # so a preference can be "not met" by a mentor of another
        genders.code(word)

    def side(people: Sequence[Profile], bits: dict[str, U64], counts: dict[str, I64]) -> Side:
        own = np.zeros(len(people), dtype=np.uint64)
        for k, p in enumerate(people):
            code = genders.code(p.gender)
            if 0 <= code < 64:
                own[k] = np.uint64(1 << code)
        return Side(
            bits=bits,
            counts=counts,
            org=np.array([orgs.code(p.org_unit) for p in people], dtype=np.int64),
            tz=np.array(
                [np.nan if (h := utc_offset_hours(p.time_zone)) is None else h for p in people],
                dtype=np.float32,
            ),
            seniority=np.array(
                [np.nan if p.seniority is None else float(p.seniority) for p in people],
                dtype=np.float32,
            ),
            fmt=np.array([formats.code(p.preferred_format) for p in people], dtype=np.int64),
            gender=own,
            preferred_genders=np.zeros(len(people), dtype=np.uint64),
            ids=np.array([p.id for p in people], dtype=np.int64),
        )

    mentor_side = side(mentors, bits_r, counts_r)
    mentee_side = side(mentees, bits_e, counts_e)
    # Identity preferences name genders in free text; known gender words count.
    for k, p in enumerate(mentees):
        words_in = {normalise_tag(w) for w in p.identity_preferences.replace(",", " ").split()}
        mask = 0
        for key, code in genders.index.items():
            if code < 64 and key in words_in:
                mask |= 1 << code
        mentee_side.preferred_genders[k] = np.uint64(mask)
    return Encoded(
        mentee=mentee_side,
        mentor=mentor_side,
        vocab=vocab,
        org_names=orgs.names,
        format_names=formats.names,
        mixed_code=mixed,
    )


def overlap(a: U64, b: U64) -> NDArray[np.integer[Any]]:
    """Number of tags two (broadcast) bit sets share; a and b end in the word axis."""
    if a.shape[-1] == 1:
        return np.asarray(np.bitwise_count(a[..., 0] & b[..., 0]))
    shared = np.bitwise_count(a & b)
    return np.asarray(shared.sum(axis=-1, dtype=np.int64))


def shared_names(enc: Encoded, crit: str, mentee: int, mentor: int) -> list[str]:
    """The display names of the tags one mentee and one mentor share for a criterion."""
    both = enc.mentee.bits[crit][mentee] & enc.mentor.bits[crit][mentor]
    names = enc.vocab[crit]
    out: list[str] = []
    for word_index, word in enumerate(both.tolist()):
        while word:
            low = word & -word
            out.append(names[word_index * 64 + low.bit_length() - 1])
            word ^= low
    return out
