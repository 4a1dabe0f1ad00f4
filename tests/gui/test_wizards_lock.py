"""Locking while a wizard runs modally from a case window: the input is kept as a draft in the
vault and the wizard closes, through the real controller and case window."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kopingplan.gui.wizards import ExitPlanWizard
from kopingplan.services import drafts

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


def test_locking_during_the_modal_wizard_keeps_a_draft(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    view = window.open_case(case_id)
    assert view._exit_plan_wizard is not None  # the case window found the wizards
    seen: list[ExitPlanWizard] = []

    def type_then_lock() -> None:
        wizard = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExitPlanWizard) and w.isVisible()
        )
        seen.append(wizard)
        type_text(wizard.currentPage().ui.situationEdit, "Halvvägs när skärmen låstes")
        controller.lock()

    QTimer.singleShot(0, type_then_lock)
    view.ui.exitPlanButton.click()  # runs the wizard modally until the lock closes it

    assert controller.locked and seen and not seen[0].isVisible()
    window = unlock(controller, qtbot)
    assert window is not None
    draft = drafts.load_draft(controller.session, "exit_plan", str(case_id))
    assert draft is not None
    assert draft["fields"]["situation"] == "Halvvägs när skärmen låstes"
