"""What every menu installed after unlock shares: texts retranslated on a language switch, and
one dialog at a time, a child of the main window, forgotten when it closes.

Locking tears the main window down with its child dialogs (their ``teardown`` forgets the
session), so a menu's dialogs never outlive the unlocked vault. The base of
:mod:`kopingplan.gui.safety_menu`, :mod:`kopingplan.gui.identity_menu` and
:mod:`kopingplan.gui.reports_menu`.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog

D = TypeVar("D", bound=QDialog)


class WindowActions(QObject):
    """Base of a menu's actions: subclasses make their QActions, then call :meth:`ready`."""

    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.dialog: Any = None

    def ready(self) -> None:
        self.retranslate()
        self.window.installEventFilter(self)

    def retranslate(self) -> None:
        raise NotImplementedError

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_dialog(self, dialog: D) -> D:
        """Shows ``dialog`` instead of the one open before (closed first)."""
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
