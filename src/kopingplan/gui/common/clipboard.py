"""Copies of case content leave the clipboard again after a while.

Whatever the app puts on the clipboard (Ctrl+C in any line edit, text view or table) is
readable by every program on the laptop, and by the system's clipboard history, until
something replaces it: a copy outside the vault that nobody remembers. The guard:

* marks each copy of ours so clipboard managers leave it out of their history (KDE's
  ``x-kde-passwordManagerHint: secret``; on Windows the formats that keep it out of clipboard
  monitors, history and cloud clipboard; on macOS the concealed type), as KeePassXC does;
* clears it after the seconds set in the settings (:func:`settings.clipboard_seconds`),
  but only if the clipboard still holds exactly what we put there: something the coordinator
  copied from another program since stays;
* clears it at once when the vault locks and when the program quits (again only our copy,
  and the X11 selection while it is ours).

"Ours" is what Qt says we own. The in-process clipboards of the offscreen and minimal
platforms (tests, servers) know no other program and never claim ownership: there, every
change is ours. The guard keeps only a fingerprint of the copy, never its text.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from kopingplan.gui.common import settings as app_settings

if TYPE_CHECKING:
    from kopingplan.gui.shell.controller import AppController

# Platforms whose clipboard lives in this process only: nothing else can have written it.
_IN_PROCESS_PLATFORMS = frozenset({"offscreen", "minimal"})

_KDE_HINT = "x-kde-passwordManagerHint"


def _windows_format(name: str) -> str:
    """A named Windows clipboard format as Qt's Windows mime converter registers it."""
    return f'application/x-qt-windows-mime;value="{name}"'


def secret_markers(platform: str = sys.platform) -> dict[str, bytes]:
    """The formats that ask clipboard managers and history not to keep a copy."""
    if platform == "win32":
        zero = bytes(4)  # a DWORD 0
        return {
            _windows_format("ExcludeClipboardContentFromMonitorProcessing"): b"1",
            _windows_format("CanIncludeInClipboardHistory"): zero,
            _windows_format("CanUploadToCloudClipboard"): zero,
        }
    if platform == "darwin":
        return {"application/x-nspasteboard-concealed-type": b"secret"}
    return {_KDE_HINT: b"secret"}


def _fingerprint(mime: QMimeData | None, skip: frozenset[str]) -> str | None:
    """A hash of everything on the clipboard but our markers; None when it is empty."""
    if mime is None:
        return None
    names = sorted(name for name in mime.formats() if name not in skip)
    if not names:
        return None
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0")
        digest.update(bytes(mime.data(name).data()) + b"\0")
    return digest.hexdigest()


class ClipboardGuard(QObject):
    """Watches the application's clipboard; see the module text."""

    armed = Signal(int)  # seconds until the copy just made is cleared
    cleared = Signal()

    def __init__(
        self,
        clipboard: QClipboard,
        parent: QObject | None = None,
        *,
        seconds: Callable[[], float] = app_settings.clipboard_seconds,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._seconds = seconds
        self._markers = secret_markers()
        self._skip = frozenset(self._markers)
        self._marking = False
        self._copy: str | None = None  # fingerprint of our copy on the clipboard
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)
        clipboard.dataChanged.connect(self._changed)

    @property
    def pending(self) -> bool:
        """True while a copy of ours waits to be cleared."""
        return self._copy is not None

    @property
    def remaining_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def set_seconds(self, seconds: Callable[[], float]) -> None:
        """Where the timeout comes from (the settings file; tests use a second or less)."""
        self._seconds = seconds

    def _ours(self) -> bool:
        if self._clipboard.ownsClipboard():
            return True
        return QGuiApplication.platformName() in _IN_PROCESS_PLATFORMS

    def _changed(self) -> None:
        if self._marking:
            return  # our own marked copy replacing the unmarked one
        if not self._ours():
            self._forget()  # another program's copy: not ours to clear
            return
        mime = self._clipboard.mimeData()
        fingerprint = _fingerprint(mime, self._skip)
        if fingerprint is None:
            self._forget()  # emptied (by us or by the coordinator)
            return
        self._mark(mime)
        self._copy = fingerprint
        seconds = max(0.0, float(self._seconds()))
        self._timer.start(int(seconds * 1000))
        self.armed.emit(round(seconds))

    def _mark(self, mime: QMimeData | None) -> None:
        if mime is None or all(name in mime.formats() for name in self._markers):
            return
        marked = QMimeData()
        for name in mime.formats():
            marked.setData(name, mime.data(name))
        for name, value in self._markers.items():
            marked.setData(name, value)
        self._marking = True
        try:
            self._clipboard.setMimeData(marked)
        finally:
            self._marking = False

    def _forget(self) -> None:
        self._timer.stop()
        self._copy = None

    def clear_now(self) -> bool:
        """Clears the clipboard if it still holds our copy; True if it did."""
        copy = self._copy
        self._forget()
        if copy is None or not self._ours():
            return False
        if _fingerprint(self._clipboard.mimeData(), self._skip) != copy:
            return False  # replaced since, by something the guard did not see as ours
        self._marking = True
        try:
            self._clipboard.clear()
        finally:
            self._marking = False
        self.cleared.emit()
        return True

    def clear_at_lock(self) -> None:
        """Our copy goes, and on X11 the selected text too (the primary selection, which any
        program pastes with the middle button), if it is still ours."""
        self.clear_now()
        clipboard = self._clipboard
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            self._marking = True
            try:
                clipboard.clear(QClipboard.Mode.Selection)
            finally:
                self._marking = False


def install(controller: AppController) -> ClipboardGuard:
    """The application's guard (``controller.clipboard``); the controller clears it at lock
    and quit. A copy says in the main window's status bar when it will be cleared."""
    guard = ClipboardGuard(QGuiApplication.clipboard(), controller)

    def announce(seconds: int) -> None:
        window = getattr(controller, "main_window", None)
        bar = window.statusBar() if window is not None else None
        if bar is not None:
            text = QCoreApplication.translate(
                "Clipboard", "Copied. The clipboard is cleared in {seconds} s."
            ).format(seconds=seconds)
            bar.showMessage(text, seconds * 1000)

    def announce_cleared() -> None:
        window = getattr(controller, "main_window", None)
        bar = window.statusBar() if window is not None else None
        if bar is not None:
            bar.showMessage(
                QCoreApplication.translate("Clipboard", "The clipboard was cleared."), 4000
            )

    guard.armed.connect(announce)
    guard.cleared.connect(announce_cleared)
    return guard
