"""The period assessment's form behaves like every record form: Esc with typed text asks before
throwing it away (it closed silently before), Don't save closes and stores nothing, Cancel goes
back to the text, and a lock keeps the text as a draft that is offered again after unlocking,
even while the question is open. Through the real controller and main window."""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kopingplan import i18n
from kopingplan.gui.situation.situation_periods import AssessmentDialog
from kopingplan.services import drafts, situation

from gui_helpers import open_main_window, type_text, unlock

pytestmark = pytest.mark.gui

TYPED = "Rekryteringen kring Centrumskolan har ökat"
PERIOD = (date(2026, 7, 1), date(2026, 12, 31))


def _form(qtbot: Any, session: Any) -> AssessmentDialog:
    """A new assessment's form, shown, with text typed into it."""
    form = AssessmentDialog(session, PERIOD)
    form.show()  # not given to qtbot: a closed record form deletes itself
    qtbot.waitExposed(form)
    type_text(form.ui.textEdit, TYPED)
    return form


def _escape(qtbot: Any, form: AssessmentDialog) -> QMessageBox:
    qtbot.keyClick(form.ui.textEdit, Qt.Key.Key_Escape)
    question = form.unsaved_question
    assert question is not None and question.isVisible()
    assert form.isVisible()  # Esc did not throw the text away
    return question


def _shown_forms() -> list[Any]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, AssessmentDialog) and w.isVisible()
    ]


def test_esc_with_text_asks_in_swedish(gui: QApplication, qtbot: Any, session: Any) -> None:
    i18n.install_translators(gui, "sv")
    form = _form(qtbot, session)
    question = _escape(qtbot, form)
    assert question.text() == "Vill du spara ändringarna i formuläret?"
    words = {
        question.button(QMessageBox.StandardButton.Save).text(),
        question.button(QMessageBox.StandardButton.Discard).text(),
        question.button(QMessageBox.StandardButton.Cancel).text(),
    }
    assert words == {"&Spara", "Spara &inte", "Avbryt"}
    question.button(QMessageBox.StandardButton.Cancel).click()
    form.close_for_lock()


def test_esc_without_changes_closes_unasked(gui: QApplication, qtbot: Any, session: Any) -> None:
    form = AssessmentDialog(session, PERIOD)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClick(form.ui.textEdit, Qt.Key.Key_Escape)
    assert form.unsaved_question is None
    qtbot.waitUntil(lambda: not _shown_forms())


def test_dont_save_closes_and_stores_nothing(gui: QApplication, qtbot: Any, session: Any) -> None:
    form = _form(qtbot, session)
    question = _escape(qtbot, form)
    question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not _shown_forms())
    assert situation.assessments(session) == []
    assert drafts.load_draft(session, "situation_assessment", "new") is None


def test_cancel_goes_back_to_the_text(gui: QApplication, qtbot: Any, session: Any) -> None:
    form = _form(qtbot, session)
    question = _escape(qtbot, form)
    question.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: form.unsaved_question is None)
    assert form.isVisible() and form.ui.textEdit.toPlainText() == TYPED
    assert situation.assessments(session) == []
    # Save from the same question stores it.
    _escape(qtbot, form).button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not _shown_forms())
    assert [found.text for found in situation.assessments(session)] == [TYPED]


@pytest.mark.parametrize("asking", [False, True], ids=["typing", "asking"])
def test_a_lock_keeps_the_text_as_a_draft_that_comes_back(
    controller: Any,
    qtbot: Any,
    session: Any,
    vault_paths: Any,
    caplog: pytest.LogCaptureFixture,
    asking: bool,
) -> None:
    window = open_main_window(controller, qtbot, session, vault_paths)
    caplog.set_level(logging.WARNING)
    page = window.situation_page
    panel = page.assessments
    panel.newButton.click()
    form = panel.open_dialog.window
    assert isinstance(form, AssessmentDialog)
    form.ui.firstDayEdit.setDate(form.ui.firstDayEdit.date().addDays(-1))
    period = (form.ui.firstDayEdit.date(), form.ui.lastDayEdit.date())
    type_text(form.ui.textEdit, TYPED)
    question = _escape(qtbot, form) if asking else None

    controller.lock()  # returns: the question does not hold the lock up

    assert controller.locked
    assert not _shown_forms()
    assert question is None or not question.isVisible()
    window = unlock(controller, qtbot)
    assert window is not None
    payload = drafts.load_draft(controller.session, "situation_assessment", "new")
    assert payload is not None and TYPED in json.dumps(payload, ensure_ascii=False)
    bars = [bar for bar in window.notices() if bar.key == "drafts"]
    assert bars, "the draft is offered again"
    qtbot.mouseClick(bars[0].buttons[0], Qt.MouseButton.LeftButton)
    (again,) = _shown_forms()
    assert again.ui.textEdit.toPlainText() == TYPED
    page = window.situation_page  # over its section's tab, as it was opened
    assert window.ui.sectionStack.currentWidget() is page
    assert page.ui.tabs.currentWidget() is page.assessments
    assert (again.ui.firstDayEdit.date(), again.ui.lastDayEdit.date()) == period
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_a_correction_kept_at_a_lock_comes_back_as_the_correction(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    stored = situation.add_assessment(session, *PERIOD, "Läget är lugnt.")
    window = open_main_window(controller, qtbot, session, vault_paths)
    panel = window.situation_page.assessments
    assert panel.show_assessment(int(stored.id or 0))
    panel.correctButton.click()
    form = panel.open_dialog.window
    assert isinstance(form, AssessmentDialog) and form.ui.reasonEdit.isVisible()
    type_text(form.ui.textEdit, " Men oroligt vid skolan.")
    type_text(form.ui.reasonEdit, "ny uppgift")
    typed = form.ui.textEdit.toPlainText()
    assert typed != "Läget är lugnt."
    controller.lock()
    window = unlock(controller, qtbot)
    bars = [bar for bar in window.notices() if bar.key == "drafts"]
    qtbot.mouseClick(bars[0].buttons[0], Qt.MouseButton.LeftButton)
    (again,) = _shown_forms()
    assert again.record is not None and again.record.id == stored.id
    assert again.ui.textEdit.toPlainText() == typed
    assert again.ui.reasonEdit.isVisible() and again.ui.reasonEdit.text() == "ny uppgift"
    assert situation.assessments(controller.session)[0].text == "Läget är lugnt."  # not saved
