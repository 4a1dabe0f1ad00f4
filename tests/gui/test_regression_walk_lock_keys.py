"""Ctrl+L locks from a modal window too (seen on the regression walk under Xvfb): the main
window's Lock action is an application shortcut, but Qt does not fire it while a modal window
(the exit-plan wizard, a safety dialog) blocks the main window, so the keys did nothing there."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kopingplan.gui.wizards import ExitPlanWizard
from kopingplan.services import drafts

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


def test_ctrl_l_in_the_modal_wizard_locks_and_keeps_a_draft(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    view = window.open_case(case_id)
    seen: list[ExitPlanWizard] = []
    locked_by_keys: list[bool] = []

    def type_then_press_ctrl_l() -> None:
        wizard = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExitPlanWizard) and w.isVisible()
        )
        seen.append(wizard)
        field = wizard.currentPage().ui.situationEdit
        type_text(field, "Låst med tangenterna")
        QTest.keyClick(field, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        with contextlib.suppress(TimeoutError):  # told below: the keys did nothing
            qtbot.waitUntil(lambda: controller.locked)  # they lock from a call Qt posts
        locked_by_keys.append(controller.locked)
        if not controller.locked:  # the keys did nothing: end the modal run for the asserts
            controller.lock()

    QTimer.singleShot(0, type_then_press_ctrl_l)
    view.ui.exitPlanButton.click()  # runs the wizard modally until the lock closes it

    assert seen and locked_by_keys == [True], "Ctrl+L in the wizard did not lock"
    window = unlock(controller, qtbot)
    draft = drafts.load_draft(controller.session, "exit_plan", str(case_id))
    assert draft is not None
    assert draft["fields"]["situation"] == "Låst med tangenterna"
