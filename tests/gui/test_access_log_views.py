"""The access log covers meetings and lägesbild entries (issue 16): choosing a meeting is one
audited opening; showing it again after a change made in it (minutes, a decision) is not
another; choosing another meeting and coming back is a new opening. A lägesbild entry opened
in its form is one opening."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from test_meetings_gui import prepare

from kopingplan.domain import model as m
from kopingplan.services import meetings
from kopingplan.storage import audit

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def _openings(window: Any, meeting_id: int) -> int:
    rows = audit.entries(window.session.vault.conn, action="meetings.open", limit=-1)
    return sum(1 for row in rows if row.entity_id == meeting_id)


def test_a_meeting_is_opened_once_while_it_changes(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    prepared = prepare(session)
    second = meetings.create_meeting(
        session, prepared.group_id, datetime.now(UTC) - timedelta(days=2), "Stadshuset",
        from_last=False, case_ids=[],
    )  # fmt: skip
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    shown = page.view.meeting_id
    assert shown in (prepared.first_meeting, second.id)
    assert _openings(window, shown) == 1

    meetings.set_minutes(window.session, shown, "Mötet öppnades. Genomgång av ärendena.")
    page.view.show_meeting(shown)  # shown again after the change, as the change channel does
    assert _openings(window, shown) == 1

    listing = page.ui.meetingList
    assert listing.count() == 2
    first_row = listing.currentRow()
    listing.setCurrentRow(1 - first_row)
    other = page.view.meeting_id
    assert other not in (None, shown)
    assert _openings(window, other) == 1
    listing.setCurrentRow(first_row)
    assert page.view.meeting_id == shown
    assert _openings(window, shown) == 2  # navigated away and back: a new opening


def test_a_situation_entry_opened_in_its_form_is_logged_once(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    entry = session.save(
        m.SituationEntry(
            date(2026, 3, 2), "Torget", m.Orientation.RIGHT, "Klistermärken", "Polisen"
        )
    )
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    form = window.windows.edit("situation_entry", entry.id)
    assert form is not None and form.ui.milieuEdit.text() == "Torget"
    assert window.windows.edit("situation_entry", entry.id) is form  # brought forward
    rows = audit.entries(window.session.vault.conn, action="situation_entries.open", limit=-1)
    assert [r.entity_id for r in rows] == [entry.id]
