"""A wizard opened while a draft of it is stored asks whether to continue from it. Walked under
Xvfb with openbox at 1920x1080 and 150 %: the question was hidden behind the wizard, the wizard
took the keys and Esc did nothing (it waited for the hidden answer). The question was opened in
the wizard's showEvent, before the wizard's own window was shown, so the wizard became the
modal window on top of it. The question must be the modal window on top, blocking the wizard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kopingplan.gui.wizards import RelativeSupportWizard
from kopingplan.services import drafts

pytestmark = pytest.mark.gui


def test_the_draft_question_is_on_top_of_the_wizard(qtbot: Any, session: Any, gui: Any) -> None:
    first = RelativeSupportWizard(session, None)
    qtbot.addWidget(first)
    first.show()
    first.currentPage().ui.pseudonymEdit.setText("Moster K")
    first.save_draft_and_close()
    assert drafts.load_draft(session, "relative_support", "") is not None

    wizard = RelativeSupportWizard(session, None)
    qtbot.addWidget(wizard)
    wizard.open()  # modal, as the app's exec() shows it
    qtbot.waitUntil(lambda: wizard.question is not None)
    box = wizard.question
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    assert box.isVisible()
    # Answering it still works: the wizard goes on from the draft.
    wizard.question_buttons["resume"].click()
    qtbot.waitUntil(lambda: wizard.question is None)
    assert wizard.currentPage().ui.pseudonymEdit.text() == "Moster K"
    assert QApplication.activeModalWidget() is wizard
    wizard.reject()
