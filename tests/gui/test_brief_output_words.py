"""The brief window's signing, saving and printing live in gui/briefs/brief_output.py (split out
of brief_dialog.py): their words are still the brief window's, in Swedish too."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_a_failed_print_says_so_in_swedish(session: Any, controller: Any, qtbot: Any) -> None:
    dialog = BriefDialog.for_situation(session, None)
    qtbot.addWidget(dialog)
    controller.set_language("sv")
    try:
        dialog._print_job = SimpleNamespace(error=None)  # a job that printed nothing
        dialog._printed(False)
        assert dialog.ui.messageLabel.text() == "Ingenting skrevs ut."
        assert dialog._print_job is None
    finally:
        controller.set_language("en")
    dialog.reject()


def test_a_saved_brief_counts_its_files_in_swedish(
    session: Any, controller: Any, qtbot: Any, tmp_path: Path
) -> None:
    dialog = BriefDialog.for_situation(session, None)
    qtbot.addWidget(dialog)
    dialog.runner = TaskRunner(dialog, synchronous=True)
    controller.set_language("sv")
    try:
        dialog.save(path=str(tmp_path / "lagesbild.pdf"))
        assert dialog.ui.messageLabel.text() == "Sparat och signerat: 1 fil, lagesbild.pdf."
    finally:
        controller.set_language("en")
    dialog.reject()
