"""Incidents against staff are followed up, in the program (issue 17): the follow-up day in
Att göra, opening the incident from there, a case and lägesbild entries linked in its form,
support recorded as dated entries, and the follow-up marked done."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model
from kopingplan.gui.todo import todo_page

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))


def _shot(widget: Any, name: str) -> None:
    """Saves a picture to look at when the folder is there (not a check)."""
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"incident_{name}.png"))


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Ärende Väst", "specific")])
    session.save(
        model.SituationEntry(
            date.today() - timedelta(12), "Västra stan", model.Orientation.RIGHT,
            "Klistermärken vid fritidsgården", "Polisen",
        )
    )  # fmt: skip
    session.save(
        model.Incident(
            date.today() - timedelta(10),
            model.IncidentKind.THREAT,
            "Hotades i telefon efter ett möte",
            "Fritidsledare Åke",
            follow_up_on=date.today() - timedelta(2),
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


def _open_from_todo(window: Any) -> Any:
    page = window.todo_page
    table = page.ui.todoTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    (form,) = window.windows._forms.values()
    return form


def _save(form: Any) -> Any:
    return form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def test_the_follow_up_is_in_att_gora_and_opens_the_incident(window: Any) -> None:
    page = window.todo_page
    window.resize(1366, 728)
    _shot(window, "todo")
    assert _column(page, 2) == ["Incident follow-up"]
    assert _column(page, 1) == ["2 days overdue"]
    assert _column(page, 3) == ["Fritidsledare Åke: Hotades i telefon efter ett möte"]
    form = _open_from_todo(window)
    assert form.ui.staffEdit.text() == "Fritidsledare Åke"
    assert window.case_views == []  # the incident, not a case


def test_link_a_case_and_an_entry_and_record_support(
    window: Any, qtbot: Any, controller: Any
) -> None:
    form = _open_from_todo(window)
    assert form.ui.supportHint.text() == "No support recorded yet."
    assert form.ui.situationList.count() == 1
    # A case that is not there is named under the field, and Save is held back.
    type_text(form.ui.caseEdit, "999")
    assert form.shown_problem("case_id") == "Must refer to a stored record."
    assert not _save(form).isEnabled()
    form.ui.caseEdit.clear()
    type_text(form.ui.caseEdit, "1")
    assert form.ui.caseTitleLabel.text() == "Ärende Väst"
    form.ui.situationList.item(0).setCheckState(Qt.CheckState.Checked)

    qtbot.mouseClick(form.ui.addSupportButton, Qt.MouseButton.LeftButton)
    support = form._support_form
    kind = support.ui.kindCombo
    kind.setCurrentIndex(kind.findData("occupational_health"))
    type_text(support.ui.givenByEdit, "Chefen Eva")
    save_support = _save(support)
    assert not save_support.isEnabled()  # nothing said yet about what was done
    type_text(support.ui.descriptionEdit, "Bokade samtal hos företagshälsovården.")
    _shot(support, "support")
    qtbot.mouseClick(save_support, Qt.MouseButton.LeftButton)
    tree = form.ui.supportTree
    assert tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(c) for c in range(4)]
    assert row == [
        date.today().isoformat(),
        "Occupational health care",
        "Chefen Eva",
        "Bokade samtal hos företagshälsovården.",
    ]
    assert form.ui.supportHint.text() == ""
    _shot(form, "form")

    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    conn = controller.session.vault.conn
    assert conn.execute("SELECT case_id FROM incidents").fetchone() == (1,)
    assert conn.execute("SELECT count(*) FROM incident_situation_entries").fetchone() == (1,)
    assert window.todo_page.model.data(window.todo_page.model.index(0, 4)) == "1 Ärende Väst"


def test_marking_the_follow_up_done_records_what_it_found(
    window: Any, qtbot: Any, controller: Any
) -> None:
    page = window.todo_page
    page.ui.todoTable.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.doneButton, Qt.MouseButton.LeftButton)
    done = page.done_window.window
    assert done.ui.itemLabel.text().startswith("Incident follow-up: Fritidsledare Åke")
    type_text(done.ui.outcomeEdit, "Åke mår bättre, vill inte ha mer stöd.")
    qtbot.mouseClick(
        done.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert _column(page, 2) == []
    conn = controller.session.vault.conn
    assert conn.execute("SELECT follow_up_done_on FROM incidents").fetchone() == (
        date.today().isoformat(),
    )
    assert conn.execute("SELECT kind, description FROM incident_supports").fetchall() == [
        ("follow_up", "Åke mår bättre, vill inte ha mer stöd.")
    ]
    incidents = window.incidents_page.model
    assert (
        incidents.data(incidents.index(0, 6))
        == f"{(date.today() - timedelta(2)).isoformat()} (done)"
    )
    form = window.edit_record("incident", 1)
    assert form.done_label.text() == f"done {date.today().isoformat()}"
    assert form.ui.supportTree.topLevelItem(0).text(1) == "Follow-up"


def test_a_follow_up_set_in_the_form_shows_in_att_gora(window: Any, qtbot: Any) -> None:
    window.show_section(window.ui.sectionStack.indexOf(window.incidents_page))
    qtbot.mouseClick(window.incidents_page.ui.newIncidentButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("incident", None)]
    assert not form.ui.addSupportButton.isEnabled()  # support is recorded once it is saved
    assert form.ui.supportHint.text() == ("Save the incident first; then record the support given.")
    type_text(form.ui.staffEdit, "Kurator Bo")
    type_text(form.ui.descriptionEdit, "Förföljd till bilen efter jobbet.")
    form.ui.followUpCheck.setChecked(True)
    form.ui.followUpEdit.setDate(QDate.currentDate().addDays(3))
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    window.show_section(todo_page.SECTION_INDEX)
    page = window.todo_page
    assert _column(page, 3) == [
        "Fritidsledare Åke: Hotades i telefon efter ett möte",
        "Kurator Bo: Förföljd till bilen efter jobbet.",
    ]
    assert _column(page, 1) == ["2 days overdue", ""]
