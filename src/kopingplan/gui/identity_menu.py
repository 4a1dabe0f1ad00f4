"""Inställningar → "Signeringsidentitet…", installed by the controller after unlock.

The action is made here in code (the main window's form is not this feature's), retranslated
on a language switch; the dialog is a child of the main window, so locking closes it and its
``teardown`` forgets the password and the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

from kopingplan.gui.identity_dialog import IdentityDialog


class IdentityActions(QObject):
    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.dialog: IdentityDialog | None = None
        self.identity_action = QAction(window)
        window.ui.settingsMenu.addAction(self.identity_action)
        self.identity_action.triggered.connect(self.open_identity)
        self.retranslate()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.identity_action.setText(
            QCoreApplication.translate("IdentityActions", "Signing &identity…")
        )

    def open_identity(self) -> IdentityDialog | None:
        if self.window.session is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = IdentityDialog(self.window.session, self.window)
        self.dialog = dialog
        dialog.finished.connect(lambda *_: self._forget(dialog))
        dialog.show()
        return dialog

    def _forget(self, dialog: IdentityDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()


def install(controller: Any, window: Any) -> IdentityActions:
    """Called by the controller once the main window is up."""
    actions = IdentityActions(controller, window)
    window.identity_actions = actions
    return actions
