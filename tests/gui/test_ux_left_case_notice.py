"""The case window's notice line speaks of the last thing done: an action that succeeds
replaces or clears the notice of an earlier one ("Corrected. …" does not stay up after a
person was taken out of the case, the case reopened or a wizard finished)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from test_incoming_in_case_tab import choose, click, linked
from test_incoming_in_case_tab import view as incoming_view

from kopingplan.domain import model
from kopingplan.services import cases

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui
__all__ = ["incoming_view", "linked"]  # fixtures: a case window with incoming items linked


@pytest.fixture
def view(controller: Any, qtbot: Any, session: Any, vault_paths: Any, request: Any) -> Any:
    (case_id,) = add_cases(session, [("Ärende med anteckning", "specific")])
    if getattr(request, "param", "") == "closed":
        cases.close_case(session, case_id, "Insatsen avslutad")
    note = session.save(model.Note(case_id, datetime(2026, 3, 4, 9, 30, tzinfo=UTC), "Samtal"))
    mentor = session.save(model.Person(given_name="Maja", family_name="Mentorsson"))
    session.save(model.CaseParticipant(case_id, mentor.id, model.CaseRole.PROFESSIONAL))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    opened = window.open_case(case_id)
    opened.note_id = note.id
    return opened


def _correct_note(view: Any) -> None:
    """An earlier action that leaves a notice in the window."""
    correction = view.open_correction("note_correction", view.note_id)
    correction.ui.textEdit.setPlainText("Samtal med mentorn")
    assert correction.save()
    assert view.ui.messageLabel.text().startswith("Corrected.")
    assert view.ui.messageLabel.isVisible()


def test_taking_a_person_out_of_the_case_clears_an_earlier_notice(view: Any) -> None:
    _correct_note(view)
    ((participant, _person),) = view.detail.participants
    removal = view.open_removal(participant.id)
    type_text(removal.ui.reasonEdit, "Registrerad i fel ärende")
    assert removal.save()
    assert view.ui.messageLabel.text() == ""
    assert not view.ui.messageLabel.isVisible()


@pytest.mark.parametrize("view", ["closed"], indirect=True)
def test_reopening_the_case_clears_an_earlier_notice(view: Any, qtbot: Any) -> None:
    _correct_note(view)
    qtbot.mouseClick(view.ui.statusButton, Qt.MouseButton.LeftButton)
    box = view.findChild(QMessageBox, "reopenQuestion")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.case.status == model.CaseStatus.OPEN)
    assert view.ui.messageLabel.text() == ""


def test_a_wizard_that_saved_clears_an_earlier_notice(view: Any, qtbot: Any) -> None:
    """The wizards run modally and say whether they saved (open_*_wizard); stand-ins here."""
    _correct_note(view)
    view._support_wizard = lambda _parent, _session, _case_id: False  # closed, nothing saved
    qtbot.mouseClick(view.ui.supportButton, Qt.MouseButton.LeftButton)
    assert view.ui.messageLabel.text().startswith("Corrected.")
    view._support_wizard = lambda _parent, _session, _case_id: True  # a relative's contact saved
    qtbot.mouseClick(view.ui.supportButton, Qt.MouseButton.LeftButton)
    assert view.ui.messageLabel.text() == ""


def test_an_incoming_item_moved_from_the_tab_clears_an_earlier_notice(
    incoming_view: Any, qtbot: Any, session: Any, linked: dict[str, int]
) -> None:
    view = incoming_view
    note = session.save(model.Note(linked["case"], datetime(2026, 3, 4, 9, 30, tzinfo=UTC), "x"))
    view.note_id = note.id
    _correct_note(view)
    choose(view, linked["message"])
    click(qtbot, view.incoming.actions.moveButton)
    dialog = view.incoming.actions.dialog
    dialog.caseCombo.setCurrentIndex(0)  # "No case (unlink it)"
    dialog.reasonEdit.setText("Gäller ett annat ärende.")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert view.ui.incomingNote.text().endswith("is linked to no case now.")
    assert view.ui.messageLabel.text() == ""
