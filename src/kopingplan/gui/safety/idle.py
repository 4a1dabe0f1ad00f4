"""Locks the vault after a stretch without keyboard or mouse input.

An application-wide event filter restarts a single-shot timer on every input event, in any
window of the program (a case window counts as much as the main window). The timeout comes
from QSettings ``security/idle_minutes`` (default 5); :meth:`IdleWatcher.set_timeout` takes
seconds so tests can use a fraction of one.

The same filter hears Ctrl+L in a modal window (a wizard, a safety dialog): Qt does not fire the
main window's application-wide Lock shortcut while a modal window blocks the main window, so
``lock_keys`` is emitted for it, once the key event has been delivered.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

# Input that proves someone is at the keyboard. Paint, timer and focus events do not.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.ShortcutOverride,
    }
)


# The main window's Lock shortcut (ui_main_window: actionLock).
_LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class IdleWatcher(QObject):
    idle = Signal()
    lock_keys = Signal()

    def __init__(
        self, app: QCoreApplication, seconds: float, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False
        self.set_timeout(seconds)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def set_timeout(self, seconds: float) -> None:
        """0 or less turns the idle lock off."""
        self._enabled = seconds > 0
        self._timer.setInterval(max(1, int(seconds * 1000)))
        if self._watching:
            self.start()

    def start(self) -> None:
        if not self._watching:
            self._app.installEventFilter(self)
            self._watching = True
        if self._enabled:
            self._timer.start()
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            self._app.removeEventFilter(self)
            self._watching = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._enabled and event.type() in _INPUT_EVENTS:
            self._timer.start()  # restarts the countdown
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.keyCombination() == _LOCK_KEYS
            and QApplication.activeModalWidget() is not None
        ):
            QTimer.singleShot(0, self.lock_keys.emit)
            return True
        return False
