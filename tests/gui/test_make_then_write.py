"""A report's Save after the place is chosen: made on the worker, written here, one line said
(:func:`kopingplan.gui.reports.make_then_write.make_then_write`, used by the signed reports,
the register extract and the sheet "Where do I turn?")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from kopingplan.errors import InvalidInput
from kopingplan.gui.common.tasks import Cancelled, TaskContext, TaskRunner
from kopingplan.gui.reports.make_then_write import make_then_write

pytestmark = pytest.mark.gui


class Window(QDialog):
    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session


def _save(window: Any, make: Any, write: Any, **options: Any) -> list[str]:
    said: list[str] = []
    make_then_write(
        window, TaskRunner(window, synchronous=True), make, write, said.append, label="…",
        **options,
    )  # fmt: skip
    return said


def test_what_is_written_is_said(gui: Any) -> None:
    written: list[int] = []

    def write(made: int) -> str:
        written.append(made)
        return f"Saved {made}."

    assert _save(Window(object()), lambda ctx: 42, write) == ["Saved 42."]
    assert written == [42]


def test_a_failure_of_making_or_writing_is_said_in_the_reports_words(gui: Any) -> None:
    def refuse(ctx: TaskContext) -> int:
        raise InvalidInput("Text", "is too long")

    assert _save(Window(object()), refuse, str) == ["Text: is too long"]
    said = _save(Window(object()), lambda ctx: 1, lambda made: 1 / 0, failed=lambda e: "Not saved.")
    assert said == ["Not saved."]


def test_a_cancel_says_nothing_was_saved_and_writes_nothing(gui: Any) -> None:
    def cancelled(ctx: TaskContext) -> int:
        raise Cancelled()  # what ctx.check_cancelled() raises after Cancel

    written: list[int] = []
    said = _save(Window(object()), cancelled, lambda made: str(written.append(made)))
    assert said == ["Cancelled: nothing was saved."] and written == []


def test_a_lock_while_making_writes_nothing(gui: Any) -> None:
    window = Window(object())
    written: list[int] = []

    def make(ctx: TaskContext) -> int:
        window.session = None  # the vault locked meanwhile: the window is torn down
        return 1

    assert _save(window, make, lambda made: str(written.append(made))) == []
    assert written == []
