"""A meeting's view by keyboard: Alt and a letter takes the cursor into the attendee list and
into the agenda (their boxes' titles carry the letter), and moves the chosen agenda item up and
down, in Swedish and in English, with no letter used twice in the main window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_keyboard import clashes
from test_meetings_gui import prepared_window  # noqa: F401 (a fixture)

# The letters a user reads underlined: attendees, agenda, move up, move down.
LETTERS = {"en": "kaud", "sv": "kdue"}

pytestmark = [pytest.mark.gui, pytest.mark.parametrize("language", sorted(LETTERS))]


@pytest.fixture
def shown(prepared_window: Any, controller: Any, language: str) -> Iterator[Any]:  # noqa: F811
    """The main window on the meetings section, a meeting shown, in ``language``."""
    window, _ = prepared_window
    controller.set_language(language)
    window.activateWindow()
    yield window
    controller.set_language("en")


def alt(letter: str) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    QTest.keyClick(focus, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def agenda_titles(view: Any) -> list[str]:
    return [item.title for item in view.detail.agenda]


def test_alt_letters_reach_the_lists_and_move_the_item(
    shown: Any, qtbot: Any, language: str
) -> None:
    view = shown.meetings_page.view
    ui = view.ui
    assert view.detail is not None and len(view.detail.agenda) >= 2
    attendees, agenda, up, down = LETTERS[language]

    # The decision field was the last place in the agenda's box: the letter still goes to the list.
    ui.decisionEdit.setFocus()
    qtbot.waitUntil(ui.decisionEdit.hasFocus)
    alt(attendees)
    assert ui.attendeeList.hasFocus()
    assert ui.attendeeList.currentRow() == 0  # a row to tick with Space is highlighted
    alt(agenda)
    assert ui.agendaList.hasFocus()
    ui.actionEdit.setFocus()  # and from the other box too
    alt(attendees)
    assert ui.attendeeList.hasFocus()

    before = agenda_titles(view)
    ui.agendaList.setCurrentRow(1)
    alt(up)  # a button's letter clicks it a moment later (animateClick)
    qtbot.waitUntil(lambda: agenda_titles(view) == [before[1], before[0], *before[2:]])
    assert ui.agendaList.currentRow() == 0  # the item moved stays chosen
    alt(down)
    qtbot.waitUntil(lambda: agenda_titles(view) == before)
    assert ui.agendaList.currentRow() == 1


def test_no_letter_is_used_twice_with_a_meeting_shown(shown: Any) -> None:
    view = shown.meetings_page.view
    assert view.isEnabled()
    assert clashes(shown) == []  # with the menu bar, the meetings list and the notices
    titles = [view.ui.attendeesBox.title(), view.ui.agendaBox.title()]
    assert all("&" in title for title in titles), titles
