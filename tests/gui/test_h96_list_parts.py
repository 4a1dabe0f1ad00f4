"""What the list pages state and their bases do: each section of records sets its list up from
its ``LIST`` (the New button asks for an empty form), and the meetings section's empty lists
say what to do first, with or without a working group."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from kopingplan.domain import model as m
from kopingplan.gui.intake.concerns_page import ConcernsPage
from kopingplan.gui.meetings.meetings_page import MeetingsPage
from kopingplan.gui.situation.incidents_page import IncidentsPage
from kopingplan.gui.situation.situation_page import SituationPage
from kopingplan.services import meetings

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("page_class", [ConcernsPage, IncidentsPage, SituationPage])
def test_a_section_of_records_lists_in_its_table_and_new_asks_for_a_form(
    qtbot: Any, session: Any, page_class: type
) -> None:
    page = page_class(session)
    qtbot.addWidget(page)
    parts = page_class.LIST
    table = getattr(page.ui, parts.table)
    assert page.table is table and table.model() is page.model
    assert [getattr(page.ui, name) for name in parts.filters] == list(page.filters)
    assert [table.columnWidth(i) for i in range(len(parts.widths))] == list(parts.widths)
    assert page.empty_hint.text() == page.empty_text(False)
    with qtbot.waitSignal(page.newRecordRequested, timeout=1000):
        qtbot.mouseClick(getattr(page.ui, parts.new_button), Qt.MouseButton.LeftButton)
    page.teardown()


def _hint(view: Any) -> str:
    return str(view.viewport().findChild(object, f"{view.objectName()}EmptyHint").text())


def test_the_meetings_empty_lists_say_to_start_a_group_then_to_plan_a_meeting(
    qtbot: Any, session: Any
) -> None:
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    ui = page.ui
    assert _hint(ui.meetingList) == "No working groups yet. Start with New group…"
    assert _hint(ui.membersList) == "The members show here once there is a group."
    meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.INTERVENTION_GROUP)
    page.fill_groups()
    for hint in page.hints:
        hint.refresh()
    assert _hint(ui.meetingList) == "No meetings yet. Plan one with New meeting…"
    assert _hint(ui.membersList) == "No members today. Add them with Membership…"
