"""Work the lock could not wait for: what the unlock window says of it, until it has ended.

The lock asks the running work to stop and waits for the worker up to
``AppController.LOCK_WAIT_MS``; on a slow machine the work may still run when that wait runs out
(a copy to a slow USB stick, a re-key past its switch). The lock goes on without it, and the work
ends afterwards: stopped at its next safe point, failed on the vault closed under it, or done all
the same. Said nothing of, such an end left the coordinator to think the backup was made, or
that the passphrase change had not happened. So the unlock window says that the work was still
under way, and then how it ended (``TaskRunner.ended`` tells). Work whose window says itself what
became of it at a lock (``lock_note``, the export wizard's package) is left to that window.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QTimer

from kopingplan.gui.common.tasks import Task, TaskRunner
from kopingplan.gui.common.text_context import TextContext

if TYPE_CHECKING:
    from kopingplan.services.session import Session

POLL_MS = 20


class LockNotice(TextContext):
    """The context of what the unlock dialog says about the lock."""


def said_by_lock(task: Task[Any]) -> bool:
    """Whether the unlock window should speak of this task: work the person started (it has a
    progress window's label) whose own window does not say at a lock what became of it."""
    return bool(task.label) and not hasattr(task.owner, "lock_note")


class LateWork:
    """The tasks still running when the lock's wait ran out, and the lines said of them."""

    def __init__(self, runner: TaskRunner, tasks: list[Task[Any]]) -> None:
        self.pending = [task for task in tasks if not task.done]
        self.stopped: list[str] = []
        self.failed: list[str] = []
        self.finished: list[str] = []
        self.on_change: Callable[[], None] | None = None
        for task in list(self.pending):
            if task.returned:  # ended while the lock closed the vault: its end is known
                self._ended(task)
        if self.pending:
            runner.ended.connect(self._heard)
            self._runner: TaskRunner | None = runner
        else:
            self._runner = None

    def _heard(self, task: Task[Any]) -> None:
        if task not in self.pending:
            return
        self._ended(task)
        if not self.pending and self._runner is not None:
            self._runner.ended.disconnect(self._heard)
            self._runner = None
        if self.on_change is not None:
            self.on_change()

    def _ended(self, task: Task[Any]) -> None:
        self.pending.remove(task)
        if task.stopped:
            self.stopped.append(task.label)
        elif task.failed:
            self.failed.append(task.label)
        else:
            self.finished.append(task.label)

    def forget(self) -> None:
        """No longer told (the vault was unlocked again, or another lock came)."""
        if self._runner is not None:
            self._runner.ended.disconnect(self._heard)
            self._runner = None
        self.on_change = None

    @property
    def said(self) -> bool:
        """Whether there is anything to say (a stop among the lock's own stops)."""
        return bool(self.pending or self.stopped or self.failed or self.finished)

    @property
    def failure(self) -> bool:
        """Whether something is said that the coordinator must act on or check."""
        return bool(self.pending or self.stopped or self.failed)

    def lines(self) -> list[str]:
        """What the unlock window says of the late work (a stopped one among the others the
        lock stopped: see ``controller.stopped_by_lock``)."""
        lines = []
        if self.pending:
            lines.append(
                LockNotice.tr(
                    "The vault locked while this was still under way, and the lock could not "
                    "wait for it: {work} How it ends is said here."
                ).format(work=" ".join(task.label for task in self.pending))
            )
        if self.failed:
            lines.append(
                LockNotice.tr(
                    "The vault locked while this was under way, and it ended with an error: "
                    "{work} Once the vault is open, check whether it took effect, and do it "
                    "again if not."
                ).format(work=" ".join(self.failed))
            )
        if self.finished:
            lines.append(
                LockNotice.tr(
                    "The vault locked while this was under way, and it was finished all the "
                    "same: {work}"
                ).format(work=" ".join(self.finished))
            )
        return lines


# --- waiting for the worker without freezing the screen (helper 144) ---------------------------
#
# The lock hides the vault's windows first, then waits for the worker here with the event loop
# turning: the unlock window takes typing and says what the vault still waits for, however long
# a re-key or a backup to a slow stick holds the vault.


def turn_until(done: Callable[[], bool], timeout_ms: int | None = None) -> bool:
    """Turns the event loop (windows paint, the unlock window takes typing, timers fire) until
    ``done()`` or ``timeout_ms`` has passed (None: no bound); True when done."""
    if done():
        return True
    deadline = None if timeout_ms is None else time.monotonic() + timeout_ms / 1000
    loop, timer, result = QEventLoop(), QTimer(), [False]

    def check() -> None:
        if done():
            result[0] = True
            loop.quit()
        elif deadline is not None and time.monotonic() >= deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start(POLL_MS)
    loop.exec()
    timer.stop()
    return result[0]


def vault_free(session: Session) -> bool:
    """Whether no other thread holds the vault now (its one owner, ``storage/vault.py``): tried,
    never waited for."""
    return session.vault.is_free()


def closing_note(labels: list[str]) -> Callable[[], str]:
    """The unlock window's words while the lock waits for the work under way to let go of the
    vault (each label as its progress window said it)."""
    if not labels:
        return lambda: LockNotice.tr(
            "The vault is locked. It closes as soon as the work under way lets go of it; "
            "you can unlock it again once it has closed."
        )
    return lambda: LockNotice.tr(
        "The vault is locked. It closes as soon as the work under way lets go of it: {work} "
        "You can unlock it again once it has closed."
    ).format(work=" ".join(labels))


def unlock_waits() -> str:
    """Said when Unlock is pressed before the lock has closed the vault."""
    return LockNotice.tr(
        "The vault is still closing: the work under way has not let go of it yet. Unlock "
        "once it has closed; this window says so."
    )


def closed_note() -> str:
    """Said once the vault has closed after such a wait, when the lock has nothing else to say."""
    return LockNotice.tr("The vault has closed: you can unlock it.")
