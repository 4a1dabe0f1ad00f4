"""A note saved in a case window while a backup runs on the task runner's worker thread (the
backup's progress dialog blocks only its own window). Real threads, the real runner, a real
vault: the save waits for the backup's snapshot instead of failing inside it, then commits on
its own; the backup is whole and holds the vault as it was when it was made."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.services import backup as backup_service
from kopingplan.services import vault_health
from kopingplan.services.session import Session
from kopingplan.storage import vault_copy
from kopingplan.storage.vault import VaultPaths

from gui_helpers import PASSPHRASE, type_text, unlock

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]

NOTE = "Samtal med mentorn medan säkerhetskopian görs."


def _note_texts(session: Session) -> list[str]:
    return [str(row[0]) for row in session.vault.conn.execute("SELECT text FROM notes")]


def test_a_note_saved_in_a_case_window_while_the_backup_runs(
    controller: Any, qtbot: Any, closed_vault: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    controller.start(closed_vault.folder)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=30_000)
    window = controller.main_window
    view = window.open_case(window.case_list.model.case_id(0))

    inside, go_on = threading.Event(), threading.Event()
    gui_thread, copy = threading.current_thread(), vault_copy.copy_and_compare

    def lingering(*args: Any, **kwargs: Any) -> Any:
        assert threading.current_thread() is not gui_thread  # on the runner's worker
        inside.set()
        go_on.wait(10)  # the backup holds the vault: its snapshot is being copied
        return copy(*args, **kwargs)

    monkeypatch.setattr(vault_copy, "copy_and_compare", lingering)
    # The note is written first (opening its form reads the vault too), then the backup starts.
    qtbot.mouseClick(view.ui.noteButton, Qt.MouseButton.LeftButton)
    form = view._forms["note"]
    type_text(form.ui.textEdit, NOTE)
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = window.safety.open_backup()
    type_text(dialog.ui.folderEdit, str(stick))
    qtbot.mouseClick(dialog.ui.backupButton, Qt.MouseButton.LeftButton)
    assert inside.wait(10)

    assert dialog.result_info is None  # the backup is in its snapshot until let go on
    threading.Timer(0.3, go_on.set).start()
    started = time.monotonic()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # waits for the snapshot, then commits
    assert time.monotonic() - started < 5  # it waited for the backup, not for a time-out
    tree = view.ui.timelineTree
    assert NOTE in [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert not view.message.text  # no "cannot start a transaction within a transaction"

    qtbot.waitUntil(lambda: "made and checked" in dialog.message, timeout=60_000)
    (made,) = backup_service.list_backups(stick)
    with Session.open(VaultPaths(made.folder), PASSPHRASE, record_unlock=False) as copy_of:
        assert vault_health.check(copy_of).ok
        assert NOTE not in _note_texts(copy_of)  # the vault as the backup found it
    paths = window.session.vault.paths
    controller.lock()
    with Session.open(paths, PASSPHRASE, record_unlock=False) as again:
        assert NOTE in _note_texts(again)
