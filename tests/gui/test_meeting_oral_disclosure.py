"""An oral disclosure made at a meeting (issue 16), from the meeting's own window: the dialog
names the cases on the agenda, the disclosure is recorded with the meeting, the meeting's brief
lists it; a lock with the dialog open records nothing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from shiboken6 import isValid

from kopingplan.domain import model
from kopingplan.gui.meetings.meeting_view import MeetingView
from kopingplan.services import briefs, demo
from kopingplan.storage.repositories import exchange as exchange_repo

from gui_helpers import type_text

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
SAID = "Berättade att eleven har sökt stöd hos kuratorn."


def _meeting(session: Any) -> tuple[int, list[int]]:
    """The demo meeting with the most cases on its agenda, and those cases in agenda order."""
    conn = session.vault.conn
    meeting_id = int(
        conn.execute(
            "SELECT meeting_id FROM agenda_items WHERE case_id IS NOT NULL"
            " GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id LIMIT 1"
        ).fetchone()[0]
    )
    cases = [
        int(r[0])
        for r in conn.execute(
            "SELECT case_id FROM agenda_items WHERE meeting_id = ? AND case_id IS NOT NULL"
            " ORDER BY position",
            (meeting_id,),
        )
    ]
    return meeting_id, list(dict.fromkeys(cases))


def _view(session: Any, qtbot: Any, meeting_id: int) -> MeetingView:
    view = MeetingView(session)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_meeting(meeting_id)
    return view


def test_an_oral_disclosure_at_the_meeting_is_in_its_brief(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    demo.fill(session, cases=8, seed=5, notes_per_case=2)
    school = session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    meeting_id, cases = _meeting(session)
    view = _view(session, qtbot, meeting_id)
    assert (
        view.oral_button.text() == "Oral disclosure at this meeting…"
        and view.oral_button.isVisible()
    )

    dialog = view.open_oral()
    assert dialog is not None and dialog.meeting_id == meeting_id
    assert dialog.ui.casesEdit.text() == ", ".join(str(c) for c in cases)
    started = session.vault.conn.execute(  # said at the meeting: its time, not now
        "SELECT starts_at FROM meetings WHERE id = ?", (meeting_id,)
    ).fetchone()[0]
    assert dialog.ui.whenEdit.dateTime().toSecsSinceEpoch() == int(
        datetime.fromisoformat(started).timestamp()
    )
    ui = dialog.ui
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findData(school.id))
    type_text(ui.whatEdit, SAID)
    ui.basisCombo.setCurrentIndex(ui.basisCombo.findData("osl-10-2"))
    type_text(ui.roleEdit, "samordnare")
    type_text(ui.purposeEdit, "Skolans stöd till eleven")
    SHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SHOTS / "meeting_oral_button.png"))
    dialog.grab().save(str(SHOTS / "meeting_oral_dialog.png"))
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [made] = exchange_repo.oral_disclosures_at(session.vault.conn, meeting_id)
    assert made.disclosed_at == datetime.fromisoformat(started)
    assert (made.recipient, made.case_ids, made.meeting_id) == (
        "Östra skolan",
        tuple(cases),
        meeting_id,
    )
    brief = briefs.meeting_brief(session, meeting_id)
    headings = [getattr(block, "text", "") for block in brief.body]
    assert "Muntliga utlämnanden vid mötet" in headings
    assert SAID not in repr(brief.body)  # the words stay in the log


def test_a_lock_with_the_dialog_open_records_nothing(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    demo.fill(session, cases=8, seed=5, notes_per_case=2)
    meeting_id, _ = _meeting(session)
    view = _view(session, qtbot, meeting_id)
    dialog = view.open_oral()
    assert dialog is not None
    type_text(dialog.ui.whatEdit, SAID)
    before = exchange_repo.disclosure_count(session.vault.conn)
    view.teardown()
    QApplication.processEvents()
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted) at the lock
    assert view.oral_window.window is None
    assert exchange_repo.disclosure_count(session.vault.conn) == before
