"""The task runner: work off the GUI thread, results back on it, progress after a delay."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from kopingplan.gui.common.tasks import Cancelled, TaskContext, TaskRunner

from gui_helpers import past_timers

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def _dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


@pytest.fixture
def runner(qapp: QApplication) -> Any:
    made = TaskRunner(progress_delay_ms=100)
    yield made
    made.cancel_all()
    made.wait(5000)
    qapp.processEvents()


def test_work_runs_on_another_thread_and_the_result_comes_back_on_the_gui_thread(
    runner: TaskRunner, qtbot: Any
) -> None:
    seen: dict[str, Any] = {}

    def work(ctx: TaskContext) -> int:
        seen["work_thread"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback_in_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    task = runner.run(work, on_success=done)
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert seen["result"] == 42
    assert seen["work_thread"] is not threading.main_thread()
    assert seen["callback_in_gui_thread"]
    assert not runner.busy


def test_a_failure_is_delivered_not_lost(runner: TaskRunner, qtbot: Any) -> None:
    errors: list[BaseException] = []

    def work(ctx: TaskContext) -> None:
        raise OSError(28, "No space left on device")

    task = runner.run(
        work, on_success=lambda r: errors.append(AssertionError("no")), on_failure=errors.append
    )
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert len(errors) == 1 and isinstance(errors[0], OSError)


def test_quick_work_shows_no_progress_dialog(runner: TaskRunner, qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = runner.run(lambda ctx: None, label="Quick", parent=parent)
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    past_timers(qtbot, runner.progress_delay_ms)  # its progress timer has fired too
    assert _dialogs() == []


def test_slow_work_shows_progress_after_the_delay_and_can_be_cancelled(
    runner: TaskRunner, qtbot: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cancelled: list[bool] = []

    def work(ctx: TaskContext) -> None:
        for step in range(200):
            ctx.check_cancelled()
            ctx.report(step, 200, "Working")
            time.sleep(0.01)

    task = runner.run(
        work,
        label="Slow work",
        cancellable=True,
        parent=parent,
        on_cancelled=lambda: cancelled.append(True),
        on_success=lambda r: cancelled.append(False),
    )
    assert _dialogs() == []  # not at once
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=2000)
    dialog = _dialogs()[0]
    qtbot.waitUntil(lambda: dialog.maximum() == 200 and dialog.value() > 0, timeout=2000)
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert cancelled == [True]
    assert _dialogs() == []


def test_a_result_for_a_deleted_owner_is_dropped(runner: TaskRunner, qtbot: Any) -> None:
    owner = QObject()
    gate = threading.Event()
    delivered: list[int] = []
    task = runner.run(lambda ctx: gate.wait(3) and 1, on_success=delivered.append, owner=owner)
    owner.deleteLater()
    QApplication.processEvents()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert delivered == []


def test_synchronous_mode_runs_at_once(qapp: QApplication) -> None:
    runner = TaskRunner(synchronous=True)
    results: list[Any] = []
    runner.run(lambda ctx: threading.current_thread(), on_success=results.append)
    runner.run(
        lambda ctx: (_ for _ in ()).throw(Cancelled()),
        on_cancelled=lambda: results.append("cancelled"),
    )
    assert results == [threading.current_thread(), "cancelled"]


def test_one_worker_runs_tasks_one_at_a_time(runner: TaskRunner, qtbot: Any) -> None:
    active = []
    overlap = []

    def work(ctx: TaskContext) -> None:
        active.append(1)
        overlap.append(len(active))
        time.sleep(0.02)
        active.pop()

    tasks = [runner.run(work) for _ in range(4)]
    qtbot.waitUntil(lambda: all(t.done for t in tasks), timeout=3000)
    assert overlap == [1, 1, 1, 1]


# --- only a person cancels: a dialog closed in code never throws finished work away


def _slow_task(
    runner: TaskRunner, qtbot: Any, *, cancellable: bool, gate: threading.Event
) -> tuple[Any, list[Any], QProgressDialog]:
    """A task that waits for ``gate``, with its progress dialog on show."""
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[Any] = []

    def work(ctx: TaskContext) -> str:
        while not gate.wait(0.01):
            ctx.check_cancelled()
        return "signed brief"

    task = runner.run(
        work,
        label="Signing the brief…",
        cancellable=cancellable,
        parent=parent,
        on_success=outcome.append,
        on_failure=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=2000)
    return task, outcome, _dialogs()[0]


@pytest.mark.parametrize("cancellable", [True, False])
def test_work_slower_than_the_delay_delivers_its_result_when_it_ends(
    runner: TaskRunner, qtbot: Any, cancellable: bool
) -> None:
    gate = threading.Event()
    task, outcome, dialog = _slow_task(runner, qtbot, cancellable=cancellable, gate=gate)
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["signed brief"]
    assert not task.context.cancelled
    assert _dialogs() == []


def test_cancel_pressed_after_the_work_returned_comes_too_late_and_the_result_is_kept(
    runner: TaskRunner, qtbot: Any
) -> None:
    gate = threading.Event()
    task, outcome, dialog = _slow_task(runner, qtbot, cancellable=True, gate=gate)
    gate.set()
    assert runner.wait(3000)  # the work has returned; its result waits in the event queue
    assert not task.done
    (button,) = dialog.findChildren(QPushButton)
    button.click()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["signed brief"]
    assert not task.context.cancelled


def test_a_non_cancellable_dialog_cannot_be_closed_by_the_person(
    runner: TaskRunner, qtbot: Any
) -> None:
    gate = threading.Event()
    task, outcome, dialog = _slow_task(runner, qtbot, cancellable=False, gate=gate)
    assert dialog.findChildren(QPushButton) == []
    dialog.close()  # the window's close button
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    QApplication.processEvents()
    assert dialog.isVisible()
    assert not task.context.cancelled
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["signed brief"]


@pytest.mark.parametrize("how", ["button", "escape", "close button"])
def test_the_person_cancels_and_the_dialog_says_so_until_the_work_stops(
    runner: TaskRunner, qtbot: Any, how: str
) -> None:
    gate = threading.Event()
    stop_gate = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[Any] = []

    def work(ctx: TaskContext) -> str:
        while not gate.wait(0.01):
            if ctx.cancelled and stop_gate.wait(0.01):
                raise Cancelled()
        return "done"

    task = runner.run(
        work,
        label="Exporting…",
        cancellable=True,
        parent=parent,
        on_success=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=2000)
    dialog = _dialogs()[0]
    (button,) = dialog.findChildren(QPushButton)
    if how == "button":
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif how == "escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        dialog.close()
    QApplication.processEvents()
    assert task.context.cancelled
    assert dialog.isVisible() and not button.isEnabled()  # still there: the work is stopping
    assert "stop" in dialog.labelText()
    stop_gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["cancelled"]
    assert _dialogs() == []


def test_past_its_point_of_no_return_work_cannot_be_cancelled(
    runner: TaskRunner, qtbot: Any
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    committed = threading.Event()
    gate = threading.Event()
    outcome: list[Any] = []

    def work(ctx: TaskContext) -> str:
        ctx.commit()  # say, the switch to a new key begins
        committed.set()
        gate.wait(5)
        return "switched"

    task = runner.run(
        work,
        label="Re-encrypting…",
        cancellable=True,
        parent=parent,
        on_success=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    qtbot.waitUntil(lambda: len(_dialogs()) == 1, timeout=2000)
    dialog = _dialogs()[0]
    (button,) = dialog.findChildren(QPushButton)
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert not task.cancel()  # refused: too late
    assert not task.context.cancelled
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["switched"]


def test_commit_after_a_cancel_stops_the_work(runner: TaskRunner, qtbot: Any) -> None:
    outcome: list[Any] = []
    asked = threading.Event()

    def work(ctx: TaskContext) -> str:
        asked.wait(5)
        ctx.commit()
        return "switched"

    task = runner.run(
        work,
        cancellable=True,
        on_success=outcome.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert task.cancel()
    asked.set()
    qtbot.waitUntil(lambda: task.done, timeout=3000)
    assert outcome == ["cancelled"]
