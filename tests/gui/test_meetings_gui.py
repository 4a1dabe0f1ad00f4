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
from kopingplan.services import follow_ups, meetings

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
    window.show_section(window.ui.sectionStack.indexOf(window.meetings_page))
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
    dialog = page.new_meeting_window.window
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
    due_items = follow_ups.due_items(controller.session, due)
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


def test_a_new_meeting_calls_who_holds_the_seats_on_its_day(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    """Omar hands his seat to Karin from today: the next meeting, made from the last one as a
    template, calls Anna and Karin; the last meeting still lists Omar."""
    window, prepared = prepared_window
    page = window.meetings_page
    karin = controller.session.save(m.Person(given_name="Karin", family_name="Berg"))
    omar = next(
        row.membership
        for row in meetings.members(controller.session, prepared.group_id)
        if row.person_name == "Omar Said"
    )
    assert omar.id is not None and karin.id is not None
    meetings.hand_over(controller.session, omar.id, karin.id, date.today())
    page.fill_groups()
    dialog = page.new_meeting()
    assert dialog is not None
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert _texts(page.view.ui.attendeeList) == ["Karin Berg", "Anna Lindqvist"]
    earlier = meetings.detail(controller.session, prepared.first_meeting)
    assert sorted(p.given_name for _, p in earlier.attendees) == ["Anna", "Omar"]


def _add_item(view: Any, qtbot: Any, kind: str) -> Any:
    qtbot.mouseClick(view.ui.addItemButton, Qt.MouseButton.LeftButton)
    dialog = view.item_window.window
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findText(kind))
    return dialog


def _save_item(dialog: Any, qtbot: Any) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_agenda_items_of_every_kind_reach_the_brief(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    from kopingplan.briefs.document import Table
    from kopingplan.services import briefs

    window, prepared = prepared_window
    session = controller.session
    session.save(
        m.SituationEntry(
            date.today(), "Fritidsgården Åsen", m.Orientation.LEFT, "Klotter", "Fältgruppen"
        )
    )
    extra = session.save(
        m.Case(
            title="Ärende Skolan",
            level=m.Level.SPECIFIC,
            orientation=m.Orientation.UNCLEAR,
            opened_on=date(2026, 2, 1),
        )
    )
    page = window.meetings_page
    new = page.new_meeting()
    assert new is not None
    qtbot.mouseClick(
        new.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    view = page.view
    meeting_id = view.meeting_id
    assert meeting_id is not None and meeting_id != prepared.first_meeting

    # A case: found by part of its title; the item takes the case's title.
    dialog = _add_item(view, qtbot, "Case")
    _save_item(dialog, qtbot)  # nothing chosen yet
    assert dialog.isVisible() and "Case" in dialog.blocker  # Add is disabled and says why
    type_text(dialog.ui.findEdit, "skolan")
    assert dialog.ui.caseCombo.currentData() == extra.id
    assert dialog.ui.titleEdit.text() == "Ärende Skolan"
    _save_item(dialog, qtbot)
    assert not dialog.isVisible()

    # A lägesbild topic from an entry of the situation picture, with a note.
    dialog = _add_item(view, qtbot, "Situation picture topic")
    assert not dialog.ui.caseCombo.isVisibleTo(dialog)
    dialog.ui.entryCombo.setCurrentIndex(1)
    assert dialog.ui.titleEdit.text() == "Fritidsgården Åsen (Left-wing extremism)"
    type_text(dialog.ui.notesEdit, "Fältgruppen berättar.")
    _save_item(dialog, qtbot)

    # Other business: a typed title.
    dialog = _add_item(view, qtbot, "Other business")
    _save_item(dialog, qtbot)  # disabled: it says what is missing
    assert dialog.isVisible() and dialog.blocker == "Fill in: Title"
    type_text(dialog.ui.titleEdit, "Revidering av handlingsplanen")
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "agenda_item.png"))
    _save_item(dialog, qtbot)

    agenda = [
        "1. Lägesbild sedan förra mötet",
        "2. Ärende Norrgården",
        "3. Ärende Skolan",
        "4. Fritidsgården Åsen (Left-wing extremism)",
        "5. Revidering av handlingsplanen",
        "6. Övriga frågor",
    ]
    assert _texts(view.ui.agendaList) == agenda
    assert view.ui.agendaList.currentRow() == 4  # the item just added

    # The plan revision first of the cases; then the empty lägesbild item goes.
    view.ui.agendaList.setCurrentRow(4)
    for _ in range(3):
        qtbot.mouseClick(view.ui.moveUpButton, Qt.MouseButton.LeftButton)
    assert view.ui.agendaList.currentRow() == 1
    view.ui.agendaList.setCurrentRow(0)
    assert not view.ui.moveUpButton.isEnabled()
    qtbot.mouseClick(view.ui.removeItemButton, Qt.MouseButton.LeftButton)
    assert _texts(view.ui.agendaList) == [
        "1. Revidering av handlingsplanen",
        "2. Ärende Norrgården",
        "3. Ärende Skolan",
        "4. Fritidsgården Åsen (Left-wing extremism)",
        "5. Övriga frågor",
    ]
    # An item with a decision goes only after a question.
    view.ui.agendaList.setCurrentRow(2)
    type_text(view.ui.decisionEdit, "Skolan bjuds in.")
    qtbot.mouseClick(view.ui.recordDecisionButton, Qt.MouseButton.LeftButton)
    view.ui.agendaList.setCurrentRow(2)
    qtbot.mouseClick(view.ui.removeItemButton, Qt.MouseButton.LeftButton)
    question = view.remove_question
    assert question is not None
    question.button(question.StandardButton.Cancel).click()
    assert view.ui.agendaList.count() == 5
    window.resize(1280, 860)
    window.grab().save(str(SHOTS / "meeting_agenda.png"))

    brief = briefs.meeting_brief(session, meeting_id)
    (table,) = [
        block
        for block in brief.body
        if isinstance(block, Table) and block.header == ("Nr", "Punkt", "Typ")
    ]
    assert table.rows == (
        ("1", "Revidering av handlingsplanen", "Övrigt"),
        ("2", "Ärende Norrgården", "Ärende"),
        ("3", "Ärende Skolan", "Ärende"),
        ("4", "Fritidsgården Åsen (Left-wing extremism)", "Lägesbild"),
        ("5", "Övriga frågor", "Övrigt"),
    )


def test_an_item_with_actions_stays_on_the_agenda(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    window, _ = prepared_window
    view = window.meetings_page.view
    view.ui.agendaList.setCurrentRow(1)  # the case
    type_text(view.ui.actionEdit, "Ringa mentorn")
    qtbot.mouseClick(view.ui.addActionButton, Qt.MouseButton.LeftButton)
    view.ui.agendaList.setCurrentRow(1)
    view.ui.agendaList.setFocus()
    qtbot.keyClick(view.ui.agendaList, Qt.Key.Key_Delete)
    assert view.ui.agendaList.count() == 4
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("The agenda item stays: actions were decided under it (1)")
    )
    qtbot.keyClick(view.ui.agendaList, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _texts(view.ui.agendaList)[2] == "3. Ärende Norrgården"


def test_a_guest_is_called_to_one_meeting(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    window, prepared = prepared_window
    controller.session.save(m.Person(given_name="Maja", family_name="Mentor"))
    view = window.meetings_page.view
    qtbot.mouseClick(view.ui.inviteButton, Qt.MouseButton.LeftButton)
    dialog = view.guest_window.window
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nobody chosen yet: disabled, says why
    assert dialog.isVisible()
    assert not ok.isEnabled() and ok.toolTip() == "Fill in: Person"
    type_text(dialog.ui.findEdit, "Lindq")  # a member: called already, not offered
    assert dialog.ui.personCombo.count() == 1
    dialog.ui.findEdit.clear()
    type_text(dialog.ui.findEdit, "Maja")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _texts(view.ui.attendeeList) == ["Anna Lindqvist", "Maja Mentor", "Omar Said"]
    view.ui.attendeeList.item(1).setCheckState(Qt.CheckState.Checked)
    detail = meetings.detail(controller.session, prepared.first_meeting)
    assert [(p.given_name, a.present) for a, p in detail.attendees][1] == ("Maja", True)
    assert sorted(_texts(window.meetings_page.ui.membersList)) == [
        "Anna Lindqvist — Samordnare",
        "Omar Said — Polis",
    ]  # the group itself is unchanged


def meeting_forms(window: Any) -> list[tuple[str, Any]]:
    """The meetings helper's dialogs, for the keyboard and layout checks: a group with a
    meeting is made through the service, then each dialog is opened as a user would."""
    from kopingplan.gui.briefs.brief_dialog import BriefDialog

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
    forms.append(("agenda item", page.view.new_agenda_item()))
    forms.append(("extra attendee", page.view.invite()))
    forms.append(("new group", page.new_group()))
    forms.append(("edit group", page.edit_group()))
    members = page.open_members()
    assert members is not None
    forms.append(("group members", members))
    forms.append(("add member", members.add_member()))
    forms.append(("situation report", window.brief_menu.open_report()))
    forms.append(("check a brief", window.brief_menu.open_check()))
    return forms


def test_the_new_meeting_button_follows_a_language_switch(
    prepared_window: Any, qtbot: Any, controller: Any
) -> None:
    window, _ = prepared_window
    qtbot.mouseClick(window.meetings_page.ui.newMeetingButton, Qt.MouseButton.LeftButton)
    dialog = window.meetings_page.new_meeting_window.window
    create = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert create.text() == "&Create"

    controller.set_language("sv")

    qtbot.waitUntil(lambda: create.text() == "&Skapa")  # after the button box's own names
