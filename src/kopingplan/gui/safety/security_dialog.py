"""Inställningar → "Säkerhet …": the passphrase, the recovery key and the vault's key, without
the command line.

What ``kopingplan passwd``, ``kopingplan recovery-key new|remove`` and ``kopingplan rekey`` do,
with the same services, checks and messages:

* **Change the passphrase** (``passphrase.change_passphrase``): the current one, the new one
  twice, the strength meter of the create-vault form (:mod:`kopingplan.gui.common.strength`). A weak
  or mismatched new passphrase is refused before any work; a wrong current one by the service.
* **Recovery key**: a new one (:func:`recovery.create`) is shown on its sheet with the QR code
  in :class:`~kopingplan.gui.safety.safety_recovery.RecoveryKeyDialog`; removing it
  (:func:`recovery.remove`) asks first.
* **Re-encrypt** (:func:`kopingplan.services.rekey.rekey`) on the worker with progress,
  cancellable until the new key is switched in (the progress callback is where the work checks
  for a cancel; at the last stage it commits, see ``TaskContext.commit``). Crash safety is the
  service's.

Every action asks for the current passphrase, and every try goes through the program's one
unlock throttle (:func:`kopingplan.gui.safety.safety_unlock.current_throttle`), so guessing here is
as slow as at the unlock prompt. A refusal changes nothing. The dialog is a child of the main
window (or of the settings dialog, from its "Passphrase and security…" button) and modal:
locking closes it (``teardown`` forgets the session), and nothing else in the program is used
while the vault's connection is switched to the new key.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kopingplan import errors, hardening
from kopingplan.gui.common import strength
from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import ERROR_STYLE, MessageLabel, error_message
from kopingplan.gui.forms import setup_form
from kopingplan.gui.safety import safety_unlock
from kopingplan.gui.safety.safety_recovery import RecoveryKeyDialog
from kopingplan.services import recovery
from kopingplan.services import rekey as rekey_service
from kopingplan.services.passphrase import change_passphrase

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_security_dialog import Ui_SecurityDialog
    from kopingplan.services.session import Session

PASSPHRASE_TAB, RECOVERY_TAB, REKEY_TAB = 0, 1, 2
WAIT_CHECK_MS = 250  # how often a throttle's wait is looked at, to enable the buttons again


class SecurityDialog(ShowsMessage, BusyDialog):
    notice = Signal(str)  # what was done, for the main window's status bar

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SecurityDialog = setup_form("security_dialog", self)
        self.session: Session | None = session
        self.confirm_box: QMessageBox | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.rekey_result: rekey_service.RekeyResult | None = None
        self._message = MessageLabel(self.ui.messageLabel)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(WAIT_CHECK_MS)
        self._wait_timer.timeout.connect(self.refresh_wait)
        # Modal: a re-key closes and reopens the vault's connection under everything else.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        ui = self.ui
        ui.rekeyWarningLabel.setStyleSheet("font-weight: bold;")
        # Linux without a private runtime folder (hardening): a print job's pages reach the disk.
        self.temporary_label = QLabel(self)
        self.temporary_label.setObjectName("temporaryFilesLabel")
        self.temporary_label.setWordWrap(True)
        self.temporary_label.setStyleSheet(ERROR_STYLE)
        self.temporary_label.setVisible(hardening.temporary_files_on_disk())
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.introLabel) + 1, self.temporary_label)
        # Room for two lines of reasons, kept while typing: the fields must not jump.
        ui.problemsLabel.setMinimumHeight(2 * ui.problemsLabel.fontMetrics().lineSpacing())
        self.new_passphrase = strength.NewPassphrase(
            ui.newEdit, ui.repeatEdit, ui.strengthBar, ui.strengthLabel, ui.problemsLabel
        )
        ui.showCheck.toggled.connect(self.new_passphrase.show_text)
        ui.changeButton.clicked.connect(self.change_passphrase)
        ui.newKeyButton.clicked.connect(self.make_recovery_key)
        ui.removeKeyButton.clicked.connect(self.ask_remove_recovery_key)
        ui.rekeyButton.clicked.connect(self.ask_rekey)
        ui.closeButton.clicked.connect(self.reject)
        ui.tabs.currentChanged.connect(lambda *_: self._update_default())
        self._retranslate_dynamic()
        self._update_default()
        self.refresh_wait()
        ui.currentEdit.setFocus()

    # --- language

    def _retranslate_dynamic(self) -> None:
        self.ui.strengthBar.setAccessibleName(self.tr("Passphrase strength"))
        self.temporary_label.setText(
            self.tr(
                "Temporary files, such as a print job's pages, go to this computer's disk: the "
                "session offers no private folder in memory for them."
            )
        )
        self.new_passphrase.update()
        self._update_recovery_status()

    # --- the state shown

    def _has_recovery_key(self) -> bool:
        if self.session is None:
            return False
        try:
            return recovery.has_recovery_key(self.session.vault.paths)
        except Exception:  # an unreadable key file: the actions will say what is wrong
            return False

    def _update_recovery_status(self) -> None:
        ui, has_key = self.ui, self._has_recovery_key()
        ui.recoveryStatusLabel.setText(
            self.tr("This vault has a recovery key.")
            if has_key
            else self.tr("This vault has no recovery key: only the passphrase opens it.")
        )
        ui.removeKeyButton.setEnabled(has_key and not self._busy and self.seconds_to_wait <= 0)
        ui.rekeyWarningLabel.setText(
            self.tr("The recovery key will stop working and a new one must be printed afterwards.")
            if has_key
            else ""
        )
        ui.rekeyWarningLabel.setVisible(has_key)

    def _update_default(self) -> None:
        """Enter presses the current tab's action."""
        ui = self.ui
        default = {
            PASSPHRASE_TAB: ui.changeButton,
            RECOVERY_TAB: ui.newKeyButton,
            REKEY_TAB: ui.rekeyButton,
        }.get(ui.tabs.currentIndex())
        for button in (ui.changeButton, ui.newKeyButton, ui.removeKeyButton, ui.rekeyButton):
            button.setDefault(button is default)

    # --- shared by every action

    def _current(self) -> str | None:
        """The current passphrase typed, or None (and the message says so)."""
        current = str(self.ui.currentEdit.text())
        if not current:
            self._message.show(lambda: self.tr("Type your current passphrase first."), error=True)
            self.ui.currentEdit.setFocus()
            return None
        return current

    def _run(
        self,
        work: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        label: str,
        *,
        cancellable: bool = False,
    ) -> None:
        """Runs ``work`` through the unlock throttle on the worker; a wrong current passphrase
        counts as a wrong guess, and a wait the throttle asks for refuses the try."""
        throttle = safety_unlock.current_throttle()

        def guarded(ctx: TaskContext) -> Any:
            return throttle.attempt(lambda: work(ctx))

        self._message.clear()
        self.run_busy(
            guarded,
            lambda result: self._succeeded(done, result),
            self._failed,
            on_cancelled=self._cancelled,
            label=label,
            cancellable=cancellable,
        )

    def _succeeded(self, done: Callable[[Any], None], result: Any) -> None:
        self.ui.currentEdit.clear()
        done(result)
        self._update_recovery_status()

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error)
        self._update_recovery_status()
        if isinstance(error, errors.WrongPassphrase):
            self.ui.currentEdit.clear()
            self.ui.currentEdit.setFocus()

    def _cancelled(self) -> None:
        self._message.show(lambda: self.tr("Cancelled. Nothing was changed."))
        self._update_recovery_status()

    def busy_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.currentEdit, ui.newEdit, ui.repeatEdit, ui.closeButton)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.refresh_wait()  # the action buttons: off while busy or while the throttle waits

    @property
    def seconds_to_wait(self) -> float:
        return safety_unlock.current_throttle().seconds_to_wait()

    def refresh_wait(self) -> None:
        """The action buttons are off while the unlock throttle asks for a wait (after wrong
        passphrases here or at the unlock prompt), and on again when it is over."""
        waiting = self.seconds_to_wait > 0
        ui = self.ui
        usable = not self._busy and not waiting
        for button in (ui.changeButton, ui.newKeyButton, ui.rekeyButton):
            button.setEnabled(usable)
        ui.removeKeyButton.setEnabled(usable and self._has_recovery_key())
        if waiting and not self._wait_timer.isActive():
            self._wait_timer.start()
        elif not waiting:
            self._wait_timer.stop()

    def _confirm(
        self, title: str, text: str, yes: str, then: Callable[[], None]
    ) -> QMessageBox | None:
        """Asks before an action that cannot be undone (Cancel is the default)."""
        if self._busy or self.session is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, self
        )
        go = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(*_: Any) -> None:
            self.confirm_box = None
            box.deleteLater()
            if box.clickedButton() is go and self.session is not None:
                then()

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    # --- change the passphrase

    def change_passphrase(self) -> None:
        if self._busy or self.session is None:
            return
        ui = self.ui
        current = self._current()
        if current is None:
            return
        new = ui.newEdit.text()
        if not self.new_passphrase.view().acceptable:
            self._message.show(
                lambda: self.tr("Choose a stronger new passphrase first (see above)."),
                error=True,
            )
            ui.newEdit.setFocus()
            return
        if new != ui.repeatEdit.text():
            self._message.show(error_message(errors.PassphraseMismatch()), error=True)
            ui.repeatEdit.clear()
            ui.repeatEdit.setFocus()
            return
        session = self.session

        def work(ctx: TaskContext) -> None:
            # Checks strength again, then the current; a lock while deriving stops it unwritten.
            change_passphrase(session, current, new, committing=ctx.commit)

        self._run(work, self._passphrase_changed, self.tr("Changing the passphrase…"))

    def _passphrase_changed(self, _result: None) -> None:
        ui = self.ui
        ui.newEdit.clear()
        ui.repeatEdit.clear()
        # The command line's own words (``kopingplan passwd``).
        self._message.show(lambda: QCoreApplication.translate("Cli", "The passphrase was changed."))
        self.notice.emit(self.message)

    # --- the recovery key

    def make_recovery_key(self) -> None:
        if self._busy or self.session is None:
            return
        current = self._current()
        if current is None:
            return
        session = self.session

        def work(ctx: TaskContext) -> recovery.RecoverySheet:
            # A lock while the key is derived stops it before the earlier key is replaced.
            return recovery.create(session, current, committing=ctx.commit)

        self._run(work, self._recovery_key_made, self.tr("Making the recovery key…"))

    def _recovery_key_made(self, sheet: recovery.RecoverySheet) -> None:
        """The sheet, shown once, in the recovery key window (print it from there)."""
        if self.session is None:  # locked in the instant after the key was written: no window
            return
        if self.recovery_dialog is not None:
            self.recovery_dialog.close()
        dialog = RecoveryKeyDialog(unlocked(self.session), self._runner, self)
        dialog.show_sheet(sheet)
        dialog.finished.connect(lambda *_: self._forget_recovery_dialog(dialog))
        self.recovery_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self._message.show(
            lambda: self.tr(
                "A new recovery key was made; any earlier one no longer opens the vault. Print "
                "its sheet now: it is shown only once."
            )
        )

    def _forget_recovery_dialog(self, dialog: RecoveryKeyDialog) -> None:
        if self.recovery_dialog is dialog:
            self.recovery_dialog = None
            dialog.deleteLater()

    def ask_remove_recovery_key(self) -> QMessageBox | None:
        if self._current() is None:
            return None
        return self._confirm(
            self.tr("Remove the recovery key"),
            self.tr(
                "Remove the recovery key? Afterwards only your passphrase opens the vault: if "
                "it is forgotten, nobody can open it. Backups made before still open with the "
                "old sheet."
            ),
            self.tr("&Remove"),
            self._remove_recovery_key,
        )

    def _remove_recovery_key(self) -> None:
        current = self._current()
        if current is None or self.session is None:
            return
        session = self.session

        def work(ctx: TaskContext) -> None:
            recovery.remove(session, current)

        self._run(work, self._recovery_key_removed, self.tr("Removing the recovery key…"))

    def _recovery_key_removed(self, _result: None) -> None:
        self._message.show(
            lambda: QCoreApplication.translate("Cli", "The recovery key was removed.")
        )
        self.notice.emit(self.message)

    # --- re-encrypt

    def ask_rekey(self) -> QMessageBox | None:
        if self._current() is None:
            return None
        question = self.tr("Re-encrypt the vault under a new key now?")
        if self._has_recovery_key():
            question = QCoreApplication.translate(
                "Cli",
                "The recovery key will stop working and a new one must be printed afterwards. "
                "Re-encrypt the vault now?",
            )
        return self._confirm(
            self.tr("Re-encrypt the vault"), question, self.tr("Re-&encrypt"), self.rekey
        )

    def rekey(self) -> None:
        """Runs the re-key (after the question); cancellable until the switch."""
        current = self._current()
        if current is None or self.session is None or self._busy:
            return
        session = self.session

        def work(ctx: TaskContext) -> rekey_service.RekeyResult:
            def progress(step: int, steps: int, stage: str) -> None:
                ctx.check_cancelled()
                ctx.report(step - 1, steps, QCoreApplication.translate("Rekey", stage))
                if step == steps:
                    # The last stage ends in the switch to the new key: no cancel after this.
                    ctx.commit()

            return rekey_service.rekey(session, current, progress=progress)

        self._run(work, self._rekeyed, self.tr("Re-encrypting the vault…"), cancellable=True)

    def _rekeyed(self, result: rekey_service.RekeyResult) -> None:
        self.rekey_result = result
        done = QCoreApplication.translate(
            "Cli",
            "The vault was re-encrypted under a new key and checked ({size} MB, {seconds} s). "
            "It opens with the same passphrase; copies of the old key file open nothing in it.",
        )

        def text() -> str:
            lines = [
                done.format(
                    size=round(result.database_bytes / 1e6, 1), seconds=round(result.seconds, 1)
                )
            ]
            if result.recovery_key_removed:
                lines.append(
                    QCoreApplication.translate("Rekey", rekey_service.RECOVERY_KEY_REMOVED)
                )
            lines.append(QCoreApplication.translate("Rekey", rekey_service.OLD_BACKUPS))
            return "\n\n".join(lines)

        self._message.show(text)
        self.notice.emit(self.tr("The vault was re-encrypted under a new key."))
        if result.recovery_key_removed:
            self.ui.tabs.setCurrentIndex(RECOVERY_TAB)

    # --- closing

    def teardown(self) -> None:
        """Locking: forget the session and anything typed."""
        if self.recovery_dialog is not None:
            self.recovery_dialog.teardown()
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()
        self.session = None

    def forget(self) -> None:
        self.teardown()
