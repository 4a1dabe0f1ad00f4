"""The unlock window after a lock says which work the lock stopped, and which form's input it
could not keep, and only that.

A person who started a backup or a passphrase change and walked away comes back to the unlock
window; if the lock stopped the work, it must say so there (before they type a passphrase that
never took effect), and it must not claim so of work that finished or of background reads.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_slow_tasks import WAIT_MS, open_window

from kopingplan import errors
from kopingplan.gui.common.tasks import Cancelled, TaskContext
from kopingplan.gui.shell.controller import lock_report
from kopingplan.services import drafts as draft_store

from gui_helpers import PASSPHRASE, settle

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def _start(controller: Any, work: Any, label: str) -> None:
    controller.runner.run(work, label=label, cancellable=True, progress_delay_ms=0)


def _held_until_locking(controller: Any, qtbot: Any, *, stops: bool) -> threading.Event:
    """Work that runs until the lock asks it to stop; then stops (or finishes anyway)."""
    started = threading.Event()

    def work(ctx: TaskContext) -> str:
        started.set()
        while not ctx.cancelled:
            threading.Event().wait(0.01)
        if stops:
            raise Cancelled()
        return "finished all the same"

    _start(controller, work, "Backing up the vault…" if stops else "Checking the backup…")
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    return started


def test_work_the_lock_stopped_is_named_in_the_unlock_window_in_either_language(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    open_window(controller, qtbot, closed_vault.folder)
    _held_until_locking(controller, qtbot, stops=True)
    controller.lock()
    dialog = controller.unlock_dialog
    assert "Backing up the vault…" in dialog.message
    assert "it was stopped" in dialog.message and "do it again" in dialog.message
    assert dialog.ui.messageLabel.isVisible()
    controller.set_language("sv")
    assert "Valvet låstes" in dialog.message and "Backing up the vault…" in dialog.message
    controller.set_language("en")


def test_work_that_finished_anyway_and_a_quiet_lock_say_nothing(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    open_window(controller, qtbot, closed_vault.folder)
    _held_until_locking(controller, qtbot, stops=False)
    controller.runner.run(lambda ctx: None)  # a background read, no progress window
    controller.lock()
    assert controller.unlock_dialog.message == ""
    # Unlocked again and locked with nothing under way: nothing said either.
    dialog = controller.unlock_dialog
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    controller.lock()
    assert controller.unlock_dialog.message == ""


def test_a_form_whose_input_cannot_be_kept_at_the_lock_is_named_in_the_unlock_window(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk at the lock: the note being typed cannot become a draft. The person must
    learn it from the unlock window, not find the form simply gone."""
    window = open_window(controller, qtbot, closed_vault.folder)
    case_id = int(window.case_list.model.case_id(0))
    controller.set_language("sv")  # the longer words: the window must grow to show them
    form = window.open_case(case_id).open_form("note")
    form.ui.textEdit.setPlainText("Samtal med rektorn")
    title = form.windowTitle()

    def disk_full(*_: Any, **__: Any) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(draft_store, "save_draft", disk_full)
    controller.lock()
    said = controller.unlock_dialog.message
    assert f"Det som skrevs i {title} kunde inte sparas undan" in said
    assert "Disken är full" in said and "Samtal med rektorn" not in said
    dialog = controller.unlock_dialog
    label = dialog.ui.messageLabel
    assert label.height() >= label.heightForWidth(label.width())  # every line on screen
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is form]
    monkeypatch.undo()
    dialog = controller.unlock_dialog
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert draft_store.list_drafts(controller.session) == []
    controller.set_language("en")


def test_a_long_report_in_the_unlock_window_shows_every_line(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    """Two stopped tasks and a lost form at 1366×768 in Swedish needed more lines than the
    window had: the last ones were cut off. The window grows (never narrower) instead."""
    controller.show_unlock(closed_vault.folder)
    dialog = controller.unlock_dialog
    dialog.resize(dialog.width(), dialog.minimumSizeHint().height())
    lost = [("Anteckning", errors.DiskFull()), ("Kontakt", errors.DiskFull())]
    dialog.show_error(lambda: lock_report(["Backing up the vault…", "Checking the backup…"], lost))
    settle(qtbot)
    label = dialog.ui.messageLabel
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
