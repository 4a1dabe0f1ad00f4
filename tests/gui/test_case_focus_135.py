"""The keyboard in the case list and the case window, as a keyboard user sees it (helper 135).

1. After unlocking, after choosing Ärenden again and after closing a case window the keyboard is
   in the case list, drawn so (the style's frame in the highlight colour), on a chosen row: Enter
   opens that case. Before, the list had the keys but looked as if it had not.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from gui_helpers import add_cases, settle, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Adam", "general"), ("Bodil", "specific"), ("Cecilia", "individual")])
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
