"""Helpers for the GUI tests (imported as ``gui_helpers``: pytest puts this folder on the path)."""

from __future__ import annotations

from typing import Any

from support import PASSPHRASE  # the passphrase of the ``session`` fixture's vault

__all__ = [
    "PASSPHRASE",
    "add_cases",
    "click_save",
    "lock_begins",
    "open_main_window",
    "opened_rows",
    "past_timers",
    "results_handled",
    "settle",
    "type_text",
    "unlock",
]


def add_cases(session: Any, specs: list[tuple[str, str]]) -> list[int]:
    """Cases made through the service, as the app makes them: (title, level) pairs."""
    from datetime import date

    from kopingplan.domain import model

    ids = []
    for number, (title, level) in enumerate(specs):
        case = model.Case(
            title=title,
            level=model.Level(level),
            orientation=model.Orientation.UNCLEAR,
            opened_on=date(2026, 1, 1 + number % 28),
        )
        ids.append(session.save(case).id)
    return ids


def type_text(widget: Any, text: str) -> None:
    """Types ``text`` key by key, like qtbot.keyClicks, but also å, ä, ö and other non-ASCII
    characters (QTest's keyClicks aborts the process on a character it has no key code for)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def unlock(controller: Any, qtbot: Any, passphrase: str = PASSPHRASE) -> Any:
    """Types the passphrase into the unlock dialog as a user would; returns the main window."""
    from PySide6.QtCore import Qt

    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.clear()
    type_text(dialog.ui.passphraseEdit, passphrase)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    return controller.main_window


def open_main_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """Closes the ``session`` fixture's vault and unlocks it in the app: its main window, shown."""
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def open_demo_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """The ``session`` fixture's vault with a small demo (8 cases, seed 5: groups, meetings,
    members), unlocked in the app: its main window, shown."""
    from kopingplan.services import demo

    demo.fill(session, cases=8, seed=5, notes_per_case=4)
    return open_main_window(controller, qtbot, session, vault_paths)


def click_save(qtbot: Any, form: Any) -> None:
    """Clicks a form's Save (or OK) button, which must be enabled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    box = form.ui.buttonBox
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened_rows(window: Any, action: str, entity_id: int) -> int:
    """How many audit rows of ``action`` (e.g. "cases.open") for ``entity_id`` the vault of
    ``window`` holds."""
    from kopingplan.storage import audit

    rows = audit.entries(window.session.vault.conn, action=action, limit=-1)
    return sum(1 for row in rows if row.entity_id == entity_id)


def lock_begins(monkeypatch: Any) -> Any:
    """An event set when a lock starts (before it waits for the running task), so that a
    slowed task can hold on until the lock has really come."""
    import threading

    from kopingplan.gui.common.tasks import TaskRunner

    locking, real_cancel_all = threading.Event(), TaskRunner.cancel_all

    def cancel_all(runner: TaskRunner) -> list[Any]:
        locking.set()
        return real_cancel_all(runner)

    monkeypatch.setattr(TaskRunner, "cancel_all", cancel_all)
    return locking


def settle(qtbot: Any) -> None:
    """Lets what is already under way on the GUI thread happen, through the event loop as in
    use: posted events (a LanguageChange, a queued result from the worker, a zero-time
    ``QTimer.singleShot``, which Qt posts), zero timers (``QTimer.start(0)``), and what those
    start in turn (a second round). In place of a fixed ``qtbot.wait(N)``, which a loaded
    machine (two test processes on two cores, CI twice as slow) outran: this takes as long as
    the machine needs, and no longer. Nothing is sent from here directly: a lock posted by a
    key would else run inside the caller, not from the loop."""
    for _round in range(2):
        _one_turn(qtbot)


def _one_turn(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer

    turned: list[str] = []
    QTimer.singleShot(0, lambda: turned.append("posted"))  # behind the events posted before
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: turned.append("timer"))
    timer.start(0)  # behind the zero timers started before
    qtbot.waitUntil(lambda: len(turned) == 2)


def settle_language_switch(qtbot: Any) -> None:
    """Waits until every widget has had its LanguageChange and what a window does right after
    (the button box says its standard names at its own LanguageChange, then the window names
    its buttons from a zero timer)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.sendPostedEvents()
    settle(qtbot)


def past_timers(qtbot: Any, ms: int) -> None:
    """Waits until a timer of ``ms`` started now has fired: by then every timer of ``ms`` or
    less started before has fired too (a progress window's delay), however slow the machine.
    For a test that something does not happen once its time has come."""
    from PySide6.QtCore import QTimer

    fired: list[bool] = []
    QTimer.singleShot(ms, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired), timeout=ms + 10_000)
    settle(qtbot)


def results_handled(qtbot: Any, runner: Any, timeout: int = 5000) -> None:
    """Waits until ``runner``'s work has ended and its results were handled on the GUI thread
    (or dropped there), with tasks started from a zero timer (the reads after unlocking)
    included. A runner of a window's own that a lock has deleted counts as ended: deleting it
    waits for its worker (QThreadPool's destructor), and what that worker sends is dropped."""
    import shiboken6

    settle(qtbot)
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner) or not runner.busy, timeout=timeout)
    settle(qtbot)


def button_said_after_switches(qtbot: Any, gui: Any, form: Any, which: Any) -> list[str]:
    """What the form's standard button ``which`` says in English, after a switch to Swedish and
    after one back; the form is closed as a lock closes it, and English is restored."""
    from kopingplan import i18n

    form.show()
    qtbot.waitExposed(form)
    button = form.ui.buttonBox.button(which)
    said = [button.text()]
    try:
        for language in ("sv", "en"):
            i18n.install_translators(gui, language)
            settle_language_switch(qtbot)
            said.append(button.text())
    finally:
        i18n.install_translators(gui, "en")
        form.close_for_lock()
    return said
