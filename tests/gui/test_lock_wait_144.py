"""A lock that must wait for the worker hides the vault at once and keeps the screen alive
(helper 144).

The lock waited for the worker (up to 10 s) and then for the worker's hold on the vault (a
re-key of a large vault, a backup to a slow USB stick: no bound) with the event loop stopped:
the main window, a case and the form being typed in stayed on screen, frozen, until then. A
coordinator who pressed Ctrl+L and walked away left the vault readable. Now the lock hides the
vault's windows first, shows the unlock window, and waits with the event loop turning; Unlock
is refused, saying why, until the vault has closed; the drafts are kept as before.

The worker here holds the vault (``Vault.exclusive``, as a backup or a re-key does) until the
test lets it go; the test looks at the screen from a zero timer, which fires only while the
event loop turns, i.e. during the lock's wait (no fixed sleeps).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from test_slow_tasks import open_window
from test_slow_tasks_v9 import reopened

from gui_helpers import PASSPHRASE

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]

HOLD_S = 5  # the worker's hold ends by itself after this, should the lock never turn the loop
SECRET = "Hemligtord"


def screen_texts() -> list[str]:
    """Every text on a visible window: titles, labels, fields, buttons."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
                texts.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                texts.append(widget.toPlainText())
    return texts


def test_a_lock_waiting_for_the_worker_hides_the_vault_at_once_and_stays_responsive(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    case_window = window.open_case(int(window.case_list.model.case_id(0)))
    form = case_window.open_form("case")
    form.ui.titleEdit.setText(f"Åsa {SECRET}")
    qtbot.waitUntil(lambda: any(SECRET in text for text in screen_texts()))

    vault, holding, release = window.session.vault, threading.Event(), threading.Event()

    def re_key(ctx: Any) -> None:  # holds the vault as a re-key past its switch does
        ctx.commit()
        with vault.exclusive():
            holding.set()
            release.wait(HOLD_S)

    # Its progress window is due while the lock waits (a lock right after the work began):
    # it must not come up over the unlock window.
    controller.runner.run(re_key, label="Re-encrypting the vault…", progress_delay_ms=150)
    qtbot.waitUntil(holding.is_set)
    monkeypatch.setattr(controller, "LOCK_WAIT_MS", 1000)  # in use 10 s; no bound on the hold

    seen: dict[str, Any] = {}

    def meanwhile() -> None:  # runs only if the event loop turns while the worker holds on
        seen["held"] = not release.is_set()
        seen["texts"] = screen_texts()
        seen["windows"] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialog = controller.unlock_dialog
        seen["waiting"] = dialog.message if dialog is not None else None
        if dialog is not None:
            dialog.ui.passphraseEdit.setText(PASSPHRASE)
            dialog.ui.unlockButton.click()
            seen["told"] = dialog.message
        seen["still_open"] = controller.session is not None
        release.set()

    # The unlock window comes once the work outlasts a progress window's delay: act then.
    poll = QTimer(controller)

    def when_asked() -> None:
        dialog = controller.unlock_dialog
        if dialog is not None and dialog.isVisible():
            poll.stop()
            meanwhile()

    poll.timeout.connect(when_asked)
    poll.start(10)
    window.lockRequested.emit()  # Ctrl+L
    poll.stop()

    assert seen.get("held"), "the screen froze while the worker held the vault"
    assert seen["windows"] == [controller.unlock_dialog]
    assert not [text for text in seen["texts"] if SECRET in text or "Åsa" in text]
    assert "Re-encrypting the vault…" in seen["waiting"]
    assert "still closing" in seen["told"]
    assert seen["still_open"]  # the unlock did not start while the vault was held

    assert controller.main_window is None and controller.session is None
    dialog = controller.unlock_dialog
    assert "has closed" in dialog.message or "finished all the same" in dialog.message
    again = reopened(controller, qtbot, closed_vault.folder)
    assert [bar.key for bar in again.notices() if bar.key == "drafts"] == ["drafts"]
