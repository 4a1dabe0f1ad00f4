"""The brief window after a language switch and on a laptop's screen (issues 16 and 18): the
heading follows the language (a meeting brief's too, made from the group and the time), and
the wrapped text under "Recipient" that says whether a copy is a disclosure is shown whole,
never cut off at the bottom, in Swedish and English, at the window's first size and at the
screen's size (run under packaging/dev.py's screens too: 1366×768, 1920×1080 at 150 %)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from test_brief_disclosures_gui import dialog  # noqa: F401 (the window, with two organisations)
from test_briefs_gui import choose
from test_layout import _clipped_labels

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
SCREEN = os.environ.get("KOPINGPLAN_SCREEN", "default").replace("@", "-at-")


def test_the_heading_follows_a_language_switch(
    dialog: Any,  # noqa: F811
    controller: Any,
) -> None:
    heading = dialog.ui.headingLabel
    assert heading.text().startswith("Brief for the meeting of ")
    group_and_time = heading.text().removeprefix("Brief for the meeting of ")
    group = group_and_time.rsplit(", ", 1)[0]
    controller.set_language("sv")
    try:
        assert heading.text().startswith(f"Underlag för mötet i {group}, "), heading.text()
    finally:
        controller.set_language("en")
    assert heading.text() == "Brief for the meeting of " + group_and_time


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_text_under_recipient_is_shown_whole(
    dialog: Any,  # noqa: F811
    controller: Any,
    qtbot: Any,
    language: str,
) -> None:
    controller.set_language(language)
    try:
        ui = dialog.ui
        room = QGuiApplication.primaryScreen().availableGeometry()
        for recipient in ("Samordningen", "Polisen Köping"):  # the longer text last
            choose(ui.recipientCombo, next(
                ui.recipientCombo.itemText(i) for i in range(ui.recipientCombo.count())
                if ui.recipientCombo.itemText(i).startswith(recipient)
            ))  # fmt: skip
            assert ui.ownUnitLabel.isVisible() and ui.ownUnitLabel.text()
            for size in (dialog.size(), room.size()):  # as it opens, and filling the screen
                dialog.resize(size.boundedTo(room.size()))
                QApplication.processEvents()
                label = ui.ownUnitLabel
                assert label.height() >= label.heightForWidth(label.width()), (
                    recipient, size, label.height(), label.heightForWidth(label.width())
                )  # fmt: skip
                assert _clipped_labels(dialog) == []
                hint = dialog.minimumSizeHint()  # the window still fits the screen
                assert hint.width() <= room.width() and hint.height() <= room.height(), hint
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / f"brief_window_{SCREEN}_{language}.png"))
    finally:
        controller.set_language("en")
