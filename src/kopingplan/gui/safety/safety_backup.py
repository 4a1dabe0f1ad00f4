"""Arkiv → "Säkerhetskopiera…": a checked backup to a folder the coordinator chooses.

The copy and its check run on the task runner's worker with a progress dialog and Cancel
(:func:`kopingplan.services.backup.backup`); the result (folder, size, rotated backups, a
warning when the folder is on the laptop's own drive) shows in the dialog. The last folder is
remembered in QSettings: a path the user chose, never anything from the vault.

:func:`show_backup_reminder` puts a notice bar on the main window after unlocking when the
newest backup is older than the configured age (or there is none).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QLineEdit, QWidget

from kopingplan.errors import log_failure
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.tasks import Cancelled, TaskContext, TaskRunner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import MessageLabel
from kopingplan.gui.forms import setup_form
from kopingplan.services import backup as backup_service

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_safety_backup import Ui_SafetyBackupDialog
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.gui.shell.notices import NoticeBar
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

_FOLDER_KEY = "safety/backup_folder"

T = TypeVar("T")


def remembered_folder() -> str:
    return str(QSettings().value(_FOLDER_KEY, "") or "")


def remember_folder(folder: Path) -> None:
    QSettings().setValue(_FOLDER_KEY, str(folder))


def stage_text(stage: str) -> str:
    """A service's progress stage (marked in context "Backup") in the user's language."""
    return QCoreApplication.translate("Backup", stage) if stage else ""


def backup_step(
    ctx: TaskContext,
    step: Callable[[backup_service.Progress, backup_service.Cancelled], T],
) -> T:
    """Runs a copy of the vault's files (a backup, or a backup checked before restoring) on
    the worker: ``step(progress, cancelled)`` reports its stages in the user's language to the
    progress dialog and hears its Cancel, and stopping on Cancel ends the task as cancelled."""

    def progress(done: int, total: int, stage: str) -> None:
        ctx.report(done, total, stage_text(stage))

    try:
        return step(progress, lambda: ctx.cancelled)
    except backup_service.BackupCancelled:
        raise Cancelled() from None


def browse_backup_folder(dialog: QWidget, edit: QLineEdit, title: str) -> bool:
    """The folder dialog for a backup, starting at the folder typed in ``edit``; the chosen
    folder goes into ``edit``. False when nothing was chosen."""
    folder = file_dialogs.folder_path(dialog, "backup", title, edit.text())
    if folder:
        edit.setText(str(folder))
    return bool(folder)


class BackupDialog(ShowsMessage, BusyDialog):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SafetyBackupDialog = setup_form("safety_backup", self)
        self.session = session
        self.result_info: backup_service.BackupResult | None = None
        self._message = MessageLabel(self.ui.resultLabel)
        self.ui.folderEdit.setText(remembered_folder())
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.backupButton.clicked.connect(self.start_backup)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.folderEdit.setFocus()

    def _browse(self) -> None:
        browse_backup_folder(self, self.ui.folderEdit, self.tr("Folder for the backup"))

    def start_backup(self) -> None:
        if self._busy:
            return
        text = self.ui.folderEdit.text().strip()
        if not text:
            self._message.show(lambda: self.tr("Choose a folder for the backup."), error=True)
            self.ui.folderEdit.setFocus()
            return
        destination = Path(text).expanduser()
        session = self.session

        def work(ctx: TaskContext) -> backup_service.BackupResult:
            return backup_step(
                ctx,
                lambda progress, cancelled: backup_service.backup(
                    session, destination, progress=progress, cancelled=cancelled
                ),
            )

        # Shown at once, in the dialog and in the progress window with its Cancel: a short
        # backup ended before a delayed progress window came, and Start seemed to do nothing.
        self._message.show(lambda: self.tr("Backing up the vault…"))
        self.run_busy(
            work,
            self._done,
            self.show_failure,
            on_cancelled=self._cancelled,
            label=self.tr("Backing up the vault…"),
            cancellable=True,
            exclusive=True,  # the copy holds the vault: other windows would freeze behind it
            progress_delay_ms=0,
        )

    def _done(self, result: backup_service.BackupResult) -> None:
        self.result_info = result
        remember_folder(result.folder.parent)

        def text() -> str:
            size = QLocale().formattedDataSize(result.size_bytes)
            lines = [
                self.tr("The backup is made and checked: {folder} ({size}).").format(
                    folder=result.folder, size=size
                )
            ]
            if result.removed:
                lines.append(self.tr("%n older backup(s) removed there.", "", len(result.removed)))
            if result.same_device:
                lines.append(
                    self.tr(
                        "That folder is on this computer's own drive: a lost laptop takes the "
                        "backup along. Use a USB stick or another drive."
                    )
                )
            return "\n".join(lines)

        self._message.show(text, error=result.same_device)
        self.ui.backupButton.setEnabled(False)
        self.ui.closeButton.setDefault(True)
        self.ui.closeButton.setFocus()

    def _cancelled(self) -> None:
        self._message.show(lambda: self.tr("Cancelled. No backup was made; nothing changed."))

    def busy_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.folderEdit, ui.browseButton, ui.backupButton, ui.closeButton)


def show_backup_reminder(window: MainWindow, open_backup: Callable[[], object]) -> NoticeBar | None:
    """A notice on the main window when a backup is due; None when it is not."""
    try:
        due = backup_service.reminder_due(unlocked(window.session))
        last = backup_service.last_backup_at(unlocked(window.session))
    except Exception:
        log_failure(_log, "The backup reminder could not be read")
        return None
    if not due:
        return None

    def text() -> str:
        if last is None:
            return QCoreApplication.translate("SafetyNotices", "This vault has no backup yet.")
        day = last.astimezone().date().isoformat()
        return QCoreApplication.translate(
            "SafetyNotices", "The newest backup of this vault is from {day}."
        ).format(day=day)

    bar = window.add_notice("backup", text)
    bar.add_button(
        lambda: QCoreApplication.translate("SafetyNotices", "&Back up now…"), open_backup
    )
    return bar
