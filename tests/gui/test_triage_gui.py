"""Triage in the program (issue 17): set and clear a flag from the case list's row menu, set a
priority; the list shows both in a column and filters by them; Att göra puts their items
first."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex

from kopingplan.domain import model
from kopingplan.gui.todo import todo_page

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
TRIAGE_COLUMN = 7


def _shot(widget: Any, name: str) -> None:
    """Saves a picture to look at when the folder is there (not a check)."""
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"triage_{name}.png"))


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    ids = add_cases(session, [("Adam", "individual"), ("Bodil", "specific"), ("Cesar", "general")])
    for case_id, days, text in ((ids[0], 0, "Ring Adams mentor"), (ids[2], -1, "Boka möte")):
        session.save(
            model.FollowUp(due_on=date.today() + timedelta(days), description=text, case_id=case_id)
        )
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _column(found: Any, column: int) -> list[str]:
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def _open_triage(page: Any, row: int) -> Any:
    menu = page.row_actions.build_menu(page.model.index(row, 1))
    (_open, triage_action) = menu.actions()
    assert triage_action.text() == "&Triage (priority and flags)…"
    triage_action.trigger()
    return page.triage_window.window


def test_set_and_clear_a_flag_and_a_priority(window: Any, qtbot: Any, controller: Any) -> None:
    page = window.case_list
    assert _column(page.model, 1) == ["Adam", "Bodil", "Cesar"]
    form = _open_triage(page, 0)
    ui = form.ui
    assert ui.headingLabel.text() == "Triage: 1 Adam"
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("weapons"))
    assert not form.set_flag()  # no reason: refused, nothing written
    assert ui.messageLabel.text() == "Reason: must be filled in."
    assert ui.flagsTree.topLevelItemCount() == 0
    type_text(ui.reasonEdit, "Bilder med vapen i sociala medier")
    assert form.set_flag()
    assert [ui.flagsTree.topLevelItem(0).text(c) for c in (0, 1)] == [
        "Weapons",
        "Bilder med vapen i sociala medier",
    ]
    type_text(ui.reasonEdit, "Igen")
    assert not form.set_flag()  # the same flag twice
    assert "already carries that flag" in ui.messageLabel.text()
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData("high"))
    assert _column(page.model, TRIAGE_COLUMN)[0] == "High · Weapons"
    page.resize(1366, 600)
    _shot(form, "dialog")

    # Cleared, but kept in the history, and gone from the list's column.
    ui.reasonEdit.clear()
    type_text(ui.reasonEdit, "Polisen: leksaksvapen")
    assert form.clear_flag()
    row = [ui.flagsTree.topLevelItem(0).text(c) for c in range(4)]
    assert row[0] == "Weapons" and row[3].endswith("Polisen: leksaksvapen")
    assert not ui.clearFlagButton.isEnabled()
    assert _column(page.model, TRIAGE_COLUMN)[0] == "High"
    actions = controller.session.vault.conn.execute(
        "SELECT action FROM audit_log WHERE action LIKE 'cases.%flag' OR action = 'cases.priority'"
        " ORDER BY rowid"
    ).fetchall()
    assert actions == [("cases.flag",), ("cases.priority",), ("cases.unflag",)]


def test_the_list_filters_by_flag_and_priority(window: Any, qtbot: Any) -> None:
    page = window.case_list
    form = _open_triage(page, 1)
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("child_in_home"))
    type_text(form.ui.reasonEdit, "Tre barn under sex år")
    assert form.set_flag()
    form.ui.priorityCombo.setCurrentIndex(form.ui.priorityCombo.findData("low"))
    flag_filter, priority_filter = page.ui.flagFilter, page.ui.priorityFilter
    flag_filter.setCurrentIndex(flag_filter.findData("any"))
    assert _column(page.model, 1) == ["Bodil"]
    assert _column(page.model, TRIAGE_COLUMN) == ["Low · Child in the home"]
    flag_filter.setCurrentIndex(flag_filter.findData("weapons"))
    assert _column(page.model, 1) == []
    flag_filter.setCurrentIndex(0)
    priority_filter.setCurrentIndex(priority_filter.findData("normal"))
    assert _column(page.model, 1) == ["Adam", "Cesar"]
    window.resize(1366, 728)
    priority_filter.setCurrentIndex(0)
    _shot(window, "case_list")


def test_flagged_and_high_priority_cases_come_first_in_att_gora(window: Any) -> None:
    window.show_section(todo_page.SECTION_INDEX)
    todo = window.todo_page
    assert _column(todo.model, 3) == ["Boka möte", "Ring Adams mentor"]  # by due day
    form = _open_triage(window.case_list, 0)
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("travel_plans"))
    type_text(form.ui.reasonEdit, "Har köpt biljett till Turkiet")
    assert form.set_flag()
    assert _column(todo.model, 3) == ["Ring Adams mentor", "Boka möte"]
    assert _column(todo.model, 4)[0] == "1 Adam (Travel plans)"
    window.resize(1366, 728)
    _shot(window, "todo")
