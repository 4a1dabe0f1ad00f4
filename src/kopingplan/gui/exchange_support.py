"""What the exchange screens share: the application's task runner and a monospace font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QFont, QFontDatabase

from kopingplan.gui.tasks import TaskRunner


def app_runner(owner: QObject) -> TaskRunner:
    """The application's one worker (the controller's runner): the vault connection must never
    be used by two threads. A runner of the owner's own only when there is no application
    controller (a screen built alone)."""
    app = QCoreApplication.instance()
    found = app.findChild(TaskRunner) if app is not None else None
    return found if found is not None else TaskRunner(owner)


def monospace_font(point_size: int = 0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSize(point_size)
    return font
