"""Incoming information in its window, as the coordinator uses it (issue 16): an item linked to
the wrong case is moved or unlinked with a reason, and its link history shows below its text;
an item received before the sender's terms were recorded says so; "Save a copy" writes on the
worker thread, and a folder or a full disk as target gives a plain message and leaves nothing
half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from test_incoming_actions_gui import choose, click

from incoming_samples import PDF, add_items
from kopingplan import files
from kopingplan.domain import model as m
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.gui.exchange.incoming_actions import UNLINK
from kopingplan.services import exchange
from kopingplan.storage import audit

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
WRONG = "Fel ärende: gäller en annan elev."


def audit_rows(session: Any) -> int:
    return len(audit.entries(session.vault.conn, limit=10_000))


@pytest.fixture
def incoming(qtbot: Any, session: Any) -> Iterator[IncomingItemsDialog]:
    """The window of all incoming items, closed as locking closes it."""
    opened = IncomingItemsDialog(session)
    qtbot.addWidget(opened)
    opened.show()
    yield opened
    opened.teardown()


def test_a_linked_item_is_moved_with_a_reason_and_its_history_shows(
    incoming: IncomingItemsDialog, qtbot: Any, session: Any
) -> None:
    first, message, _pdf = add_items(session)
    right = session.save(
        m.Case("Backen", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 10, 2))
    ).id
    exchange.link_incoming(session, message, first)
    incoming.refresh()
    actions = incoming.item_actions
    choose(incoming, message)
    assert not actions.linkButton.isVisible()
    assert actions.moveButton.text() == "Move or &unlink…"
    click(qtbot, actions.moveButton)
    move = actions.dialog
    assert move is not None and move.isVisible()
    assert move.nowLabel.text() == f"The item is in case {first} now."
    choices = [move.caseCombo.itemData(i) for i in range(move.caseCombo.count())]
    assert choices == [UNLINK, right]  # the case it is in is not offered again
    move.caseCombo.setCurrentIndex(1)
    # Without a reason: refused in the dialog, nothing changed.
    rows = audit_rows(session)
    click(qtbot, move.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert move.isVisible()
    assert "Give a reason to move it" in move.messageLabel.text()
    assert audit_rows(session) == rows
    assert exchange.link_history(session, message)[-1].to_case == first
    move.reasonEdit.setText(WRONG)
    move.grab().save(str(SHOTS / "incoming_move.png"))
    click(qtbot, move.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert not move.isVisible()
    assert incoming.list.current().case_id == right
    assert incoming.ui.itemTree.currentItem().text(4) == str(right)
    shown = incoming.ui.itemText.toPlainText()
    assert "Link history:" in shown
    assert f"linked to case {first} by {session.actor}" in shown
    assert f"moved from case {first} to case {right} by {session.actor} (reason: {WRONG})" in shown
    incoming.grab().save(str(SHOTS / "incoming_history.png"))

    # Unlinked: "No case", with a reason.
    click(qtbot, actions.moveButton)
    unlink = actions.dialog
    assert unlink is not None and unlink.caseCombo.currentIndex() == -1  # nothing preselected
    unlink.caseCombo.setCurrentIndex(unlink.caseCombo.findData(UNLINK))
    unlink.reasonEdit.setText("Gäller inget av våra ärenden.")
    click(qtbot, unlink.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert incoming.list.current().case_id is None
    assert actions.linkButton.isVisible() and not actions.moveButton.isVisible()
    assert incoming.ui.countLabel.text() == f"Incoming item {message} is linked to no case now."
    assert f"taken out of case {right}" in incoming.ui.itemText.toPlainText()


def test_an_item_from_before_the_terms_were_recorded_says_so(
    incoming: IncomingItemsDialog, session: Any
) -> None:
    _case, message, _pdf = add_items(session)  # stored as an item imported before v9 is
    incoming.refresh()
    choose(incoming, message)
    shown = incoming.ui.itemText.toPlainText()
    missing = "not given (not in the package, or received before this was recorded)"
    assert f"The sender's legal basis: {missing}" in shown
    assert f"Decided by (sender): {missing}" in shown
    assert f"The sender's purpose: {missing}" in shown


@pytest.mark.real_threads
def test_a_copy_is_written_on_the_worker_thread(
    qtbot: Any, session: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    runner = TaskRunner(synchronous=False)
    opened = IncomingItemsDialog(session, runner=runner)
    qtbot.addWidget(opened)
    _case, _message, pdf = add_items(session)
    opened.refresh()
    choose(opened, pdf)
    threads: list[threading.Thread] = []
    real_write = files.output_after

    @contextlib.contextmanager
    def write(*args: Any, **kwargs: Any) -> Iterator[None]:
        threads.append(threading.current_thread())
        with real_write(*args, **kwargs):
            yield

    monkeypatch.setattr(files, "output_after", write)
    destination = tmp_path / "kopia.pdf"
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(destination)])
    opened.item_actions.saveButton.click()
    qtbot.waitUntil(lambda: "not encrypted" in opened.ui.countLabel.text(), timeout=5000)
    assert destination.read_bytes() == PDF
    assert threads and threads[0] is not threading.main_thread()
    runner.wait(2000)
    opened.teardown()


@pytest.mark.parametrize("trouble", ["folder", "full disk"])
def test_a_copy_that_cannot_be_written_says_why_and_leaves_nothing(
    incoming: IncomingItemsDialog, session: Any, tmp_path: Path, monkeypatch: Any, trouble: str
) -> None:
    _case, _message, pdf = add_items(session)
    incoming.refresh()
    choose(incoming, pdf)
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "en mapp.pdf"  # the save dialog adds .pdf to a name without it
    if trouble == "folder":
        target.mkdir()
    else:

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(files.os, "fsync", full)
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(target)])
    rows = audit_rows(session)
    incoming.item_actions.saveButton.click()
    text = incoming.ui.countLabel.text()
    assert "not encrypted" not in text
    expected = "is not an ordinary file" if trouble == "folder" else "The disk is full"
    assert expected in text, text
    assert audit_rows(session) == rows  # nothing left the vault: nothing logged
    left = sorted(p.name for p in out.iterdir())
    assert left == (["en mapp.pdf"] if trouble == "folder" else [])  # no temporary file either
