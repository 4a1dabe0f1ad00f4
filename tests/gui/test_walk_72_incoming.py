"""An incoming lägesbild item names its milieu in the UI language (walk of 5 December 2026: the
demo's police items showed "milieu: Aktivister i centrum" among Swedish lines)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from kopingplan import i18n
from kopingplan.gui.exchange.exchange_incoming import detail_line

pytestmark = pytest.mark.gui


def test_the_milieu_is_named_in_swedish_and_english(gui: QApplication) -> None:
    i18n.install_translators(gui, "sv")
    assert detail_line("milieu", "Aktivister i centrum") == "Miljö: Aktivister i centrum"
    i18n.install_translators(gui, "en")
    assert detail_line("milieu", "Aktivister i centrum") == "Milieu: Aktivister i centrum"
