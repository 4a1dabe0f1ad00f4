"""The case window's incoming tab: saving a copy of an incoming file clears the window's notice
of an earlier action ('Corrected. …'), as moving or unlinking an item does; the tab's own line
says how the save went. Cancelling the save dialog leaves the notice (nothing was done)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_incoming_in_case_tab import choose, click, linked
from test_incoming_in_case_tab import view as incoming_view

from kopingplan.domain import model
from kopingplan.gui.common import file_dialogs

pytestmark = pytest.mark.gui
__all__ = ["incoming_view", "linked"]  # fixtures: a case window with incoming items linked


def _noticed(view: Any, session: Any, case_id: int) -> None:
    """An earlier action that leaves a notice in the window: a note corrected."""
    note = session.save(model.Note(case_id, datetime(2026, 3, 4, 9, 30, tzinfo=UTC), "x"))
    view.reload()
    correction = view.open_correction("note_correction", note.id)
    correction.ui.textEdit.setPlainText("Samtal med mentorn")
    assert correction.save()
    assert view.ui.messageLabel.text().startswith("Corrected.")


@pytest.mark.parametrize("answer", ["saved", "cancelled"])
def test_saving_a_copy_from_the_tab_clears_an_earlier_notice(
    incoming_view: Any,
    qtbot: Any,
    session: Any,
    linked: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    answer: str,
) -> None:
    view = incoming_view
    _noticed(view, session, linked["case"])
    notice = view.ui.messageLabel.text()
    destination = tmp_path / "kopia.pdf"
    chosen = [str(destination)] if answer == "saved" else []
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: chosen)
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    choose(view, linked["pdf"])
    click(qtbot, view.incoming.actions.saveButton)
    if answer == "saved":
        qtbot.waitUntil(destination.exists)
        assert "not encrypted" in view.ui.incomingNote.text()
        assert view.ui.messageLabel.text() == ""
    else:
        assert not destination.exists()
        assert view.ui.messageLabel.text() == notice
