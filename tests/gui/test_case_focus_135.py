"""The keyboard in the case list and the case window, as a keyboard user sees it (helper 135).

1. After unlocking, after choosing Ärenden again and after closing a case window the keyboard is
   in the case list, drawn so (the style's frame in the highlight colour), on a chosen row: Enter
   opens that case. Before, the list had the keys but looked as if it had not.
2. In a case's window the timeline's letter (Alt+T) puts the keyboard in the timeline on a
   chosen event, drawn so; Tab into it chooses one too. Before, the letter only showed the tab
   (eight Tabs from "Edit…" to the list) and the list had a faint dotted line, no row chosen.
3. The timeline shows the newest 50 events; an older note is reachable: "Show older events"
   adds the next ones below, and a search hit for an older note brings the events down to it
   into the list, its row chosen and in view. Before, the hit opened the note with no row
   chosen, and nothing in the window led to events past the 50th.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from kopingplan.domain import model

from gui_helpers import add_cases, click_save, settle, type_text, unlock

pytestmark = pytest.mark.gui


NOTES = 60  # more than the timeline shows at first (TIMELINE_LIMIT, 50)
FIRST_DAY = datetime(2026, 2, 2, 9, tzinfo=UTC)  # after the cases were opened


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    adam, *_ = add_cases(
        session, [("Adam", "general"), ("Bodil", "specific"), ("Cecilia", "individual")]
    )
    for number in range(NOTES):  # the first is the oldest: "Note 0"
        day = FIRST_DAY + timedelta(days=number)
        about = "the bicycle" if number == 0 else "the school"  # the oldest: found by search
        session.save(model.Note(adam, day, f"Note {number} about {about}"))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=2000)
    return opened


def focus_drawn(view: QAbstractItemView) -> bool:
    """The frame the application's style draws inside a list that has the keyboard (its left
    edge, half-way down, in the highlight colour)."""
    image = view.grab().toImage()
    highlight = view.palette().highlight().color()
    return QColor(image.pixel(0, image.height() // 2)) == highlight


def chosen_row(view: QAbstractItemView) -> int | None:
    """The row the user sees chosen: the current row, highlighted whole."""
    current = view.currentIndex()
    selection = view.selectionModel()
    if not current.isValid() or not selection.isRowSelected(current.row(), current.parent()):
        return None
    return current.row()


def keys_in_case_list(window: Any) -> None:
    table = window.case_list.ui.caseTable
    assert QApplication.focusWidget() is table
    assert focus_drawn(table)
    assert chosen_row(table) is not None


def test_the_case_list_has_the_keyboard_visibly_after_unlocking(window: Any, qtbot: Any) -> None:
    table = window.case_list.ui.caseTable
    keys_in_case_list(window)
    assert chosen_row(table) == 0
    QTest.keyClick(table, Qt.Key.Key_Return)
    (view,) = window.case_views
    assert view.detail.case.title == "Adam"


def test_back_in_the_case_list_by_section_or_after_a_case_window(window: Any, qtbot: Any) -> None:
    table = window.case_list.ui.caseTable
    QTest.keyClick(table, Qt.Key.Key_Down)
    QTest.keyClick(table, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.sectionStack.currentWidget() is window.meetings_page
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    keys_in_case_list(window)
    assert chosen_row(table) == 1  # where the user left it

    QTest.keyClick(table, Qt.Key.Key_Return)
    (view,) = window.case_views
    assert view.detail.case.title == "Bodil"
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.case_views == [], timeout=2000)
    window.activateWindow()  # the window manager's part (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    settle(qtbot)
    keys_in_case_list(window)
    assert chosen_row(table) == 1


def case_window(window: Any, qtbot: Any, title: str = "Adam") -> Any:
    """The case's window as Enter on its row opens it, active."""
    table = window.case_list.ui.caseTable
    row = next(r for r in range(3) if table.model().index(r, 1).data() == title)
    table.setCurrentIndex(table.model().index(row, 1))
    QTest.keyClick(table, Qt.Key.Key_Return)
    (view,) = window.case_views
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return view


def test_the_timeline_letter_puts_the_keyboard_on_a_chosen_event(window: Any, qtbot: Any) -> None:
    view = case_window(window, qtbot)
    ui = view.ui
    assert QApplication.focusWidget() is ui.editButton  # where the window starts
    QTest.keyClick(ui.editButton, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert ui.tabs.currentWidget() is ui.timelineTab
    tree = ui.timelineTree
    assert QApplication.focusWidget() is tree
    assert chosen_row(tree) == 0
    assert focus_drawn(tree)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    QTest.keyClick(tree, Qt.Key.Key_Return)  # the chosen event opens
    assert [key for key, _window in view._records.items()] == [("note", view.detail.timeline[1].id)]
    assert not view._forms  # not also "Edit…", the window's default button


def test_tab_into_the_timeline_chooses_an_event(window: Any, qtbot: Any) -> None:
    view = case_window(window, qtbot)
    ui = view.ui
    ui.tabs.setCurrentWidget(ui.timelineTab)
    ui.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(ui.tabs.tabBar(), Qt.Key.Key_Tab)
    tree = ui.timelineTree
    assert QApplication.focusWidget() is tree
    assert chosen_row(tree) == 0
    assert focus_drawn(tree)


def texts(tree: Any) -> list[str]:
    return [tree.topLevelItem(row).text(2) for row in range(tree.topLevelItemCount())]


def in_view(tree: Any, row: int) -> bool:
    rect = tree.visualItemRect(tree.topLevelItem(row))
    return not rect.isEmpty() and tree.viewport().rect().contains(rect)


def test_show_older_events_adds_the_next_ones_below(window: Any, qtbot: Any) -> None:
    view = case_window(window, qtbot)
    ui = view.ui
    QTest.keyClick(ui.editButton, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    tree = ui.timelineTree
    assert texts(tree)[0] == "Note 59 about the school" and len(texts(tree)) == 50
    assert ui.timelineNote.text() == "The newest 50 events are shown."
    assert ui.olderButton.isVisible()
    QTest.keyClick(tree, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # "Sho&w older events"
    qtbot.waitUntil(lambda: len(texts(tree)) == NOTES + 1)  # and the case's opening level
    assert texts(tree)[50] == "Note 9 about the school"
    assert QApplication.focusWidget() is tree
    assert chosen_row(tree) == 50 and in_view(tree, 50)  # the first event added
    assert ui.timelineNote.text() == "All 61 events of the case."
    assert not ui.olderButton.isVisible()
    view.reload()  # after a change the window keeps what it shows
    assert len(texts(tree)) == NOTES + 1 and chosen_row(tree) == 50


def test_a_search_hit_older_than_the_list_is_chosen_in_it(window: Any, qtbot: Any) -> None:
    box = window.search_box
    box.setFocus()
    type_text(box, "bicycle")
    QTest.keyClick(box, Qt.Key.Key_Return)
    (hit,) = box.results.hits()
    box.results.close()
    window.open_hit(hit)  # what Enter on the hit does
    (view,) = window.case_views
    tree = view.ui.timelineTree
    assert view.ui.tabs.currentWidget() is view.ui.timelineTab
    row = texts(tree).index("Note 0 about the bicycle")
    assert row == NOTES - 1  # past the first 50: the oldest note, before the case's opening
    assert chosen_row(tree) == row and in_view(tree, row)
    assert [key for key, _window in view._records.items()] == [("note", hit.id)]


def test_the_case_list_keeps_its_case_after_a_change_in_its_window(window: Any, qtbot: Any) -> None:
    table = window.case_list.ui.caseTable
    view = case_window(window, qtbot, "Bodil")  # the second row
    form = view.open_form("note")
    type_text(form.ui.textEdit, "Ringde skolan.")
    click_save(qtbot, form)  # the list is read again (its newest note)
    QTest.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.case_views == [], timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    settle(qtbot)
    keys_in_case_list(window)
    assert chosen_row(table) == 1  # still Bodil, not the first row
    QTest.keyClick(table, Qt.Key.Key_Return)
    (again,) = window.case_views
    assert again.detail.case.title == "Bodil"
