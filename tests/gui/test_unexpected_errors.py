"""An error nobody expected: the program goes on, the person is told in words, and the log
holds where it happened but nothing of the vault (an exception's message may quote a name)."""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kopingplan.gui.common import unexpected

pytestmark = pytest.mark.gui

SECRET = "Kacper Nilsson 19990101-1234"


@pytest.fixture
def reporter(gui: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    return unexpected.install()


def _answer_the_box(seen: list[str]) -> None:
    def close() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(20, close)
            return
        seen.append(boxes[0].text())
        boxes[0].button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(20, close)


def test_an_error_in_a_slot_is_told_in_words_and_logged_without_content(
    reporter: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_slot() -> None:
        raise ValueError(f"no such person: {SECRET}")

    seen: list[str] = []
    _answer_the_box(seen)
    with caplog.at_level(logging.ERROR, logger="kopingplan.unexpected"):
        try:
            broken_slot()
        except ValueError:
            sys.excepthook(*sys.exc_info())  # what PySide6 does with an error in a slot
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "What you had saved is safe" in seen[0]
    logged = caplog.text
    assert "ValueError" in logged and "broken_slot" in logged
    assert SECRET not in logged and "no such person" not in logged


def test_an_error_in_a_worker_thread_is_reported_from_the_gui_thread(
    reporter: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str] = []
    _answer_the_box(seen)

    def work() -> None:
        raise KeyError(SECRET)

    with caplog.at_level(logging.ERROR, logger="kopingplan.unexpected"):
        thread = threading.Thread(target=work, name="brief-signing")
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "brief-signing" in caplog.text and "KeyError" in caplog.text
    assert SECRET not in caplog.text
    assert reporter.shown >= 1


def test_pyside_hands_an_error_in_a_real_slot_to_the_hook(
    reporter: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The hook is where PySide6 sends an exception raised in a slot called by Qt."""
    seen: list[str] = []
    _answer_the_box(seen)

    def broken_timer_slot() -> None:
        raise RuntimeError(SECRET)

    with caplog.at_level(logging.ERROR, logger="kopingplan.unexpected"):
        QTimer.singleShot(0, broken_timer_slot)
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "broken_timer_slot" in caplog.text and SECRET not in caplog.text
