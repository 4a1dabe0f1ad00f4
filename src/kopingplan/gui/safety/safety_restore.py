"""Arkiv → "Återställ från säkerhetskopia…": check a backup, show what it holds, switch.

1. The coordinator picks the backup folder and types the passphrase that was valid when it
   was made, or the recovery key (a backup carries its key file, recovery slot included: the
   coordinator who has forgotten the old passphrase still has the sheet in the safe);
   :func:`restore.prepare_restore` copies and checks it on the worker thread with progress
   and Cancel. Nothing changes yet.
2. The dialog shows the summary: date, counts, audit rows, and a warning when the backup
   belongs to another vault. "Restore" is the confirmation.
3. :func:`finish_restore_in_app` closes the current vault (as locking does), switches on the
   worker, and opens the main window on the restored vault; on failure the unlock dialog
   comes back with the message. Closing the dialog instead discards the checked copy.
4. Opened with the recovery key, the restored vault first needs a new passphrase (the
   recovery unlock's second step, :func:`new_passphrase_dialog`), as when the recovery
   key opens the vault at the unlock prompt: no vault without a passphrase its user knows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.safety.safety_backup import backup_step, browse_backup_folder, remembered_folder
from kopingplan.gui.safety.safety_unlock import RecoveryUnlockDialog
from kopingplan.services import recovery, restore

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_safety_restore import Ui_SafetyRestoreDialog
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)


class RestoreDialog(ShowsMessage, BusyDialog):
    restoreConfirmed = Signal(object, str)  # PreparedRestore, the backup's secret

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SafetyRestoreDialog = setup_form("safety_restore", self)
        self.session: Session | None = session
        self.prepared: restore.PreparedRestore | None = None
        self._secret = ""
        self._message = MessageLabel(self.ui.messageLabel)
        self._summary = MessageLabel(self.ui.summaryLabel)
        self._warning = MessageLabel(self.ui.warningLabel)
        self.ui.folderEdit.setText(remembered_folder())
        self.ui.restoreButton.setEnabled(False)
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.checkButton.clicked.connect(self.check_backup)
        self.ui.restoreButton.clicked.connect(self.confirm)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.folderEdit.textEdited.connect(lambda *_: self._discard())
        self.ui.recoveryRadio.toggled.connect(self._kind_changed)
        self._retranslate_dynamic()
        self.ui.folderEdit.setFocus()

    @property
    def secret_kind(self) -> str:
        """ "passphrase" or "recovery": which secret the field takes."""
        return recovery.SLOT if self.ui.recoveryRadio.isChecked() else "passphrase"

    def _retranslate_dynamic(self) -> None:
        if self.secret_kind == recovery.SLOT:
            self.ui.secretLabel.setText(self.tr("Recovery key valid when the backup was ma&de:"))
        else:
            self.ui.secretLabel.setText(self.tr("&Passphrase valid when the backup was made:"))

    def _kind_changed(self) -> None:
        """The recovery key is typed from paper, so it is shown; a passphrase is not."""
        by_key = self.secret_kind == recovery.SLOT
        self.ui.secretEdit.clear()
        self.ui.secretEdit.setEchoMode(
            QLineEdit.EchoMode.Normal if by_key else QLineEdit.EchoMode.Password
        )
        self._retranslate_dynamic()
        self._message.clear()
        self._discard()

    @property
    def summary_text(self) -> str:
        return self._summary.text

    @property
    def warning_text(self) -> str:
        return self._warning.text

    def _browse(self) -> None:
        if browse_backup_folder(self, self.ui.folderEdit, self.tr("The backup to restore")):
            self._discard()

    def check_backup(self) -> None:
        if self._busy or self.session is None:
            return
        folder, secret = self.ui.folderEdit.text().strip(), self.ui.secretEdit.text()
        kind = self.secret_kind
        if not folder or not secret:
            if kind == recovery.SLOT:
                self._message.show(
                    lambda: self.tr("Choose the backup folder and type the recovery key."),
                    error=True,
                )
            else:
                self._message.show(
                    lambda: self.tr("Choose the backup folder and type its passphrase."),
                    error=True,
                )
            return
        if kind == recovery.SLOT:
            try:
                recovery.normalise(secret)  # a typo is named at once, before copying anything
            except Exception as error:
                self.show_failure(error)
                return
        self._discard()
        source = Path(folder).expanduser()
        target = self.session.vault.paths
        vault_id = self.session.vault.vault_id

        def work(ctx: TaskContext) -> restore.PreparedRestore:
            return backup_step(
                ctx,
                lambda progress, cancelled: restore.prepare_restore(
                    source,
                    target,
                    secret,
                    secret_kind=kind,
                    current_vault_id=vault_id,
                    progress=progress,
                    cancelled=cancelled,
                ),
            )

        self._message.clear()
        self.run_busy(
            work,
            lambda prepared: self._prepared(prepared, secret),
            self.show_failure,
            label=self.tr("Checking the backup…"),
            cancellable=True,
        )

    def _prepared(self, prepared: restore.PreparedRestore, secret: str) -> None:
        if self.session is None:  # locked while the check ran: its copy goes, nobody restores
            restore.discard_restore(prepared)
            return
        self.prepared, self._secret = prepared, secret
        summary = prepared.summary
        self._summary.show(lambda: summary_text(summary))
        if summary.same_vault is False:
            self._warning.show(
                lambda: self.tr(
                    "This backup belongs to another vault. Restoring it replaces everything "
                    "in this vault with that vault's records."
                ),
                error=True,
            )
        self.ui.restoreButton.setEnabled(True)
        self.ui.restoreButton.setDefault(True)
        self.ui.restoreButton.setFocus()

    def confirm(self) -> None:
        if self._busy or self.prepared is None:
            return
        prepared, secret = self.prepared, self._secret
        self.prepared, self._secret = None, ""  # handed over: not discarded when we close
        self.ui.secretEdit.clear()
        self.accept()
        self.restoreConfirmed.emit(prepared, secret)

    def _discard(self) -> None:
        if self.prepared is not None:
            restore.discard_restore(self.prepared)
        self.prepared, self._secret = None, ""
        self._summary.clear()
        self._warning.clear()
        self.ui.restoreButton.setEnabled(False)

    def busy_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            ui.folderEdit,
            ui.browseButton,
            ui.secretEdit,
            ui.passphraseRadio,
            ui.recoveryRadio,
            ui.checkButton,
            ui.closeButton,
        )

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        if busy:  # on again only once a backup is checked
            self.ui.restoreButton.setEnabled(False)

    def teardown(self) -> None:
        self._discard()
        self.session = None

    def forget(self) -> None:
        self._discard()


_COUNTED = ("cases", "persons", "organisations", "contacts", "notes", "situation_entries")


def summary_text(summary: restore.BackupSummary) -> str:
    """Date and counts, never content."""
    translate = QCoreApplication.translate
    made = summary.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if summary.made_at else "?"
    names = {
        "cases": translate("SafetyRestore", "Cases"),
        "persons": translate("SafetyRestore", "People"),
        "organisations": translate("SafetyRestore", "Organisations"),
        "contacts": translate("SafetyRestore", "Contacts"),
        "notes": translate("SafetyRestore", "Notes"),
        "situation_entries": translate("SafetyRestore", "Situation picture entries"),
    }
    lines = [
        translate("SafetyRestore", "The backup passed its check. Made: {made}.").format(made=made)
    ]
    lines += [f"{names[key]}: {summary.counts.get(key, 0)}" for key in _COUNTED]
    others = sum(n for key, n in summary.counts.items() if key not in _COUNTED)
    lines.append(translate("SafetyRestore", "Other records: {n}").format(n=others))
    lines.append(translate("SafetyRestore", "Audit log entries: {n}").format(n=summary.audit_rows))
    lines.append(
        translate(
            "SafetyRestore",
            "Restore replaces the current vault with this backup. The current vault is kept "
            "beside it as a safety copy.",
        )
    )
    return "\n".join(lines)


class _NoWait:
    """Stands in for the unlock throttle in :class:`RecoveryUnlockDialog`: the recovery key
    was checked against the backup already, the dialog only sets the new passphrase."""

    seconds_to_wait = 0

    def refresh(self) -> None:
        pass

    def blocked(self) -> bool:
        return False


def new_passphrase_dialog(
    session: Session, code: str, runner: TaskRunner, folder: Path
) -> RecoveryUnlockDialog:
    """The recovery unlock's second step for a vault restored with the recovery key: a new
    passphrase is set before the main window opens; cancelling closes the vault again.

    The dialog itself, not a subclass: PySide's ``tr`` takes the context from the object's
    class, so a subclass would lose the dialog's translations."""
    dialog = RecoveryUnlockDialog(folder, runner, _NoWait(), None)  # type: ignore[arg-type]
    dialog.continue_with(session, code)
    return dialog


# The new-passphrase dialog after a restore with the recovery key (no window owns it).
_passphrase_dialog: RecoveryUnlockDialog | None = None


def passphrase_dialog() -> RecoveryUnlockDialog | None:
    """The new-passphrase dialog on screen after a restore with the recovery key, if any."""
    return _passphrase_dialog


def finish_restore_in_app(controller: AppController, prepared: Any, secret: str) -> None:
    """Closes the current vault as locking does, switches, and opens the restored one."""
    folder = controller.folder
    if folder is None:  # a restore is started from an unlocked vault, which has its folder
        raise RuntimeError("no vault is open to restore over")
    controller.close_vault(keep_drafts=False)  # forms of the vault that is gone
    translate = QCoreApplication.translate

    def notice_for(result: restore.RestoreResult) -> str:
        notice = translate("SafetyRestore", "The backup was restored.")
        if result.safety_copy is not None:
            notice += " " + translate(
                "SafetyRestore", "The previous vault is kept as {folder}."
            ).format(folder=result.safety_copy)
        return notice

    def done(result: restore.RestoreResult) -> None:
        if prepared.secret_kind == recovery.SLOT:
            _ask_new_passphrase(controller, result, secret, folder, notice_for(result))
        else:
            controller.replace_session(result.session, folder, notice_for(result))

    def failed(error: BaseException) -> None:
        _log.warning("Restore failed: %s", type(error).__name__)
        _show_unlock_with(
            controller,
            folder,
            lambda: translate("SafetyRestore", "The restore failed: {error} Unlock again.").format(
                error=error_text(error)
            ),
        )

    controller.runner.run(
        lambda ctx: restore.finish_restore(prepared, secret),
        on_success=done,
        on_failure=failed,
        label=translate("SafetyRestore", "Restoring the backup…"),
    )


def _show_unlock_with(controller: AppController, folder: Path, message: Callable[[], str]) -> None:
    controller.show_unlock(folder)
    dialog = controller.unlock_dialog
    if dialog is not None:
        dialog.show_error(message)


def _ask_new_passphrase(
    controller: AppController, result: restore.RestoreResult, code: str, folder: Path, notice: str
) -> None:
    """Restored with the recovery key: a new passphrase first, then the main window."""
    global _passphrase_dialog
    translate = QCoreApplication.translate
    dialog = new_passphrase_dialog(result.session, code, controller.runner, folder)
    _passphrase_dialog = dialog

    def forget() -> None:
        global _passphrase_dialog
        if _passphrase_dialog is dialog:
            _passphrase_dialog = None
        dialog.deleteLater()

    def unlocked(session: Session) -> None:
        forget()
        controller.replace_session(session, folder, notice)

    def cancelled() -> None:
        forget()  # the dialog closed the restored vault again
        _show_unlock_with(
            controller,
            folder,
            lambda: translate(
                "SafetyRestore",
                "The backup was restored, but no new passphrase was set. Open it with the "
                "recovery key and set one.",
            ),
        )

    dialog.unlocked.connect(unlocked)
    dialog.rejected.connect(cancelled)
    dialog.show()
    dialog.activateWindow()
