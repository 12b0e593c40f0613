"""GUI tests run in English with its plural catalog ("1 participant", "2 participants"),
whatever the machine's locale, as a coordinator's English system would show them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True, scope="session")
def _english(qapp: QApplication) -> Iterator[None]:
    from mentordesk.gui.common import install_language

    install_language("en", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
