"""Printing a brief to a file (Qt's PDF printer) on a slow machine: the vault locks in the
moment after the copies were signed and before the window heard of it.

A print to file saves the signed copies as "Save as signed PDF" does (f16750b). Here signing
has returned on the worker when the idle lock comes, so the lock cannot cancel it any more, and
the signed copies reach a window already torn down. What the coordinator would check: nothing
is written or asked after the lock (no "Replace the files?" over the unlock window), no file
of the brief's is there, nothing is logged as made, and the window's choices come back.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from test_slow_tasks import WAIT_MS, open_window
from test_slow_tasks_v9 import actions, reopened

from kopingplan.gui.briefs import brief_print
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common import file_dialogs
from kopingplan.services import briefs

from gui_helpers import results_handled

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def test_copies_signed_just_before_a_lock_are_not_saved_after_it(
    controller: Any,
    closed_vault: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    target = tmp_path / "out" / "lägesbild.pdf"
    target.parent.mkdir()
    for number in (1, 2):  # an earlier brief's copies, under the names these would take
        (target.parent / f"lägesbild-exemplar-{number}-av-2.pdf").write_bytes(b"earlier")
    before = {p.name: p.read_bytes() for p in target.parent.iterdir()}
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    monkeypatch.setattr(brief_print, "choose_printer", lambda parent: printer)
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "ask_yes_no", lambda *args: asked.append(args[1]) or True)
    returned = threading.Event()
    real_sign = briefs.sign_copies

    def sign_then_say(*args: Any, **kwargs: Any) -> Any:
        made = real_sign(*args, **kwargs)
        returned.set()
        return made

    monkeypatch.setattr(briefs, "sign_copies", sign_then_say)
    dialog = BriefDialog.for_situation(window.session, window)
    dialog.show()
    dialog.ui.addCopyButton.click()  # two numbered copies
    dialog.ui.attendeesCheck.setChecked(not dialog.ui.attendeesCheck.isChecked())
    chosen = dialog.ui.attendeesCheck.isChecked()
    dialog.ui.printButton.click()
    assert returned.wait(WAIT_MS / 1000)
    # The worker is done (not just near its end): its result waits for the GUI thread's turn.
    assert dialog.runner.wait(WAIT_MS)
    controller.idle.idle.emit()  # before that turn
    assert controller.main_window is None
    results_handled(qtbot, dialog.runner, WAIT_MS)
    assert asked == []
    assert {p.name: p.read_bytes() for p in target.parent.iterdir()} == before

    again = reopened(controller, qtbot, closed_vault.folder)
    assert actions(again.session, "brief.create") == []
    back = BriefDialog.for_situation(again.session, again)
    qtbot.addWidget(back)
    assert back.draft.restored
    assert back.ui.attendeesCheck.isChecked() == chosen
