"""A message on screen follows a language switch by itself: MessageLabel says it again when
its label gets Qt's LanguageChange, so no window writes a refresh for it (the triage window
never did, and its message stayed in the old language)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kopingplan.gui.cases.triage_dialog import CaseTriageDialog
from kopingplan.gui.exchange.exchange_legal_bases import LegalBasesDialog

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def _switches(controller: Any, label: Any, english: str, swedish: str) -> None:
    assert label.text() == english
    controller.set_language("sv")
    assert label.text() == swedish
    controller.set_language("en")
    assert label.text() == english


def test_the_triage_windows_refusal_is_said_in_swedish_after_a_switch(
    controller: Any, qtbot: Any, session: Any
) -> None:
    (case_id,) = add_cases(session, [("Adam", "individual")])
    dialog = CaseTriageDialog(session, case_id, "Adam")
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.ui.setFlagButton, Qt.MouseButton.LeftButton)  # no reason typed
    english = dialog.ui.messageLabel.text()
    assert english.startswith("Reason: ") and dialog.message.is_error

    controller.set_language("sv")
    swedish = dialog.ui.messageLabel.text()
    assert swedish.startswith("Skäl: ") and swedish != english
    assert dialog.message.is_error
    controller.set_language("en")
    assert dialog.ui.messageLabel.text() == english


def test_the_legal_bases_message_is_said_in_swedish_after_a_switch(
    controller: Any, qtbot: Any, session: Any
) -> None:
    dialog = LegalBasesDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)

    _switches(
        controller,
        dialog.ui.messageLabel,
        "The shipped texts are back. Save to keep them.",
        "De levererade texterna är tillbaka. Spara för att behålla dem.",
    )
