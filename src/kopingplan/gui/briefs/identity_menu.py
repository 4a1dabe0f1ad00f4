"""Inställningar → "Signeringsidentitet…", installed by the controller after unlock.

The action is made here in code (the main window's form is not this feature's), retranslated
on a language switch; the dialog is a child of the main window, so locking closes it and its
``teardown`` forgets the password and the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from kopingplan.gui.briefs.identity_dialog import IdentityDialog
from kopingplan.gui.common.menu_actions import WindowActions

if TYPE_CHECKING:
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.gui.shell.main_window import MainWindow


class IdentityActions(WindowActions):
    def __init__(self, controller: AppController, window: MainWindow) -> None:
        super().__init__(controller, window)
        self.identity_action = self.action(self.open_identity, window.ui.settingsMenu)
        self.ready()

    def retranslate(self) -> None:
        self.identity_action.setText(
            QCoreApplication.translate("IdentityActions", "Signing &identity…")
        )

    def open_identity(self) -> IdentityDialog | None:
        if self.window.session is None:
            return None
        return self.show_dialog(IdentityDialog(self.window.session, self.window))


def install(controller: AppController, window: MainWindow) -> IdentityActions:
    """Called by the controller once the main window is up."""
    actions = IdentityActions(controller, window)
    window.identity_actions = actions
    return actions
