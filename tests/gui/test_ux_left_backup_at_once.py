"""Arkiv → Säkerhetskopiera…: Start shows at once that the backup runs — the dialog says so,
its buttons are off and the progress window with its Cancel is up — even for a backup short
enough to end before the usual delay of a progress window. Real threads, as in the program."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from test_slow_tasks import WAIT_MS, click, no_progress_left, open_window

from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import backup as backup_service

from gui_helpers import type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def _progress_windows() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


@pytest.fixture
def dialog(controller: Any, closed_vault: Any, qtbot: Any, tmp_path: Path) -> Any:
    window = open_window(controller, qtbot, closed_vault.folder)
    opened = window.safety.open_backup()
    usb = tmp_path / "usb"
    usb.mkdir()
    type_text(opened.ui.folderEdit, str(usb))
    return opened


def test_a_short_backup_shows_its_progress(
    dialog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    real_show = TaskRunner._show_progress

    def show(runner: TaskRunner, task: Any) -> None:
        real_show(runner, task)
        if task.dialog is not None:
            shown.append(task.label)

    monkeypatch.setattr(TaskRunner, "_show_progress", show)
    click(qtbot, dialog.ui.backupButton)
    qtbot.waitUntil(lambda: "made and checked" in dialog.message, timeout=WAIT_MS)
    assert shown == ["Backing up the vault…"]
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)


def test_start_shows_the_work_at_once_and_cancel_stays(
    dialog: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real_backup = backup_service.backup

    def held(*args: Any, **kwargs: Any) -> Any:  # runs until the test lets it or Cancel
        while not release.wait(0.01):
            if kwargs["cancelled"]():
                raise backup_service.BackupCancelled()
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(backup_service, "backup", held)
    click(qtbot, dialog.ui.backupButton)
    QApplication.processEvents()  # one turn of the event loop, far below the usual delay
    assert dialog.message == "Backing up the vault…"
    assert dialog.ui.resultLabel.isVisible()
    assert not dialog.ui.backupButton.isEnabled() and not dialog.ui.closeButton.isEnabled()
    dialog.grab().save("/tmp/ux_left_backup_running.png")
    (progress,) = _progress_windows()
    cancel = progress.findChild(QPushButton)
    assert cancel is not None and cancel.isEnabled() and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.startswith("Cancelled."), timeout=WAIT_MS)
    assert dialog.ui.backupButton.isEnabled()
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    release.set()
