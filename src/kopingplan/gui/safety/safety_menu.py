"""The safety actions in the main window's menus, installed by the controller after unlock.

Arkiv: "Säkerhetskopiera …", "Återställ från säkerhetskopia …", "Gallring …";
Inställningar: "Inställningar …" (the settings dialog), "Säkerhet …" (passphrase, recovery key,
re-encryption: :mod:`kopingplan.gui.safety.security_dialog`) and "Återställningsnyckel …". And the
backup reminder and a recovery key never shown as notices. The dialogs are
children of the main window, so locking closes them with it (their ``teardown`` forgets the
session).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.menu_actions import WindowActions
from kopingplan.gui.safety.safety_backup import BackupDialog, show_backup_reminder
from kopingplan.gui.safety.safety_recovery import RecoveryKeyDialog
from kopingplan.gui.safety.safety_restore import RestoreDialog, finish_restore_in_app
from kopingplan.gui.safety.safety_retention import RetentionDialog
from kopingplan.gui.safety.security_dialog import SecurityDialog
from kopingplan.gui.safety.unshown_recovery import check_after_unlock
from kopingplan.gui.shell.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.gui.shell.main_window import MainWindow


class SafetyActions(WindowActions):
    def __init__(self, controller: AppController, window: MainWindow) -> None:
        super().__init__(controller, window)
        ui = window.ui
        self.security_dialog: SecurityDialog | None = None  # the one over the settings
        translate = QCoreApplication.translate
        self.backup_action = self.action(
            self.open_backup, text=lambda: translate("SafetyActions", "&Back up…")
        )
        self.restore_action = self.action(
            self.open_restore, text=lambda: translate("SafetyActions", "Res&tore from a backup…")
        )
        self.retention_action = self.action(
            self.open_retention, text=lambda: translate("SafetyActions", "Retention re&view…")
        )
        before = ui.actionLock  # above the separator that precedes Lock and Quit
        separator = ui.fileMenu.insertSeparator(before)
        for action in (self.backup_action, self.restore_action, self.retention_action):
            ui.fileMenu.insertAction(separator, action)
        ui.settingsMenu.addSeparator()
        self.settings_action = self.action(
            self.open_settings, ui.settingsMenu, lambda: translate("SafetyActions", "&Settings…")
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.security_action = self.action(
            self.open_security, ui.settingsMenu, lambda: translate("SafetyActions", "Securit&y…")
        )
        self.recovery_action = self.action(
            self.open_recovery_key,
            ui.settingsMenu,
            lambda: translate("SafetyActions", "Recovery &key…"),
        )
        self.ready()

    def open_backup(self) -> BackupDialog | None:
        dialog = self.show_task_dialog(BackupDialog)
        if dialog is not None:
            dialog.finished.connect(lambda _code: self._backup_closed(dialog))
        return dialog

    def _backup_closed(self, dialog: BackupDialog) -> None:
        """A backup made: the reminder that none was made (or none lately) goes."""
        if dialog.result_info is None:
            return
        for bar in self.window.notices():
            if bar.key == "backup":
                bar.dismiss()

    def open_restore(self) -> RestoreDialog | None:
        if self.window.session is None:
            return None
        dialog = RestoreDialog(self.window.session, self.controller.runner, self.window)
        dialog.restoreConfirmed.connect(
            lambda prepared, secret: finish_restore_in_app(self.controller, prepared, secret)
        )
        return self.show_dialog(dialog)

    def open_retention(self) -> RetentionDialog | None:
        return self.show_task_dialog(RetentionDialog)

    def open_settings(self) -> SettingsDialog | None:
        if self.window.session is None:
            return None
        dialog = SettingsDialog(self.window.session, self.window)
        dialog.saved.connect(self._settings_saved)
        dialog.securityRequested.connect(lambda: self.open_security(over=dialog))
        return self.show_dialog(dialog)

    def _settings_saved(self) -> None:
        """The idle lock follows at once; the clipboard guard reads its time at each copy."""
        self.controller.set_idle_timeout(app_settings.idle_minutes() * 60)

    def open_recovery_key(self) -> RecoveryKeyDialog | None:
        return self.show_task_dialog(RecoveryKeyDialog)

    def open_security(self, over: QDialog | None = None) -> SecurityDialog | None:
        """From the menu, or ``over`` the settings dialog, which stays open with its edits."""
        if self.window.session is None:
            return None
        parent = over if over is not None else self.window
        dialog = SecurityDialog(self.window.session, self.controller.runner, parent)
        dialog.notice.connect(self.window.show_notice)
        if over is None:
            return self.show_dialog(dialog)
        self.security_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        return dialog


def install(controller: AppController, window: MainWindow) -> SafetyActions:
    """Called by the controller once the main window is up: menus, the backup reminder and
    the notice of a recovery key that was never shown."""
    actions = SafetyActions(controller, window)
    window.safety = actions
    show_backup_reminder(window, actions.open_backup)
    check_after_unlock(window, actions.open_recovery_key)  # a new key that no one saw
    return actions
