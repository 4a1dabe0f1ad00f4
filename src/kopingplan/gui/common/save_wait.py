"""A save on the GUI thread that takes long: the wait is shown, and input given meanwhile is
dropped instead of acting on whatever is on screen after it.

Saves run on the GUI thread (README, "One owner of the connection"), so a save that waits for
the vault (a backup's copy, a slow disk) freezes the window. Keys and clicks given meanwhile
wait in the window system's queue and were delivered once the save returned, to whatever had
the keyboard then: a second Enter or Ctrl+S in a note's form went, the form closed, to the
case window beneath and opened an empty new note there, or raised the case again (an opening
in the access log). Helper 141 saw it with a save slowed to 5 s.

* :func:`saving` (around a form's save, :class:`~kopingplan.gui.common.record_form.RecordDialog`):
  the busy cursor and the form's buttons off at once, shown before the work starts; then
  :func:`drop_input_queued_until_now`.
* :func:`drop_input_queued_until_now` (also after any write on the GUI thread, through the
  change hub: deletions, status changes, the other GUI-thread saves): an application event
  filter drops the key, button and wheel events stamped before the event loop turned again,
  and lets later ones through. The window system stamps input when it is given (X11 and
  Wayland with the monotonic clock in ms, Windows with GetTickCount, macOS with the uptime:
  :func:`time.monotonic` here), so a key pressed during the save is told from one pressed
  after it however late it is delivered. A stamp of 0 (an event made in code) never counts.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

__all__ = ["drop_input_queued_until_now", "event_clock_ms", "saving"]

STAMP_MASK = 0xFFFFFFFF  # X11 and Windows stamp input with 32 bits of milliseconds
# How long before the freeze a stamp may be and still count as queued: a key pressed just
# before the save began (the second of a quick double Enter) waits in the queue as well.
BEFORE_MS = 1000
# How long the filter stays after the event loop turned again: the queued input is delivered
# in the first turns; later input is stamped after the end and passes anyway.
HOLD_MS = 2000

DROPPED = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }
)


def event_clock_ms() -> int:
    """Now, in the clock the window system stamps input with (ms, 32 bits)."""
    return int(time.monotonic() * 1000) & STAMP_MASK


class _QueuedInput(QObject):
    """The application's filter while input queued during a freeze may still arrive."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.start = event_clock_ms()
        self.end: int | None = None  # open until the event loop turns again
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self.stop)
        app.installEventFilter(self)

    def extend(self) -> None:
        """(Again) until the event loop turns: another freeze before the last one's input is
        through drops its input too (the stamps from the first one's start)."""
        self.end = None
        self._hold.stop()
        QTimer.singleShot(0, self, self._turned)

    def _turned(self) -> None:
        self.end = event_clock_ms()
        self._hold.start(HOLD_MS)

    def queued(self, stamp: int) -> bool:
        end = self.end if self.end is not None else event_clock_ms()
        span = (end - self.start) & STAMP_MASK
        return (end - stamp) & STAMP_MASK <= span + BEFORE_MS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in DROPPED or not isinstance(event, QInputEvent):
            return False
        if not self.queued(event.timestamp() & STAMP_MASK):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # taken: no shortcut fires for it, and the key itself is dropped
        return True

    def stop(self) -> None:
        global _filter
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if _filter is self:
            _filter = None
        self.deleteLater()


_filter: _QueuedInput | None = None


def drop_input_queued_until_now(start: int | None = None) -> None:
    """Keys, clicks and wheel turns stamped from ``start`` (the freeze's start, else now) until
    the event loop turns again are dropped when they arrive."""
    global _filter
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    begun = event_clock_ms() if start is None else start
    if _filter is None or not shiboken6.isValid(_filter):
        _filter = _QueuedInput(app)
        _filter.start = begun
    _filter.extend()


@contextlib.contextmanager
def saving(form: QWidget) -> Iterator[None]:
    """Around a save made on the GUI thread: the busy cursor and ``form``'s buttons off, shown
    before the save starts; after it, the buttons as they were and the input given during it
    dropped (:func:`drop_input_queued_until_now`)."""
    start = event_clock_ms()
    before = QApplication.focusWidget()
    boxes = [box for box in form.findChildren(QDialogButtonBox) if box.isEnabled()]
    for box in boxes:
        box.setEnabled(False)
    moved_to = QApplication.focusWidget()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    form.repaint()  # the buttons off and the cursor on screen now, not after the save
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        for box in boxes:
            if shiboken6.isValid(box):
                box.setEnabled(True)
        if (
            before is not None
            and before is not moved_to
            and QApplication.focusWidget() is moved_to
            and shiboken6.isValid(before)
            and before.isVisible()
            and before.isEnabled()
        ):
            before.setFocus(Qt.FocusReason.OtherFocusReason)  # back where disabling moved it from
        drop_input_queued_until_now(start)
