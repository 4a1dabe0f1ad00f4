"""Small things found on a walk of the program: a referred concern's required fields are
marked; the case window's notice of a correction goes once a later contact is saved; the
question "Keep what you have written?" has an Alt key for each answer, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_concern_correction_gui import _form
from test_concerns_gui import _concern

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.gui.wizards import ExitPlanWizard

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


def test_a_referred_concerns_own_fields_get_the_required_mark(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    form = _form(session, _concern(session, "En granne ringde om en ung man"), qtbot)
    ui = form.ui
    assert not ui.referredToLabel.text().endswith("*")
    assert not ui.reasonLabel.text().endswith("*")
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("referred"))
    assert ui.referredToLabel.text().endswith(" *")
    assert ui.reasonLabel.text().endswith(" *")
    assert "Required" in ui.referredToEdit.accessibleDescription()
    # No action asks for the reason only; the mark leaves "Referred to".
    ui.decisionCombo.setCurrentIndex(ui.decisionCombo.findData("no_action"))
    assert not ui.referredToLabel.text().endswith("*")
    assert "Required" not in ui.referredToEdit.accessibleDescription()
    assert ui.reasonLabel.text().endswith(" *")
    # Not screened yet: neither is asked for.
    ui.decisionCombo.setCurrentIndex(0)
    assert not ui.reasonLabel.text().endswith("*")
    form.close()


def test_the_case_windows_correction_notice_goes_when_a_contact_is_saved(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    (case_id,) = add_cases(session, [("Ärende med anteckning", "specific")])
    note = session.save(model.Note(case_id, datetime(2026, 3, 4, 9, 30, tzinfo=UTC), "Samtal"))
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    view = window.open_case(case_id)
    correction = view.open_correction("note_correction", note.id)
    correction.ui.textEdit.setPlainText("Samtal med mentorn")
    assert correction.save()
    assert view.ui.messageLabel.text().startswith("Corrected.")
    qtbot.mouseClick(view.ui.contactButton, Qt.MouseButton.LeftButton)
    contact = view._forms["contact"]
    type_text(contact.ui.summaryEdit, "Hembesök hos familjen.")
    assert contact.save()
    assert view.ui.messageLabel.text() == ""


@pytest.mark.parametrize("language", ["en", "sv"])
def test_keep_what_you_have_written_answers_have_alt_keys_of_their_own(
    gui: QApplication, qtbot: Any, session: Any, language: str
) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    i18n.install_translators(gui, language)
    try:
        wizard = ExitPlanWizard(session, case_id)
        qtbot.addWidget(wizard)
        wizard.show()
        type_text(wizard.currentPage().ui.situationEdit, "Något")
        wizard.reject()
        assert wizard.question is not None
        texts = [button.text() for button in wizard.question_buttons.values()]
        keys = [text[text.index("&") + 1].lower() for text in texts if "&" in text]
        assert len(keys) == 3 and len(set(keys)) == 3, texts
        wizard.question_buttons["keep"].click()
    finally:
        i18n.install_translators(gui, "en")
