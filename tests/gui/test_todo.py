"""The "To do" section: due items overdue first and in red, opening the case, marking done."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model
from kopingplan.gui.common import paged_model
from kopingplan.gui.todo import todo_page
from kopingplan.gui.todo.todo_page import TodoPage

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    for days, text, case in (
        (-3, "Ring mentorn", case_id),
        (0, "Boka möte med familjen", case_id),
        (5, "Följ upp hos elevhälsan", case_id),
        (20, "Stäm av med polisen", None),
    ):
        session.save(
            model.FollowUp(
                due_on=date.today() + timedelta(days=days), description=text, case_id=case
            )
        )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(todo_page.SECTION_INDEX)
    return opened


def _column(page: Any, column: int) -> list[str]:
    found = page.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def test_due_items_overdue_first_and_in_red(window: Any) -> None:
    page = window.todo_page
    assert window.ui.sectionStack.currentWidget() is page
    assert page.ui.untilCombo.currentText() == "The coming week"
    assert _column(page, 3) == [
        "Ring mentorn",
        "Boka möte med familjen",
        "Följ upp hos elevhälsan",
    ]
    assert _column(page, 1) == ["3 days overdue", "today", ""]
    assert _column(page, 4)[0].endswith("Bertil i skolan")
    red = page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color() == paged_model.ATTENTION
    assert page.model.data(page.model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is None
    assert page.ui.countLabel.text() == "3 items, 1 overdue."

    page.ui.untilCombo.setCurrentIndex(page.ui.untilCombo.findData(30))
    assert _column(page, 3)[-1] == "Stäm av med polisen"
    page.ui.untilCombo.setCurrentIndex(page.ui.untilCombo.findData(0))
    assert _column(page, 3) == ["Ring mentorn", "Boka möte med familjen"]


def test_enter_opens_the_case_of_an_item(window: Any) -> None:
    page = window.todo_page
    table = page.ui.todoTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert [view.ui.titleLabel.text() for view in window.case_views] == ["Bertil i skolan"]


def test_an_item_without_a_case_says_so(window: Any) -> None:
    page = window.todo_page
    page.ui.untilCombo.setCurrentIndex(page.ui.untilCombo.findData(30))
    page.ui.todoTable.setCurrentIndex(page.model.index(3, 0))
    page.open_current_case()
    assert window.case_views == []
    assert window.statusBar().currentMessage() == "This item belongs to no case."


def test_mark_done_asks_for_the_outcome(window: Any, qtbot: Any, controller: Any) -> None:
    page = window.todo_page
    assert page.ui.doneButton.isVisible()
    page.ui.todoTable.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.doneButton, Qt.MouseButton.LeftButton)
    form = page.done_window.window
    assert form.ui.itemLabel.text() == "Follow-up: Ring mentorn"
    ok = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.isVisible() and ok.toolTip() == "Fill in: Outcome"
    type_text(form.ui.outcomeEdit, "Mentorn ringer tillbaka på måndag.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert _column(page, 3) == ["Boka möte med familjen", "Följ upp hos elevhälsan"]
    done = controller.session.vault.conn.execute(
        "SELECT done_on, outcome FROM follow_ups WHERE description = 'Ring mentorn'"
    ).fetchone()
    assert done == (date.today().isoformat(), "Mentorn ringer tillbaka på måndag.")


def test_without_the_follow_up_service_there_is_no_mark_done(
    window: Any, controller: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(todo_page, "follow_ups", lambda: None)
    page = TodoPage(controller.session)
    try:
        page.show()
        assert not page.ui.doneButton.isVisible()
        assert page.model.rowCount(QModelIndex()) == 3  # the list still comes from the session
        assert page.mark_current_done() is None
    finally:
        page.teardown()
        page.close()
        page.deleteLater()


def test_after_marking_an_item_done_the_next_item_is_chosen(window: Any, qtbot: Any) -> None:
    """Working down the list: the item below the one marked done takes its place, chosen,
    so "Mark done…" goes on with it; the list used to jump back to its first row."""
    page = window.todo_page
    table = page.ui.todoTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(1, 0))
    qtbot.mouseClick(page.ui.doneButton, Qt.MouseButton.LeftButton)
    form = page.done_window.window
    assert form.ui.itemLabel.text() == "Follow-up: Boka möte med familjen"
    type_text(form.ui.outcomeEdit, "Mötet bokat till torsdag.")
    ok = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _column(page, 3) == ["Ring mentorn", "Följ upp hos elevhälsan"])
    assert table.currentIndex().row() == 1
    assert table.selectionModel().isRowSelected(1)
    assert page.current_item().description == "Följ upp hos elevhälsan"
