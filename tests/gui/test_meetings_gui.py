"""The "Meetings" section: groups and members, a new meeting from the last one, presence,
decisions, actions (which show in "To do") and minutes, driven as a user would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model as m
from kopingplan.services import meetings

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
RELATIVE = "Birgitta Vallin"


@dataclass
class Prepared:
    group_id: int
    case_id: int
    closed_case_id: int
    first_meeting: int


def prepare(session: Any) -> Prepared:
    """An insatsgrupp with two members, an open and a closed case on its last meeting's
    agenda; the open case has a relative named in a note."""
    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.INTERVENTION_GROUP)
    assert group.id is not None
    anna = session.save(m.Person(given_name="Anna", family_name="Lindqvist"))
    omar = session.save(m.Person(given_name="Omar", family_name="Said"))
    relative = session.save(m.Person(given_name="Birgitta", family_name="Vallin"))
    since = date(2025, 1, 1)
    meetings.add_member(session, group.id, "Samordnare", since, person_id=anna.id)
    meetings.add_member(session, group.id, "Polis", since, person_id=omar.id)
    case = session.save(
        m.Case(
            title="Ärende Norrgården",
            level=m.Level.INDIVIDUAL,
            orientation=m.Orientation.RIGHT,
            opened_on=date(2026, 1, 5),
        )
    )
    closed = session.save(
        m.Case(
            title="Avslutat ärende",
            level=m.Level.SPECIFIC,
            orientation=m.Orientation.OTHER,
            opened_on=date(2025, 5, 5),
            status=m.CaseStatus.CLOSED,
            closed_on=date(2025, 12, 1),
        )
    )
    session.save(m.CaseParticipant(case.id, relative.id, m.CaseRole.RELATIVE, "moster"))
    session.save(
        m.Note(
            case_id=case.id,
            written_at=datetime(2026, 1, 20, 9, 30, tzinfo=UTC),
            text=f"{RELATIVE} ringde och är orolig för helgerna vid Norrgården.",
        )
    )
    first = meetings.create_meeting(
        session,
        group.id,
        datetime.now(UTC) - timedelta(days=14),
        "Rådhuset, sal 2",
        from_last=False,
        case_ids=[case.id, closed.id],
    )
    assert first.id is not None
    return Prepared(group.id, case.id, closed.id, first.id)


@pytest.fixture
def prepared_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    prepared = prepare(session)
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    window.show_section(3)
    return window, prepared


def _texts(widget: Any) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_section_shows_groups_members_and_meetings(prepared_window: Any) -> None:
    window, _ = prepared_window
    page = window.meetings_page
    assert window.ui.sectionStack.currentWidget() is page
    assert page.ui.groupCombo.currentText() == "Insatsgrupp Väst"
    assert sorted(_texts(page.ui.membersList)) == [
        "Anna Lindqvist — Samordnare",
        "Omar Said — Polis",
    ]
    (listed,) = _texts(page.ui.meetingList)
    assert listed.endswith("Rådhuset, sal 2")
    view = page.view
    assert view.ui.placeLabel.text() == "Place: Rådhuset, sal 2"
    assert _texts(view.ui.agendaList) == [
        "1. Lägesbild sedan förra mötet",
        "2. Ärende Norrgården",
        "3. Avslutat ärende",
        "4. Övriga frågor",
    ]


def test_a_new_meeting_from_the_last_one(prepared_window: Any, qtbot: Any) -> None:
    window, _ = prepared_window
    page = window.meetings_page
    qtbot.mouseClick(page.ui.newMeetingButton, Qt.MouseButton.LeftButton)
    dialog = page._new_dialog
    assert dialog.ui.placeEdit.text() == "Rådhuset, sal 2"  # the template's place
    assert dialog.ui.templateCheck.isChecked()
    assert dialog.ui.startsEdit.date() > QDate.currentDate()
    dialog.ui.placeEdit.clear()
    type_text(dialog.ui.placeEdit, "Fritidsgården Åsen")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert len(_texts(page.ui.meetingList)) == 2
    view = page.view
    assert view.ui.placeLabel.text() == "Place: Fritidsgården Åsen"
    # The closed case stays behind; the open one is carried over; the members are called.
    assert _texts(view.ui.agendaList) == [
        "1. Lägesbild sedan förra mötet",
        "2. Ärende Norrgården",
        "3. Övriga frågor",
    ]
    assert _texts(view.ui.attendeeList) == ["Anna Lindqvist", "Omar Said"]


def test_presence_decision_action_and_minutes(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    window, prepared = prepared_window
    view = window.meetings_page.view
    ui = view.ui
    omar = ui.attendeeList.item(1)
    omar.setCheckState(Qt.CheckState.Checked)  # what a click on its box does
    detail = meetings.detail(controller.session, prepared.first_meeting)
    assert [(p.given_name, a.present) for a, p in detail.attendees] == [
        ("Anna", False),
        ("Omar", True),
    ]
    assert ui.attendeeList.item(1).checkState() == Qt.CheckState.Checked

    ui.agendaList.setCurrentRow(1)  # the case
    type_text(ui.decisionEdit, "Insatsgruppen följer upp i skolan.")
    qtbot.mouseClick(ui.recordDecisionButton, Qt.MouseButton.LeftButton)
    assert "Decision: Insatsgruppen följer upp i skolan." in ui.agendaList.item(1).text()

    type_text(ui.actionEdit, "Ringa mentorn på Åsenskolan")
    ui.responsibleCombo.setCurrentIndex(1)
    due = date.today() + timedelta(days=3)
    ui.dueEdit.setDate(QDate(due.year, due.month, due.day))
    qtbot.mouseClick(ui.addActionButton, Qt.MouseButton.LeftButton)
    assert ui.actionTable.rowCount() == 1
    row = [ui.actionTable.item(0, c).text() for c in range(3)]
    assert row == ["Ringa mentorn på Åsenskolan", "Omar Said", due.isoformat()]
    assert ui.actionEdit.text() == ""
    due_items = controller.session.due_items(due)
    assert any("Ringa mentorn" in str(vars(item)) for item in due_items)

    type_text(ui.minutesEdit, "Mötet hölls; alla punkter behandlades.")
    qtbot.mouseClick(ui.saveMinutesButton, Qt.MouseButton.LeftButton)
    saved = meetings.detail(controller.session, prepared.first_meeting).meeting
    assert saved.minutes == "Mötet hölls; alla punkter behandlades."
    SHOTS.mkdir(exist_ok=True)
    window.resize(1280, 800)
    window.grab().save(str(SHOTS / "meetings_section.png"))


def test_an_action_without_a_description_is_refused(prepared_window: Any, qtbot: Any) -> None:
    window, _ = prepared_window
    view = window.meetings_page.view
    qtbot.mouseClick(view.ui.addActionButton, Qt.MouseButton.LeftButton)
    assert view.ui.actionTable.rowCount() == 0
    assert window.statusBar().currentMessage() == "Write what is to be done first."


def meeting_forms(window: Any) -> list[tuple[str, Any]]:
    """The meetings helper's dialogs, for the keyboard and layout checks: a group with a
    meeting is made through the service, then each dialog is opened as a user would."""
    from kopingplan.gui.brief_dialog import BriefDialog

    session = window.session
    group = meetings.create_group(session, "Unggruppen", m.GroupKind.YOUTH_GROUP)
    assert group.id is not None
    case_id = window.case_list.model.case_id(0)
    meetings.create_meeting(
        session, group.id, datetime.now(UTC), "Stadshuset", from_last=False, case_ids=[case_id]
    )
    page = window.meetings_page
    page.fill_groups()
    forms: list[tuple[str, Any]] = [("new meeting", page.new_meeting())]
    assert page.view.meeting_id is not None
    brief = page.open_brief(page.view.meeting_id)
    assert isinstance(brief, BriefDialog)
    forms.append(("meeting brief", brief))
    forms.append(("situation report", window.brief_menu.open_report()))
    forms.append(("check a brief", window.brief_menu.open_check()))
    return forms
