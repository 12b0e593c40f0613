"""The shipped import templates match the participant fields."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from mentordesk.core.participant import FIELDS
from mentordesk.core.resources import resource_path
from mentordesk.importing.export import template_headers, template_notes, write_templates
from mentordesk.importing.mapping import guess_mapping


def test_shipped_templates_are_in_sync(tmp_path: Path) -> None:
    """resources/templates match what tools/make_templates.py generates (run it if this fails)."""
    fresh_csv, fresh_xlsx = write_templates(tmp_path)
    shipped = resource_path("templates")
    assert (shipped / "participants.csv").read_bytes() == fresh_csv.read_bytes()
    for name in ("Participants", "How to fill in"):
        got = openpyxl.load_workbook(shipped / "participants.xlsx")[name]
        want = openpyxl.load_workbook(fresh_xlsx)[name]
        assert [list(r) for r in got.values] == [list(r) for r in want.values]


def test_template_headers_are_the_field_labels() -> None:
    """The template lists every field's label, and each maps back to its field on import."""
    assert template_headers() == [spec.label for spec in FIELDS]
    assert [c.target for c in guess_mapping(template_headers())] == [s.name for s in FIELDS]
    assert len(template_notes()) > len(FIELDS)
