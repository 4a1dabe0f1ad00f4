"""The keyboard in the case list and the case window, as a keyboard user sees it (helper 135).

1. After unlocking, after choosing Ärenden again and after closing a case window the keyboard is
   in the case list, drawn so (the style's frame in the highlight colour), on a chosen row: Enter
   opens that case. Before, the list had the keys but looked as if it had not.
2. In a case's window the timeline's letter (Alt+T) puts the keyboard in the timeline on a
   chosen event, drawn so; Tab into it chooses one too. Before, the letter only showed the tab
   (eight Tabs from "Edit…" to the list) and the list had a faint dotted line, no row chosen.
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

from gui_helpers import add_cases, settle, unlock

pytestmark = pytest.mark.gui


NOTES = 60  # more than the timeline shows at first (TIMELINE_LIMIT, 50)
FIRST_DAY = datetime(2025, 1, 6, 9, tzinfo=UTC)


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    adam, *_ = add_cases(
        session, [("Adam", "general"), ("Bodil", "specific"), ("Cecilia", "individual")]
    )
    for number in range(NOTES):  # the first is the oldest: "Note 0"
        day = FIRST_DAY + timedelta(days=number)
        session.save(model.Note(adam, day, f"Note {number} about the school"))
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
