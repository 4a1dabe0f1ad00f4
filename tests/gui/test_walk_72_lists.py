"""A list section reached by its key (Ctrl+2 … Ctrl+8) shows its first row highlighted, as the
case list does (walk of 5 December 2026 under Xvfb): in an active window the table's focus
came first and made the first cell current without selecting it, so select_first_row saw a
current row and did nothing; Incoming concerns, the lägesbild entries and Incidents showed only
a faint frame round the first cell, and a keyboard user could not see which row Enter opens."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_concerns_gui import window  # noqa: F401  (the fixture: two concerns, the section shown)

pytestmark = pytest.mark.gui


def test_a_list_section_shows_its_first_row_highlighted(window: Any, qtbot: Any) -> None:  # noqa: F811
    window.activateWindow()  # focus events come as on a desktop
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.concerns_page
    table = page.table
    window.show_section(0)
    table.selectionModel().clear()  # as a section built by its key: nothing chosen yet
    window.show_section(window.ui.sectionStack.indexOf(page))
    qtbot.waitUntil(table.hasFocus)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [0]
    assert table.currentIndex().row() == 0
