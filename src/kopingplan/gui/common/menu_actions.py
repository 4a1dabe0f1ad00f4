"""What every menu installed after unlock shares: texts retranslated on a language switch, and
one dialog at a time, a child of the main window, forgotten when it closes.

Locking tears the main window down with its child dialogs (their ``teardown`` forgets the
session), so a menu's dialogs never outlive the unlocked vault. The base of
:mod:`kopingplan.gui.safety.safety_menu`, :mod:`kopingplan.gui.briefs.identity_menu` and
:mod:`kopingplan.gui.reports.reports_menu`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

if TYPE_CHECKING:
    from kopingplan.gui.common.tasks import TaskRunner
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session

D = TypeVar("D", bound=QDialog)


class WindowActions(QObject):
    """Base of a menu's actions: subclasses make their QActions, then call :meth:`ready`."""

    def __init__(self, controller: AppController, window: MainWindow) -> None:
        super().__init__(window)
        self.controller = controller
        self.window = window
        self.dialog: QDialog | None = None
        self._texts: list[tuple[QAction, Callable[[], str]]] = []

    def action(
        self,
        triggered: Callable[[], object],
        menu: QMenu | None = None,
        text: Callable[[], str] | None = None,
    ) -> QAction:
        """A new action of the window that calls ``triggered``, at the end of ``menu`` when one
        is given; it says ``text()``, again after each language switch (:meth:`retranslate`)."""
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: triggered())
        if menu is not None:
            menu.addAction(action)
        if text is not None:
            self._texts.append((action, text))
        return action

    def file_menu_action(self, *after: QAction | None) -> QAction:
        """A new action in Arkiv, just after the first of ``after`` that the menu has (else
        at its end)."""
        action = QAction(self.window)
        menu = self.window.ui.fileMenu
        listed = menu.actions()
        at = next((listed.index(a) + 1 for a in after if a is not None and a in listed), None)
        if at is not None and at < len(listed):
            menu.insertAction(listed[at], action)
        else:
            menu.addAction(action)
        return action

    def ready(self) -> None:
        self.retranslate()
        self.window.installEventFilter(self)

    def retranslate(self) -> None:
        """Says the texts given to :meth:`action` in the language now chosen; a subclass adds
        its own (a menu's title) after ``super().retranslate()``."""
        for action, text in self._texts:
            action.setText(text())

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

    def show_task_dialog(self, make: Callable[[Session, TaskRunner, QWidget], D]) -> D | None:
        """A dialog whose long work runs on the task runner (a backup, a signed report), made
        by ``make(session, runner, parent)`` and shown as :meth:`show_dialog`; None while
        locked."""
        if self.window.session is None:
            return None
        return self.show_dialog(make(self.window.session, self.controller.runner, self.window))

    def show_list(self, kind: type[D], make: Callable[[Session, QWidget], D]) -> D | None:
        """The list window of ``kind`` brought forward if open, else made by ``make(session,
        parent)``, shown and given the keyboard on its list; None while locked."""
        if self.window.session is None:
            return None
        if isinstance(self.dialog, kind):
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = self.show_dialog(make(self.window.session, self.window))
        dialog.focus_list()  # type: ignore[attr-defined]  # each list window has it; D is any dialog
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            dialog.deleteLater()
