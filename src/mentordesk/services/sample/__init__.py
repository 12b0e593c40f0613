"""The sample program: a fictional, deterministic cohort in many scripts, created on first run."""

from mentordesk.services.sample.program import MAX_PARTICIPANTS, create_sample_program

__all__ = [
    "MAX_PARTICIPANTS",
    "create_sample_program",
]
