"""Möten at 1366×768: an Alt+letter that takes the keyboard to a field below the fold of the
meeting (the action, the minutes) scrolls the meeting to it, with the rest of its box; the
scroll area followed Tab but not a letter, so the coordinator typed into a field not shown."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from test_meeting_mnemonics import alt
from test_meetings_gui import prepared_window  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


def shown_in(scroll: Any, widget: QWidget) -> bool:
    """The whole of ``widget`` is inside the scroll area's viewport."""
    viewport = scroll.viewport()
    corner = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize(("letter", "field", "with_it"), [
    ("t", "actionEdit", "addActionButton"),
    ("i", "minutesEdit", "saveMinutesButton"),
])  # fmt: skip
def test_an_alt_letter_shows_the_field_it_goes_to(
    prepared_window: Any,  # noqa: F811
    qtbot: Any,
    letter: str,
    field: str,
    with_it: str,
) -> None:
    window, _ = prepared_window
    window.resize(1280, 680)  # as test_meetings_room's smaller laptop
    page = window.meetings_page
    window.activateWindow()
    QApplication.processEvents()
    ui = page.view.ui
    page.view_scroll.verticalScrollBar().setValue(0)
    ui.agendaList.setFocus()
    qtbot.waitUntil(ui.agendaList.hasFocus)
    target = getattr(ui, field)
    assert not shown_in(page.view_scroll, target)  # below the fold, as on the laptop
    alt(letter)
    assert target.hasFocus()
    assert shown_in(page.view_scroll, target)
    assert shown_in(page.view_scroll, getattr(ui, with_it))
