"""A backup on a slow machine: its progress is on show at once, and the idle lock fires while
the copy is made (nobody touches the keyboard during a long backup).

The lock stops the copy at its next safe point (it needs the vault's connection to itself).
What the coordinator would check: the progress window was there at once with its Cancel; after
the lock no progress window stays over the unlock window, nothing half-made is left on the
USB stick, nothing is logged as an error, the unlock window says the backup was stopped, and
the vault opens again.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from test_slow_tasks import WAIT_MS, no_progress_left, open_window
from test_slow_tasks_v9 import progress_shown, reopened

from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import backup as backup_service
from kopingplan.services import cases

from gui_helpers import results_handled

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def test_a_backup_under_way_when_the_idle_lock_fires_leaves_nothing_half_made(
    controller: Any,
    closed_vault: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    copying, locking = threading.Event(), threading.Event()
    real_backup, real_cancel_all = backup_service.backup, TaskRunner.cancel_all

    def cancel_all(runner: TaskRunner) -> list[Any]:
        locking.set()
        return real_cancel_all(runner)

    def slow_backup(*args: Any, **kwargs: Any) -> Any:
        copying.set()
        locking.wait(WAIT_MS / 1000)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(TaskRunner, "cancel_all", cancel_all)
    monkeypatch.setattr(backup_service, "backup", slow_backup)
    window = open_window(controller, qtbot, closed_vault.folder)
    dialog = window.safety.open_backup()
    dialog.ui.folderEdit.setText(str(usb))
    dialog.ui.backupButton.click()
    qtbot.waitUntil(copying.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(progress_shown, timeout=1000)  # at once, not after the usual delay

    controller.idle.idle.emit()
    assert controller.main_window is None
    # The coordinator comes back to the unlock window: it says the backup did not happen.
    said = controller.unlock_dialog.message
    assert "stopped: Backing up the vault…" in said and "do it again" in said
    results_handled(qtbot, controller.runner, WAIT_MS)
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    assert list(usb.iterdir()) == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    again = reopened(controller, qtbot, closed_vault.folder)
    assert cases.count_cases(again.session) == 3
