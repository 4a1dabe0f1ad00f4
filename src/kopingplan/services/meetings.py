"""Working groups and their meetings: composition over time, agenda, attendance, decisions.

Single-record changes go through :meth:`Session.save`, which validates them and writes the
audit row. Creating a meeting writes several records (the meeting, its attendees, its agenda)
that belong together, so they are written in one transaction with one audit row naming the
new meeting: a meeting half made (attendees without an agenda, say) never exists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage import repositories as repos
from kopingplan.storage.repositories import meetings as queries

Member = queries.MemberRow
ActionRow = queries.ActionRow

# The first and last items of a new meeting's agenda; the brief's sections follow the same
# order (lägesbild, cases, other business).
SITUATION_ITEM = "Lägesbild sedan förra mötet"
OTHER_ITEM = "Övriga frågor"

NOT_IN_MEETING = errors.QT_TRANSLATE_NOOP("Errors", "is not among those called to the meeting")
SEAT_ENDED = errors.QT_TRANSLATE_NOOP("Errors", "cannot be after the seat's last day")


class ItemHasActions(errors.KopingplanError):
    """An agenda item cannot go while actions decided under it exist (they would go with it)."""

    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The agenda item stays: actions were decided under it ({count}) and would be removed "
        "with it. Nothing was changed.",
    )


class MeetingMismatch(errors.KopingplanError):
    """An agenda item or an action given for a meeting it does not belong to."""

    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The agenda item {item} belongs to another meeting. Nothing was changed; choose an "
        "item of this meeting.",
    )


@dataclass(frozen=True)
class MeetingDetail:
    meeting: m.Meeting
    group: m.Group
    attendees: list[tuple[m.MeetingAttendee, m.Person]]
    agenda: list[m.AgendaItem]
    actions: list[ActionRow]


# --- Groups and their composition over time --------------------------------------------------


groups = reading.query(queries.groups)


def _kind_name(kind: m.GroupKind, kind_name: str) -> str:
    """The kind's own name is kept only for a group of kind OTHER, which needs it."""
    return kind_name if m.GroupKind(kind) is m.GroupKind.OTHER else ""


def create_group(
    session: Session, name: str, kind: m.GroupKind, description: str = "", kind_name: str = ""
) -> m.Group:
    group = m.Group(name, kind, description, _kind_name(kind, kind_name))
    return session.save(group)


def update_group(
    session: Session,
    group_id: int,
    name: str,
    kind: m.GroupKind,
    description: str = "",
    kind_name: str = "",
) -> m.Group:
    """Renames a group or changes its kind or description; its members and meetings stay."""
    group = session.get(m.Group, group_id)
    changed = replace(
        group,
        name=name,
        kind=kind,
        description=description,
        kind_name=_kind_name(kind, kind_name),
    )
    return session.save(changed)


def add_member(
    session: Session,
    group_id: int,
    role: str,
    from_date: date,
    *,
    person_id: int | None = None,
    organisation_id: int | None = None,
) -> m.GroupMembership:
    """A person, an organisation, or a person for an organisation joins the group."""
    return session.save(
        m.GroupMembership(
            group_id=group_id,
            role=role,
            from_date=from_date,
            person_id=person_id,
            organisation_id=organisation_id,
        )
    )


def end_membership(session: Session, membership_id: int, to_date: date) -> m.GroupMembership:
    """The member leaves after ``to_date`` (the last day they belong); the row stays, so the
    group's composition on any earlier day can still be told."""
    membership = session.get(m.GroupMembership, membership_id)
    return session.save(replace(membership, to_date=to_date))


def hand_over(session: Session, membership_id: int, person_id: int, on: date) -> m.GroupMembership:
    """Someone else takes over a member's seat (role and organisation) from ``on``: the old
    membership ends the day before. Both in one transaction with one audit row, so a seat is
    never ended without being taken over. Returns the new membership."""
    old = session.get(m.GroupMembership, membership_id)
    if old.to_date is not None and on > old.to_date + timedelta(days=1):
        raise errors.InvalidInput("from_date", SEAT_ENDED)
    ended = replace(old, to_date=on - timedelta(days=1))
    new = m.GroupMembership(
        group_id=old.group_id,
        role=old.role,
        from_date=on,
        person_id=person_id,
        organisation_id=old.organisation_id,
    )
    rules.validate(ended)
    rules.validate(new)
    with session.vault.transaction() as tx:
        mapping.update(tx, repos.GROUP_MEMBERSHIPS, ended)
        new = replace(new, id=mapping.insert(tx, repos.GROUP_MEMBERSHIPS, new))
        audit.append(
            tx,
            session.actor,
            "group_memberships.hand_over",
            "group_memberships",
            new.id,
            {"group": old.group_id, "ended": membership_id},
        )
    return new


def members(session: Session, group_id: int, on: date | None = None) -> list[Member]:
    """Who belongs to the group on ``on`` (today when not given)."""
    if not mapping.storable(group_id):
        return []  # an id SQLite cannot hold names no record
    return reading.run(session, queries.members_at, group_id, on or date.today())


membership_history = reading.query(queries.membership_history)


# --- Meetings ------------------------------------------------------------------------------


MEETINGS_SHOWN = queries.MEETINGS_SHOWN


def meetings(
    session: Session, group_id: int, limit: int = MEETINGS_SHOWN, *, holding: int | None = None
) -> list[m.Meeting]:
    """The group's newest ``limit`` meetings, newest first; with ``holding`` (one of its
    meetings, opened from search, say) down to that one however old: the list starts short,
    and a meeting asked for is always in it."""
    with session.vault.read() as conn:  # the count and the list agree
        return queries.meetings_of_group(conn, group_id, limit, through=holding)


last_meeting = reading.query(queries.last_meeting)


def create_meeting(
    session: Session,
    group_id: int,
    starts_at: datetime,
    place: str | None = None,
    *,
    from_last: bool = True,
    case_ids: Iterable[int] = (),
) -> m.Meeting:
    """A new meeting of the group, ready to be prepared.

    Those called are the group's members (persons) on the meeting's day. With ``from_last``
    the group's latest earlier meeting is the template: its place (unless ``place`` is given)
    and an agenda item for every case of its agenda that is still open. ``case_ids`` adds
    further cases. The agenda starts with the lägesbild and ends with other business.
    """
    with session.vault.read() as conn:
        group = session.get(m.Group, group_id)
        assert group.id is not None
        template = queries.last_meeting(conn, group_id, starts_at) if from_last else None
        cases = queries.open_cases_on_agenda(conn, template.id) if template and template.id else []
        seen = {case.id for case in cases}
        for case_id in case_ids:
            if case_id not in seen:
                cases.append(mapping.get(conn, repos.CASES, case_id))
                seen.add(case_id)
        if place is None:
            place = template.place if template is not None else ""
        meeting = m.Meeting(group_id=group_id, starts_at=starts_at, place=place)
        rules.validate(meeting)
        on = starts_at.astimezone().date()  # the meeting's day where it takes place
        called = sorted(
            {
                row.membership.person_id
                for row in queries.members_at(conn, group_id, on)
                if row.membership.person_id is not None
            }
        )
    with session.vault.transaction() as tx:
        meeting = replace(meeting, id=mapping.insert(tx, repos.MEETINGS, meeting))
        assert meeting.id is not None
        for person_id in called:
            attendee = m.MeetingAttendee(meeting_id=meeting.id, person_id=person_id)
            mapping.insert(tx, repos.MEETING_ATTENDEES, attendee)
        items = [m.AgendaItem(meeting.id, 0, m.AgendaItemKind.SITUATION, SITUATION_ITEM)]
        items += [
            m.AgendaItem(meeting.id, position, m.AgendaItemKind.CASE, case.title, case_id=case.id)
            for position, case in enumerate(cases, start=1)
        ]
        items.append(m.AgendaItem(meeting.id, len(items), m.AgendaItemKind.OTHER, OTHER_ITEM))
        for item in items:
            rules.validate(item)
            mapping.insert(tx, repos.AGENDA_ITEMS, item)
        audit.append(
            tx,
            session.actor,
            "meetings.create",
            "meetings",
            meeting.id,
            {
                "template": None if template is None else template.id,
                "attendees": len(called),
                "agenda_items": len(items),
                "cases": [case.id for case in cases],
            },
        )
    return meeting


def detail(session: Session, meeting_id: int) -> MeetingDetail:
    with session.vault.read() as conn:
        meeting = mapping.get(conn, repos.MEETINGS, meeting_id)
        return MeetingDetail(
            meeting=meeting,
            group=mapping.get(conn, repos.GROUPS, meeting.group_id),
            attendees=queries.attendees(conn, meeting_id),
            agenda=queries.agenda(conn, meeting_id),
            actions=queries.meeting_actions(conn, meeting_id),
        )


def open_meeting(session: Session, meeting_id: int) -> MeetingDetail:
    """A meeting as its view shows it, the opening written to the audit log: its minutes,
    decisions and the cases on its agenda are personal data. Showing the same meeting again
    after a change is :func:`detail`, which writes nothing."""
    found = detail(session, meeting_id)
    session.record("meetings.open", "meetings", meeting_id)
    return found


def invite(session: Session, meeting_id: int, person_id: int) -> m.MeetingAttendee:
    """Calls one more person (a guest) to the meeting; calling someone twice changes nothing."""
    found = reading.run(session, queries.attendee, meeting_id, person_id)
    if found is not None:
        return found
    return session.save(m.MeetingAttendee(meeting_id=meeting_id, person_id=person_id))


def mark_present(
    session: Session, meeting_id: int, person_id: int, present: bool = True
) -> m.MeetingAttendee:
    found = reading.run(session, queries.attendee, meeting_id, person_id)
    if found is None:
        raise errors.InvalidInput("person_id", NOT_IN_MEETING)
    return session.save(replace(found, present=present))


def add_agenda_item(
    session: Session,
    meeting_id: int,
    kind: m.AgendaItemKind,
    title: str,
    *,
    case_id: int | None = None,
    notes: str = "",
) -> m.AgendaItem:
    """Adds an item before "other business" when the agenda ends with it, else at the end."""
    agenda = reading.run(session, queries.agenda, meeting_id)
    position = (agenda[-1].position + 1) if agenda else 0
    if agenda and agenda[-1].kind is m.AgendaItemKind.OTHER and agenda[-1].title == OTHER_ITEM:
        last = agenda[-1]
        position = last.position
        session.save(replace(last, position=last.position + 1))
    return session.save(
        m.AgendaItem(meeting_id, position, kind, title, case_id=case_id, notes=notes)
    )


def move_agenda_item(session: Session, item_id: int, step: int) -> list[m.AgendaItem]:
    """Moves an item ``step`` places up (negative) or down the agenda; the whole agenda is
    numbered again in one transaction, so no two items share a place. Returns the agenda."""
    item = session.get(m.AgendaItem, item_id)
    agenda = reading.run(session, queries.agenda, item.meeting_id)
    index = next(i for i, found in enumerate(agenda) if found.id == item_id)
    target = max(0, min(len(agenda) - 1, index + step))
    if target == index:
        return agenda
    agenda.insert(target, agenda.pop(index))
    renumbered = [replace(found, position=position) for position, found in enumerate(agenda)]
    with session.vault.transaction() as tx:
        for found in renumbered:
            mapping.update(tx, repos.AGENDA_ITEMS, found)
        audit.append(
            tx,
            session.actor,
            "agenda_items.move",
            "agenda_items",
            item_id,
            {"meeting": item.meeting_id, "from": index, "to": target},
        )
    return renumbered


def remove_agenda_item(session: Session, item_id: int) -> None:
    """Takes an item off the agenda, with its notes and decision; refused while actions
    decided under it exist (see :class:`ItemHasActions`)."""
    count = reading.run(session, queries.actions_under_item, item_id)
    if count:
        raise ItemHasActions(count=count)
    session.delete(m.AgendaItem, item_id)


def record_decision(
    session: Session, item_id: int, decision: str, notes: str | None = None
) -> m.AgendaItem:
    item = session.get(m.AgendaItem, item_id)
    changed = replace(item, decision=decision)
    if notes is not None:
        changed = replace(changed, notes=notes)
    return session.save(changed)


def add_action(
    session: Session,
    meeting_id: int,
    description: str,
    due_on: date,
    *,
    agenda_item_id: int | None = None,
    responsible_person_id: int | None = None,
    responsible_text: str = "",
) -> m.MeetingAction:
    """An action decided at the meeting; it shows in "Att göra" until it is done."""
    if agenda_item_id is not None:
        item = session.get(m.AgendaItem, agenda_item_id)
        if item.meeting_id != meeting_id:
            raise MeetingMismatch(item=agenda_item_id)
    return session.save(
        m.MeetingAction(
            meeting_id=meeting_id,
            description=description,
            due_on=due_on,
            agenda_item_id=agenda_item_id,
            responsible_person_id=responsible_person_id,
            responsible_text=responsible_text,
        )
    )


def complete_action(
    session: Session, action_id: int, done_on: date, outcome: str = ""
) -> m.MeetingAction:
    action = session.get(m.MeetingAction, action_id)
    return session.save(replace(action, done_on=done_on, outcome=outcome))


def set_minutes(session: Session, meeting_id: int, minutes: str) -> m.Meeting:
    meeting = session.get(m.Meeting, meeting_id)
    return session.save(replace(meeting, minutes=minutes))


def open_actions(session: Session, group_id: int | None = None) -> list[ActionRow]:
    if group_id is not None and not mapping.storable(group_id):
        return []  # an id SQLite cannot hold names no record
    return reading.run(session, queries.open_actions, group_id)
