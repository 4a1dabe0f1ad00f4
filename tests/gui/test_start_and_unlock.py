"""First run, unlock and the start decision, driven as a user would through the dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.shell import vaults
from kopingplan.storage.vault import VaultPaths

from gui_helpers import PASSPHRASE, type_text, unlock

pytestmark = pytest.mark.gui


def test_first_run_creates_a_vault_and_lands_in_the_main_window(
    controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    controller.start(None)
    dialog = controller.first_run
    assert dialog is not None and dialog.isVisible()
    assert controller.main_window is None

    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.pages.currentWidget() is dialog.ui.createPage
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    type_text(dialog.ui.repeatEdit, PASSPHRASE)
    type_text(dialog.ui.nameEdit, "Anna Lindqvist")
    type_text(dialog.ui.organisationEdit, "Köpings kommun")
    folder = tmp_path / "nested" / "my vault"  # parents are made for the user
    dialog.ui.locationEdit.setText(str(folder))
    qtbot.mouseClick(dialog.ui.createVaultButton, Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert not dialog.isVisible()
    assert window.windowTitle() == "Köpingplan"
    assert window.case_list.ui.countLabel.text() == "0 cases"
    assert VaultPaths(folder).exists()
    assert app_settings.last_vault() == folder


def test_weak_passphrase_is_explained_and_refused(
    controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    controller.start(tmp_path / "vault")
    dialog = controller.first_run
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    type_text(dialog.ui.passphraseEdit, "sommar2024")
    assert dialog.ui.strengthLabel.text() == "Very weak"
    reasons = dialog.ui.problemsLabel.text()
    assert "shorter than 12 characters" in reasons
    assert "common password" in reasons

    type_text(dialog.ui.repeatEdit, "sommar2024")
    type_text(dialog.ui.nameEdit, "Anna")
    type_text(dialog.ui.organisationEdit, "Köpings kommun")
    qtbot.mouseClick(dialog.ui.createVaultButton, Qt.MouseButton.LeftButton)
    assert "stronger passphrase" in dialog.ui.createMessage.text()
    assert controller.main_window is None
    assert not VaultPaths(tmp_path / "vault").exists()


def test_mismatched_repeat_is_shown_before_creating(
    controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    controller.start(tmp_path / "vault")
    dialog = controller.first_run
    qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    type_text(dialog.ui.repeatEdit, PASSPHRASE[:-1])
    assert dialog.ui.problemsLabel.text() == "The two passphrases differ."
    assert dialog.ui.strengthLabel.text() in ("Strong", "Very strong")


def test_later_starts_go_to_the_unlock_dialog_for_the_last_vault(
    controller: Any, closed_vault: VaultPaths
) -> None:
    app_settings.remember_vault(closed_vault.folder)
    controller.start(None)
    assert controller.first_run is None
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert str(closed_vault.folder) in dialog.ui.vaultLabel.text()


def test_a_vanished_last_vault_means_first_run(controller: Any, tmp_path: Path) -> None:
    app_settings.remember_vault(tmp_path / "gone")
    controller.start(None)
    assert controller.unlock_dialog is None
    assert controller.first_run is not None and controller.first_run.isVisible()


def test_wrong_passphrase_shows_a_message_and_clears_the_field(
    controller: Any, qtbot: Any, closed_vault: VaultPaths
) -> None:
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog

    unlock(controller, qtbot, "helt fel lösenfras här")
    assert controller.main_window is None
    assert dialog.isVisible()
    assert "Wrong passphrase" in dialog.ui.messageLabel.text()
    assert dialog.ui.messageLabel.isVisible()
    assert dialog.ui.passphraseEdit.text() == ""
    assert dialog.focusWidget() is dialog.ui.passphraseEdit

    window = unlock(controller, qtbot)
    assert window is not None and window.isVisible()
    assert not dialog.isVisible()
    assert window.case_list.ui.countLabel.text() == "3 cases"


def test_empty_passphrase_asks_for_one(
    controller: Any, qtbot: Any, closed_vault: VaultPaths
) -> None:
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    qtbot.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    assert dialog.ui.messageLabel.text() == "Type your passphrase."
    assert controller.main_window is None


def test_choose_another_vault_and_open_an_existing_one(
    controller: Any,
    qtbot: Any,
    closed_vault: VaultPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    controller.start(tmp_path / "elsewhere")  # no vault there: first run
    first_run = controller.first_run
    monkeypatch.setattr(type(first_run), "choose_folder", lambda self, title: tmp_path)
    qtbot.mouseClick(first_run.ui.openButton, Qt.MouseButton.LeftButton)
    assert "no Köpingplan vault" in first_run.ui.chooseMessage.text()
    assert controller.unlock_dialog is None

    monkeypatch.setattr(type(first_run), "choose_folder", lambda self, title: closed_vault.folder)
    qtbot.mouseClick(first_run.ui.openButton, Qt.MouseButton.LeftButton)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.folder == closed_vault.folder

    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert controller.first_run is not None and controller.first_run.isVisible()
    assert controller.unlock_dialog is None


def test_demo_vault_opens_with_the_passphrase_the_dialog_shows(controller: Any, qtbot: Any) -> None:
    controller.start(None)
    dialog = controller.first_run
    qtbot.mouseClick(dialog.ui.demoButton, Qt.MouseButton.LeftButton)
    shown = dialog.ui.demoPassphraseEdit.text()
    assert shown == vaults.DEMO_PASSPHRASE
    qtbot.mouseClick(dialog.ui.openDemoButton, Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert controller.folder == vaults.demo_folder()
    if window.statusBar().currentMessage():  # the generator is missing in this build
        assert "demo vault is empty" in window.statusBar().currentMessage()
    else:
        assert window.case_list.model.total > 0

    controller.lock()
    hint = controller.unlock_dialog.ui.demoHintLabel
    assert hint.isVisibleTo(controller.unlock_dialog) and shown in hint.text()
    assert unlock(controller, qtbot, shown) is not None


def test_quit_from_the_first_run_dialog_quits(
    controller: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    controller.start(None)
    qtbot.mouseClick(controller.first_run.ui.quitButton, Qt.MouseButton.LeftButton)
    assert quits == [True]


@pytest.mark.real_threads
def test_unlocking_on_the_worker_thread_shows_a_busy_dialog_state(
    controller: Any, qtbot: Any, closed_vault: VaultPaths
) -> None:
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    if controller.main_window is None:  # still unlocking: the dialog shows it is busy
        assert not dialog.ui.unlockButton.isEnabled()
        assert not dialog.safety.recovery_button.isEnabled()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window.case_list.ui.countLabel.text() == "3 cases"


def _tab_walk(qtbot: Any, start: Any, steps: int) -> list[str]:
    window = start.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    start.setFocus()
    names = [start.objectName()]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        names.append(QApplication.focusWidget().objectName())
    return names


def test_tab_order_of_the_create_page_is_top_to_bottom(controller: Any, qtbot: Any) -> None:
    controller.start(None)
    dialog = controller.first_run
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    QTest.keyClick(dialog.ui.createButton, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    # Alt+C, no mouse (a mnemonic "animates" the click, which lands a moment later)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.createPage, timeout=2000)
    assert _tab_walk(qtbot, dialog.ui.passphraseEdit, 8) == [
        "passphraseEdit",
        "repeatEdit",
        "showPassphraseCheck",
        "nameEdit",
        "organisationEdit",
        "locationEdit",
        "browseButton",
        "createBackButton",
        "createVaultButton",
    ]


def test_tab_order_of_the_unlock_dialog(
    controller: Any, qtbot: Any, closed_vault: VaultPaths
) -> None:
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    # In reading order: "Use recovery key" (safety_unlock) stands under the passphrase; the
    # buttons' row reads "Choose another vault…", Quit, Unlock (Enter unlocks from the field).
    assert _tab_walk(qtbot, dialog.ui.passphraseEdit, 5) == [
        "passphraseEdit",
        "recoveryButton",
        "chooseButton",
        "quitButton",
        "unlockButton",
        "passphraseEdit",
    ]


def test_every_unlock_button_shows_its_whole_text_in_swedish(
    controller: Any, qtbot: Any, closed_vault: VaultPaths
) -> None:
    """On a 1366 px laptop "Använd återställningsnyckel" was cut to "nvänd återställningsnycke"."""
    controller.set_language("sv")
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    qtbot.waitExposed(dialog)
    buttons = [
        dialog.ui.unlockButton,
        dialog.ui.quitButton,
        dialog.ui.chooseButton,
        dialog.safety.recovery_button,
    ]
    assert dialog.safety.recovery_button.text() == "Använd åt&erställningsnyckel"
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
