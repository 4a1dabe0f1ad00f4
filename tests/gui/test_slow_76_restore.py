"""Restore from a backup on a slow machine: the vault locks while the backup is being checked.

The check copies the backup beside the vault (a staging folder) on the worker. Here the check
has passed its last point where it could stop when the idle lock fires: the lock waits for it,
and its result reaches the restore dialog after locking has already let go of the dialog's
prepared restore. What the coordinator would check: no copy of the backup is left beside the
vault, and the vault opens again unchanged.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from test_slow_tasks import WAIT_MS, open_window
from test_slow_tasks_v9 import reopened

from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import backup as backup_service
from kopingplan.services import cases, restore

from gui_helpers import PASSPHRASE, add_cases, results_handled, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


@pytest.fixture
def backup_folder(session: Any, tmp_path: Path) -> Path:
    """A backup of a vault with one case on a USB stick; the vault then has a second."""
    add_cases(session, [("Före säkerhetskopian", "general")])
    made = backup_service.backup(session, tmp_path)
    add_cases(session, [("Efter säkerhetskopian", "general")])
    session.close()
    return made.folder


def test_a_backup_checked_while_the_vault_locks_leaves_no_copy_beside_the_vault(
    controller: Any,
    vault_paths: Any,
    qtbot: Any,
    backup_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    beside = sorted(p.name for p in vault_paths.folder.parent.iterdir())

    checked, locking = threading.Event(), threading.Event()
    real_prepare, real_cancel_all = restore.prepare_restore, TaskRunner.cancel_all

    def cancel_all(runner: TaskRunner) -> list[Any]:
        locking.set()
        return real_cancel_all(runner)

    def slow_prepare(*args: Any, **kwargs: Any) -> restore.PreparedRestore:
        prepared = real_prepare(*args, **kwargs)  # past its last cancel point
        checked.set()
        locking.wait(WAIT_MS / 1000)
        return prepared

    monkeypatch.setattr(TaskRunner, "cancel_all", cancel_all)
    monkeypatch.setattr(restore, "prepare_restore", slow_prepare)
    window = open_window(controller, qtbot, vault_paths.folder)
    dialog = window.safety.open_restore()
    dialog.ui.folderEdit.setText(str(backup_folder))
    type_text(dialog.ui.secretEdit, PASSPHRASE)
    dialog.ui.checkButton.click()
    qtbot.waitUntil(checked.is_set, timeout=WAIT_MS)
    assert sorted(p.name for p in vault_paths.folder.parent.iterdir()) != beside  # the copy

    controller.idle.idle.emit()
    assert controller.main_window is None
    results_handled(qtbot, controller.runner, WAIT_MS)  # and the deletions, on the GUI thread
    assert sorted(p.name for p in vault_paths.folder.parent.iterdir()) == beside

    window = reopened(controller, qtbot, vault_paths.folder)
    assert cases.count_cases(window.session) == 2
