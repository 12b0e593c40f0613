"""Scores: each criterion's similarity, the weighted mean, and agreement with explanations."""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest

from mentordesk.matching.criteria import Criterion, MatchOptions
from mentordesk.matching.engine import Matcher
from mentordesk.matching.explanations import explain_pairs
from mentordesk.matching.features import encode
from mentordesk.matching.profiles import Profile, utc_offset_hours
from mentordesk.matching.scoring import score_matrix, similarities

OPTIONS = MatchOptions()


def sim(crit: Criterion, mentee: Profile, mentor: Profile, options: MatchOptions = OPTIONS):
    enc = encode([mentee], [mentor])
    s, answered = similarities(enc, crit, options, np.array([0]), np.array([0]))
    return float(s[0]), bool(answered[0])


def P(pid: int = 1, **kw: object) -> Profile:
    return Profile(id=pid, name=f"P{pid}", **kw)  # type: ignore[arg-type]


def test_skills_share_of_what_the_mentee_seeks() -> None:
    """Skills: the share of the mentee's sought skills the mentor offers, case-insensitive."""
    mentee = P(1, skills_sought=("Python", "SQL", "design", "writing"))
    mentor = P(2, skills_offered=("python", "Design", "sales"))
    assert sim(Criterion.SKILLS, mentee, mentor) == (0.5, True)


def test_goals_share_of_the_mentees_goals() -> None:
    """Goals: the share of the mentee's goals the mentor shares."""
    assert sim(Criterion.GOALS, P(1, goals=("a", "b")), P(2, goals=("b", "c"))) == (0.5, True)


def test_interests_are_jaccard() -> None:
    """Interests: shared ÷ all distinct interests of the two."""
    value, answered = sim(Criterion.INTERESTS, P(1, interests=("a", "b")), P(2, interests=("b",)))
    assert answered and value == pytest.approx(0.5)


def test_language_any_common_language() -> None:
    """Language: 1 when they share any language, else 0."""
    assert sim(Criterion.LANGUAGE, P(1, languages=("fr", "en")), P(2, languages=("EN",))) == (
        1.0,
        True,
    )
    assert sim(Criterion.LANGUAGE, P(1, languages=("fr",)), P(2, languages=("de",)))[0] == 0.0


def test_org_unit_same_or_deliberately_different() -> None:
    """Organization unit: equality, or its opposite when the program wants different units."""
    a, b = P(1, org_unit="Finance"), P(2, org_unit="finance")
    assert sim(Criterion.ORG_UNIT, a, b)[0] == 1.0
    assert sim(Criterion.ORG_UNIT, a, b, MatchOptions(org_unit_mode="different"))[0] == 0.0


def test_time_zone_closeness_wraps_around_the_date_line() -> None:
    """Time zone: 1 − hours apart ÷ 12, measured the short way round."""
    assert sim(Criterion.TIME_ZONE, P(1, time_zone="UTC+2"), P(2, time_zone="UTC-4"))[
        0
    ] == pytest.approx(0.5)
    assert sim(Criterion.TIME_ZONE, P(1, time_zone="UTC+11"), P(2, time_zone="UTC-11"))[
        0
    ] == pytest.approx(1 - 2 / 12)
    assert utc_offset_hours("Asia/Kolkata") == 5.5
    assert utc_offset_hours("Mars/Base") is None


def test_seniority_gap_with_tolerance() -> None:
    """Seniority: 1 within target ± tolerance, falling to 0 five years beyond it."""
    options = MatchOptions(seniority_target=3, seniority_tolerance=1)
    assert sim(Criterion.SENIORITY, P(1, seniority=2), P(2, seniority=6), options)[0] == 1.0
    assert sim(Criterion.SENIORITY, P(1, seniority=2), P(2, seniority=9), options)[
        0
    ] == pytest.approx(1 - 3 / 5)
    assert sim(Criterion.SENIORITY, P(1, seniority=0), P(2, seniority=30), options)[0] == 0.0


def test_availability_overlap_fraction() -> None:
    """Availability: common slots ÷ the smaller list."""
    value, _ = sim(
        Criterion.AVAILABILITY,
        P(1, availability=("mon-am", "tue-pm")),
        P(2, availability=("tue-pm", "wed-am", "fri-am")),
    )
    assert value == pytest.approx(0.5)


def test_format_equal_mixed_or_different() -> None:
    """Format: same 1, one of them 'mixed' ½, different 0."""
    assert (
        sim(Criterion.FORMAT, P(1, preferred_format="video"), P(2, preferred_format="Video"))[0]
        == 1.0
    )
    assert (
        sim(Criterion.FORMAT, P(1, preferred_format="mixed"), P(2, preferred_format="phone"))[0]
        == 0.5
    )
    assert (
        sim(Criterion.FORMAT, P(1, preferred_format="video"), P(2, preferred_format="phone"))[0]
        == 0.0
    )


def test_identity_preference_names_the_mentors_gender() -> None:
    """Identity: met when the mentee's stated preference names the mentor's gender."""
    mentee = P(1, identity_preferences="prefers a female mentor")
    assert sim(Criterion.IDENTITY, mentee, P(2, gender="Female")) == (1.0, True)
    assert sim(Criterion.IDENTITY, mentee, P(2, gender="male")) == (0.0, True)
    assert sim(Criterion.IDENTITY, P(1), P(2, gender="male"))[1] is False


def test_unanswered_criteria_count_as_neutral() -> None:
    """A criterion one of them did not answer counts as the neutral ½ with its full weight."""
    mentee = P(1, languages=("fr",), skills_sought=("a",))
    mentor = P(2, languages=("fr",))  # no skills offered: skills are neutral, not dropped
    m = Matcher([mentee], [mentor], {"skills": 5, "language": 1}, OPTIONS)
    assert m.scores()[0, 0] == pytest.approx(100.0 * (5 * 0.5 + 1 * 1.0) / 6)
    lines = m.explain(2, 1).lines()
    assert "skills offered vs sought: no information" in lines
    nobody = Matcher([P(1)], [P(2)], {"skills": 1}, OPTIONS)
    assert nobody.scores()[0, 0] == pytest.approx(50.0)


def test_an_empty_profile_never_outscores_real_matches() -> None:
    """Issue 11: someone with no skills, languages or interests scored 67, above real matches
    at 55-64. A missing answer never lifts a score above a neutral one."""
    from mentordesk.core.enums import ProgramFormat
    from mentordesk.matching.criteria import default_weights

    weights = default_weights(ProgramFormat.ONE_ON_ONE)
    mentee = P(
        1,
        skills_sought=("python", "sql", "design"),
        interests=("chess", "film"),
        languages=("en",),
        goals=("python", "speaking"),
        time_zone="UTC",
        preferred_format="video",
        availability=("mon", "tue", "wed"),
        seniority=1,
    )
    empty = P(2, time_zone="UTC", preferred_format="video", seniority=5)  # nothing else
    real = P(
        3,
        skills_offered=("python", "sql", "sales"),
        interests=("chess", "golf", "cars"),
        languages=("en",),
        goals=("python", "budget"),
        time_zone="UTC",
        preferred_format="video",
        availability=("mon", "fri"),
        seniority=5,
    )
    m = Matcher([mentee], [empty, real], weights, OPTIONS)
    empty_score, real_score = (float(x) for x in m.scores()[0])
    assert real_score > empty_score
    # The three answers the empty profile gave are perfect (the old mean over answered
    # criteria said 100), yet it stays near neutral: the missing ones add nothing.
    explanation = m.explain(2, 1)
    assert empty_score < 60
    assert empty_score == pytest.approx(50 + sum(r.points or 0.0 for r in explanation.reasons))
    assert sum(" no information" in line for line in explanation.lines()) == 6


def test_shown_points_add_up_to_the_shown_score() -> None:
    """26.25 shown as 26 must not come with lines summing to 25 or 27 (largest remainder)."""
    from mentordesk.matching.explanations import Explanation, Reason

    e = Explanation(76.25, tuple(Reason(f"c{k}", f"line {k}", 8.75) for k in range(3)))
    shown = [int(line.rsplit("+", 1)[1]) for line in e.lines()]
    assert sum(shown) == 26 == round(e.score) - 50
    assert sorted(shown) == [8, 9, 9]
    negative = Explanation(40.4, (Reason("a", "a", -4.8), Reason("b", "b", -4.8)))
    assert [line.rsplit(" ", 1)[1] for line in negative.lines()] == ["−5", "−5"]
    odd = Explanation(40.6, (Reason("a", "a", -4.7), Reason("b", "b", -4.7)))
    assert sorted(v or 0 for v in odd.shown()) == [-5, -4]


def test_weighted_mean() -> None:
    """Score = 100 · Σ w·s ÷ Σ w."""
    mentee = P(1, languages=("fr",), goals=("a", "b"))
    mentor = P(2, languages=("de",), goals=("a",))
    m = Matcher([mentee], [mentor], {"language": 1, "goals": 3}, OPTIONS)
    assert m.scores()[0, 0] == pytest.approx(100 * (1 * 0 + 3 * 0.5) / 4)


def random_people(rng: random.Random, n: int, start: int) -> list[Profile]:
    tags = [f"t{k}" for k in range(90)]  # more than 64: two-word bit sets
    return [
        Profile(
            id=start + k,
            name=f"x{k}",
            org_unit=rng.choice(["", "A", "B"]),
            seniority=rng.choice([None, *range(10)]),
            skills_offered=tuple(rng.sample(tags, rng.randint(0, 5))),
            skills_sought=tuple(rng.sample(tags, rng.randint(0, 4))),
            interests=tuple(rng.sample(tags, rng.randint(0, 3))),
            goals=tuple(rng.sample(tags, rng.randint(0, 3))),
            languages=tuple(rng.sample(["en", "fr", "es"], rng.randint(0, 2))),
            time_zone=rng.choice(["", "UTC", "UTC+3", "America/Chicago"]),
            availability=tuple(rng.sample(["a", "b", "c", "d"], rng.randint(0, 3))),
            preferred_format=rng.choice(["", "video", "mixed", "phone"]),
            gender=rng.choice(["", "female", "male"]),
            identity_preferences=rng.choice(["", "female", "male mentor"]),
        )
        for k in range(n)
    ]


def test_score_matrix_and_explanations_never_disagree() -> None:
    """Every explanation's score equals the matrix score, and 50 + its points add up to it."""
    rng = random.Random(3)
    mentees, mentors = random_people(rng, 23, 0), random_people(rng, 17, 100)
    weights = {c.value: rng.choice([0.0, 0.5, 1.0, 3.0]) for c in Criterion}
    enc = encode(mentees, mentors)
    matrix = score_matrix(enc, weights, OPTIONS, block=5)
    rows = [i for i in range(23) for _ in range(17)]
    cols = [j for _ in range(23) for j in range(17)]
    explanations = explain_pairs(enc, weights, OPTIONS, rows, cols)
    for i, j, e in zip(rows, cols, explanations, strict=True):
        assert e.score == matrix[i, j]
        points = sum(r.points or 0.0 for r in e.reasons)
        assert 50.0 + points == pytest.approx(e.score, abs=1e-3)
        assert 0.0 <= e.score <= 100.0


def test_candidates_rank_by_the_score_their_explanations_give() -> None:
    """The candidate list is ranked from scores alone (its reasons are worded on demand):
    each candidate's score, and the hard rules blocking it, are those of its explanation."""
    rng = random.Random(5)
    mentees, mentors = random_people(rng, 9, 0), random_people(rng, 31, 100)
    weights = {c.value: rng.choice([0.0, 0.5, 1.0, 3.0]) for c in Criterion}
    m = Matcher(mentees, [*mentors[:30], replace(mentors[30], ineligible="screening pending")],
                weights, OPTIONS)  # fmt: skip
    for mentee in mentees:
        ranked = m.candidates(mentee.id)
        assert len(ranked) == len(mentors)
        keys = [(not c.eligible, -c.score) for c in ranked]
        assert keys == sorted(keys)
        explained = m.explain_candidates(mentee.id, [c.mentor_id for c in ranked])
        for candidate, explanation in zip(ranked, explained, strict=True):
            assert candidate.score == explanation.score
            rules = tuple(r.message for r in explanation.reasons if r.criterion == "rule")
            assert rules == candidate.blocked_by
            assert candidate.eligible == (not rules)
    assert not next(c for c in m.candidates(0) if c.mentor_id == mentors[30].id).eligible


def test_explanation_reads_like_a_coordinator_would_say_it() -> None:
    """Lines name what is shared and show signed points; hard rules appear as plain lines."""
    mentee = P(1, goals=("public speaking", "Python"), time_zone="UTC", seniority=1)
    mentor = P(2, goals=("Python", "public speaking"), time_zone="UTC+5", seniority=6)
    from mentordesk.matching.rules import HardRules

    m = Matcher(
        [mentee],
        [mentor],
        {"goals": 3, "time_zone": 1},
        OPTIONS,
        HardRules.of({(1, 2): "same family"}),
    )
    lines = m.explain(2, 1).lines()
    assert lines[0] == "excluded: same family"
    assert lines[1].startswith("shared goals: ") and "Python" in lines[1] and "+" in lines[1]
    assert lines[2].startswith("time zones 5 h apart")


def test_a_little_in_common_below_neutral_says_only() -> None:
    """One shared interest out of many costs points and reads "only shared interests: …"."""
    from mentordesk.matching.rules import HardRules

    mentee = P(1, interests=("hiking", "chess", "jazz", "poetry", "film"))
    mentor = P(2, interests=("hiking", "golf", "cars", "rugby"))
    m = Matcher([mentee], [mentor], {"interests": 1}, OPTIONS, HardRules.of({}))
    (line,) = m.explain(2, 1).lines()
    assert line.startswith("only shared interests: hiking −")
