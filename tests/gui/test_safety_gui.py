"""Backup, restore, recovery key, unlock throttle and retention, driven through the dialogs."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from kopingplan.gui.safety import safety_unlock
from kopingplan.services import backup as backup_service
from kopingplan.services import cases
from kopingplan.services.session import Session
from kopingplan.services.unlock_throttle import UnlockThrottle
from kopingplan.storage import attempts
from kopingplan.storage.vault import VaultPaths

from gui_helpers import PASSPHRASE, add_cases, type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
NEW_PASSPHRASE = "ny lösenfras för valvet i köping"


def shot(widget: Any, name: str) -> None:
    """Saves what the user sees, for a human to look at (never asserted on)."""
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"safety_{name}.png"))


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def set_new_passphrase(qtbot: Any, dialog: Any) -> None:
    """The recovery dialog's second step: the new passphrase twice, then Set."""
    type_text(dialog.ui.newEdit, NEW_PASSPHRASE)
    type_text(dialog.ui.repeatEdit, NEW_PASSPHRASE)
    click(qtbot, dialog.ui.nextButton)


def old_closed_case(session: Any, title: str) -> int:
    """A case opened in 2014 and closed in 2015: past any retention period by now."""
    from kopingplan.domain import model

    case = model.Case(
        title=title,
        level=model.Level.SPECIFIC,
        orientation=model.Orientation.UNCLEAR,
        opened_on=date(2014, 5, 1),
    )
    case_id = int(session.save(case).id)
    cases.close_case(session, case_id, "Avslutat", on=date(2015, 3, 1))
    return case_id


def case_count(folder: Path, passphrase: str = PASSPHRASE) -> int:
    with Session.open(VaultPaths(folder), passphrase) as opened:
        return int(cases.count_cases(opened))


def test_backup_through_the_dialog_makes_a_checked_backup(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    # No backup yet: the reminder says so and offers one.
    bar = next(bar for bar in window.notices() if bar.key == "backup")
    assert "no backup yet" in bar.label.text()
    shot(window, "reminder")
    click(qtbot, bar.buttons[0])
    dialog = window.safety.dialog
    assert dialog is not None and dialog.isVisible()

    usb = tmp_path / "usb stick"
    usb.mkdir()
    type_text(dialog.ui.folderEdit, str(usb))
    click(qtbot, dialog.ui.backupButton)
    assert "made and checked" in dialog.message
    shot(dialog, "backup_done")
    backups = backup_service.list_backups(usb)
    assert len(backups) == 1
    assert case_count(backups[0].folder) == 3  # a vault of its own, opened with today's passphrase

    controller.lock()
    window = unlock(controller, qtbot)
    assert [bar.key for bar in window.notices() if bar.key == "backup"] == []


def test_backup_to_a_missing_folder_says_so_and_changes_nothing(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    dialog = window.safety.open_backup()
    type_text(dialog.ui.folderEdit, str(tmp_path / "not there"))
    click(qtbot, dialog.ui.backupButton)
    assert "does not exist" in dialog.message
    assert dialog.ui.backupButton.isEnabled()


def test_a_cancelled_backup_says_so_and_the_dialog_can_be_used_and_closed_again(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    dialog = window.safety.open_backup()

    def cancelled(*args: Any, **kwargs: Any) -> Any:
        raise backup_service.BackupCancelled()

    monkeypatch.setattr(backup_service, "backup", cancelled)  # Cancel pressed in the progress
    type_text(dialog.ui.folderEdit, str(tmp_path))
    click(qtbot, dialog.ui.backupButton)
    assert dialog.message == "Cancelled. No backup was made; nothing changed."
    assert backup_service.list_backups(tmp_path) == []
    for widget in (dialog.ui.folderEdit, dialog.ui.browseButton, dialog.ui.backupButton):
        assert widget.isEnabled(), widget.objectName()
    click(qtbot, dialog.ui.closeButton)
    assert not dialog.isVisible()


def test_wrong_passphrases_bring_a_wait_that_disables_unlock(
    controller: Any, qtbot: Any, closed_vault: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1000.0]
    throttle = UnlockThrottle(lambda: now[0])
    monkeypatch.setattr(safety_unlock, "current_throttle", lambda: throttle)
    monkeypatch.setattr(attempts, "clock", lambda: now[0])  # the record beside the vault
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    for _ in range(3):  # typos are free
        type_text(dialog.ui.passphraseEdit, "fel lösenfras")
        click(qtbot, dialog.ui.unlockButton)
        assert "passphrase" in dialog.message.lower()
        assert not dialog.safety.wait_label.isVisible()
    type_text(dialog.ui.passphraseEdit, "fel igen")
    click(qtbot, dialog.ui.unlockButton)
    assert dialog.safety.wait_label.isVisible()
    assert dialog.safety.wait_label.text() == "Wait 1 s"
    assert not dialog.ui.unlockButton.isEnabled()
    shot(dialog, "unlock_wait")
    # Enter does nothing while waiting either.
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    dialog.unlock()
    assert controller.main_window is None

    now[0] += 1.5  # the countdown's next tick sees the wait is over
    dialog.safety.refresh()
    assert dialog.ui.unlockButton.isEnabled()
    assert not dialog.safety.wait_label.isVisible()
    click(qtbot, dialog.ui.unlockButton)  # nothing was wiped: the right passphrase opens it
    assert controller.main_window is not None
    assert controller.main_window.case_list.ui.countLabel.text() == "3 cases"
    assert throttle.failures == 0
    # The owner is told that someone may have been guessing (counted beside the vault).
    notices = {bar.key: bar.label.text() for bar in controller.main_window.notices()}
    assert notices["wrong_tries"] == (
        "4 wrong passphrases were tried since the vault was last opened."
    )
    shot(controller.main_window, "unlock_wrong_tries_notice")


def test_recovery_key_is_shown_once_printed_and_opens_the_vault(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    window.safety.recovery_action.trigger()
    dialog = window.safety.dialog
    type_text(dialog.ui.passphraseEdit, "not the passphrase")
    click(qtbot, dialog.ui.createButton)
    assert dialog.message and dialog.code == ""
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    click(qtbot, dialog.ui.createButton)
    code = dialog.code
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", code)
    assert any(code in line for line in dialog.sheet_widget.lines())
    assert "shown only now" in dialog.ui.warningLabel.text()
    dialog.resize(700, 900)
    shot(dialog, "recovery_sheet")

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # a PDF stands in for paper here
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    assert dialog.print_sheet(printer)
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000
    dialog.reject()

    controller.lock()
    unlock_dialog = controller.unlock_dialog
    assert unlock_dialog.safety.recovery_button.text() == "Use &recovery key"
    click(qtbot, unlock_dialog.safety.recovery_button)
    recovery = unlock_dialog.safety.recovery_dialog
    assert recovery is not None and recovery.isVisible()
    type_text(recovery.ui.codeEdit, code.replace("-", " "))
    click(qtbot, recovery.ui.nextButton)
    assert recovery.ui.pages.currentIndex() == 1  # open, but a new passphrase comes first
    assert controller.main_window is None
    shot(recovery, "recovery_new_passphrase")
    set_new_passphrase(qtbot, recovery)
    window = controller.main_window
    assert window is not None and window.case_list.ui.countLabel.text() == "3 cases"

    controller.lock()
    window = unlock(controller, qtbot, NEW_PASSPHRASE)
    assert window is not None


def test_a_mistyped_recovery_key_is_named_and_cancel_leaves_it_locked(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    recovery = dialog.safety.open_recovery()
    type_text(recovery.ui.codeEdit, "123456-" * 7 + "123456")
    click(qtbot, recovery.ui.nextButton)
    assert "Group 1" in recovery.message
    click(qtbot, recovery.ui.cancelButton)
    assert controller.main_window is None and dialog.isVisible()


def test_retention_delete_removes_a_due_closed_case(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    old_closed_case(session, "Gammalt ärende Östra")
    add_cases(session, [("Pågående", "general")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.safety.retention_action.trigger()
    dialog = window.safety.dialog
    table = dialog.ui.itemTable
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "Gammalt ärende Östra"
    assert not dialog.ui.deleteButton.isEnabled()
    table.selectRow(0)
    shot(dialog, "retention")
    click(qtbot, dialog.ui.deleteButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    delete = next(b for b in box.buttons() if b.text() == "&Delete")
    click(qtbot, delete)
    assert table.rowCount() == 0
    assert "1 record deleted" in dialog.message
    assert cases.count_cases(window.session) == 1


def test_retention_keep_needs_a_reason_and_takes_it_off_the_list(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    old_closed_case(session, "Gammalt ärende")
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    dialog = window.safety.open_retention()
    dialog.ui.itemTable.selectRow(0)
    assert not dialog.ui.keepButton.isEnabled()
    type_text(dialog.ui.reasonEdit, "Pågående rättsprocess")
    click(qtbot, dialog.ui.keepButton)
    assert dialog.ui.itemTable.rowCount() == 0
    assert cases.count_cases(window.session) == 1


def test_restore_shows_the_summary_and_reopens_on_the_backup(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, tmp_path: Path
) -> None:
    add_cases(session, [("Före säkerhetskopian", "general")])
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_service.backup(session, usb)
    add_cases(session, [("Efter säkerhetskopian", "general")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    window.safety.restore_action.trigger()
    dialog = window.safety.dialog
    dialog.ui.folderEdit.setText(str(made.folder))
    type_text(dialog.ui.secretEdit, PASSPHRASE)
    assert not dialog.ui.restoreButton.isEnabled()
    click(qtbot, dialog.ui.checkButton)
    assert "Cases: 1" in dialog.summary_text
    assert dialog.warning_text == ""  # the same vault
    shot(dialog, "restore_summary")
    click(qtbot, dialog.ui.restoreButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.case_list.ui.countLabel.text() == "1 case"
    assert "restored" in window.statusBar().currentMessage()
    safety_copies = list(vault_paths.folder.parent.glob("vault.before-restore-*"))
    assert len(safety_copies) == 1 and case_count(safety_copies[0]) == 2


def test_a_wrong_backup_passphrase_changes_nothing(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path
) -> None:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    dialog = window.safety.open_restore()
    dialog.ui.folderEdit.setText(str(tmp_path))
    type_text(dialog.ui.secretEdit, PASSPHRASE)
    click(qtbot, dialog.ui.checkButton)
    assert "not a Köpingplan backup" in dialog.message
    assert not dialog.ui.restoreButton.isEnabled()
    assert controller.main_window is window


@pytest.mark.parametrize("language", ["sv", "en"])
def test_safety_dialogs_have_no_clipped_labels_or_mnemonic_clashes(
    controller: Any, qtbot: Any, closed_vault: Any, language: str
) -> None:
    from test_keyboard import clashes
    from test_layout import _clipped_labels

    controller.set_language(language)
    controller.start(closed_vault.folder)
    unlock_dialog = controller.unlock_dialog
    assert clashes(unlock_dialog) == []
    if language == "sv":
        assert unlock_dialog.safety.recovery_button.text().replace("&", "") == (
            "Använd återställningsnyckel"
        )
    recovery = unlock_dialog.safety.open_recovery()
    assert clashes(recovery) == [] and _clipped_labels(recovery) == []
    recovery.reject()
    window = unlock(controller, qtbot)
    for open_dialog in (
        window.safety.open_backup,
        window.safety.open_restore,
        window.safety.open_retention,
        window.safety.open_recovery_key,
    ):
        dialog = open_dialog()
        assert clashes(dialog) == [], dialog.objectName()
        assert _clipped_labels(dialog) == [], dialog.objectName()
        shot(dialog, f"{dialog.objectName()}_{language}")
        dialog.reject()
    controller.set_language("en")


def backup_with_recovery_key(session: Any, folder: Path) -> tuple[str, Path]:
    """A recovery key made, one case, then a backup: the sheet's code and the backup."""
    from kopingplan.services import recovery

    code = recovery.create(session, PASSPHRASE).code
    add_cases(session, [("Före säkerhetskopian", "general")])
    folder.mkdir()
    return code, backup_service.backup(session, folder).folder


def check_with_recovery_key(qtbot: Any, window: Any, backup: Path, code: str) -> Any:
    dialog = window.safety.open_restore()
    dialog.ui.folderEdit.setText(str(backup))
    click(qtbot, dialog.ui.recoveryRadio)
    assert dialog.ui.secretLabel.text() == "Recovery key valid when the backup was ma&de:"
    assert dialog.ui.secretEdit.echoMode() == QLineEdit.EchoMode.Normal  # typed from paper
    type_text(dialog.ui.secretEdit, code)
    click(qtbot, dialog.ui.checkButton)
    return dialog


def test_restore_with_the_recovery_key_asks_for_a_new_passphrase(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, tmp_path: Path
) -> None:
    from kopingplan.gui.safety import safety_restore

    code, made = backup_with_recovery_key(session, tmp_path / "usb")
    add_cases(session, [("Efter säkerhetskopian", "general")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    dialog = check_with_recovery_key(qtbot, window, made, code.replace("-", " "))
    assert "Cases: 1" in dialog.summary_text
    shot(dialog, "restore_recovery_key")
    click(qtbot, dialog.ui.restoreButton)

    # Open, but not handed over before the coordinator has a passphrase again.
    assert controller.main_window is None
    ask = safety_restore.passphrase_dialog()
    assert ask is not None and ask.isVisible() and ask.ui.pages.currentIndex() == 1
    shot(ask, "restore_new_passphrase")
    set_new_passphrase(qtbot, ask)
    window = controller.main_window
    assert window is not None and window.case_list.ui.countLabel.text() == "1 case"
    assert "restored" in window.statusBar().currentMessage()
    assert safety_restore.passphrase_dialog() is None

    controller.lock()
    assert unlock(controller, qtbot, NEW_PASSPHRASE) is not None
    controller.lock()
    assert unlock(controller, qtbot, PASSPHRASE) is None  # the old one no longer opens it


def test_cancelling_the_new_passphrase_leaves_the_restored_vault_locked(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, tmp_path: Path
) -> None:
    from kopingplan.gui.safety import safety_restore

    code, made = backup_with_recovery_key(session, tmp_path / "usb")
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    dialog = check_with_recovery_key(qtbot, window, made, code)
    click(qtbot, dialog.ui.restoreButton)
    ask = safety_restore.passphrase_dialog()
    controller.set_language("sv")  # the recovery dialog's own texts, in either language
    assert ask.ui.nextButton.text() == "&Spara lösenfrasen"
    controller.set_language("en")
    click(qtbot, ask.ui.cancelButton)
    assert controller.main_window is None and safety_restore.passphrase_dialog() is None
    unlock_dialog = controller.unlock_dialog
    assert "no new passphrase was set" in unlock_dialog.message
    # The restored vault still opens with the recovery key (and with the backup's passphrase).
    recovery_dialog = unlock_dialog.safety.open_recovery()
    type_text(recovery_dialog.ui.codeEdit, code)
    click(qtbot, recovery_dialog.ui.nextButton)
    assert recovery_dialog.ui.pages.currentIndex() == 1
    recovery_dialog.reject()
    assert unlock(controller, qtbot) is not None


def test_a_wrong_or_missing_recovery_key_changes_nothing(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any, tmp_path: Path
) -> None:
    from kopingplan.services import recovery

    usb = tmp_path / "usb"
    usb.mkdir()
    without_key = backup_service.backup(session, usb).folder  # before any recovery key
    code, with_key = backup_with_recovery_key(session, tmp_path / "usb2")
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)

    dialog = check_with_recovery_key(qtbot, window, with_key, "123456-" * 7 + "123456")
    assert "Group 1" in dialog.message  # named before anything is copied
    dialog.reject()
    other = recovery.generate()  # well-formed, but not this backup's
    dialog = check_with_recovery_key(qtbot, window, with_key, other)
    assert "does not open this backup" in dialog.message
    assert not dialog.ui.restoreButton.isEnabled()
    dialog.reject()
    dialog = check_with_recovery_key(qtbot, window, without_key, code)
    assert "made before the vault had a recovery key" in dialog.message
    assert not dialog.ui.restoreButton.isEnabled()
    # Switching back to the passphrase hides it again and asks for it.
    click(qtbot, dialog.ui.passphraseRadio)
    assert dialog.ui.secretEdit.text() == ""
    assert dialog.ui.secretEdit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.ui.secretLabel.text() == "&Passphrase valid when the backup was made:"
    assert controller.main_window is window
    assert not list(vault_paths.folder.parent.glob(".vault.restoring-*"))  # copies removed
