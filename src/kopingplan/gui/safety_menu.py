"""The safety actions in the main window's menus, installed by the controller after unlock.

Arkiv: "Säkerhetskopiera …", "Återställ från säkerhetskopia …", "Gallring …";
Inställningar: "Återställningsnyckel …". And the backup reminder as a notice. The dialogs are
children of the main window, so locking closes them with it (their ``teardown`` forgets the
session).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from kopingplan.gui.safety_backup import BackupDialog, show_backup_reminder
from kopingplan.gui.safety_recovery import RecoveryKeyDialog
from kopingplan.gui.safety_restore import RestoreDialog, finish_restore_in_app
from kopingplan.gui.safety_retention import RetentionDialog

D = TypeVar("D", bound=QDialog)


class SafetyActions(QObject):
    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.dialog: Any = None
        ui = window.ui
        self.backup_action = QAction(window)
        self.restore_action = QAction(window)
        self.retention_action = QAction(window)
        self.recovery_action = QAction(window)
        before = ui.actionLock  # above the separator that precedes Lock and Quit
        separator = ui.fileMenu.insertSeparator(before)
        for action in (self.backup_action, self.restore_action, self.retention_action):
            ui.fileMenu.insertAction(separator, action)
        ui.settingsMenu.addAction(self.recovery_action)
        self.backup_action.triggered.connect(self.open_backup)
        self.restore_action.triggered.connect(self.open_restore)
        self.retention_action.triggered.connect(self.open_retention)
        self.recovery_action.triggered.connect(self.open_recovery_key)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.backup_action.setText(translate("SafetyActions", "&Back up…"))
        self.restore_action.setText(translate("SafetyActions", "Res&tore from a backup…"))
        self.retention_action.setText(translate("SafetyActions", "Retention re&view…"))
        self.recovery_action.setText(translate("SafetyActions", "Recovery &key…"))

    def _show(self, dialog: D) -> D:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._forget(dialog))
        dialog.show()
        return dialog

    def _forget(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()

    def open_backup(self) -> BackupDialog | None:
        if self.window.session is None:
            return None
        return self._show(BackupDialog(self.window.session, self.controller.runner, self.window))

    def open_restore(self) -> RestoreDialog | None:
        if self.window.session is None:
            return None
        dialog = RestoreDialog(self.window.session, self.controller.runner, self.window)
        dialog.restoreConfirmed.connect(
            lambda prepared, secret: finish_restore_in_app(self.controller, prepared, secret)
        )
        return self._show(dialog)

    def open_retention(self) -> RetentionDialog | None:
        if self.window.session is None:
            return None
        return self._show(RetentionDialog(self.window.session, self.controller.runner, self.window))

    def open_recovery_key(self) -> RecoveryKeyDialog | None:
        if self.window.session is None:
            return None
        return self._show(
            RecoveryKeyDialog(self.window.session, self.controller.runner, self.window)
        )


def install(controller: Any, window: Any) -> SafetyActions:
    """Called by the controller once the main window is up: menus and the backup reminder."""
    actions = SafetyActions(controller, window)
    window.safety = actions
    show_backup_reminder(window, actions.open_backup)
    return actions
