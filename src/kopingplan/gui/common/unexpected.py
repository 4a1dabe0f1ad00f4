"""What happens to an error nobody expected: logged without content, told in words, and the
program goes on.

Without a hook an exception in a slot or an event filter is printed by PySide6 with its message
(which may quote vault content: a name in a ValueError, a note in a KeyError), and the person
sees nothing happen. KeePassXC's rule is ours: nothing of the vault in logs or crash reports.
So the log gets the exception's type and where it was raised, never its message or any
variable, and the person gets one message box saying their saved work is safe and what to do.
Installed by :func:`kopingplan.gui.app.run` only: tests keep pytest-qt's own hook, which turns
such an exception into a failing test.
"""

from __future__ import annotations

import logging
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from kopingplan.errors import scrubbed_report

_log = logging.getLogger("kopingplan.unexpected")


class _Reporter(QObject):
    """Lives in the GUI thread; errors from any thread are told to the person from there."""

    happened = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._showing = False
        self.shown = 0  # message boxes shown so far (tests)
        self.happened.connect(self._tell, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _tell(self) -> None:
        if self._showing:  # one box at a time: a fault in a paint event would repeat forever
            return
        self._showing = True
        self.shown += 1
        try:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Unexpected", "Köpingplan"),
                QCoreApplication.translate(
                    "Unexpected",
                    "Something went wrong in the program. What you had saved is safe in the "
                    "vault; what you were doing may not have been saved. Check it, and lock "
                    "and unlock the vault if the program behaves oddly. The log says where the "
                    "error happened, without any content of the vault.",
                ),
                QMessageBox.StandardButton.Ok,
                QApplication.activeWindow(),
            )
            box.setObjectName("unexpectedErrorBox")
            box.exec()
        finally:
            self._showing = False


_reporter: _Reporter | None = None


def handle(
    kind: type[BaseException],
    value: BaseException | None,
    traceback_: TracebackType | None,
    thread_name: str = "",
) -> None:
    if issubclass(kind, KeyboardInterrupt | SystemExit):
        sys.__excepthook__(kind, value or kind(), traceback_)
        return
    _log.error("%s", scrubbed_report(kind, traceback_, thread_name))
    if _reporter is not None:
        _reporter.happened.emit()  # queued: shown from the GUI thread's event loop


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread is not None else ""
    handle(args.exc_type, args.exc_value, args.exc_traceback, name)


def install() -> _Reporter:
    """Makes :func:`handle` the hook for the GUI thread and every Python thread."""
    global _reporter
    app = QCoreApplication.instance()
    assert app is not None and QThread.currentThread() is app.thread()
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = handle
    threading.excepthook = _thread_hook
    return _reporter
