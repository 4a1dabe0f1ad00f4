"""Save draft in the export wizard after one of its cases was deleted elsewhere (the CLI,
another window): the vault does not keep a disclosure's draft naming a case it no longer has,
so the wizard says so, in the UI language, and stays open rather than closing as if the draft
were kept. Through the real controller and main window, as the coordinator drives it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from test_export_wizard_draft import Vault, no_warnings, open_wizard, prepare, stored
from test_export_wizard_draft import vault as vault  # the fixture: two cases, Utlämnanden

from kopingplan.domain import model
from kopingplan.services import drafts

pytestmark = pytest.mark.gui

NOT_KEPT = (
    "The draft was not kept: this disclosure names a case that is no longer in the vault (it "
    "was deleted after you chose it). Nothing was stored. To disclose what is still in the "
    "vault, prepare the disclosure again."
)
NOT_KEPT_SV = (
    "Utkastet sparades inte: utlämnandet gäller ett ärende som inte längre finns i valvet (det "
    "togs bort efter att du valde det). Ingenting sparades. Vill du lämna ut det som finns "
    "kvar i valvet får du förbereda utlämnandet på nytt."
)


def save_draft(wizard: Any, qtbot: Any) -> QMessageBox:
    """Esc, then Save draft in the question: the message the wizard shows."""
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.mouseClick(wizard.question_buttons["save"], Qt.MouseButton.LeftButton)
    box = wizard.warning
    assert isinstance(box, QMessageBox)
    return box


def test_save_draft_naming_a_case_deleted_meanwhile_says_it_was_not_kept(
    controller: Any, vault: Vault, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    window = vault.window
    wizard = open_wizard(window)
    prepare(wizard, qtbot, vault)  # both cases chosen, the decision typed
    window.session.delete(model.Case, vault.cases[1])  # elsewhere, the wizard still open

    box = save_draft(wizard, qtbot)

    assert box.isVisible() and box.text() == NOT_KEPT
    assert wizard.isVisible()  # not closed as if kept: what was typed is still there
    assert stored(window) is None and drafts.list_drafts(window.session) == []
    box.close()
    controller.set_language("sv")
    box = save_draft(wizard, qtbot)
    assert box.isVisible() and box.text() == NOT_KEPT_SV
    assert box.windowTitle() == "Inte sparat"
    assert stored(window) is None and drafts.list_drafts(window.session) == []
    controller.set_language("en")
    box.close()
    assert no_warnings(caplog)
