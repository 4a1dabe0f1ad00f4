"""Working groups and meetings: composition over time, the last meeting as a template,
attendance, decisions, actions and minutes — each change in the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import cases, follow_ups, meetings
from kopingplan.services.session import Session
from kopingplan.storage import audit

WHEN = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)


def _person(session: Session, given: str, family: str, title: str = "") -> int:
    person = session.save(m.Person(given_name=given, family_name=family, title=title))
    assert person.id is not None
    return person.id


def _case(session: Session, title: str) -> int:
    case = session.save(
        m.Case(title=title, level=m.Level.SPECIFIC, orientation=m.Orientation.RIGHT,
               opened_on=date(2025, 11, 1))
    )  # fmt: skip
    assert case.id is not None
    return case.id


@pytest.fixture
def group(session: Session) -> m.Group:
    """An insatsgrupp with a school representative who hands over on 1 February 2026."""
    created = meetings.create_group(session, "Insatsgrupp Centrum", m.GroupKind.INTERVENTION_GROUP)
    assert created.id is not None
    eva = _person(session, "Eva", "Skolgren", "rektor")
    per = _person(session, "Per", "Polsson", "kontaktpolis")
    school = meetings.add_member(session, created.id, "BoU", date(2025, 1, 1), person_id=eva)
    meetings.add_member(session, created.id, "Polisen", date(2025, 1, 1), person_id=per)
    assert school.id is not None
    meetings.hand_over(
        session, school.id, _person(session, "Ola", "Lärare", "kurator"), date(2026, 2, 1)
    )
    return created


def _names(members: list[meetings.Member]) -> set[str]:
    return {member.person_name for member in members}


def test_membership_changes_over_time(session: Session, group: m.Group) -> None:
    assert group.id is not None
    assert _names(meetings.members(session, group.id, date(2026, 1, 31))) == {
        "Eva Skolgren",
        "Per Polsson",
    }
    assert _names(meetings.members(session, group.id, date(2026, 2, 1))) == {
        "Ola Lärare",
        "Per Polsson",
    }
    history = meetings.membership_history(session, group.id)
    eva = next(row for row in history if row.person_name == "Eva Skolgren")
    assert eva.membership.to_date == date(2026, 1, 31)
    assert len(history) == 3  # the old membership is kept, not overwritten


def test_new_meeting_calls_the_members_of_its_day(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meeting = meetings.create_meeting(session, group.id, WHEN, "Rådhuset")
    assert meeting.id is not None

    detail = meetings.detail(session, meeting.id)
    assert {person.full_name for _, person in detail.attendees} == {"Ola Lärare", "Per Polsson"}
    assert not any(attendee.present for attendee, _ in detail.attendees)
    assert [item.kind for item in detail.agenda] == [
        m.AgendaItemKind.SITUATION,
        m.AgendaItemKind.OTHER,
    ]
    row = audit.entries(session.vault.conn, action="meetings.create")[0]
    assert (row.entity, row.entity_id) == ("meetings", meeting.id)
    assert row.details["attendees"] == 2


def test_last_meeting_is_the_template(session: Session, group: m.Group) -> None:
    assert group.id is not None
    still_open, closed = _case(session, "A.B. 15 år – oro"), _case(session, "C.D. 16 år – hot")
    extra = _case(session, "E.F. 17 år – ny")
    first = meetings.create_meeting(
        session, group.id, WHEN, "Polishuset, rum 3", case_ids=[still_open, closed]
    )
    cases.close_case(session, closed, "Insatserna har gett resultat", date(2026, 3, 20))

    second = meetings.create_meeting(session, group.id, WHEN + timedelta(days=28), case_ids=[extra])

    assert second.place == "Polishuset, rum 3"
    assert second.id is not None and first.id is not None
    agenda = meetings.detail(session, second.id).agenda
    assert [item.case_id for item in agenda if item.kind is m.AgendaItemKind.CASE] == [
        still_open,
        extra,
    ]
    assert agenda[0].title == meetings.SITUATION_ITEM
    assert agenda[-1].title == meetings.OTHER_ITEM
    row = audit.entries(session.vault.conn, action="meetings.create")[0]
    assert row.details["template"] == first.id


def test_without_template_the_place_is_not_copied(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meetings.create_meeting(session, group.id, WHEN, "Rådhuset")
    later = meetings.create_meeting(session, group.id, WHEN + timedelta(days=7), from_last=False)
    assert later.place == ""


def test_attendance_decisions_actions_and_minutes(session: Session, group: m.Group) -> None:
    assert group.id is not None
    case_id = _case(session, "A.B. 15 år – oro")
    meeting = meetings.create_meeting(session, group.id, WHEN, case_ids=[case_id])
    assert meeting.id is not None
    detail = meetings.detail(session, meeting.id)
    per = next(p.id for _, p in detail.attendees if p.family_name == "Polsson")
    assert per is not None
    item = next(i for i in detail.agenda if i.case_id == case_id)
    assert item.id is not None

    meetings.mark_present(session, meeting.id, per)
    meetings.record_decision(session, item.id, "Skolan kallar till SIP-möte.")
    action = meetings.add_action(
        session, meeting.id, "Kalla till SIP-möte", date(2026, 3, 24),
        agenda_item_id=item.id, responsible_person_id=per,
    )  # fmt: skip
    meetings.set_minutes(session, meeting.id, "Mötet gick igenom ärendet.")

    detail = meetings.detail(session, meeting.id)
    assert {p.full_name: a.present for a, p in detail.attendees} == {
        "Ola Lärare": False,
        "Per Polsson": True,
    }
    assert next(i for i in detail.agenda if i.id == item.id).decision.startswith("Skolan")
    assert detail.meeting.minutes == "Mötet gick igenom ärendet."
    assert [(row.responsible_name, row.case_id) for row in detail.actions] == [
        ("Per Polsson", case_id)
    ]
    # The action is in "Att göra" until it is done.
    due = follow_ups.due_items(session, date(2026, 4, 1))
    assert ("meeting_action", action.id, case_id) in [(d.kind, d.id, d.case_id) for d in due]
    assert action.id is not None
    meetings.complete_action(session, action.id, date(2026, 3, 20), "Klart.")
    assert meetings.open_actions(session, group.id) == []
    assert action.id not in [d.id for d in follow_ups.due_items(session, date(2026, 4, 1))]

    actions = [row.action for row in audit.entries(session.vault.conn, limit=20)]
    for expected in (
        "meeting_attendees.update",
        "agenda_items.update",
        "meeting_actions.create",
        "meeting_actions.update",
        "meetings.update",
    ):
        assert expected in actions
    # The log names what changed, never the text of the decision or the minutes.
    assert "SIP" not in str([row.details for row in audit.entries(session.vault.conn)])


def test_only_those_called_can_be_marked_present(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meeting = meetings.create_meeting(session, group.id, WHEN)
    assert meeting.id is not None
    guest = _person(session, "Gun", "Gäst", "fritidsledare")

    with pytest.raises(errors.InvalidInput) as raised:
        meetings.mark_present(session, meeting.id, guest)
    assert raised.value.field == "person_id"

    meetings.invite(session, meeting.id, guest)
    meetings.invite(session, meeting.id, guest)  # twice: still one attendee
    meetings.mark_present(session, meeting.id, guest)
    attendees = meetings.detail(session, meeting.id).attendees
    assert [(p.full_name, a.present) for a, p in attendees if p.id == guest] == [("Gun Gäst", True)]


def test_action_under_another_meetings_item_is_refused(session: Session, group: m.Group) -> None:
    assert group.id is not None
    first = meetings.create_meeting(session, group.id, WHEN)
    second = meetings.create_meeting(session, group.id, WHEN + timedelta(days=14))
    assert first.id is not None and second.id is not None
    foreign = meetings.detail(session, first.id).agenda[0]

    with pytest.raises(meetings.MeetingMismatch):
        meetings.add_action(
            session, second.id, "Något", date(2026, 4, 1), agenda_item_id=foreign.id
        )
    assert meetings.open_actions(session, group.id) == []


def test_new_agenda_items_go_before_other_business(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meeting = meetings.create_meeting(session, group.id, WHEN)
    assert meeting.id is not None
    meetings.add_agenda_item(session, meeting.id, m.AgendaItemKind.OTHER, "Revidering av planen")

    titles = [item.title for item in meetings.detail(session, meeting.id).agenda]
    assert titles == [meetings.SITUATION_ITEM, "Revidering av planen", meetings.OTHER_ITEM]


def test_membership_must_name_someone(session: Session, group: m.Group) -> None:
    assert group.id is not None
    with pytest.raises(errors.InvalidInput):
        meetings.add_member(session, group.id, "Övrigt", date(2026, 1, 1))
    membership = meetings.membership_history(session, group.id)[0].membership
    assert membership.id is not None
    with pytest.raises(errors.InvalidInput):
        meetings.end_membership(session, membership.id, membership.from_date - timedelta(days=1))
    assert meetings.membership_history(session, group.id)[0].membership == replace(membership)


def test_a_group_is_renamed_and_keeps_its_members(session: Session, group: m.Group) -> None:
    assert group.id is not None
    renamed = meetings.update_group(
        session, group.id, "Insatsgrupp Norr", m.GroupKind.INTERVENTION_GROUP, "Norra delen"
    )
    assert [found.name for found in meetings.groups(session)] == ["Insatsgrupp Norr"]
    assert renamed.description == "Norra delen"
    assert len(meetings.members(session, group.id, date(2026, 3, 1))) == 2
    assert audit.entries(session.vault.conn, action="groups.update")[0].entity_id == group.id


def test_a_refused_hand_over_keeps_the_seat(session: Session, group: m.Group) -> None:
    assert group.id is not None
    police = next(
        row.membership for row in meetings.members(session, group.id, date(2026, 3, 1))
        if row.membership.role == "Polisen"
    )  # fmt: skip
    assert police.id is not None
    with pytest.raises(errors.InvalidInput):  # the day before the seat was taken
        meetings.hand_over(session, police.id, _person(session, "Nils", "Ny"), date(2024, 12, 1))
    assert session.get(m.GroupMembership, police.id).to_date is None

    meetings.end_membership(session, police.id, date(2026, 6, 30))
    with pytest.raises(errors.InvalidInput):  # the seat is empty by then: nothing to hand over
        meetings.hand_over(session, police.id, _person(session, "Nils", "Ny"), date(2026, 8, 1))
    assert session.get(m.GroupMembership, police.id).to_date == date(2026, 6, 30)


def test_a_hand_over_is_one_change_in_the_log(session: Session, group: m.Group) -> None:
    assert group.id is not None
    (row,) = audit.entries(session.vault.conn, action="group_memberships.hand_over")
    old, new = [
        found.membership
        for found in meetings.membership_history(session, group.id)
        if found.membership.role == "BoU"
    ]
    assert old.to_date == date(2026, 1, 31) and new.from_date == date(2026, 2, 1)
    assert row.entity_id == new.id
    assert row.details == {"group": group.id, "ended": old.id}


def _agenda(session: Session, meeting_id: int) -> list[str]:
    return [item.title for item in meetings.detail(session, meeting_id).agenda]


def test_agenda_items_move_and_are_removed(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meeting = meetings.create_meeting(session, group.id, WHEN)
    assert meeting.id is not None
    added = meetings.add_agenda_item(session, meeting.id, m.AgendaItemKind.OTHER, "Planen")
    assert added.id is not None
    meetings.move_agenda_item(session, added.id, -1)
    assert _agenda(session, meeting.id) == ["Planen", meetings.SITUATION_ITEM, meetings.OTHER_ITEM]
    meetings.move_agenda_item(session, added.id, -5)  # already first: nothing changes
    meetings.move_agenda_item(session, added.id, 2)
    assert _agenda(session, meeting.id) == [meetings.SITUATION_ITEM, meetings.OTHER_ITEM, "Planen"]
    positions = [item.position for item in meetings.detail(session, meeting.id).agenda]
    assert positions == [0, 1, 2]
    moves = audit.entries(session.vault.conn, action="agenda_items.move")
    assert [row.details for row in moves] == [
        {"meeting": meeting.id, "from": 0, "to": 2},
        {"meeting": meeting.id, "from": 1, "to": 0},
    ]

    meetings.remove_agenda_item(session, added.id)
    assert _agenda(session, meeting.id) == [meetings.SITUATION_ITEM, meetings.OTHER_ITEM]
    assert audit.entries(session.vault.conn, action="agenda_items.delete")[0].entity_id == added.id


def test_an_item_with_actions_stays_on_the_agenda(session: Session, group: m.Group) -> None:
    assert group.id is not None
    meeting = meetings.create_meeting(session, group.id, WHEN, case_ids=[_case(session, "X")])
    assert meeting.id is not None
    case_item = meetings.detail(session, meeting.id).agenda[1]
    assert case_item.id is not None
    meetings.add_action(
        session, meeting.id, "Ringa skolan", date(2026, 4, 1), agenda_item_id=case_item.id
    )
    with pytest.raises(meetings.ItemHasActions):
        meetings.remove_agenda_item(session, case_item.id)
    assert len(meetings.detail(session, meeting.id).agenda) == 3
    assert len(meetings.open_actions(session, group.id)) == 1
