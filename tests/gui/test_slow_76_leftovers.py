"""The leftover-files sweep after unlocking, on a machine slower than the coordinator.

The sweep runs on the worker after the unlock (services/pending_outputs.py). Here it is held
until the coordinator has already locked again (the idle lock fires, or Ctrl+L): its result
then comes to a window that is gone. What the coordinator would check: a half-written file that
could not be removed is still named at the next unlock (it was never shown), and only once.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from test_leftover_files_gui import _notice
from test_slow_tasks import WAIT_MS, open_window
from test_slow_tasks_v9 import reopened

from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import pending_outputs
from kopingplan.storage import pending_outputs as store

from gui_helpers import results_handled

pytestmark = [
    pytest.mark.gui,
    pytest.mark.real_threads,
    pytest.mark.skipif(os.name != "posix", reason="POSIX paths"),
]


def _settled(controller: Any, qtbot: Any) -> None:
    results_handled(qtbot, controller.runner, WAIT_MS)


@dataclass
class HeldSweep:
    """A file on a USB stick that is out, recorded by an earlier run; the first sweep waits
    (on the worker) until a lock has begun, then does its work: the lock waits for it, and its
    result reaches a window already torn down."""

    stick: Path
    started: threading.Event
    swept: list[pending_outputs.Sweep]


@pytest.fixture
def held(session: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HeldSweep:
    stick = tmp_path / "USB-STICKA" / ".kopingplan-312-0a1b2c3d.tmp"
    with session.vault.transaction() as conn:
        store.add(conn, os.fsencode(stick), "an-earlier-run", "2026-12-05T17:00:00+00:00")
    session.close()
    locking, started = threading.Event(), threading.Event()
    real_cancel_all = TaskRunner.cancel_all
    real_sweep = pending_outputs.sweep
    made = HeldSweep(stick, started, [])

    def cancel_all(runner: TaskRunner) -> list[Any]:
        locking.set()
        return real_cancel_all(runner)

    def slow_sweep(*args: Any, **kwargs: Any) -> pending_outputs.Sweep:
        first = not started.is_set()
        started.set()
        if first and not locking.wait(WAIT_MS / 1000):
            raise AssertionError("the vault was not locked")
        made.swept.append(real_sweep(*args, **kwargs))
        return made.swept[-1]

    monkeypatch.setattr(TaskRunner, "cancel_all", cancel_all)
    monkeypatch.setattr(pending_outputs, "sweep", slow_sweep)
    return made


@pytest.mark.parametrize("how", ["idle", "ctrl_l"])
def test_a_sweep_that_ends_after_the_lock_names_the_file_at_the_next_unlock(
    how: str, controller: Any, qtbot: Any, vault_paths: Any, held: HeldSweep
) -> None:
    started, swept, stick = held.started, held.swept, held.stick
    window = open_window(controller, qtbot, vault_paths.folder)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    assert _notice(window) is None  # the sweep is under way, held
    if how == "idle":
        controller.idle.idle.emit()
    else:
        window.lockRequested.emit()
    assert controller.main_window is None
    assert len(swept) == 1  # the lock waited for the sweep
    _settled(controller, qtbot)

    window = reopened(controller, qtbot, vault_paths.folder)
    qtbot.waitUntil(lambda: _notice(window) is not None, timeout=WAIT_MS)
    assert str(stick) in (_notice(window) or "")

    controller.lock()  # shown now: not named a third time
    window = reopened(controller, qtbot, vault_paths.folder)
    qtbot.waitUntil(lambda: len(swept) == 3, timeout=WAIT_MS)
    _settled(controller, qtbot)
    assert _notice(window) is None
    assert swept[2].waiting == 1
