"""Queries of the register extract (GDPR art. 15): every record of the vault that concerns one
person. Lists of ids are bound as one JSON array (``json_each``), so a person in many cases
needs no statement built from their number. Nothing here begins or commits a transaction.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from kopingplan.domain import model as m
from kopingplan.domain.consent import Consent
from kopingplan.domain.model.attachments import Attachment
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table, from_sql_datetime
from kopingplan.storage.repositories.attachments import ATTACHMENTS
from kopingplan.storage.repositories.consents import CONSENTS
from kopingplan.storage.repositories.exchange import ITEM_COLUMNS, IncomingItemRow, item_row
from kopingplan.storage.repositories.tables import (
    CONTACTS,
    DISCLOSURES,
    EXIT_PLANS,
    FOLLOW_UPS,
    MEASURES,
    NOTES,
    RELATIVE_SUPPORT_CONTACTS,
    RELATIVE_SUPPORTS,
)

_IN = "IN (SELECT value FROM json_each(?))"

T = TypeVar("T")

# An extract's disclosure names its person in the description's first words, so the next
# extract of the same person lists the earlier ones (the disclosure row has no person column).
EXTRACT_MARK = "Registerutdrag för person {person_id}:"


def _ids(ids: Sequence[int]) -> str:
    return json.dumps(list(ids))


@dataclass(frozen=True)
class Participation:
    case: m.Case
    role: str  # a CaseRole value, or "responsible" (the professional who holds the case)
    relation: str


def participations(conn: Connection, person_id: int) -> list[Participation]:
    """The person's roles in cases, case by case in the order the cases were opened."""
    from kopingplan.storage.repositories.tables import CASES

    rows = conn.execute(
        """
        SELECT case_id, role, relation FROM case_participants WHERE person_id = ?1
        UNION ALL
        SELECT id, 'responsible', '' FROM cases WHERE responsible_person_id = ?1
        """,
        (person_id,),
    ).fetchall()
    cases = {
        case.id: case
        for case in mapping.select(
            conn, CASES, f"id {_IN}", (_ids([int(r[0]) for r in rows]),), order_by="opened_on"
        )
    }
    found = [Participation(cases[int(r[0])], str(r[1]), str(r[2])) for r in rows]
    order = list(cases)
    return sorted(found, key=lambda p: (order.index(p.case.id), p.role))


def cases_about(found: Sequence[Participation]) -> list[int]:
    """The cases about the person, in order: a professional's cases (staff, the responsible
    one) are not about them, and the extract shows their role there, not the case content."""
    about = {p.case.id for p in found if p.role not in ("professional", "responsible")}
    order = dict.fromkeys(int(p.case.id or 0) for p in found)
    return [case_id for case_id in order if case_id in about]


def notes(conn: Connection, case_ids: Sequence[int]) -> list[m.Note]:
    return mapping.select(conn, NOTES, f"case_id {_IN}", (_ids(case_ids),), order_by="written_at")


def _of_cases_or_person(
    conn: Connection, table: Table[T], person_id: int, case_ids: Sequence[int], order_by: str
) -> list[T]:
    """The rows of ``table`` in one of the cases, and those naming the person outside them."""
    where = f"case_id {_IN} OR person_id = ?"
    return mapping.select(conn, table, where, (_ids(case_ids), person_id), order_by=order_by)


def contacts(conn: Connection, person_id: int, case_ids: Sequence[int]) -> list[m.Contact]:
    """Contacts in the cases and contacts with the person (in a case of theirs or not)."""
    return _of_cases_or_person(conn, CONTACTS, person_id, case_ids, "occurred_at")


def versions(conn: Connection, table: str, record_ids: Sequence[int]) -> dict[int, list[Any]]:
    """Earlier versions of notes, contacts or concerns (``table``: "note_versions",
    "contact_versions" or "concern_versions"), per record, oldest first: (id, replaced_at,
    replaced_by, reason, content as a dict)."""
    if table not in ("note_versions", "contact_versions", "concern_versions"):
        raise ValueError(table)
    rows = conn.execute(
        f"SELECT id, record_id, replaced_at, replaced_by, reason, content FROM {table}"
        f" WHERE record_id {_IN} ORDER BY record_id, id",
        (_ids(record_ids),),
    ).fetchall()
    found: dict[int, list[Any]] = {}
    for version_id, record_id, at, by, reason, content in rows:
        found.setdefault(int(record_id), []).append(
            (int(version_id), from_sql_datetime(at), str(by), str(reason), json.loads(content))
        )
    return found


def exit_plans(conn: Connection, case_ids: Sequence[int]) -> list[m.ExitPlan]:
    return mapping.select(
        conn, EXIT_PLANS, f"case_id {_IN}", (_ids(case_ids),), order_by="revision"
    )


def measures(conn: Connection, plan_ids: Sequence[int]) -> list[m.Measure]:
    return mapping.select(conn, MEASURES, f"plan_id {_IN}", (_ids(plan_ids),), order_by="starts_on")


def follow_ups(conn: Connection, case_ids: Sequence[int]) -> list[m.FollowUp]:
    """Follow-ups of the cases themselves (a plan's and a thread's come with those)."""
    return mapping.select(conn, FOLLOW_UPS, f"case_id {_IN}", (_ids(case_ids),), order_by="due_on")


def relative_supports(
    conn: Connection, person_id: int, case_ids: Sequence[int]
) -> list[m.RelativeSupport]:
    """Threads in the person's cases and threads where the person is the relative."""
    return _of_cases_or_person(conn, RELATIVE_SUPPORTS, person_id, case_ids, "opened_on")


def thread_contacts(conn: Connection, thread_ids: Sequence[int]) -> list[m.RelativeSupportContact]:
    return mapping.select(
        conn,
        RELATIVE_SUPPORT_CONTACTS,
        f"relative_support_id {_IN}",
        (_ids(thread_ids),),
        order_by="occurred_at",
    )


def consents(conn: Connection, case_ids: Sequence[int]) -> list[Consent]:
    return mapping.select(conn, CONSENTS, f"case_id {_IN}", (_ids(case_ids),), order_by="given_on")


def disclosures(conn: Connection, person_id: int, case_ids: Sequence[int]) -> list[m.Disclosure]:
    """Disclosures that named one of the cases, those recorded as about the person (schema
    v9), and earlier extracts given to the person."""
    return mapping.select(
        conn,
        DISCLOSURES,
        f"EXISTS (SELECT 1 FROM json_each(case_ids) AS c WHERE c.value {_IN})"
        " OR id IN (SELECT disclosure_id FROM disclosure_subjects WHERE person_id = ?)"
        " OR (channel = 'extract' AND substr(content_description, 1, ?) = ?)",
        (
            _ids(case_ids),
            person_id,
            len(EXTRACT_MARK.format(person_id=person_id)),
            EXTRACT_MARK.format(person_id=person_id),
        ),
        order_by="disclosed_at",
    )


# The extract reads an incoming item as the exchange stores it (one reader of the table).
IncomingRow = IncomingItemRow


def incoming_items(conn: Connection, case_ids: Sequence[int]) -> list[IncomingItemRow]:
    """Information received from outside and linked to the cases (the source named)."""
    rows = conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM incoming_items"
        f" WHERE case_id {_IN} AND kind <> 'attachment' ORDER BY received_at, id",
        (_ids(case_ids),),
    ).fetchall()
    return [item_row(r) for r in rows]


@dataclass(frozen=True)
class AgendaRow:
    id: int
    case_id: int
    starts_at: datetime
    group: str
    title: str
    notes: str
    decision: str
    actions: tuple[str, ...]  # actions decided under the item: "description (due YYYY-MM-DD)"


def agenda_items(conn: Connection, case_ids: Sequence[int]) -> list[AgendaRow]:
    """The cases' items on meeting agendas: the meeting's time and group, the notes and the
    decision taken, and the actions decided under the item."""
    rows = conn.execute(
        f"""
        SELECT a.id, a.case_id, m.starts_at, g.name, a.title, a.notes, a.decision,
               (SELECT json_group_array(x.description || ' (' || x.due_on || ')')
                FROM meeting_actions x WHERE x.agenda_item_id = a.id)
        FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
        JOIN groups g ON g.id = m.group_id
        WHERE a.case_id {_IN} ORDER BY m.starts_at, a.position
        """,
        (_ids(case_ids),),
    ).fetchall()
    return [
        AgendaRow(
            int(r[0]),
            int(r[1]),
            from_sql_datetime(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            str(r[6]),
            tuple(json.loads(r[7] or "[]")),
        )
        for r in rows
    ]


def concerns(conn: Connection, person_id: int, case_ids: Sequence[int]) -> list[m.Concern]:
    """Concerns that opened one of the cases, and concerns the person raised."""
    from kopingplan.storage.repositories.concerns import CONCERNS

    return _of_cases_or_person(conn, CONCERNS, person_id, case_ids, "received_on")


def organisation_names(conn: Connection) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM organisations")}


def attachments(
    conn: Connection,
    case_ids: Sequence[int],
    note_ids: Sequence[int],
    concern_ids: Sequence[int],
) -> list[Attachment]:
    """The attachments kept with these cases, notes and concerns (their records, never their
    bytes), oldest first."""
    return mapping.select(
        conn,
        ATTACHMENTS,
        f"case_id {_IN} OR note_id {_IN} OR concern_id {_IN}",
        (_ids(case_ids), _ids(note_ids), _ids(concern_ids)),
        "added_at, id",
    )
