"""A slow machine: work slower than the delays the app relies on (helper 141).

Each test makes the work behind a delay slower than it, with events the test releases (never
a fixed sleep), and checks what the coordinator would see:

* a backup slower than the lock's wait for the worker (10 s; here it runs out at once): the
  lock goes on without it, and the unlock window said nothing of it, although the copy was
  stopped (or failed on the vault closed under it) after the lock. It now says that the
  work was still under way, and then how it ended.
* a search slower than the person at the keyboard: a second Enter during it opened the first
  hit, and typing went to the list of hits; the search now runs on the worker.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_slow_tasks import WAIT_MS, open_window
from test_slow_tasks_v9 import progress_shown, reopened

from kopingplan.gui.common.tasks import TaskContext
from kopingplan.gui.shell.controller import AppController
from kopingplan.services import backup as backup_service
from kopingplan.services import cases
from kopingplan.services import search as search_service

from gui_helpers import opened_rows, results_handled, settle, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


@pytest.fixture
def impatient_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine is slower than the lock's wait for the worker: it gives up at once."""
    monkeypatch.setattr(AppController, "LOCK_WAIT_MS", 50)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def held_backup(monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> threading.Event:
    """The backup waits (on the worker) until ``release``; the event returned is set once it
    has begun."""
    begun, real = threading.Event(), backup_service.backup

    def slow_backup(*args: Any, **kwargs: Any) -> Any:
        begun.set()
        release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_service, "backup", slow_backup)
    return begun


def start_backup(controller: Any, qtbot: Any, folder: Path, usb: Path, begun: Any) -> None:
    window = open_window(controller, qtbot, folder)
    dialog = window.safety.open_backup()
    dialog.ui.folderEdit.setText(str(usb))
    dialog.ui.backupButton.click()
    qtbot.waitUntil(begun.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(progress_shown, timeout=WAIT_MS)


@pytest.mark.usefixtures("impatient_lock")
def test_a_backup_slower_than_the_locks_wait_is_said_and_then_how_it_ended(
    controller: Any, closed_vault: Any, qtbot: Any, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    start_backup(controller, qtbot, closed_vault.folder, usb, held_backup(monkeypatch, release))

    controller.idle.idle.emit()  # nobody at the laptop during the long copy
    assert controller.main_window is None
    dialog = controller.unlock_dialog
    # While it still runs: said, not taken for done (before: nothing at all).
    assert "still under way" in dialog.message and "Backing up the vault…" in dialog.message
    assert dialog.message_is_error

    release.set()  # the copy goes on behind the locked vault, and stops there
    results_handled(qtbot, controller.runner, WAIT_MS)
    said = dialog.message
    assert "still under way" not in said
    assert "Backing up the vault…" in said and ("stopped" in said or "error" in said)
    assert "do it again" in said
    assert list(usb.iterdir()) == []
    again = reopened(controller, qtbot, closed_vault.folder)
    assert cases.count_cases(again.session) == 3
    assert controller.unlock_dialog is None


def held_work(
    controller: Any,
    qtbot: Any,
    folder: Path,
    label: str,
    tail: Any,
    *,
    committed: bool = False,
    **options: Any,
) -> threading.Event:
    """Unlocks, then runs work named ``label`` that waits (on the worker) for the event
    returned, then ends with ``tail(ctx)``; returns once it is waiting (``committed``: past its
    point of no return by then, as a re-key's switch: the lock's cancel is refused)."""
    open_window(controller, qtbot, folder)
    release, started = threading.Event(), threading.Event()

    def work(ctx: TaskContext) -> Any:
        if committed:
            ctx.commit()
        started.set()
        release.wait(WAIT_MS / 1000)
        return tail(ctx)

    controller.runner.run(work, label=label, progress_delay_ms=0, **options)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    return release


def ended_after(controller: Any, qtbot: Any, release: threading.Event) -> Any:
    """The work goes on behind the locked vault and ends: the unlock window then."""
    release.set()
    results_handled(qtbot, controller.runner, WAIT_MS)
    return controller.unlock_dialog


@pytest.mark.usefixtures("impatient_lock")
def test_work_that_ends_after_the_wait_and_finishes_is_said_finished(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    """A step past its point of no return (a re-key's switch) cannot be stopped: once it is
    done, the unlock window says so, not "still under way" for ever."""
    release = held_work(
        controller,
        qtbot,
        closed_vault.folder,
        "Re-encrypting the vault…",
        lambda ctx: "switched",
        committed=True,
    )
    controller.lock()
    assert "still under way" in controller.unlock_dialog.message
    dialog = ended_after(controller, qtbot, release)
    assert dialog.message == (
        "The vault locked while this was under way, and it was finished all the same: "
        "Re-encrypting the vault…"
    )
    assert not dialog.message_is_error


@pytest.mark.usefixtures("impatient_lock")
def test_a_stop_after_the_wait_is_said_as_a_stop(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    def stops(ctx: TaskContext) -> None:
        ctx.check_cancelled()
        raise AssertionError("the lock asked it to stop")

    release = held_work(
        controller, qtbot, closed_vault.folder, "Deleting…", stops, cancellable=True
    )
    controller.lock()
    assert ended_after(controller, qtbot, release).message == (
        "The vault locked while this was under way, and it was stopped: Deleting… Nothing of "
        "it took effect: do it again once the vault is open."
    )


def test_work_done_within_the_wait_still_says_nothing(
    controller: Any, closed_vault: Any, qtbot: Any
) -> None:
    """The lock's usual case (the wait was long enough) is as before."""
    release = held_work(
        controller, qtbot, closed_vault.folder, "Checking the backup…", lambda ctx: "done"
    )
    threading.Timer(0.05, release.set).start()  # well within the lock's wait
    controller.lock()
    assert ended_after(controller, qtbot, release).message == ""


# --- search slower than the person at the keyboard ------------------------------------------


def searched(window: Any, monkeypatch: pytest.MonkeyPatch, slow_search: Any) -> Any:
    """Searches with ``slow_search`` in place of the service: "skolan" typed, Enter."""
    monkeypatch.setattr(search_service, "search", slow_search)
    box = window.search_box
    box.setFocus()
    type_text(box, "skolan")
    QTest.keyClick(box, Qt.Key.Key_Return)
    return box


def test_enter_pressed_again_during_a_slow_search_opens_nothing(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The search ran on the GUI thread: while the index was slow the window froze, and an
    impatient second Enter waited in the queue until the hits were on show, then went to the
    list of hits, which had the keyboard: it opened the first hit (a case the coordinator
    never chose, written in the access log as opened). Now the search runs on the worker and
    the box keeps the keyboard: the second Enter asks for the same search, which is under way."""
    window = open_window(controller, qtbot, closed_vault.folder)
    pressed_again, calls, real = threading.Event(), [], search_service.search

    def impatient() -> None:  # the person at the keyboard, whatever has it now
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        pressed_again.set()

    def slow_search(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        if len(calls) == 1:
            QTimer.singleShot(0, controller, impatient)
            pressed_again.wait(3)  # set at once unless the window is frozen by this search
        return real(*args, **kwargs)

    box = searched(window, monkeypatch, slow_search)
    qtbot.waitUntil(lambda: box.results.isVisible() and bool(box.results.hits()), timeout=WAIT_MS)
    results_handled(qtbot, controller.runner, WAIT_MS)
    settle(qtbot)
    first = box.results.hits()[0]
    assert first.kind == "case"
    assert opened_rows(window, "cases.open", first.id) == 0
    assert box.results.isVisible() and calls == ["skolan"]


def test_a_search_overtaken_by_typing_shows_no_stale_hits(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing goes on while a slow search runs: its hits are for words no longer in the box,
    so they are not shown over the typing; Enter searches what the box says."""
    window = open_window(controller, qtbot, closed_vault.folder)
    release, real = threading.Event(), search_service.search

    def slow_search(*args: Any, **kwargs: Any) -> Any:
        if args[1] == "skolan":
            release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)

    box = searched(window, monkeypatch, slow_search)
    type_text(box, " Bertil")  # not frozen: the box takes it while the search runs
    assert box.text() == "skolan Bertil"
    release.set()
    results_handled(qtbot, controller.runner, WAIT_MS)
    assert not box.results.isVisible() and box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Return)
    results_handled(qtbot, controller.runner, WAIT_MS)
    qtbot.waitUntil(box.results.isVisible, timeout=WAIT_MS)
