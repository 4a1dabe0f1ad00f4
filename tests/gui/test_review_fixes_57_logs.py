"""A failure whose message names a person leaves the type and the frames in the log, never the
name: an exception's message may quote vault content (a name, a note, a file name)."""

from __future__ import annotations

import logging

import pytest

from kopingplan.errors import log_failure
from kopingplan.gui.common import drafts
from kopingplan.gui.common.tasks import TaskRunner

NAME = "Anna Lindqvist"


def _fail() -> None:
    raise ValueError(f"no draft for {NAME}, 19800101-1234")


def test_log_failure_writes_type_and_frames_without_the_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("kopingplan.test57")
    with caplog.at_level(logging.DEBUG):
        try:
            _fail()
        except ValueError:
            log_failure(logger, "A draft could not be read")
    assert "A draft could not be read" in caplog.text
    assert "builtins.ValueError" in caplog.text
    assert "in _fail" in caplog.text  # where it happened
    assert NAME not in caplog.text and "1234" not in caplog.text


def test_a_background_task_that_fails_logs_no_name(
    qtbot: object, caplog: pytest.LogCaptureFixture
) -> None:
    runner = TaskRunner(synchronous=True)
    with caplog.at_level(logging.DEBUG):
        runner.run(lambda _context: _fail())
    assert "Background task failed" in caplog.text
    assert "ValueError" in caplog.text
    assert NAME not in caplog.text


def test_a_draft_that_cannot_be_discarded_logs_no_name(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(drafts.draft_store, "discard_draft", lambda *args: _fail())
    with caplog.at_level(logging.DEBUG):
        drafts.discard(None, [("case_note", "1")])  # type: ignore[arg-type]
    assert "A draft could not be discarded" in caplog.text
    assert NAME not in caplog.text
