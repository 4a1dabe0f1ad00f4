"""Queries about working groups, their meetings and what a brief draws on.

Plain CRUD of groups, memberships, meetings, attendees, agenda items and actions goes through
:mod:`kopingplan.storage.mapping` with the tables of :mod:`.tables`; what is here are the
questions a meeting and its brief ask: who belonged to a group on a day, which was the group's
last meeting, the agenda in order, the actions still open, a case's earlier decisions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import (
    Connection,
    from_sql_datetime,
    joined_name,
    to_sql_date,
    to_sql_datetime,
)
from kopingplan.storage.repositories.tables import (
    AGENDA_ITEMS,
    CASES,
    FOLLOW_UPS,
    GROUP_MEMBERSHIPS,
    GROUPS,
    MEASURES,
    MEETING_ACTIONS,
    MEETING_ATTENDEES,
    MEETINGS,
    with_persons,
)
from kopingplan.storage.where import Where


@dataclass(frozen=True)
class MemberRow:
    """A membership with the names it points to ("" where it names no person/organisation)."""

    membership: m.GroupMembership
    person_name: str
    person_title: str
    organisation_name: str


@dataclass(frozen=True)
class ActionRow:
    """An action with what a list of actions shows beside it."""

    action: m.MeetingAction
    meeting_starts_at: datetime
    group_id: int
    responsible_name: str  # the person's name, else the free-text responsible, else ""
    case_id: int | None  # through the agenda item it was decided under
    case_title: str


@dataclass(frozen=True)
class DecisionRow:
    """An earlier decision about a case: the agenda item and the meeting it was taken at."""

    item: m.AgendaItem
    meeting_starts_at: datetime
    group_name: str


def groups(conn: Connection) -> list[m.Group]:
    return mapping.select(conn, GROUPS, order_by="name, id")


_MEMBER_SELECT = f"""
    SELECT {GROUP_MEMBERSHIPS.select_list("gm")},
           p.given_name, p.family_name, p.title, coalesce(o.name, po.name, '')
    FROM group_memberships AS gm
    LEFT JOIN persons AS p ON p.id = gm.person_id
    LEFT JOIN organisations AS o ON o.id = gm.organisation_id
    LEFT JOIN organisations AS po ON po.id = p.organisation_id
"""


def _member_row(row: tuple[object, ...]) -> MemberRow:
    membership, (given, family, title, organisation) = GROUP_MEMBERSHIPS.split_row(row)
    return MemberRow(
        membership=membership,
        person_name=joined_name(given, family),
        person_title=str(title or ""),
        organisation_name=str(organisation or ""),
    )


def _member_rows(rows: list[tuple[object, ...]]) -> list[MemberRow]:
    return [_member_row(row) for row in rows]


def members_at(conn: Connection, group_id: int, on: date) -> list[MemberRow]:
    """Who belonged to the group on ``on`` (from and to days included), by role."""
    day = to_sql_date(on)
    rows = conn.execute(
        _MEMBER_SELECT + " WHERE gm.group_id = ? AND gm.from_date <= ?"
        " AND (gm.to_date IS NULL OR gm.to_date >= ?)"
        " ORDER BY gm.role, gm.person_id IS NULL DESC, gm.from_date, gm.id",
        (group_id, day, day),
    ).fetchall()
    return _member_rows(rows)


def membership_history(conn: Connection, group_id: int) -> list[MemberRow]:
    """Every membership the group ever had, oldest first: its composition over time."""
    if not mapping.storable(group_id):
        return []  # an id SQLite cannot hold names no record
    rows = conn.execute(
        _MEMBER_SELECT + " WHERE gm.group_id = ? ORDER BY gm.from_date, gm.role, gm.id",
        (group_id,),
    ).fetchall()
    return _member_rows(rows)


MEETINGS_SHOWN = 100  # the newest meetings of a group its list starts with


def meetings_of_group(
    conn: Connection, group_id: int, limit: int = MEETINGS_SHOWN, through: int | None = None
) -> list[m.Meeting]:
    """The group's newest ``limit`` meetings, newest first; with ``through`` (a meeting of
    the group older than those) down to that one, so it is among them however old it is."""
    if through is not None:
        limit = max(limit, meetings_before(conn, group_id, through) + 1)
    return mapping.select(conn, MEETINGS, "group_id = ?", (group_id,), "starts_at DESC, id", limit)


def meetings_before(conn: Connection, group_id: int, meeting_id: int) -> int:
    """How many of the group's meetings come before ``meeting_id`` in its list (newest
    first); 0 for a meeting of another group or none."""
    if not mapping.storable(meeting_id):
        return 0  # an id SQLite cannot hold is no meeting (binding it would overflow)
    row = conn.execute(
        "SELECT COUNT(*) FROM meetings AS other JOIN meetings AS shown"
        " ON other.group_id = shown.group_id"
        " WHERE shown.id = ? AND shown.group_id = ?"
        " AND (other.starts_at > shown.starts_at"
        " OR (other.starts_at = shown.starts_at AND other.id < shown.id))",
        (meeting_id, group_id),
    ).fetchone()
    return int(row[0]) if row else 0


def last_meeting(
    conn: Connection, group_id: int, before: datetime | None = None
) -> m.Meeting | None:
    """The group's latest meeting, or its latest one that started before ``before``."""
    if before is None:
        found = mapping.select(
            conn, MEETINGS, "group_id = ?", (group_id,), "starts_at DESC, id DESC", 1
        )
    else:
        found = mapping.select(
            conn,
            MEETINGS,
            "group_id = ? AND starts_at < ?",
            (group_id, to_sql_datetime(before)),
            "starts_at DESC, id DESC",
            1,
        )
    return found[0] if found else None


def agenda(conn: Connection, meeting_id: int) -> list[m.AgendaItem]:
    return mapping.select(conn, AGENDA_ITEMS, "meeting_id = ?", (meeting_id,), "position, id")


def attendees(conn: Connection, meeting_id: int) -> list[tuple[m.MeetingAttendee, m.Person]]:
    """The people called to a meeting, by family and given name (Swedish order)."""
    return with_persons(conn, MEETING_ATTENDEES, "link.meeting_id = ?", (meeting_id,))


def attendee(conn: Connection, meeting_id: int, person_id: int) -> m.MeetingAttendee | None:
    found = mapping.select(
        conn,
        MEETING_ATTENDEES,
        "meeting_id = ? AND person_id = ?",
        (meeting_id, person_id),
        limit=1,
    )
    return found[0] if found else None


_ACTION_SELECT = f"""
    SELECT {MEETING_ACTIONS.select_list("a")}, mt.starts_at, mt.group_id,
           p.given_name, p.family_name, ai.case_id, c.title
    FROM meeting_actions AS a
    JOIN meetings AS mt ON mt.id = a.meeting_id
    LEFT JOIN persons AS p ON p.id = a.responsible_person_id
    LEFT JOIN agenda_items AS ai ON ai.id = a.agenda_item_id
    LEFT JOIN cases AS c ON c.id = ai.case_id
"""


def _action_row(row: tuple[object, ...]) -> ActionRow:
    action, (starts_at, group_id, given, family, case_id, case_title) = MEETING_ACTIONS.split_row(
        row
    )
    return ActionRow(
        action=action,
        meeting_starts_at=from_sql_datetime(str(starts_at)),
        group_id=int(str(group_id)),
        responsible_name=joined_name(given, family) or action.responsible_text,
        case_id=None if case_id is None else int(str(case_id)),
        case_title=str(case_title or ""),
    )


def _action_rows(rows: list[tuple[object, ...]]) -> list[ActionRow]:
    return [_action_row(row) for row in rows]


def meeting_actions(conn: Connection, meeting_id: int) -> list[ActionRow]:
    """The actions decided at one meeting, in the order they were recorded."""
    rows = conn.execute(_ACTION_SELECT + " WHERE a.meeting_id = ? ORDER BY a.id", (meeting_id,))
    return _action_rows(rows.fetchall())


def actions_under_item(conn: Connection, item_id: int) -> int:
    """How many actions were decided under an agenda item (done or not)."""
    return mapping.count(conn, MEETING_ACTIONS, "agenda_item_id = ?", (item_id,))


def open_actions(
    conn: Connection, group_id: int | None = None, decided_until: datetime | None = None
) -> list[ActionRow]:
    """Actions not done yet, earliest due first; of one group's meetings when ``group_id`` is
    given, and only those decided at meetings that started by ``decided_until`` (a brief for
    a meeting lists what earlier meetings and the meeting itself left open, not what later
    ones decided)."""
    where = Where("a.done_on IS NULL").equal("mt.group_id", group_id)
    where.compare("mt.starts_at", "<=", decided_until, to_sql_datetime)
    rows = conn.execute(_ACTION_SELECT + f"{where.sql} ORDER BY a.due_on, a.id", where.params)
    return _action_rows(rows.fetchall())


def open_cases_on_agenda(conn: Connection, meeting_id: int) -> list[m.Case]:
    """The cases on a meeting's agenda that are still open, in agenda order, each once."""
    rows = conn.execute(
        f"SELECT {CASES.select_list('c')} FROM cases AS c "
        "JOIN (SELECT case_id, min(position) AS position FROM agenda_items "
        "      WHERE meeting_id = ? AND case_id IS NOT NULL GROUP BY case_id) AS ai "
        "  ON ai.case_id = c.id "
        "WHERE c.status = 'open' ORDER BY ai.position, c.id",
        (meeting_id,),
    ).fetchall()
    return [CASES.from_row(row) for row in rows]


def case_decisions(
    conn: Connection, case_id: int, before: datetime | None = None, limit: int = 5
) -> list[DecisionRow]:
    """Decisions taken about a case at meetings (before ``before``), newest first."""
    clauses = ["ai.case_id = ?", "ai.decision != ''"]
    params: list[object] = [case_id]
    if before is not None:
        clauses.append("mt.starts_at < ?")
        params.append(to_sql_datetime(before))
    rows = conn.execute(
        f"SELECT {AGENDA_ITEMS.select_list('ai')}, mt.starts_at, g.name "
        "FROM agenda_items AS ai JOIN meetings AS mt ON mt.id = ai.meeting_id "
        "JOIN groups AS g ON g.id = mt.group_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY mt.starts_at DESC, ai.id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    width = len(AGENDA_ITEMS.columns)
    return [
        DecisionRow(
            item=AGENDA_ITEMS.from_row(row[:width]),
            meeting_starts_at=from_sql_datetime(str(row[width])),
            group_name=str(row[width + 1]),
        )
        for row in rows
    ]


def plan_measures(conn: Connection, plan_id: int) -> list[m.Measure]:
    """The measures of one exit-plan revision, by start day."""
    return mapping.select(conn, MEASURES, "plan_id = ?", (plan_id,), "starts_on, id")


def open_follow_ups(conn: Connection, case_id: int) -> list[m.FollowUp]:
    """Follow-ups of a case (its own and its exit plans') not done yet, earliest first."""
    return mapping.select(
        conn,
        FOLLOW_UPS,
        "done_on IS NULL AND (case_id = ? OR plan_id IN "
        "(SELECT id FROM exit_plans WHERE case_id = ?))",
        (case_id, case_id),
        "due_on, id",
    )


@dataclass(frozen=True)
class EntryRow:
    """A note or a contact of a case with its full text (a brief prints it whole)."""

    kind: str  # "note" or "contact"
    id: int
    at: datetime
    text: str
    detail: str  # the note's source, or the contact's channel (a stored value)


def case_entries(
    conn: Connection, case_id: int, limit: int = 10, before: datetime | None = None
) -> list[EntryRow]:
    """The newest ``limit`` notes and contacts of a case (from before ``before`` when given),
    newest first, texts in full."""
    until = "9999" if before is None else to_sql_datetime(before)  # stored instants sort as text
    rows = conn.execute(
        """
        SELECT kind, id, at, text, detail FROM (
            SELECT * FROM (
                SELECT 'note' AS kind, id, written_at AS at, text, source AS detail
                FROM notes WHERE case_id = ?1 AND written_at < ?3
                ORDER BY written_at DESC, id DESC LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'contact', id, occurred_at, summary, channel
                FROM contacts WHERE case_id = ?1 AND occurred_at < ?3
                ORDER BY occurred_at DESC, id DESC LIMIT ?2)
        )
        ORDER BY at DESC, kind, id DESC
        LIMIT ?2
        """,
        (case_id, limit, until),
    ).fetchall()
    return [
        EntryRow(
            kind=str(kind),
            id=int(entry_id),
            at=from_sql_datetime(str(at)),
            text=str(text),
            detail=str(detail),
        )
        for kind, entry_id, at, text, detail in rows
    ]
