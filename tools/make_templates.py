"""Regenerate resources/templates/participants.csv and .xlsx from the participant FIELDS.

Run after adding or renaming a field (`.venv/bin/python tools/make_templates.py`);
tests/importing/test_templates.py fails while the shipped templates are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mentordesk.importing.export import write_templates  # noqa: E402


def main() -> int:
    for path in write_templates(ROOT / "resources" / "templates"):
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
