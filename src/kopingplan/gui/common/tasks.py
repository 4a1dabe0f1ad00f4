"""Long work off the GUI thread, with results, progress and cancel posted back to it.

The ideas come from Anki (``aqt/taskman.py``: one worker for database work; ``aqt/progress.py``:
a progress dialog only after a short delay, so quick work does not flash one) and Picard
(``picard/util/thread.py``: results handed back to the GUI thread, a synchronous stand-in for
tests)::

    runner.run(
        lambda ctx: Session.open(paths, passphrase),
        on_success=self._opened,
        on_failure=self._failed,
        label=self.tr("Unlocking…"),
        parent=self,
    )

* **One worker thread.** The vault's SQLCipher connection must never be used by two threads at
  once; a pool of one serialises every task, as Anki's task manager does.
* **Back to the GUI thread** through a queued signal of the long-lived runner (emitting is
  thread-safe); the callbacks then run in the GUI thread and may touch widgets.
* **Owner.** A task may name a QObject whose callbacks these are: when that object has been
  deleted meanwhile (the window was locked and torn down), the result is dropped rather than
  delivered to a dead widget.
* **Cancel** is cooperative: it sets ``ctx.cancelled``; work that stops early raises
  :class:`Cancelled`, and ``on_cancelled`` runs instead of ``on_failure``. Work that finishes
  anyway delivers its result as usual, so nothing it created (an open session) is lost. Once
  the work has returned, a cancel comes too late and changes nothing: ``ctx.cancelled`` stays
  as it was, and the result is delivered. Work with a point of no return (a re-key's switch)
  calls ``ctx.commit()`` there: from then on Cancel is greyed out and refused.
* **Only a person cancels.** A task ends as done, failed, or cancelled by the person (the
  Cancel button, Esc or the window's close button of a cancellable task's dialog), never by
  a window closing in code: a ``QProgressDialog`` emits ``canceled`` from its ``closeEvent``,
  so closing it when the work ended used to mark finished work as cancelled (a signed brief
  thrown away). :class:`_ProgressDialog` tells the two apart; a non-cancellable task's dialog
  cannot be closed at all. After a cancel the dialog stays, saying it is stopping, until the
  work has stopped.
* **Progress dialog** after ``PROGRESS_DELAY_MS`` if the task is still running: a busy bar
  until the work reports totals, and a Cancel button only for cancellable work.
* **Synchronous mode** (tests): the work runs at once in the calling thread, callbacks
  included, so a test needs no waiting.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from kopingplan.errors import log_failure

T = TypeVar("T")

PROGRESS_DELAY_MS = 400

_log = logging.getLogger(__name__)
_synchronous_default = False


def set_synchronous_default(synchronous: bool) -> None:
    """Makes runners created afterwards without an explicit mode synchronous (for tests)."""
    global _synchronous_default
    _synchronous_default = synchronous


# Every runner alive, for any_running() (dialogs with work of their own make their own runner).
_runners: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


class Cancelled(Exception):
    """Raised by work that noticed ``ctx.cancelled`` and stopped early."""


class TaskContext:
    """What the work sees: a cancel flag to check and a way to report progress."""

    def __init__(
        self,
        report: Callable[[int, int, str], None],
        committed: Callable[[], None] | None = None,
    ) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._too_late = False  # returned, or past its point of no return: no cancel now
        self._report = report
        self._committed = committed

    def _request_cancel(self) -> bool:
        """Sets the flag unless it is too late to cancel; True when it is set."""
        with self._lock:
            if not self._too_late:
                self._cancel.set()
            return self._cancel.is_set()

    def _work_returned(self) -> None:
        with self._lock:
            self._too_late = True

    def commit(self) -> None:
        """Past the point of no return (a re-key's switch): the work will finish now.

        Raises :class:`Cancelled` if a cancel came before; afterwards a cancel is refused
        and the Cancel button is greyed out, so nobody is told "cancelling" about work that
        goes on to its end.
        """
        with self._lock:
            if self._cancel.is_set():
                raise Cancelled()
            self._too_late = True
        if self._committed is not None:
            self._committed()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Progress: ``done`` of ``total`` steps (``total`` 0 means unknown: a busy bar)."""
        self._report(done, total, text)


@dataclass
class Task(Generic[T]):
    """One submitted piece of work; keep it to cancel it or to ask whether it is done."""

    work: Callable[[TaskContext], T]
    on_success: Callable[[T], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    on_cancelled: Callable[[], None] | None = None
    label: str = ""
    cancellable: bool = False
    parent: QWidget | None = None
    owner: QObject | None = None
    exclusive: bool = False
    done: bool = False
    stopped: bool = False  # the work raised Cancelled (set in the worker before it is delivered)
    returned: bool = False  # the work has returned or raised (set in the worker, before delivery)
    failed: bool = False  # the work raised an error (not Cancelled)
    context: TaskContext = field(init=False)
    dialog: _ProgressDialog | None = field(default=None, init=False)

    def cancel(self) -> bool:
        """Asks the work to stop; False when it comes too late (the work has returned)."""
        return self.context._request_cancel()


class _Runnable(QRunnable):
    def __init__(self, task: Task[Any], deliver: Callable[[Callable[[], None]], None]) -> None:
        super().__init__()
        self._task = task
        self._deliver = deliver

    def run(self) -> None:  # worker thread
        task = self._task
        try:
            result = task.work(task.context)
        except Cancelled:
            task.stopped = True
            task.returned = True
            task.context._work_returned()
            self._deliver(lambda: _finish(task, cancelled=True))
        except BaseException as error:  # delivered to the GUI thread, never lost in a worker
            task.failed = task.returned = True
            task.context._work_returned()
            # Bound now: Python unbinds ``error`` when the except block ends.
            self._deliver(partial(_finish, task, error=error))
        else:
            task.returned = True
            task.context._work_returned()
            self._deliver(lambda: _finish(task, result=result))


def _finished_work(ctx: TaskContext) -> Any:
    raise RuntimeError("this task has already run")


def _owner_alive(task: Task[Any]) -> bool:
    return task.owner is None or shiboken6.isValid(task.owner)


def _finish(
    task: Task[Any],
    *,
    result: Any = None,
    error: BaseException | None = None,
    cancelled: bool = False,
) -> None:
    """Runs in the GUI thread: closes the progress dialog and calls the right callback."""
    task.done = True
    # Drop the work's closure now: it may hold a passphrase the user typed.
    task.work = _finished_work
    if task.dialog is not None and shiboken6.isValid(task.dialog):
        task.dialog.close_finished()  # closed in code: not a cancel
    task.dialog = None
    if not _owner_alive(task):
        _log.debug("Dropping the result of %r: its owner is gone", task.label)
        return
    if cancelled:
        if task.on_cancelled:
            task.on_cancelled()
    elif error is not None:
        if task.on_failure:
            task.on_failure(error)
        else:
            log_failure(_log, "Background task failed", error)
    elif task.on_success:
        task.on_success(result)


def any_running() -> bool:
    """Whether a task of any runner is still running (the change hub waits for the end)."""
    return any(runner.busy for runner in list(_runners))


class TaskRunner(QObject):
    """Runs work on one background thread; create one for the whole application."""

    _to_gui = Signal(object)
    # A task has ended and its callback has run (or been dropped): in the GUI thread, with the
    # task (the lock hears through it how work it could not wait for ended).
    ended = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool | None = None,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.synchronous = _synchronous_default if synchronous is None else synchronous
        self.progress_delay_ms = progress_delay_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one worker: the vault connection is not shared
        self._running: list[Task[Any]] = []
        self._held: list[Callable[[], None]] | None = None  # results kept back (holding_results)
        _runners.add(self)
        # Queued explicitly: the runner lives in the GUI thread, so its slot runs there.
        self._to_gui.connect(self._call, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _call(self, function: Callable[[], None]) -> None:
        if self._held is not None:
            self._held.append(function)
            return
        function()

    @contextlib.contextmanager
    def holding_results(self) -> Iterator[None]:
        """Results of work that ends in the block wait, and are posted again after it: the
        lock turns the event loop while it waits for the worker, and a result delivered then
        would reach windows it has hidden but not closed yet (a search's hits would show)."""
        self._held = []
        try:
            yield
        finally:
            held, self._held = self._held, None
            for function in held:
                self._to_gui.emit(function)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        work: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        label: str = "",
        cancellable: bool = False,
        parent: QWidget | None = None,
        owner: QObject | None = None,
        exclusive: bool = False,
        progress_delay_ms: int | None = None,
    ) -> Task[T]:
        """Starts ``work(ctx)``; exactly one callback follows, in the GUI thread.

        ``progress_delay_ms``: this task's wait before its progress dialog (the runner's by
        default); 0 for work the person started and waits for (a backup), which should show
        at once that it runs, with its Cancel, however short it turns out.

        ``exclusive``: the work holds the vault for its whole run (a backup's snapshot, see
        ``Vault.exclusive``), so anything the person did meanwhile in another window would wait
        for it with the GUI frozen. Its progress dialog is application-modal instead of
        window-modal, as Anki's collection operations block the UI.
        """
        task: Task[T] = Task(
            work,
            on_success,
            on_failure,
            on_cancelled,
            label,
            cancellable,
            parent,
            owner if owner is not None else parent,
            exclusive,
        )
        if self.synchronous:
            task.context = TaskContext(lambda done, total, text: None)
            _Runnable(task, lambda function: function()).run()
            return task

        task.context = TaskContext(
            lambda done, total, text: self._post(lambda: _progress(task, done, total, text)),
            lambda: self._post(lambda: _committed(task)),
        )
        self._running.append(task)

        def deliver(function: Callable[[], None]) -> None:
            def finish_and_forget() -> None:
                if task in self._running:
                    self._running.remove(task)
                try:
                    function()
                finally:
                    self.ended.emit(task)

            self._post(finish_and_forget)

        if label:
            delay = self.progress_delay_ms if progress_delay_ms is None else progress_delay_ms
            QTimer.singleShot(delay, self, lambda: self._show_progress(task))
        self._pool.start(_Runnable(task, deliver))
        return task

    def _post(self, function: Callable[[], None]) -> None:
        """Hands ``function`` to the GUI thread (from the worker). A runner of a window's own
        goes with the window (a lock tears it down) while its work still runs: then nobody
        is left to tell, and the result is dropped as for a deleted owner."""
        try:
            self._to_gui.emit(function)
        except RuntimeError:  # "Signal source has been deleted"
            _log.debug("Dropping a task's message: its runner is gone")

    def _show_progress(self, task: Task[Any]) -> None:
        if task.done or task.dialog is not None or not _owner_alive(task):
            return
        if self._held is not None:  # a lock waits for it: the unlock window says what runs
            return
        parent = task.parent if task.parent is not None and shiboken6.isValid(task.parent) else None
        dialog = _ProgressDialog(task, parent)
        task.dialog = dialog
        dialog.show()

    def running(self) -> list[Task[Any]]:
        """The tasks whose results have not been handed back yet."""
        return list(self._running)

    def cancel_all(self) -> list[Task[Any]]:
        """Asks every running task to stop (locking); returns those asked. After :meth:`wait`,
        a task's ``stopped`` says whether it did stop or finished all the same."""
        return [task for task in list(self._running) if task.cancel()]

    def wait(self, timeout_ms: int = -1) -> bool:
        """Blocks until the worker is idle (used when locking); True when it is.

        Callbacks queued by finished tasks still run later, from the event loop; their owners
        decide whether the result is still wanted.
        """
        return self._pool.waitForDone(timeout_ms)


class _ProgressDialog(QProgressDialog):
    """A task's progress dialog, which only the person can use to cancel.

    QProgressDialog emits ``canceled`` from its ``closeEvent`` (and on Esc), and its own
    ``cancel()`` slot, connected to ``canceled``, hides it. Both are cut here: the Cancel
    button, Esc and the window's close button ask the task to stop (when it is cancellable;
    otherwise they do nothing), the dialog stays up saying so, and only
    :meth:`close_finished`, called when the task has ended, closes it.
    """

    def __init__(self, task: Task[Any], parent: QWidget | None) -> None:
        # The button comes with the constructor: one made later by setCancelButton() gets a
        # second Esc shortcut beside the first, and two make Esc ambiguous (it did nothing).
        cancel_text = QCoreApplication.translate("TaskRunner", "Cancel")
        super().__init__(task.label, cancel_text, 0, 0, parent)
        self._task = task
        self._finished = False
        self.setObjectName("taskProgress")
        self.setWindowTitle(task.label)
        self.setWindowModality(
            Qt.WindowModality.ApplicationModal if task.exclusive else Qt.WindowModality.WindowModal
        )
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.canceled.disconnect()  # QProgressDialog's own cancel(): it hides the dialog
        if task.cancellable:
            # The button and Esc (its shortcut) emit ``canceled``; closeEvent no longer does.
            self.canceled.connect(self.cancel_by_person)
            if task.context._too_late:  # committed before the dialog came up
                _disable_buttons(self)
        else:
            self.setCancelButton(None)  # type: ignore[arg-type, unused-ignore]
            # No close button in the title bar either: there is nothing it could do.
            self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    @property
    def stopping(self) -> bool:
        return self._task.context.cancelled

    def cancel_by_person(self) -> None:
        """The person asked to stop: tell the work, and say so until it has stopped."""
        if self._finished or self._task.done or not self._task.cancellable:
            return
        if self._task.cancel():
            self.setLabelText(
                QCoreApplication.translate(
                    "TaskRunner", "Cancelling: waiting for the work to stop at a safe point…"
                )
            )
            _disable_buttons(self)

    def close_finished(self) -> None:
        """The task has ended: close without counting it as a cancel."""
        self._finished = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()  # not QProgressDialog's closeEvent: it would emit ``canceled``
            return
        event.ignore()  # the window's close button: a cancel, if the task can be cancelled
        self.cancel_by_person()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.cancel_by_person()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        self.cancel_by_person()  # QDialog's Esc and close paths end here: never a bare hide


def _disable_buttons(dialog: QProgressDialog) -> None:
    for button in dialog.findChildren(QPushButton):
        button.setEnabled(False)


def _committed(task: Task[Any]) -> None:
    dialog = task.dialog
    if not task.done and dialog is not None and shiboken6.isValid(dialog):
        _disable_buttons(dialog)


def _progress(task: Task[Any], done: int, total: int, text: str) -> None:
    dialog = task.dialog
    if task.done or dialog is None or not shiboken6.isValid(dialog) or dialog.stopping:
        return
    dialog.setRange(0, max(total, 0))
    dialog.setValue(min(done, total) if total > 0 else 0)
    if text:
        dialog.setLabelText(text)


def app_runner(owner: QObject) -> TaskRunner:
    """The application's one worker (the controller's runner): the vault connection must never
    be used by two threads. A runner of the owner's own only when there is no application
    controller (a screen built alone, as in tests). Windows take it as
    ``self.runner = runner or app_runner(self)``; their tasks name the window as ``parent`` or
    ``owner``, so a result for a window torn down meanwhile is dropped."""
    app = QCoreApplication.instance()
    found = app.findChild(TaskRunner) if app is not None else None
    return found if found is not None else TaskRunner(owner)
