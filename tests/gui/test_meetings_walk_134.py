"""Möten walked by keyboard at 1366×768 (helper 133's walk, shots 21, 27–29 and 55): the new
action's row adds on Enter in any of its fields and Tabs field by field; saving the minutes
leaves the cursor and the scroll where they were; the members of the day show whole names; and
a meeting opened from search is the one chosen in the list, however old it is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from test_meetings_gui import prepared_window  # noqa: F401 (a fixture)
from test_search_all_gui import _activate, _search

from kopingplan.domain import model as m
from kopingplan.services import meetings

from gui_helpers import open_demo_window, type_text, unlock

pytestmark = pytest.mark.gui


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard is, as a person presses it."""
    widget = focused()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def in_field(widget: QWidget) -> bool:
    """The keyboard is in ``widget`` (or in its own line edit, as in an editable combo)."""
    now = focused()
    return now is not None and (now is widget or widget.isAncestorOf(now))


@pytest.fixture
def view(prepared_window: Any, qtbot: Any) -> Any:  # noqa: F811
    window, _ = prepared_window
    window.activateWindow()
    view = window.meetings_page.view
    view.ui.actionEdit.setFocus()
    qtbot.waitUntil(view.ui.actionEdit.hasFocus)
    return view


def descriptions(view: Any) -> list[str]:
    detail = meetings.detail(view.session, view.meeting_id)
    return [row.action.description for row in detail.actions]


# --- 1. the new action's row


def test_tab_goes_through_the_action_row_field_by_field(view: Any, qtbot: Any) -> None:
    ui = view.ui
    order = [ui.actionEdit, ui.responsibleCombo, ui.dueEdit, ui.addActionButton]
    for here, there in pairwise(order):
        assert in_field(here), focused()
        press(Qt.Key.Key_Tab)
        assert in_field(there), (there.objectName(), focused())
    for here, there in pairwise(order[::-1]):
        assert in_field(here), focused()
        press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert in_field(there), (there.objectName(), focused())


@pytest.mark.parametrize("last_field", ["responsibleCombo", "dueEdit"])
def test_enter_in_any_field_of_the_row_adds_the_action(
    view: Any, qtbot: Any, last_field: str
) -> None:
    ui = view.ui
    type_text(ui.actionEdit, "Boka uppföljande möte med skolan")
    press(Qt.Key.Key_Tab)  # to the responsible
    type_text(focused(), "Omar Said")
    if last_field == "dueEdit":
        press(Qt.Key.Key_Tab)
        assert in_field(ui.dueEdit)
    press(Qt.Key.Key_Return)
    assert "Boka uppföljande möte med skolan" in descriptions(view)
    (added,) = [row for row in view.detail.actions if row.action.description.startswith("Boka")]
    assert added.responsible_name == "Omar Said"  # the person called, not a typed text
    assert added.action.responsible_person_id is not None
    assert ui.actionEdit.text() == ""  # the row is ready for the next action
    tip = ui.addActionButton.toolTip()
    assert "Responsible" in tip and "Due by" in tip


# --- 2. the minutes


def test_saving_the_minutes_leaves_the_cursor_and_the_scroll(view: Any, qtbot: Any) -> None:
    ui = view.ui
    page = view.parent()
    while page is not None and not hasattr(page, "view_scroll"):
        page = page.parent()
    assert page is not None
    lines = [f"Punkt {n}: genomgång av läget och vad som ska göras härnäst." for n in range(40)]
    ui.minutesEdit.setFocus()
    qtbot.waitUntil(ui.minutesEdit.hasFocus)
    ui.minutesEdit.setPlainText("\n".join(lines))
    box_scroll = ui.minutesEdit.verticalScrollBar()
    assert box_scroll.maximum() > 0  # more than the box shows
    cursor = ui.minutesEdit.textCursor()
    cursor.setPosition(len("\n".join(lines[:20])) + 7)  # line 21, after "Punkt "
    ui.minutesEdit.setTextCursor(cursor)
    ui.minutesEdit.ensureCursorVisible()
    type_text(ui.minutesEdit, "viktig ")
    QApplication.processEvents()
    where, scrolled = ui.minutesEdit.textCursor().position(), box_scroll.value()
    page_scrolled = page.view_scroll.verticalScrollBar().value()
    assert scrolled > 0

    # Spara protokoll by its Alt+letter, the keyboard left in the box (a click would take it
    # to the button, and the meeting would scroll to show the button's box whole).
    ui.saveMinutesButton.click()
    QApplication.processEvents()

    assert "viktig" in meetings.detail(view.session, view.meeting_id).meeting.minutes
    assert ui.minutesEdit.hasFocus()
    assert ui.minutesEdit.textCursor().position() == where
    assert box_scroll.value() == scrolled
    assert page.view_scroll.verticalScrollBar().value() == page_scrolled
    type_text(ui.minutesEdit, "x")  # typing goes on where it was
    assert "Punkt viktig x20:" in ui.minutesEdit.toPlainText()


def test_minutes_typed_and_not_saved_stay_through_other_saves(view: Any, qtbot: Any) -> None:
    ui = view.ui
    ui.minutesEdit.setFocus()
    qtbot.waitUntil(ui.minutesEdit.hasFocus)
    type_text(ui.minutesEdit, "Ej sparat ännu")
    where = ui.minutesEdit.textCursor().position()
    ui.attendeeList.item(0).setCheckState(Qt.CheckState.Checked)  # saved at once, read again
    QApplication.processEvents()
    assert ui.minutesEdit.toPlainText() == "Ej sparat ännu"
    assert ui.minutesEdit.textCursor().position() == where


def test_minutes_typed_and_not_saved_stay_through_a_language_switch(
    view: Any, qtbot: Any, controller: Any
) -> None:
    ui = view.ui
    ui.minutesEdit.setFocus()
    qtbot.waitUntil(ui.minutesEdit.hasFocus)
    type_text(ui.minutesEdit, "Skrivet under mötet")
    try:
        controller.set_language("sv")
        QApplication.processEvents()
        assert ui.saveMinutesButton.text() != "Sa&ve minutes"  # the view said itself again
        assert ui.minutesEdit.toPlainText() == "Skrivet under mötet"
    finally:
        controller.set_language("en")


def test_an_empty_agenda_has_nothing_to_move_or_delete(
    prepared_window: Any,  # noqa: F811
) -> None:
    window, prepared = prepared_window
    page = window.meetings_page
    ui = page.view.ui
    assert ui.removeItemButton.isEnabled()  # the first item of the meeting shown is chosen
    bare = window.session.save(
        m.Meeting(prepared.group_id, datetime(2026, 1, 12, 13, tzinfo=UTC), place="Rådhuset")
    )
    page.fill_meetings(select=bare.id)
    assert page.view.meeting_id == bare.id and ui.agendaList.count() == 0
    for button in (ui.moveUpButton, ui.moveDownButton, ui.removeItemButton):
        assert not button.isEnabled(), button.objectName()


# --- 3. the members of the day


@pytest.fixture
def demo_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    return open_demo_window(controller, qtbot, session, vault_paths)


@pytest.mark.parametrize("size", [(1366, 728), (1280, 680)])  # 1366x768; 1920x1080 at 150 %
def test_the_members_of_the_day_show_whole_names(demo_window: Any, size: Any) -> None:
    window = demo_window
    window.resize(*size)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    QApplication.processEvents()
    members = page.ui.membersList
    assert members.count() > 0
    group_id = page.group_id
    assert group_id is not None
    names = [
        row.person_name or row.organisation_name
        for row in meetings.members(window.session, group_id)
    ]
    metrics = members.fontMetrics()
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for number in range(members.count()):
        item = members.item(number)
        room = members.visualItemRect(item).intersected(
            members.viewport().rect().adjusted(0, -10_000, 0, 10_000)
        )  # the row's part the list shows (its text may run past the list's right edge)
        text = item.text()
        assert text.startswith(names[number])
        for word in text.split():  # lines break between words, never inside a name
            assert metrics.horizontalAdvance(word) < room.width() // 2, word
        needed = metrics.boundingRect(room.adjusted(0, 0, 0, 10_000), flags, text)
        # The row is as tall as its text wrapped: nothing of it elided or cut off.
        assert needed.height() <= room.height(), (text, needed, room)
    assert not members.horizontalScrollBar().isVisible()
    # The meeting still gets most of the width (test_meetings_room).
    left, right = page.ui.splitter.sizes()
    assert right > 2 * left


# --- 4. a meeting opened from search, older than the list's first page


@pytest.fixture
def many_meetings(session: Any) -> dict[str, int]:
    """A group with more meetings than its list starts with; the oldest holds a rare word."""
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    first = datetime(2018, 1, 8, 13, tzinfo=UTC)
    ids = []
    for week in range(meetings.MEETINGS_SHOWN + 5):
        minutes = "Oro kring Tallbacken" if week == 0 else "Lugnt"
        meeting = m.Meeting(group.id, first + timedelta(weeks=week), minutes=minutes)
        ids.append(session.save(meeting).id)
    session.close()
    return {"group": group.id, "oldest": ids[0], "newest": ids[-1]}


def test_a_search_hit_for_an_old_meeting_chooses_it_in_the_list(
    many_meetings: dict[str, int], controller: Any, qtbot: Any, vault_paths: Any
) -> None:
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    assert page.ui.meetingList.count() == meetings.MEETINGS_SHOWN  # the first view stays short
    assert page.view.meeting_id == many_meetings["newest"]

    results = _search(window, "Tallbacken")
    _activate(results, "meeting", many_meetings["oldest"])

    listed = page.ui.meetingList
    chosen = listed.currentItem()
    assert chosen is not None and chosen.isSelected()
    assert chosen.data(Qt.ItemDataRole.UserRole) == many_meetings["oldest"]
    assert listed.currentRow() == listed.count() - 1 == meetings.MEETINGS_SHOWN + 4
    assert page.view.meeting_id == many_meetings["oldest"]
    assert "2018-01-08" in page.view.ui.titleLabel.text()
    # The group's list filled anew (as after the group is edited) keeps it chosen.
    page.fill_groups(select=many_meetings["group"])
    assert listed.currentItem().data(Qt.ItemDataRole.UserRole) == many_meetings["oldest"]
    assert page.view.meeting_id == many_meetings["oldest"]
