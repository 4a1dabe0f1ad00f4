"""Inställningar → Säkerhet: change the passphrase, make or remove the recovery key and
re-encrypt the vault, driven through the dialog against a real vault (issue 13)."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from kopingplan import errors
from kopingplan.gui.safety import safety_unlock
from kopingplan.gui.safety.security_dialog import PASSPHRASE_TAB, RECOVERY_TAB, REKEY_TAB
from kopingplan.services import cases, recovery
from kopingplan.services.session import Session
from kopingplan.services.unlock_throttle import UnlockThrottle
from kopingplan.storage import audit
from kopingplan.storage import rekey as storage_rekey
from kopingplan.storage.vault import VaultPaths

from gui_helpers import PASSPHRASE, type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
NEW_PASSPHRASE = "ny lösenfras för valvet i köping"


def shot(widget: Any, name: str) -> None:
    """Saves what the user sees, for a human to look at (never asserted on)."""
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"security_{name}.png"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opens_with(folder: Path, passphrase: str) -> bool:
    try:
        with Session.open(VaultPaths(folder), passphrase, record_unlock=False):
            return True
    except errors.WrongPassphrase:
        return False


@pytest.fixture
def window(controller: Any, qtbot: Any, closed_vault: Any) -> Any:
    controller.start(closed_vault.folder)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    return controller.main_window


@pytest.fixture
def dialog(window: Any) -> Any:
    window.safety.security_action.trigger()
    made = window.safety.dialog
    assert made is not None and made.isVisible() and made.objectName() == "SecurityDialog"
    return made


def keyfile_bytes(window: Any) -> bytes:
    return window.session.vault.paths.keyfile.read_bytes()


def fill(dialog: Any, current: str, new: str = "", repeat: str | None = None) -> None:
    ui = dialog.ui
    for edit in (ui.currentEdit, ui.newEdit, ui.repeatEdit):
        edit.clear()
    type_text(ui.currentEdit, current)
    if new:
        type_text(ui.newEdit, new)
        type_text(ui.repeatEdit, new if repeat is None else repeat)


def lock_and_check(controller: Any, folder: Path, *, opens: str, refuses: str = "") -> None:
    """Locks, then proves which passphrase the vault's files answer to."""
    controller.lock()
    assert opens_with(folder, opens)
    if refuses:
        assert not opens_with(folder, refuses)


# --- change the passphrase


def test_the_passphrase_is_changed_from_the_settings_menu(
    controller: Any, window: Any, dialog: Any, qtbot: Any, closed_vault: Any
) -> None:
    assert window.safety.security_action.text() == "Securit&y…"
    assert window.safety.security_action in window.ui.settingsMenu.actions()
    fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.ui.strengthLabel.text() in ("Strong", "Very strong")
    assert dialog.ui.problemsLabel.text() == ""
    click(qtbot, dialog.ui.changeButton)
    assert dialog.message == "The passphrase was changed."
    assert not dialog.message_is_error
    assert window.statusBar().currentMessage() == "The passphrase was changed."
    assert dialog.ui.currentEdit.text() == dialog.ui.newEdit.text() == ""
    rows = audit.entries(window.session.vault.conn, action="vault.passphrase_changed")
    assert len(rows) == 1
    lock_and_check(controller, closed_vault.folder, opens=NEW_PASSPHRASE, refuses=PASSPHRASE)
    assert unlock(controller, qtbot, NEW_PASSPHRASE) is not None


@pytest.mark.parametrize(
    ("current", "new", "repeat", "expected"),
    [
        ("", NEW_PASSPHRASE, None, "Type your current passphrase first."),
        (PASSPHRASE, "kort", None, "Choose a stronger new passphrase first"),
        (PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x", "The two passphrases differ."),
        ("fel lösenfras", NEW_PASSPHRASE, None, "Wrong passphrase. Nothing was changed"),
    ],
    ids=["no current", "weak", "mismatch", "wrong current"],
)
def test_a_refused_change_changes_nothing(
    controller: Any,
    window: Any,
    dialog: Any,
    qtbot: Any,
    closed_vault: Any,
    current: str,
    new: str,
    repeat: str | None,
    expected: str,
) -> None:
    before = keyfile_bytes(window)
    fill(dialog, current, new, repeat)
    if new == "kort":  # the meter says why before any click
        assert dialog.ui.strengthLabel.text() in ("Very weak", "Weak")
        assert dialog.ui.problemsLabel.text().startswith("Too weak")
    if repeat is not None:  # and that the two differ
        assert dialog.ui.problemsLabel.text().startswith("The two passphrases differ")
    click(qtbot, dialog.ui.changeButton)
    assert dialog.message.startswith(expected), dialog.message
    assert dialog.message_is_error
    assert keyfile_bytes(window) == before
    lock_and_check(controller, closed_vault.folder, opens=PASSPHRASE, refuses=NEW_PASSPHRASE)


def test_wrong_current_passphrases_go_through_the_unlock_throttle(
    controller: Any,
    window: Any,
    dialog: Any,
    qtbot: Any,
    closed_vault: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [1000.0]
    throttle = UnlockThrottle(lambda: now[0])
    monkeypatch.setattr(safety_unlock, "current_throttle", lambda: throttle)
    before = keyfile_bytes(window)
    for _ in range(4):  # three are free, the fourth brings a wait
        fill(dialog, "fel lösenfras", NEW_PASSPHRASE)
        click(qtbot, dialog.ui.changeButton)
        assert dialog.message.startswith("Wrong passphrase")
    assert throttle.failures == 4
    ui = dialog.ui
    buttons = (ui.changeButton, ui.newKeyButton, ui.rekeyButton)
    assert not any(button.isEnabled() for button in buttons)  # a wait, as at the unlock prompt
    fill(dialog, PASSPHRASE, NEW_PASSPHRASE)  # Enter does not get past it either
    dialog.change_passphrase()
    assert dialog.message == (
        "Too many wrong passphrases. Wait 1 seconds, then try again. Nothing in the vault was "
        "changed or deleted."
    )
    assert keyfile_bytes(window) == before
    now[0] += 1.5  # the next look at the clock sees the wait is over
    qtbot.waitUntil(lambda: all(button.isEnabled() for button in buttons), timeout=2000)
    fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    click(qtbot, dialog.ui.changeButton)
    assert dialog.message == "The passphrase was changed."
    assert throttle.failures == 0
    lock_and_check(controller, closed_vault.folder, opens=NEW_PASSPHRASE, refuses=PASSPHRASE)


# --- the recovery key


def test_a_recovery_key_is_made_shown_on_its_sheet_and_removed(
    controller: Any, window: Any, dialog: Any, qtbot: Any, closed_vault: Any
) -> None:
    ui = dialog.ui
    ui.tabs.setCurrentIndex(RECOVERY_TAB)
    assert ui.recoveryStatusLabel.text().startswith("This vault has no recovery key")
    assert not ui.removeKeyButton.isEnabled()
    fill(dialog, PASSPHRASE)
    click(qtbot, ui.newKeyButton)
    sheet = dialog.recovery_dialog
    assert sheet is not None and sheet.isVisible()
    code = sheet.code
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", code)
    assert any(code in line for line in sheet.sheet_widget.lines())
    assert len(sheet.sheet_widget.sheet.qr_modules()) >= 21  # the QR code is on the sheet
    assert sheet.ui.printButton.isVisible()
    sheet.resize(700, 760)
    shot(sheet, "sheet")
    assert "Print its sheet now" in dialog.message
    assert ui.recoveryStatusLabel.text() == "This vault has a recovery key."
    assert recovery.has_recovery_key(closed_vault)
    sheet.reject()
    assert dialog.recovery_dialog is None

    # Remove: asked first; Cancel keeps it.
    fill(dialog, PASSPHRASE)
    click(qtbot, ui.removeKeyButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "only your passphrase opens the vault" in box.text()
    assert box.defaultButton().text() == "Cancel"
    click(qtbot, box.defaultButton())
    assert recovery.has_recovery_key(closed_vault)
    fill(dialog, PASSPHRASE)
    click(qtbot, ui.removeKeyButton)
    box = dialog.confirm_box
    click(qtbot, next(b for b in box.buttons() if b.text() == "&Remove"))
    assert dialog.message == "The recovery key was removed."
    assert window.statusBar().currentMessage() == "The recovery key was removed."
    assert not recovery.has_recovery_key(closed_vault)
    assert ui.recoveryStatusLabel.text().startswith("This vault has no recovery key")
    assert not ui.removeKeyButton.isEnabled()
    controller.lock()
    with pytest.raises(recovery.NoRecoveryKey):
        recovery.open_with_recovery_key(VaultPaths(closed_vault.folder), code)


def test_removing_with_a_wrong_passphrase_keeps_the_key(
    window: Any, dialog: Any, qtbot: Any, closed_vault: Any
) -> None:
    recovery.create(window.session, PASSPHRASE)
    dialog._update_recovery_status()
    dialog.ui.tabs.setCurrentIndex(RECOVERY_TAB)
    fill(dialog, "fel lösenfras")
    click(qtbot, dialog.ui.removeKeyButton)
    click(qtbot, next(b for b in dialog.confirm_box.buttons() if b.text() == "&Remove"))
    assert dialog.message.startswith("Wrong passphrase")
    assert recovery.has_recovery_key(closed_vault)


# --- re-encrypt


def _progress_dialogs() -> list[QProgressDialog]:
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    return [w for w in shown if isinstance(w, QProgressDialog)]


def _start_rekey(dialog: Any, qtbot: Any) -> None:
    dialog.ui.tabs.setCurrentIndex(REKEY_TAB)
    fill(dialog, PASSPHRASE)
    click(qtbot, dialog.ui.rekeyButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    click(qtbot, next(b for b in box.buttons() if b.text() == "Re-&encrypt"))


@pytest.mark.real_threads
def test_the_vault_is_re_encrypted_with_progress_and_keeps_its_passphrase(
    controller: Any,
    window: Any,
    dialog: Any,
    qtbot: Any,
    closed_vault: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recovery.create(window.session, PASSPHRASE)
    dialog._update_recovery_status()
    dialog.ui.tabs.setCurrentIndex(REKEY_TAB)
    assert dialog.ui.rekeyWarningLabel.text().startswith("The recovery key will stop working")
    old_keyfile = keyfile_bytes(window)
    # The export waits until the progress window is up: slower than the delay on any machine.
    real_export = storage_rekey._export
    shown = threading.Event()
    monkeypatch.setattr(storage_rekey, "_export", lambda *a: (shown.wait(30), real_export(*a))[1])
    _start_rekey(dialog, qtbot)
    qtbot.waitUntil(lambda: len(_progress_dialogs()) == 1, timeout=10_000)
    progress = _progress_dialogs()[0]
    assert progress.windowTitle() == "Re-encrypting the vault…"
    assert [b.text() for b in progress.findChildren(QPushButton)] == ["Cancel"]
    shot(progress, "rekey_progress")
    shown.set()
    qtbot.waitUntil(lambda: dialog.rekey_result is not None, timeout=120_000)
    assert dialog.message.startswith("The vault was re-encrypted under a new key and checked")
    assert "The recovery key no longer works" in dialog.message
    assert "Backups made before the re-key" in dialog.message
    assert window.statusBar().currentMessage() == "The vault was re-encrypted under a new key."
    assert dialog.ui.tabs.currentIndex() == RECOVERY_TAB  # make a new one now
    assert dialog.ui.recoveryStatusLabel.text().startswith("This vault has no recovery key")
    assert _progress_dialogs() == []
    assert cases.count_cases(window.session) == 3  # the session goes on, on the new key
    assert keyfile_bytes(window) != old_keyfile
    dialog.reject()
    controller.lock()
    assert opens_with(closed_vault.folder, PASSPHRASE)
    # A copy of the old key file opens nothing in the vault now.
    keyfile = closed_vault.folder / "vault.key"
    keyfile.write_bytes(old_keyfile)
    with pytest.raises(errors.KopingplanError):
        opens_with(closed_vault.folder, PASSPHRASE)


@pytest.mark.real_threads
def test_a_cancelled_re_encryption_changes_nothing(
    controller: Any,
    window: Any,
    dialog: Any,
    qtbot: Any,
    closed_vault: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old_keyfile = keyfile_bytes(window)
    real_export = storage_rekey._export
    go_on = threading.Event()
    monkeypatch.setattr(storage_rekey, "_export", lambda *a: (go_on.wait(30), real_export(*a))[1])
    _start_rekey(dialog, qtbot)
    qtbot.waitUntil(lambda: len(_progress_dialogs()) == 1, timeout=10_000)
    progress = _progress_dialogs()[0]
    (cancel,) = progress.findChildren(QPushButton)
    click(qtbot, cancel)
    assert progress.isVisible() and "stop" in progress.labelText()
    go_on.set()  # the export ends; the next stage sees the cancel and rolls back
    qtbot.waitUntil(lambda: not dialog._busy, timeout=120_000)
    assert dialog.message == "Cancelled. Nothing was changed."
    assert dialog.rekey_result is None
    assert keyfile_bytes(window) == old_keyfile
    assert not list(closed_vault.folder.glob("*.rekey*"))
    assert cases.count_cases(window.session) == 3
    assert audit.entries(window.session.vault.conn, action="vault.rekey") == []
    dialog.reject()
    lock_and_check(controller, closed_vault.folder, opens=PASSPHRASE)


def test_a_wrong_passphrase_re_encrypts_nothing(
    controller: Any, window: Any, dialog: Any, qtbot: Any, closed_vault: Any
) -> None:
    old_keyfile = keyfile_bytes(window)
    dialog.ui.tabs.setCurrentIndex(REKEY_TAB)
    fill(dialog, "fel lösenfras")
    click(qtbot, dialog.ui.rekeyButton)
    click(qtbot, next(b for b in dialog.confirm_box.buttons() if b.text() == "Re-&encrypt"))
    assert dialog.message.startswith("Wrong passphrase")
    assert keyfile_bytes(window) == old_keyfile
    lock_and_check(controller, closed_vault.folder, opens=PASSPHRASE)


# --- looks, words, keyboard


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_dialog_fits_a_laptop_without_clipping_or_clashes(
    controller: Any, window: Any, qtbot: Any, language: str
) -> None:
    from test_keyboard import clashes
    from test_layout import _clipped_labels

    controller.set_language(language)
    dialog = window.safety.open_security()
    assert dialog.windowTitle() == ("Säkerhet" if language == "sv" else "Security")
    dialog.resize(dialog.sizeHint())
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 728 - 60
    for tab in (PASSPHRASE_TAB, RECOVERY_TAB, REKEY_TAB):
        dialog.ui.tabs.setCurrentIndex(tab)
        assert clashes(dialog) == [], tab
        assert _clipped_labels(dialog) == [], tab
        shot(dialog, f"tab{tab}_{language}")
    dialog.ui.tabs.setCurrentIndex(PASSPHRASE_TAB)
    type_text(dialog.ui.newEdit, "kort")
    assert dialog.ui.problemsLabel.isVisible() and _clipped_labels(dialog) == []
    shot(dialog, f"weak_{language}")
    dialog.reject()
    controller.set_language("en")


def test_locking_closes_the_dialog_and_forgets_what_was_typed(
    controller: Any, window: Any, dialog: Any, qtbot: Any
) -> None:
    fill(dialog, PASSPHRASE, NEW_PASSPHRASE)
    ui = dialog.ui
    controller.lock()
    assert controller.main_window is None
    assert dialog.session is None
    assert ui.currentEdit.text() == ui.newEdit.text() == ui.repeatEdit.text() == ""
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]


def test_the_settings_dialog_leads_to_the_security_dialog_and_stays_open(
    window: Any, qtbot: Any
) -> None:
    settings = window.safety.open_settings()
    settings.ui.idleSpin.setValue(7)  # an edit in progress is not lost on the way
    button = settings.security_button
    assert button.text() == "Passphrase and security…"
    click(qtbot, button)
    security = window.safety.security_dialog
    assert security is not None and security.isVisible()
    assert security.isModal()
    assert settings.isVisible() and settings.ui.idleSpin.value() == 7
    security.reject()
    assert settings.isVisible()


def test_the_passphrase_is_changed_with_the_keyboard_alone(
    controller: Any, window: Any, qtbot: Any, closed_vault: Any
) -> None:
    from PySide6.QtTest import QTest

    window.safety.security_action.trigger()  # Inställningar → Säkerhet …
    dialog = window.safety.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.focusWidget() is dialog.ui.currentEdit
    type_text(dialog.ui.currentEdit, PASSPHRASE)
    for _ in range(2):  # past the tab bar (the passphrase tab is first)
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.newEdit
    type_text(dialog.ui.newEdit, NEW_PASSPHRASE)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ui.repeatEdit
    type_text(dialog.ui.repeatEdit, NEW_PASSPHRASE)
    QTest.keyClick(dialog.ui.repeatEdit, Qt.Key.Key_Return)  # the tab's default button
    assert dialog.message == "The passphrase was changed."
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    lock_and_check(controller, closed_vault.folder, opens=NEW_PASSPHRASE, refuses=PASSPHRASE)
