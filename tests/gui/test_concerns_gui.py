"""Inkommande oro in the program: the section, taking a concern in, screening it three ways,
the case link both ways, Att göra and search opening the concern; each reading audited."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model
from kopingplan.services import concerns

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

RECEIVED = date.today() - timedelta(days=2)


def _concern(session: Any, words: str, **changes: Any) -> model.Concern:
    values: dict[str, Any] = {
        "received_on": RECEIVED,
        "source": model.ConcernSource.ANONYMOUS,
        "channel": model.ConcernChannel.PHONE,
        "description": words,
        "recorded_at": datetime.now(UTC),
        "recorded_by": "Anna Lindqvist",
        "orientation": model.Orientation.RIGHT,
    }
    values.update(changes)
    return concerns.add_concern(session, model.Concern(**values))


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    session.save(model.Organisation("Norra skolan", model.OrganisationKind.SCHOOL))
    session.save(model.Case("Ärende Norra", model.Level.SPECIFIC, model.Orientation.RIGHT,
                            date(2026, 1, 5)))  # fmt: skip
    _concern(session, "Grannen hörde hotfulla uttalanden i trapphuset")
    _concern(session, "Skolan ser nya symboler på elevens väska", received_on=date(2025, 5, 2))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(opened.ui.sectionStack.indexOf(opened.concerns_page))
    return opened


def _column(page: Any, column: int) -> list[str]:
    found = page.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def _actions(window: Any, action: str) -> int:
    conn = window.session.vault.conn
    row = conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()
    return int(row[0])


def _save(form: Any) -> Any:
    return form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def _open_row(window: Any, row: int) -> Any:
    page = window.concerns_page
    table = page.ui.concernTable
    table.setFocus()
    table.setCurrentIndex(page.model.index(row, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    concern_id = page.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
    return window.windows._forms[("concern", concern_id)]


def test_the_section_sits_between_cases_and_people_with_its_shortcut(window: Any) -> None:
    names = [window.ui.sectionList.item(i).text() for i in range(window.ui.sectionList.count())]
    assert names[:3] == ["Cases", "Incoming concerns", "People and organisations"]
    window.show_section(0)
    window.activateWindow()
    QTest.keyClick(window.case_list.ui.caseTable, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.sectionStack.currentWidget() is window.concerns_page


def test_the_list_and_its_filters(window: Any) -> None:
    page = window.concerns_page
    assert _column(page, 3)[0] == "Grannen hörde hotfulla uttalanden i trapphuset"
    assert _column(page, 6) == ["To screen", "To screen"]
    assert page.ui.countLabel.text() == "2 concerns"
    page.ui.yearFilter.setCurrentIndex(page.ui.yearFilter.findData(2025))
    assert _column(page, 3) == ["Skolan ser nya symboler på elevens väska"]
    page.ui.stateFilter.setCurrentIndex(page.ui.stateFilter.findData("no_action"))
    assert _column(page, 3) == []
    assert page.empty_hint.isVisible() or page.model.rowCount(QModelIndex()) == 0


def test_a_concern_is_taken_in_and_shows_in_to_do(window: Any, qtbot: Any) -> None:
    page = window.concerns_page
    qtbot.mouseClick(page.ui.newConcernButton, Qt.MouseButton.LeftButton)
    form = window.windows._forms[("concern", None)]
    ui = form.ui
    assert not ui.decisionCombo.isEnabled()  # screened once taken in
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData("organisation"))
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert "What was said" in _save(form).toolTip()
    ui.organisationCombo.setCurrentIndex(1)
    type_text(ui.raisedByEdit, "Rektor Eva Ström")
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("letter"))
    type_text(ui.descriptionEdit, "Eleven har hotat en lärare och visat bilder på vapen.")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert _column(page, 1)[0] == "Norra skolan, Rektor Eva Ström"
    assert _column(page, 2)[0] == "Letter"
    assert page.ui.countLabel.text() == "3 concerns"
    assert _actions(window, "concerns.add") == 3
    todo = window.todo_page
    todo.refresh()
    kinds = [todo.model.index(r, 2).data() for r in range(todo.model.rowCount(QModelIndex()))]
    assert kinds.count("Concern to screen") == 3


def test_screening_three_ways_and_the_case_link_both_ways(window: Any, qtbot: Any) -> None:
    page = window.concerns_page
    # No action: the reason is asked for, then the concern is decided and read-only.
    form = _open_row(window, 0)
    assert _actions(window, "concerns.open") == 1
    ui = form.ui
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("no_action"))
    assert ui.reasonEdit.isEnabled() and not ui.referredToEdit.isEnabled()
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and "Reason" in _save(form).toolTip()
    type_text(ui.reasonEdit, "Inget som tyder på extremism")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert _column(page, 6)[0] == "No action"

    # Referred elsewhere: to whom and why.
    form = _open_row(window, 1)
    ui = form.ui
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("referred"))
    type_text(ui.referredToEdit, "Elevhälsan")
    type_text(ui.reasonEdit, "Skolans egen fråga")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert _column(page, 6)[1] == "Referred elsewhere"
    assert _actions(window, "concerns.decide") == 2

    # A decided concern opens read-only, without Save.
    form = _open_row(window, 1)
    assert not form.ui.decisionCombo.isEnabled() and not _save(form).isVisible()
    assert "Referred elsewhere" in form.ui.headingLabel.text()
    form.close()


def test_a_new_case_from_a_concern_and_back(window: Any, qtbot: Any) -> None:
    page = window.concerns_page
    form = _open_row(window, 0)
    ui = form.ui
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("case_opened"))
    assert ui.caseSpin.value() == 0 and ui.caseSpin.text() == "New case"
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert form.isVisible() and "New case title" in _save(form).toolTip()
    type_text(ui.newCaseTitleEdit, "Oro i trapphuset")
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    assert _column(page, 6)[0] == "Case 2"
    assert window.case_list.model.rowCount(QModelIndex()) == 2  # the new case is listed
    todo = window.todo_page
    todo.refresh()
    kinds = [todo.model.index(r, 2).data() for r in range(todo.model.rowCount(QModelIndex()))]
    assert kinds.count("Concern to screen") == 1  # the other one is still open

    # Concern → case: the form's button opens the case window.
    form = _open_row(window, 0)
    assert form.ui.openCaseButton.isVisible()
    qtbot.mouseClick(form.ui.openCaseButton, Qt.MouseButton.LeftButton)
    (view,) = window.case_views
    assert view.case_id == 2 and view.detail.case.title == "Oro i trapphuset"
    form.close()
    # Case → concern: the case shows the concern it came from, as a link that opens it.
    label = view.ui.openedValue
    assert "after concern" in label.text() and "Phone" in label.text()
    window.windows._forms.clear()
    label.linkActivated.emit(label.text().split('href="')[1].split('"')[0])
    (opened,) = [f for key, f in window.windows._forms.items() if key[0] == "concern"]
    assert "Case opened" in opened.ui.headingLabel.text()
    opened.close()
    view.close()


def test_an_existing_case_number_links_the_concern(window: Any, qtbot: Any) -> None:
    form = _open_row(window, 1)
    ui = form.ui
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("case_opened"))
    ui.caseSpin.setValue(1)
    assert not ui.newCaseTitleEdit.isEnabled()
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    assert not form.isVisible()
    view = window.open_case(1)
    assert "after concern" in view.ui.openedValue.text()
    view.close()


def test_to_do_and_search_open_the_concern(window: Any, qtbot: Any) -> None:
    todo = window.todo_page
    todo.refresh()
    rows = range(todo.model.rowCount(QModelIndex()))
    row = next(r for r in rows if todo.model.index(r, 2).data() == "Concern to screen")
    table = todo.ui.todoTable
    table.setFocus()
    table.setCurrentIndex(todo.model.index(row, 0))
    QTest.keyClick(table, Qt.Key.Key_Return)
    forms = [key for key in window.windows._forms if key[0] == "concern"]
    assert len(forms) == 1
    window.windows._forms[forms[0]].close()
    window.windows._forms.clear()

    box = window.search_box
    box.setText("trapphuset")
    box.run_search()
    hits = box.results.hits()
    assert [hit.kind for hit in hits] == ["concern"]
    assert "Incoming concerns" in box.results.headings()[0]
    assert RECEIVED.isoformat() in box.results.tree.topLevelItem(0).child(0).text(0)
    QTest.keyClick(box.results.tree, Qt.Key.Key_Return)
    assert ("concern", hits[0].id) in window.windows._forms
    assert _actions(window, "concerns.open") == 2


def test_retention_deletes_a_no_action_concern_after_its_period_and_not_before(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    from unit.test_retention import _traces

    marker = "Kolibrimönstret"  # a word nothing else in the vault holds
    old = _concern(session, f"{marker} sågs på skolgården", received_on=date(2024, 1, 10))
    concerns.decide(session, old.id, "no_action", date(2024, 1, 12), "Anna", reason="Inget")
    recent = _concern(session, "Nyss bedömd oro")
    concerns.decide(session, recent.id, "no_action", date.today(), "Anna", reason="Inget")
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.safety.retention_action.trigger()
    dialog = window.safety.dialog
    table = dialog.ui.itemTable
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert rows == [("Concern that led to no action", f"{marker} sågs på skolgården")]
    assert _traces(window.session, marker) >= 2  # positive control: the row and the index
    table.selectRow(0)
    qtbot.mouseClick(dialog.ui.deleteButton, Qt.MouseButton.LeftButton)
    box = dialog.confirm_box
    delete = next(b for b in box.buttons() if b.text() == "&Delete")
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 0
    assert _traces(window.session, marker, checkpoint=False) == 0
    assert concerns.concern_count(window.session) == 1  # the recent one is kept
    dialog.close()
    window.show_section(window.ui.sectionStack.indexOf(window.concerns_page))
    window.concerns_page.apply_filters()
    assert window.concerns_page.ui.countLabel.text() == "1 concern"
