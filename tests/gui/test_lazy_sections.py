"""Sections are built when first shown (issue 15: building all at unlock froze the window),
and a section built later behaves as one built at unlock: it shows its rows, follows the
language, and the notices and menus that lead to it still do."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kopingplan.domain import model
from kopingplan.gui.shell.sections import SECTIONS
from kopingplan.gui.todo.todo_page import TodoPage

from gui_helpers import add_cases, unlock

pytestmark = pytest.mark.gui
KEYS = [section.key for section in SECTIONS]


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    session.save(model.FollowUp(date.today(), "Ring skolan", case_id=case_id))
    session.save(model.Person(given_name="Åsa", family_name="Åberg"))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def test_only_the_case_list_is_built_at_unlock(window: Any, qtbot: Any) -> None:
    assert set(window.sections.built) == {"cases"}
    assert window.ui.sectionStack.currentWidget() is window.case_list

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    todo = KEYS.index("todo")
    QTest.keyClick(window, Qt.Key(Qt.Key.Key_1 + todo), Qt.KeyboardModifier.ControlModifier)

    page = window.ui.sectionStack.currentWidget()
    assert isinstance(page, TodoPage) and page is window.todo_page
    assert window.ui.sectionList.currentRow() == todo
    assert page.model.rowCount(QModelIndex()) == 1
    assert set(window.sections.built) == {"cases", "todo"}
    assert window.ui.sectionStack.count() == len(SECTIONS)


def test_a_section_built_later_follows_the_language(window: Any, controller: Any) -> None:
    window.show_section(KEYS.index("people"))  # built in English
    people = window.people_page
    assert people.ui.headingLabel.text() == "People and organisations"
    controller.set_language("sv")
    try:
        assert people.ui.headingLabel.text() == "Personer och organisationer"
        assert people.persons.headerData(0, Qt.Orientation.Horizontal) == "Efternamn"
        # One first shown after the switch is built in Swedish.
        assert "situation" not in window.sections.built
        window.show_section(KEYS.index("situation"))
        assert window.situation_page.ui.tabs.tabText(1) == "Aktuell &bild"
    finally:
        controller.set_language("en")
    assert people.ui.headingLabel.text() == "People and organisations"
    assert window.situation_page.ui.tabs.tabText(1) == "&Current picture"


def test_the_due_notice_leads_to_a_section_not_built_yet(window: Any, qtbot: Any) -> None:
    (bar,) = [bar for bar in window.notices() if bar.key == "due"]
    assert "todo" not in window.sections.built
    (show,) = [button for button in bar.buttons if button.text() == "Show To do"]
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert window.ui.sectionStack.currentWidget() is window.todo_page
    assert window.todo_page.model.rowCount(QModelIndex()) == 1


def test_the_disclosure_report_button_comes_with_its_section(window: Any) -> None:
    assert "disclosures" not in window.sections.built
    window.show_section(KEYS.index("disclosures"))
    assert window.disclosures_page.ui.reportButton.isVisible()
