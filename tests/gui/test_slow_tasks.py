"""Every long task, slower than the progress delay, keeps its result (issue 13).

A ``QProgressDialog`` emits ``canceled`` when it is closed, and the runner closes it when the
work ends: a brief signed for longer than the delay was thrown away ("Avbrutet: ingenting
sparades eller skrevs ut.") although nobody pressed Avbryt. Here each task that goes through
the runner with a progress label runs on the real worker thread, and its service function
waits until the progress dialog is on show before doing the real work; the test then checks
what the user would: the file, the rows, the message, and that no dialog is left behind.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWizard
from test_brief_print import brief_window, printing, scratch, signed  # noqa: F401 (fixtures)
from test_exchange_gui import (  # noqa: F401 (verified_window is a fixture)
    _next,
    _package,
    police_certificate,
    to_finish,
    verified_window,
)
from test_exchange_gui_more import _register, liaison_identity
from test_safety_gui import old_closed_case

from kopingplan.briefs.document import BriefOptions
from kopingplan.domain.model import DisclosureTerms
from kopingplan.gui.briefs import brief_dialog, brief_verify
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.reports import signed_report
from kopingplan.services import backup as backup_service
from kopingplan.services import briefs, cases, exchange, recovery, restore, retention
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.exchange import views
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from gui_helpers import PASSPHRASE, add_cases, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]

WAIT_MS = int(os.environ.get("KP_SLOW_WAIT_MS", "120000"))


class Slow:
    """Makes service functions wait for their task's progress dialog before they work.

    So every such task is slower than the progress delay, however fast the machine: the
    dialog is shown, then closed by the runner when the work ends — the path that lost work.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.monkeypatch = monkeypatch
        self.shown: list[str] = []  # labels of the progress dialogs shown, in order
        self.modality: dict[str, Qt.WindowModality] = {}
        self._dialog_up = threading.Event()
        real_show = TaskRunner._show_progress

        def show(runner: TaskRunner, task: Any) -> None:
            real_show(runner, task)
            if task.dialog is not None:
                self.shown.append(task.label)
                self.modality[task.label] = task.dialog.windowModality()
                self._dialog_up.set()

        monkeypatch.setattr(TaskRunner, "_show_progress", show)

    def down(self, module: Any, name: str) -> None:
        """``module.name`` waits (on the worker) for a progress dialog, then does its work.

        A dialog shown before (a quick task that was slow this once) does not count.
        """
        real: Callable[..., Any] = getattr(module, name)
        self._dialog_up.clear()

        def slowed(*args: Any, **kwargs: Any) -> Any:
            if not self._dialog_up.wait(30):
                raise AssertionError(f"no progress dialog was shown for {name}")
            self._dialog_up.clear()
            return real(*args, **kwargs)

        self.monkeypatch.setattr(module, name, slowed)


@pytest.fixture
def slow(monkeypatch: pytest.MonkeyPatch) -> Slow:
    return Slow(monkeypatch)


def no_progress_left() -> bool:
    return not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def click(qtbot: Any, button: Any) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_window(controller: Any, qtbot: Any, folder: Path) -> Any:
    """Unlocks as a user would; the unlock itself runs on the worker (no progress label)."""
    controller.start(folder)
    dialog = controller.unlock_dialog
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    click(qtbot, dialog.ui.unlockButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller.main_window


# --- briefs ---------------------------------------------------------------------------------


def test_a_slowly_signed_brief_is_saved(
    brief_window: Any,  # noqa: F811
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = brief_window
    assert not dialog.runner.synchronous
    slow.down(briefs, "sign_copies")
    target = tmp_path / "möte.pdf"
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as saved:
        click(qtbot, dialog.ui.saveButton)
    assert saved.args == [[target]]
    assert target.exists() and briefs.verify(target.read_bytes(), dialog.session).ok
    assert dialog.ui.messageLabel.text().startswith("Saved and signed: 1 file")
    assert "Cancelled" not in dialog.ui.messageLabel.text()
    assert slow.shown == ["Signing the brief…"]
    # Signing reads nothing while it holds the vault: other windows stay usable meanwhile.
    assert slow.modality["Signing the brief…"] == Qt.WindowModality.WindowModal
    assert no_progress_left()


def test_cancel_pressed_while_a_brief_is_signed_saves_nothing(
    brief_window: Any,  # noqa: F811
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The person's Cancel still counts: the brief signed meanwhile is not written."""
    dialog = brief_window
    go_on = threading.Event()
    real = briefs.sign_copies

    def held(*args: Any, **kwargs: Any) -> Any:
        go_on.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(briefs, "sign_copies", held)
    target = tmp_path / "möte.pdf"
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    click(qtbot, dialog.ui.saveButton)
    qtbot.waitUntil(lambda: not no_progress_left(), timeout=WAIT_MS)
    (progress,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
    (cancel,) = progress.findChildren(QPushButton)
    click(qtbot, cancel)
    go_on.set()
    label = dialog.ui.messageLabel
    qtbot.waitUntil(lambda: label.text() != "", timeout=WAIT_MS)
    assert label.text() == "Cancelled: nothing was saved or printed."
    assert not target.exists()
    qtbot.waitUntil(no_progress_left)


def test_a_slowly_signed_brief_is_printed(
    printing: Any,  # noqa: F811
    slow: Slow,
    tmp_path: Path,
) -> None:
    dialog, qtbot = printing.dialog, printing.qtbot
    slow.down(briefs, "sign_copies")
    output = tmp_path / "utskrift.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS):
        printing.press_print(output)
    assert output.exists() and output.stat().st_size > 0
    assert len(printing.rows()) == 1  # the print is logged
    assert dialog.ui.messageLabel.text() == "Sent to the printer utskrift.pdf."
    assert slow.shown == ["Signing the brief…"]
    qtbot.waitUntil(no_progress_left)


def test_a_slowly_checked_brief_shows_its_verdict(
    brief_window: Any,  # noqa: F811
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = brief_window.session
    target = tmp_path / "möte.pdf"
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    with qtbot.waitSignal(brief_window.saved, timeout=WAIT_MS):
        click(qtbot, brief_window.ui.saveButton)
    checker = brief_verify.BriefVerifyDialog(session, None)
    qtbot.addWidget(checker)
    checker.show()
    slow.shown.clear()  # saving it may have shown a dialog too, on a busy machine
    slow.down(briefs, "verify")
    checker.check(target)
    qtbot.waitUntil(lambda: checker.result is not None, timeout=WAIT_MS)
    assert checker.ui.verdictLabel.text().startswith("Intact")
    assert slow.shown == ["Checking the signature…"]
    assert no_progress_left()


def test_a_slowly_signed_access_log_report_is_saved(
    controller: Any,
    closed_vault: Any,
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    target = tmp_path / "logguppföljning.pdf"
    monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(target))
    slow.down(briefs, "sign_copies")
    dialog = window.reports.open_access_log(case_id=2)
    click(qtbot, dialog.ui.printButton)
    label = dialog.ui.messageLabel
    qtbot.waitUntil(lambda: label.text().startswith("Saved and signed"), timeout=WAIT_MS)
    assert target.exists() and briefs.verify(target.read_bytes(), window.session).ok
    assert slow.shown == ["Making and signing the report…"]
    assert no_progress_left()


@pytest.mark.parametrize("opener", ["open_statistics", "open_situation_report"])
def test_a_slowly_signed_period_report_is_saved(
    controller: Any,
    closed_vault: Any,
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opener: str,
) -> None:
    """The report to kommunstyrelsen and the lägesbild for a period (issue 18) sign on the
    worker like every signed report: slower than the progress delay, the file is kept."""
    window = open_window(controller, qtbot, closed_vault.folder)
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(target))
    slow.down(briefs, "sign_copies")
    dialog = getattr(window.reports, opener)()
    click(qtbot, dialog.ui.saveButton)
    label = dialog.ui.messageLabel
    qtbot.waitUntil(lambda: label.text().startswith("Saved and signed"), timeout=WAIT_MS)
    assert target.exists() and briefs.verify(target.read_bytes(), window.session).ok
    assert len(slow.shown) == 1
    assert no_progress_left()


# --- the exchange with the police -----------------------------------------------------------


def test_a_slowly_encrypted_export_is_saved_and_disclosed(
    verified_window: Any,  # noqa: F811
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = verified_window.disclosures_page
    wizard = page.open_export()
    destination = to_finish(wizard, qtbot, monkeypatch, tmp_path / "paket.p7m")
    slow.down(exchange, "export_package")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "1 disclosure", timeout=WAIT_MS)
    assert destination.exists() and destination.stat().st_size > 0
    assert exchange.disclosure_count(verified_window.session) == 1
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()
    assert slow.shown == ["Signing and encrypting the package…"]
    assert no_progress_left()


def test_a_slowly_decrypted_package_is_previewed_and_stored(
    verified_window: Any,  # noqa: F811
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = verified_window.session
    path = tmp_path / "svar.p7m"
    path.write_bytes(_package(session, police_certificate(), ["Känd sedan tidigare."]))
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(path)])
    slow.down(exchange, "open_package")
    slow.down(exchange, "accept_import")
    page = verified_window.disclosures_page
    dialog = page.open_import()
    click(qtbot, dialog.ui.chooseButton)
    qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.ui.recordsLabel.text() == "1 record"
    click(qtbot, dialog.accept_button)
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )
    assert [item.text for item in exchange.incoming_items(session)] == ["Känd sedan tidigare."]
    assert verified_window.statusBar().currentMessage() == "1 record imported."
    assert slow.shown == ["Decrypting and checking the package…", "Storing the records…"]
    assert no_progress_left()


def test_a_slowly_checked_brief_is_attached_to_an_export(
    controller: Any,
    session: Any,
    vault_paths: Any,
    slow: Slow,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (case_id,) = add_cases(session, [("Åsa på fritidsgården", "specific")])
    _register(session, liaison_identity().certificate)
    brief = tmp_path / "pm-ärende.pdf"
    # The copy made for the package's recipient (the police): only such a copy is attached.
    terms = DisclosureTerms("osl-10-2", "Anna Lindqvist", "Samordnare", "Samverkan")
    made = briefs.case_brief(session, case_id, BriefOptions())
    (saved,) = briefs.save(session, made, brief, to=[CopyRecipient("Polisen", terms=terms)])
    saved.rename(brief)
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    wizard = window.disclosures_page.open_export()
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    situation = wizard.situation_page
    assert wizard.currentPage() is situation
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(brief)])
    slow.down(views, "brief_attachment")
    click(qtbot, situation.attach_button)
    label = situation.message_label
    qtbot.waitUntil(lambda: "signature is valid" in label.text(), timeout=WAIT_MS)
    assert [a.name for a in situation.attachments] == ["pm-ärende.pdf"]
    assert slow.shown == ["Checking the brief's signature…"]
    assert no_progress_left()
    wizard.reject()


# --- safety: backup, restore, retention, the recovery key -----------------------------------


def test_a_slow_backup_is_made_and_reported(
    controller: Any, closed_vault: Any, slow: Slow, qtbot: Any, tmp_path: Path
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    slow.down(backup_service, "backup")
    dialog = window.safety.open_backup()
    usb = tmp_path / "usb"
    usb.mkdir()
    type_text(dialog.ui.folderEdit, str(usb))
    click(qtbot, dialog.ui.backupButton)
    qtbot.waitUntil(lambda: "made and checked" in dialog.message, timeout=WAIT_MS)
    (made,) = backup_service.list_backups(usb)
    with Session.open(VaultPaths(made.folder), PASSPHRASE) as opened:
        assert cases.count_cases(opened) == 3
    assert slow.shown == ["Backing up the vault…"]
    # The copy holds the vault: every window waits for it, not only the backup dialog.
    assert slow.modality["Backing up the vault…"] == Qt.WindowModality.ApplicationModal
    assert no_progress_left()


def test_a_slow_restore_is_checked_and_reopens_on_the_backup(
    controller: Any, session: Any, vault_paths: Any, slow: Slow, qtbot: Any, tmp_path: Path
) -> None:
    add_cases(session, [("Före säkerhetskopian", "general")])
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backup_service.backup(session, usb)
    add_cases(session, [("Efter säkerhetskopian", "general")])
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    slow.down(restore, "prepare_restore")
    slow.down(restore, "finish_restore")
    dialog = window.safety.open_restore()
    dialog.ui.folderEdit.setText(str(made.folder))
    type_text(dialog.ui.secretEdit, PASSPHRASE)
    click(qtbot, dialog.ui.checkButton)
    qtbot.waitUntil(lambda: dialog.ui.restoreButton.isEnabled(), timeout=WAIT_MS)
    assert "Cases: 1" in dialog.summary_text
    click(qtbot, dialog.ui.restoreButton)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window is not window,
        timeout=WAIT_MS,
    )
    reopened = controller.main_window
    assert reopened.case_list.ui.countLabel.text() == "1 case"
    assert "restored" in reopened.statusBar().currentMessage()
    assert slow.shown == ["Checking the backup…", "Restoring the backup…"]
    assert no_progress_left()


def test_a_slow_retention_deletion_is_done_and_reported(
    controller: Any, session: Any, vault_paths: Any, slow: Slow, qtbot: Any
) -> None:
    old_closed_case(session, "Gammalt ärende Östra")
    add_cases(session, [("Pågående", "general")])
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    slow.down(retention, "delete")
    dialog = window.safety.open_retention()
    dialog.ui.itemTable.selectRow(0)
    click(qtbot, dialog.ui.deleteButton)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox)
    click(qtbot, next(b for b in box.buttons() if b.text() == "&Delete"))
    qtbot.waitUntil(lambda: "1 record deleted" in dialog.message, timeout=WAIT_MS)
    assert dialog.ui.itemTable.rowCount() == 0
    assert cases.count_cases(window.session) == 1
    assert slow.shown == ["Deleting…"]
    assert no_progress_left()


def test_a_slowly_made_recovery_key_is_shown_and_opens_the_vault_slowly(
    controller: Any, closed_vault: Any, slow: Slow, qtbot: Any
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    slow.down(recovery, "create")
    dialog = window.safety.open_recovery_key()
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    click(qtbot, dialog.ui.createButton)
    qtbot.waitUntil(lambda: dialog.code != "", timeout=WAIT_MS)
    code = dialog.code
    assert recovery.has_recovery_key(closed_vault)
    dialog.reject()

    controller.lock()
    slow.down(recovery, "open_with_recovery_key")
    unlock_dialog = controller.unlock_dialog
    recovering = unlock_dialog.safety.open_recovery()
    type_text(recovering.ui.codeEdit, code)
    click(qtbot, recovering.ui.nextButton)
    qtbot.waitUntil(lambda: recovering.ui.pages.currentIndex() == 1, timeout=WAIT_MS)
    assert slow.shown == ["Making the recovery key…", "Opening the vault…"]
    assert no_progress_left()
