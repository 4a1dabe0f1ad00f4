"""Editing cases as a user does: create, validate while typing, undo, the unsaved-changes
question, move level and close with a reason, reopen, and notes and contacts in the timeline."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kopingplan.domain import model
from kopingplan.services import follow_ups

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Bertil i skolan", "specific"), ("Zara, anhörigsamtal", "general")])
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _titles(window: Any) -> list[str]:
    page_model = window.case_list.model
    return [
        page_model.data(page_model.index(r, 1)) for r in range(page_model.rowCount(QModelIndex()))
    ]


def _open(window: Any, title: str) -> Any:
    page_model = window.case_list.model
    row = _titles(window).index(title)
    return window.open_case(page_model.case_id(row))


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _save_button(form: Any) -> Any:
    from PySide6.QtWidgets import QDialogButtonBox

    return form.ui.buttonBox.button(
        QDialogButtonBox.StandardButton.Save
    ) or form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def test_ctrl_n_creates_a_case_that_opens_and_is_listed(window: Any, qtbot: Any) -> None:
    QTest.keyClick(window.case_list.ui.caseTable, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.new_case_window.window
    assert form is not None and form.isVisible()
    assert form.ui.headingLabel.text() == "New case"
    assert form.focusWidget() is form.ui.titleEdit
    type_text(form.ui.titleEdit, "Åke på biblioteket")
    form.ui.levelCombo.setFocus()
    QTest.keyClick(form.ui.levelCombo, Qt.Key.Key_Down)  # General → Specific
    form.ui.orientationCombo.setCurrentIndex(form.ui.orientationCombo.findData("right"))
    type_text(form.ui.summaryEdit, "Oro från personalen.")
    _click(qtbot, _save_button(form))

    assert "Åke på biblioteket" in _titles(window)
    assert window.case_list.ui.countLabel.text() == "3 cases"
    (view,) = [v for v in window.case_views if v.ui.titleLabel.text() == "Åke på biblioteket"]
    assert view.ui.levelValue.text() == "Specific"
    assert view.ui.orientationValue.text() == "Right-wing extremism"
    assert view.ui.summaryText.toPlainText() == "Oro från personalen."


def test_problems_show_under_the_field_while_typing(window: Any, qtbot: Any) -> None:
    form = window.new_case()
    assert form.shown_problem("title") == ""  # nothing typed yet: no complaint
    type_text(form.ui.titleEdit, "x")
    QTest.keyClick(form.ui.titleEdit, Qt.Key.Key_Backspace)
    assert form.shown_problem("title") == "Must be filled in."
    type_text(form.ui.titleEdit, "A" * 301)
    assert form.shown_problem("title") == "Is too long."
    form.ui.titleEdit.setText("Aron")
    assert form.shown_problem("title") == ""

    form.ui.titleEdit.clear()
    _click(qtbot, _save_button(form))  # refused: the form stays, the field says why
    assert form.isVisible() and form.shown_problem("title") == "Must be filled in."
    assert form.focusWidget() is form.ui.titleEdit
    assert window.case_list.ui.countLabel.text() == "2 cases"


def test_ctrl_z_undoes_typing_in_the_open_form(window: Any) -> None:
    view = _open(window, "Bertil i skolan")
    form = view.open_form("case")
    edit = form.ui.titleEdit
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_End)
    type_text(edit, " och fritids")
    assert edit.text() == "Bertil i skolan och fritids"
    for _ in range(len(" och fritids")):
        QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "Bertil i skolan"
    assert not form.dirty


def _question(form: Any) -> QMessageBox:
    box = form.unsaved_question
    assert box is not None and box.isVisible()
    return box


def test_closing_with_unsaved_changes_asks(window: Any, qtbot: Any, controller: Any) -> None:
    view = _open(window, "Bertil i skolan")
    form = view.open_form("case")
    form.ui.titleEdit.setText("Bertil, ny titel")

    QTest.keyClick(form, Qt.Key.Key_Escape)
    box = _question(form)
    assert {b.text() for b in box.buttons()} == {"&Save", "&Don't save", "Cancel"}
    _click(qtbot, box.button(QMessageBox.StandardButton.Cancel))  # keep editing
    assert form.isVisible() and form.ui.titleEdit.text() == "Bertil, ny titel"

    form.reject()
    _click(qtbot, _question(form).button(QMessageBox.StandardButton.Discard))
    qtbot.waitUntil(lambda: "case" not in view._forms, timeout=2000)
    assert controller.session.get(model.Case, view.case_id).title == "Bertil i skolan"

    form = view.open_form("case")
    form.ui.titleEdit.setText("Bertil, ny titel")
    form.reject()
    _click(qtbot, _question(form).button(QMessageBox.StandardButton.Save))
    assert controller.session.get(model.Case, view.case_id).title == "Bertil, ny titel"
    assert view.ui.titleLabel.text() == "Bertil, ny titel"  # the case window read it again
    assert "Bertil, ny titel" in _titles(window)


def test_an_unchanged_form_closes_without_asking(window: Any, qtbot: Any) -> None:
    view = _open(window, "Bertil i skolan")
    form = view.open_form("case")
    QTest.keyClick(form, Qt.Key.Key_Escape)
    assert form.unsaved_question is None
    qtbot.waitUntil(lambda: "case" not in view._forms, timeout=2000)


def test_moving_a_level_needs_a_reason_and_lands_in_the_history(
    window: Any, qtbot: Any, controller: Any
) -> None:
    view = _open(window, "Bertil i skolan")
    _click(qtbot, view.ui.levelButton)
    form = view._forms["case_level"]
    assert form.ui.levelCombo.currentText() == "Individual"  # one step on from specific
    _click(qtbot, _save_button(form))  # disabled: it says what is missing
    assert form.isVisible() and _save_button(form).toolTip() == "Fill in: Reason"

    type_text(form.ui.reasonEdit, "Oron har ökat efter händelsen på skolgården.")
    assert form.shown_problem("reason") == ""
    _click(qtbot, _save_button(form))
    assert view.ui.levelValue.text() == "Individual"
    last = view.ui.levelTree.topLevelItem(view.ui.levelTree.topLevelItemCount() - 1)
    assert [last.text(1), last.text(2)] == ["Specific", "Individual"]
    assert last.text(3) == "Oron har ökat efter händelsen på skolgården."
    assert controller.session.get(model.Case, view.case_id).level == model.Level.INDIVIDUAL


def test_close_with_a_reason_then_reopen(window: Any, qtbot: Any, controller: Any) -> None:
    view = _open(window, "Zara, anhörigsamtal")
    assert view.ui.statusButton.text() == "Clo&se case…"
    _click(qtbot, view.ui.statusButton)
    form = view._forms["case_close"]
    type_text(form.ui.reasonEdit, "Familjen har fått stöd från socialtjänsten.")
    _click(qtbot, _save_button(form))
    assert view.ui.statusValue.text().startswith("Closed on ")
    assert "Familjen har fått stöd" in view.ui.statusValue.text()
    assert not view.ui.levelButton.isEnabled()  # a closed case does not move

    _click(qtbot, view.ui.statusButton)  # now "Reopen…": a plain question
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "reopenQuestion")
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    assert view.ui.statusValue.text() == "Open"
    assert controller.session.get(model.Case, view.case_id).status == model.CaseStatus.OPEN


def test_a_note_and_a_contact_appear_in_the_timeline(
    window: Any, qtbot: Any, controller: Any
) -> None:
    view = _open(window, "Bertil i skolan")
    assert view.ui.timelineTree.topLevelItemCount() == 1  # the level it started on

    _click(qtbot, view.ui.noteButton)
    note = view._forms["note"]
    assert note.focusWidget() is note.ui.textEdit
    type_text(note.ui.textEdit, "Samtal med mentorn om frånvaron.")
    type_text(note.ui.sourceEdit, "Skolan")
    _click(qtbot, _save_button(note))

    _click(qtbot, view.ui.contactButton)
    contact = view._forms["contact"]
    contact.ui.channelCombo.setCurrentIndex(contact.ui.channelCombo.findData("home_visit"))
    type_text(contact.ui.summaryEdit, "Hembesök hos familjen.")
    contact.ui.followUpCheck.setChecked(True)
    _click(qtbot, _save_button(contact))

    texts = [
        view.ui.timelineTree.topLevelItem(i).text(2)
        for i in range(view.ui.timelineTree.topLevelItemCount())
    ]
    kinds = [
        view.ui.timelineTree.topLevelItem(i).text(1)
        for i in range(view.ui.timelineTree.topLevelItemCount())
    ]
    assert "Samtal med mentorn om frånvaron." in texts
    assert "Hembesök hos familjen." in texts
    assert {"Note", "Contact"} <= set(kinds)
    # The contact asked for a follow-up.
    due = follow_ups.due_items(controller.session, _in_days(30))
    assert [item.kind for item in due] == ["contact"]


def _in_days(days: int) -> Any:
    from datetime import date, timedelta

    return date.today() + timedelta(days=days)


def test_wizard_buttons_hidden_without_the_wizards(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopingplan.gui.cases import case_view

    monkeypatch.setattr(case_view, "wizard", lambda name: None)
    view = _open(window, "Bertil i skolan")
    view.ui.tabs.setCurrentIndex(2)
    assert not view.ui.exitPlanButton.isVisible()
    assert not view.ui.supportButton.isVisible()
    assert view.ui.exitPlanLabel.text() == "No exit plan."
    assert view.ui.supportNote.text() == "No relative has been in touch about this case."


def test_wizard_buttons_call_the_wizards(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kopingplan.gui.cases import case_view

    calls: list[tuple[str, int]] = []

    def fake(name: str) -> Any:
        return lambda parent, session, case_id: calls.append((name, case_id))

    monkeypatch.setattr(case_view, "wizard", fake)
    view = _open(window, "Bertil i skolan")
    view.ui.tabs.setCurrentIndex(2)
    assert view.ui.exitPlanButton.isVisible() and view.ui.supportButton.isVisible()
    view.ui.exitPlanButton.click()
    view.ui.supportButton.click()
    assert calls == [
        ("open_exit_plan_wizard", view.case_id),
        ("open_relative_support_wizard", view.case_id),
    ]


def test_add_a_person_to_the_case(window: Any, qtbot: Any, controller: Any) -> None:
    controller.session.save(model.Person(given_name="Åsa", family_name="Åberg"))
    controller.session.save(model.Person(given_name="Adam", family_name="Åkesson"))
    view = _open(window, "Bertil i skolan")
    qtbot.mouseClick(view.ui.addPersonButton, Qt.MouseButton.LeftButton)
    form = view._forms["participant"]
    assert form.focusWidget() is form.ui.findEdit
    save = _save_button(form)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # disabled: it says what is missing
    assert form.isVisible() and save.toolTip() == "Fill in: Person"

    type_text(form.ui.findEdit, "åsa åb")
    assert form.ui.personCombo.currentText() == "Åberg, Åsa"
    type_text(form.ui.relationEdit, "mamma")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    tree = view.ui.participantsTree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())
    ]
    assert rows == [["Åsa Åberg", "Relative", "mamma"]]

    form = view.open_form("participant")
    type_text(form.ui.findEdit, "åberg")
    qtbot.mouseClick(_save_button(form), Qt.MouseButton.LeftButton)
    assert form.shown_problem("person_id") == "Is already in the case with this role."


def test_a_new_person_straight_from_the_case(window: Any, qtbot: Any) -> None:
    view = _open(window, "Bertil i skolan")
    form = view.open_form("participant")
    qtbot.mouseClick(form.ui.newPersonButton, Qt.MouseButton.LeftButton)
    person_form = form.finder.person_form
    type_text(person_form.ui.givenEdit, "Örjan")
    type_text(person_form.ui.familyEdit, "Öst")
    person_form.save()
    assert form.ui.personCombo.currentText() == "Öst, Örjan"
    form.ui.roleCombo.setCurrentIndex(form.ui.roleCombo.findData("subject"))
    form.save()
    assert view.ui.participantsTree.topLevelItem(0).text(1) == "Subject of the case"


def test_closing_the_case_window_asks_for_a_form_with_unsaved_input(
    window: Any, qtbot: Any
) -> None:
    view = _open(window, "Bertil i skolan")
    note = view.open_form("note")
    note.ui.textEdit.setPlainText("Halvfärdig anteckning")
    view.close()
    assert view.isVisible() and note.isVisible()  # nothing lost
    assert note.unsaved_question is not None
    qtbot.mouseClick(
        note.unsaved_question.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton
    )
    view.close()
    assert not view.isVisible()
