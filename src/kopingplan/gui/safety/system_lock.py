"""Locks the vault when the computer's session locks or the machine goes to sleep.

A coordinator who locks the screen (Win+L) or closes the lid expects the vault to be locked
too, as KeePassXC does. Qt has no portable signal for either, so each system is asked where it
can tell:

- everywhere: Qt reports the application as *suspended* (macOS and mobile platforms);
- Linux: logind's ``PrepareForSleep(true)`` on the system bus, the session's ``Lock`` signal,
  and the freedesktop/GNOME screen savers' ``ActiveChanged(true)`` on the session bus;
- Windows: ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (after registering for session
  notifications) and ``WM_POWERBROADCAST`` with ``PBT_APMSUSPEND``.

Where a bus or an API is missing nothing happens: the idle timer still locks.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def windows_message_locks(message: int, wparam: int) -> bool:
    """Whether a Windows message means the session locked or the machine is suspending."""
    return (message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK) or (
        message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND
    )


class _WindowsFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type: Any, message: Any) -> tuple[bool, int]:
        if bytes(event_type) == b"windows_generic_MSG":

            class MSG(ctypes.Structure):
                _fields_ = [
                    ("hwnd", ctypes.c_void_p),
                    ("message", ctypes.c_uint),
                    ("wParam", ctypes.c_size_t),
                    ("lParam", ctypes.c_ssize_t),
                ]

            msg = MSG.from_address(int(message))
            if windows_message_locks(msg.message, msg.wParam):
                self._watcher.lock_requested.emit()
        return False, 0


class SystemLockWatcher(QObject):
    """Emits :attr:`lock_requested` when the system locks or sleeps."""

    lock_requested = Signal()

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._native_filter: _WindowsFilter | None = None
        app.applicationStateChanged.connect(self._on_application_state)
        if sys.platform.startswith("linux"):
            self._watch_dbus()

    @Slot(Qt.ApplicationState)
    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()

    @Slot(bool)
    def on_active_or_sleeping(self, active: bool) -> None:
        """D-Bus ``PrepareForSleep`` / ``ActiveChanged``: lock when it turns true."""
        if active:
            self.lock_requested.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit()

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of PySide6-Essentials
            return
        system = QDBusConnection.systemBus()
        session = QDBusConnection.sessionBus()
        hooks = [
            (system, "org.freedesktop.login1", "/org/freedesktop/login1",
             "org.freedesktop.login1.Manager", "PrepareForSleep", "on_active_or_sleeping(bool)"),
            (system, "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
             "org.freedesktop.login1.Session", "Lock", "on_session_lock()"),
            (session, "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
             "org.freedesktop.ScreenSaver", "ActiveChanged", "on_active_or_sleeping(bool)"),
            (session, "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
             "org.gnome.ScreenSaver", "ActiveChanged", "on_active_or_sleeping(bool)"),
        ]  # fmt: skip
        for bus, service, path, interface, name, slot in hooks:
            if bus.isConnected():
                # The SLOT()-string form of connect (Qt's "1" prefix), which the stubs lack.
                bus.connect(service, path, interface, name, self, f"1{slot}")  # type: ignore[call-overload]

    def watch_windows(self, window_id: int) -> None:
        """Registers the main window for session notifications (Windows only)."""
        if sys.platform != "win32" or self._native_filter is not None:
            return
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")
            wtsapi.WTSRegisterSessionNotification(
                ctypes.c_void_p(window_id), NOTIFY_FOR_THIS_SESSION
            )
        except OSError:
            log.warning("session lock notifications are not available")
        self._native_filter = _WindowsFilter(self)
        self._app.installNativeEventFilter(self._native_filter)
