"""The relative-support wizard's referrals by keyboard (walk of 5 December 2026, 150 % under
Xvfb): after "&Hänvisad till:" the list had the focus with only a faint line round its first
row, so a keyboard user could not see which organisation Space would tick. Now the first
organisation is current and highlighted, as in the export wizard's recipients; nothing is
ticked until Space."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_ux_left_relative_support_keys import alt, focused
from test_wizards_exit_plan import next_page, page_ui
from test_wizards_relative_support import make

from kopingplan.domain import model as m

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui


def test_the_referrals_caption_highlights_the_first_organisation(
    qtbot: Any, session: Any, controller: Any
) -> None:
    controller.set_language("sv")
    try:
        add_cases(session, [("Bertil i skolan", "specific")])
        for name, kind in (
            ("Socialtjänsten Köping", m.OrganisationKind.SOCIAL_SERVICES),
            ("Röda Korset", m.OrganisationKind.CIVIL_SOCIETY),
        ):
            session.save(m.Organisation(name, kind))
        wizard = make(qtbot, session)
        qtbot.waitExposed(wizard)
        ui = page_ui(wizard)
        type_text(ui.pseudonymEdit, "Mamma K")
        type_text(ui.relationEdit, "mamma")
        next_page(qtbot, wizard)
        type_text(page_ui(wizard).worryEdit, "Sonen har dragit sig undan.")
        next_page(qtbot, wizard)
        ui = page_ui(wizard)
        referrals = ui.referralsList
        assert referrals.count() > 1
        wizard.activateWindow()  # shortcuts go to the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        ui.adviceEdit.setFocus()
        alt(ui.referralsLabel)  # "&Hänvisad till:"
        assert focused() is referrals
        first = referrals.item(0)
        assert referrals.currentRow() == 0
        assert referrals.selectedItems() == [first]  # highlighted, not only a faint line
        assert all(
            referrals.item(row).checkState() == Qt.CheckState.Unchecked
            for row in range(referrals.count())
        )
        QTest.keyClick(referrals, Qt.Key.Key_Space)
        assert first.checkState() == Qt.CheckState.Checked
    finally:
        controller.set_language("en")
