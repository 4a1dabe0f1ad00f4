"""The brief window's signing, saving and printing live in gui/briefs/brief_output.py (split out
of brief_dialog.py): their words are still the brief window's, in Swedish too."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kopingplan.gui.briefs.brief_dialog import BriefDialog

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
