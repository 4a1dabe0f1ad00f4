"""A coordinator's day on the period report (lägesbild for a period), as walked under Xvfb at
1366x768: a copy added for the police, the own (unnamed) copy then removed. The wrapped line
under Recipient (whether the copy is a disclosure) must never run into the Legal basis row
below it, in Swedish or English."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.gui.situation.situation_periods import SituationPeriodDialog

from gui_helpers import settle, type_text

pytestmark = pytest.mark.gui

PERIOD = (date(2026, 7, 1), date(2026, 11, 1))


def _overlap(upper: Any, lower: Any) -> int:
    """How many pixels ``upper``'s bottom runs into ``lower``'s top (both in the window)."""
    window = upper.window()
    top = lower.mapTo(window, lower.rect().topLeft()).y()
    bottom = upper.mapTo(window, upper.rect().bottomLeft()).y()
    return bottom - top + 1


@pytest.mark.parametrize("language", ["sv", "en"])
def test_removing_the_own_copy_leaves_the_disclosure_line_whole(
    session: Any, controller: Any, qtbot: Any, language: str
) -> None:
    session.save(
        m.SituationEntry(
            date(2026, 9, 1), "Centrumskolan", m.Orientation.ISLAMIST, "Rekrytering", "Polisen"
        )
    )
    session.save(m.Organisation("Polisen lokalpolisområde Köping", m.OrganisationKind.POLICE))
    controller.set_language(language)
    try:
        dialog = SituationPeriodDialog(session, None, None, today=date(2026, 12, 5), period=PERIOD)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        copies = dialog.copies
        copies.addCopyButton.click()  # copy 2, for the police
        combo = copies.recipientCombo
        combo.setCurrentIndex(combo.findText("Polisen lokalpolisområde Köping"))
        copies.basisCombo.setCurrentIndex(copies.basisCombo.findData("osl-10-2"))
        type_text(copies.roleEdit, "Samordnare")
        type_text(copies.purposeEdit, "Gemensam lägesbild")
        copies.copyList.setCurrentRow(0)  # the own copy, unnamed: remove it
        copies.removeCopyButton.click()
        settle(qtbot)
        label = copies.ownUnitLabel
        assert copies.copyList.count() == 1 and label.text()
        assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert _overlap(label, copies.basisCombo) <= 0
        assert dialog.ui.saveButton.isEnabled(), dialog.ui.saveButton.toolTip()
        dialog.grab().save(f"/tmp/h51/t/period_one_police_copy_{language}.png")
    finally:
        controller.set_language("en")


def test_a_window_grows_no_further_than_the_screen_keeps_its_title_bar(qtbot: Any) -> None:
    """At 1920x1080 and 150 % the brief window grew to the screen's full height and was moved
    to its top, its title bar above the screen (seen under Xvfb with openbox)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from kopingplan.gui.briefs.brief_copies import TITLE_BAR_ROOM, grow_to_layout

    window = QWidget()
    qtbot.addWidget(window)
    # A wrapped text longer than any screen: the layout depends on the width, so Qt leaves
    # the window's height alone and squeezes the text.
    label = QLabel("Ett ord till. " * 3000, window)
    label.setWordWrap(True)
    QVBoxLayout(window).addWidget(label)
    window.resize(400, 200)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    assert window.height() < room.height() - TITLE_BAR_ROOM
    grow_to_layout(window)
    assert window.height() == room.height() - TITLE_BAR_ROOM
    assert window.frameGeometry().top() >= room.top()
    assert window.frameGeometry().top() + TITLE_BAR_ROOM + window.height() <= room.bottom() + 1
