"""One channel through which a write tells every open view what changed (Anki's
``operation_did_execute`` is the model).

The session gathers what each committed write changed (``services/changes.py``: the kinds of
record, read from the write's own audit rows). The main window owns one :class:`ChangeHub` for
the unlocked session; after a save through any window, and after a background task has ended,
it takes what was gathered and emits :attr:`ChangeHub.changed` once with the sum. Views
subscribe with the kinds they show and read again what they show::

    changes.subscribe(self, ("meetings", "agenda_items"), lambda _changes: self.reload())

so a window never calls another window's refresh. Reading again must use the reload that
writes no audit row (``cases.reload_case``, not ``open_case``): a refresh is not an opening,
and the access log shows only what a person opened. A refresh that wrote a change would come
back here; readings are no change, so it cannot loop.

Timing: a form's save (and the other actions that wrote, through :func:`announce`) has every
view show the change before it returns, as the hand-wired calls did. Anything else written
(a background task's commits) is emitted from the event loop, several writes together, and
only once no background task runs: a list never reads half an import, and the GUI never waits
for the worker's hold on the vault.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kopingplan.gui.common import save_wait, tasks
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.services.changes import ChangeCollector

# While a background task runs, look again this often whether it has ended.
TASK_POLL_MS = 100
ANY = None  # subscribe(..., ANY, ...): every change


class ChangeHub(QObject):
    """Emits :attr:`changed` with what the writes since the last emission changed."""

    changed = Signal(object)  # Changes
    _pending = Signal()  # from any thread: something was collected

    def __init__(self, collector: ChangeCollector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._collector: ChangeCollector | None = collector
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._pending.connect(self._schedule)  # queued when it comes from the worker
        collector.on_pending = self._collected

    def _collected(self) -> None:  # in the committing thread
        if threading.current_thread() is threading.main_thread():  # a write froze the GUI:
            save_wait.drop_input_queued_until_now()  # keys given meanwhile act on nothing
        self._pending.emit()

    @Slot()
    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start(0)

    @Slot()
    def flush(self, *, now: bool = False) -> Changes:
        """Emits what was collected and returns it. Without ``now`` it waits while a background
        task runs; ``now``: a person's own save, which they expect to see at once."""
        if self._collector is None:
            return Changes()
        if not now and tasks.any_running():
            self._timer.start(TASK_POLL_MS)
            return Changes()
        changes = self._collector.take()
        if changes:
            self.changed.emit(changes)
        return changes

    def subscribe(
        self,
        view: QObject,
        kinds: Iterable[str] | None,
        refresh: Callable[[Changes], None],
    ) -> None:
        """Calls ``refresh(changes)`` after every change of one of ``kinds`` (``ANY``: of
        anything) for as long as ``view`` lives."""
        _Subscription(self, view, None if kinds is None else frozenset(kinds), refresh)

    def stop(self) -> None:
        """At lock: nothing more is emitted (the session is about to close)."""
        if self._collector is not None:
            self._collector.on_pending = None
        self._collector = None
        self._timer.stop()


class _Subscription(QObject):
    """A child of the view, so the connection ends when the view is deleted."""

    def __init__(
        self,
        hub: ChangeHub,
        view: QObject,
        kinds: frozenset[str] | None,
        refresh: Callable[[Changes], None],
    ) -> None:
        super().__init__(view)
        self._kinds = kinds
        self._refresh = refresh
        hub.changed.connect(self._changed)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        if not shiboken6.isValid(self):
            return
        if self._kinds is None or changes.touches(*self._kinds):
            self._refresh(changes)


def hub_of(widget: QObject | None) -> ChangeHub | None:
    """The hub of the main window ``widget`` belongs to (walking up its parents), if any."""
    while widget is not None:
        hub = getattr(widget, "change_hub", None)
        if isinstance(hub, ChangeHub):
            return hub
        widget = widget.parent()
    return None


def subscribe(
    view: QObject, kinds: Iterable[str] | None, refresh: Callable[[Changes], None]
) -> bool:
    """Subscribes ``view`` to the hub of its main window; False when it has none (a view
    made on its own, as in some tests)."""
    hub = hub_of(view)
    if hub is None:
        return False
    hub.subscribe(view, kinds, refresh)
    return True


def announce(widget: QObject) -> bool:
    """Tells every open view now what the writes so far changed: called where an action
    that wrote ends (a form's save), so the views show it before the next line runs. False
    when ``widget`` belongs to no main window (nothing was told)."""
    hub = hub_of(widget)
    if hub is None:
        return False
    hub.flush(now=True)
    return True
