"""What was typed into "Oral disclosure" survives a lock as an encrypted draft and comes back
after unlocking, as in the record forms (gui/common/drafts.py); recording it or closing the
dialog ends the draft; an untouched dialog leaves none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kopingplan.domain import model
from kopingplan.gui.exchange.oral_disclosure_dialog import OralDisclosureDialog
from kopingplan.services import drafts
from kopingplan.storage.repositories import exchange as exchange_repo

from gui_helpers import add_cases, type_text, unlock
from support import all_bytes

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
SAID = "Berättade Hemligtord om stödet hos kuratorn."


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Bertil i skolan", "specific")])
    session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _open(window: Any) -> OralDisclosureDialog:
    page = window.disclosures_page
    page.oral_button.click()
    dialog = page.oral_dialog
    assert isinstance(dialog, OralDisclosureDialog) and dialog.isVisible()
    return dialog


def _type(dialog: OralDisclosureDialog, case_id: int) -> None:
    ui = dialog.ui
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findText("Östra skolan"))
    ui.casesEdit.setText(str(case_id))
    type_text(ui.whatEdit, SAID)
    ui.basisCombo.setCurrentIndex(ui.basisCombo.findData("osl-10-2"))
    type_text(ui.roleEdit, "samordnare")
    type_text(ui.purposeEdit, "Skolans stöd till eleven")


def _reopen_from_notice(window: Any, qtbot: Any) -> OralDisclosureDialog:
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    assert "Hemligtord" not in bar.label.text()  # which form, never what was in it
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)
    dialog = window.disclosures_page.oral_dialog
    assert isinstance(dialog, OralDisclosureDialog) and dialog.isVisible()
    return dialog


def test_typed_words_come_back_after_a_lock_and_are_recorded(
    window: Any, controller: Any, qtbot: Any, vault_paths: Any
) -> None:
    case_id = int(window.case_list.model.case_id(0))
    dialog = _open(window)
    _type(dialog, case_id)
    controller.lock()
    assert b"Hemligtord" not in all_bytes(vault_paths.folder)  # kept, encrypted
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [
        controller.unlock_dialog
    ]
    window = unlock(controller, qtbot)

    dialog = _reopen_from_notice(window, qtbot)
    ui = dialog.ui
    assert ui.whatEdit.toPlainText() == SAID
    assert (ui.casesEdit.text(), ui.roleEdit.text()) == (str(case_id), "samordnare")
    assert ui.organisationCombo.currentText() == "Östra skolan"
    assert ui.basisCombo.currentData() == "osl-10-2"
    assert "back in the form" in ui.messageLabel.text()
    SHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # the message line takes its place in the layout
    dialog.grab().save(str(SHOTS / "oral_disclosure_draft.png"))
    session = controller.session
    before = exchange_repo.disclosure_count(session.vault.conn)
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert exchange_repo.disclosure_count(session.vault.conn) == before + 1
    assert drafts.load_draft(session, "oral_disclosure", "new") is None


def test_closing_the_dialog_throws_the_draft_away(window: Any, controller: Any, qtbot: Any) -> None:
    _type(_open(window), int(window.case_list.model.case_id(0)))
    controller.lock()
    window = unlock(controller, qtbot)
    dialog = _reopen_from_notice(window, qtbot)
    dialog.ui.buttonBox.rejected.emit()  # Cancel
    assert drafts.load_draft(controller.session, "oral_disclosure", "new") is None
    assert window.disclosures_page.oral_button.isEnabled()
    again = _open(window)  # a new dialog starts empty
    assert again.ui.whatEdit.toPlainText() == ""


def test_an_untouched_dialog_leaves_no_draft(window: Any, controller: Any, qtbot: Any) -> None:
    _open(window)
    controller.lock()
    window = unlock(controller, qtbot)
    assert not [bar for bar in window.notices() if bar.key == "drafts"]
    assert drafts.load_draft(controller.session, "oral_disclosure", "new") is None
