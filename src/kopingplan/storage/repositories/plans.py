"""Queries of the exit-plan and relative-support wizards and of marking follow-ups done."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, from_sql_datetime, joined_name
from kopingplan.storage.repositories.tables import (
    FOLLOW_UPS,
    MEASURES,
    RELATIVE_SUPPORT_CONTACTS,
    RELATIVE_SUPPORTS,
    title_sort_key,
)


@dataclass(frozen=True)
class Choice:
    """One entry of a pick list: a record's id, its name and a short detail to tell it apart."""

    id: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class ThreadRow:
    """A relative-support thread for the "later contact" list; no contact content."""

    thread: m.RelativeSupport
    person_name: str  # "" for an anonymous relative
    contacts: int
    last_contact_at: datetime | None


# --- Exit plans ----------------------------------------------------------------------------------


def plan_measures(conn: Connection, plan_id: int) -> list[m.Measure]:
    """A plan revision's measures in the order they were entered."""
    return mapping.select(conn, MEASURES, "plan_id = ?", (plan_id,), "id")


def plan_follow_ups(conn: Connection, plan_id: int) -> list[m.FollowUp]:
    return mapping.select(conn, FOLLOW_UPS, "plan_id = ?", (plan_id,), "due_on, id")


def superseded_measure_ids(conn: Connection, measure_ids: Sequence[int]) -> set[int]:
    """Those of ``measure_ids`` that belong to a plan revision a later revision replaced.

    A revision copies the measures it keeps, so the earlier revision's rows are history: "Att
    göra" must list only the copies in the revision in force.
    """
    if not measure_ids:
        return set()
    found: set[int] = set()
    # SQLite allows 32,766 bound parameters; the lists here are "Att göra" pages.
    for start in range(0, len(measure_ids), 500):
        chunk = list(measure_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"""SELECT ms.id FROM measures AS ms JOIN exit_plans AS ep ON ep.id = ms.plan_id
                WHERE ms.id IN ({marks})
                  AND EXISTS (SELECT 1 FROM exit_plans AS later
                              WHERE later.case_id = ep.case_id AND later.revision > ep.revision)""",
            chunk,
        ).fetchall()
        found.update(int(row[0]) for row in rows)
    return found


# --- Registry choices -----------------------------------------------------------------------------


def organisation_choices(conn: Connection) -> list[Choice]:
    rows = conn.execute("SELECT id, name, kind FROM organisations").fetchall()
    choices = [Choice(row[0], row[1], row[2]) for row in rows]
    # A registry holds tens of partners: the Swedish sort key is applied here.
    return sorted(choices, key=lambda c: (title_sort_key(c.label), c.id))


def person_choices(conn: Connection, *, staff_only: bool = False) -> list[Choice]:
    """People of the registry by family name; ``staff_only`` keeps those of an organisation
    (professionals and contact persons), each with their title and organisation."""
    where = "WHERE p.organisation_id IS NOT NULL" if staff_only else ""
    rows = conn.execute(
        "SELECT p.id, p.given_name, p.family_name, p.title, o.name FROM persons AS p "
        f"LEFT JOIN organisations AS o ON o.id = p.organisation_id {where}"
    ).fetchall()
    choices = []
    for person_id, given, family, title, organisation in rows:
        detail = ", ".join(part for part in (title, organisation or "") if part)
        choices.append((title_sort_key(f"{family} {given}"), person_id, given, family, detail))
    choices.sort()
    return [
        Choice(person_id, f"{given} {family}".strip(), detail)
        for _, person_id, given, family, detail in choices
    ]


# --- Relative support --------------------------------------------------------------------------


def thread_rows(conn: Connection, case_id: int | None = None, limit: int = 500) -> list[ThreadRow]:
    """Relative-support threads, the most recently contacted first; of one case if given."""
    where = "WHERE rs.case_id = ?" if case_id is not None else ""
    params: tuple[int, ...] = (case_id, limit) if case_id is not None else (limit,)
    rows = conn.execute(
        f"""SELECT {RELATIVE_SUPPORTS.select_list("rs")}, p.given_name, p.family_name,
                   (SELECT count(*) FROM relative_support_contacts AS c
                    WHERE c.relative_support_id = rs.id),
                   (SELECT max(c.occurred_at) FROM relative_support_contacts AS c
                    WHERE c.relative_support_id = rs.id) AS last_at
            FROM relative_supports AS rs LEFT JOIN persons AS p ON p.id = rs.person_id
            {where}
            ORDER BY coalesce(last_at, rs.opened_on) DESC, rs.id DESC LIMIT ?""",
        params,
    ).fetchall()
    return [_thread_row(row) for row in rows]


def _thread_row(row: tuple[object, ...]) -> ThreadRow:
    thread, (given, family, contacts, last_at) = RELATIVE_SUPPORTS.split_row(row)
    return ThreadRow(
        thread=thread,
        person_name=joined_name(given, family),
        contacts=int(contacts),
        last_contact_at=from_sql_datetime(last_at) if last_at else None,
    )


def thread_contacts(conn: Connection, thread_id: int) -> list[m.RelativeSupportContact]:
    """A thread's contacts, oldest first."""
    return mapping.select(
        conn,
        RELATIVE_SUPPORT_CONTACTS,
        "relative_support_id = ?",
        (thread_id,),
        "occurred_at, id",
    )


def is_participant(conn: Connection, case_id: int, person_id: int) -> bool:
    row = conn.execute(
        "SELECT 1 FROM case_participants WHERE case_id = ? AND person_id = ?",
        (case_id, person_id),
    ).fetchone()
    return row is not None


# --- Follow-ups that close by a later contact (same rules as activity.due_items) ----------------


def later_thread_contact_exists(conn: Connection, contact: m.RelativeSupportContact) -> bool:
    row = conn.execute(
        "SELECT 1 FROM relative_support_contacts WHERE relative_support_id = ? "
        "AND (occurred_at, id) > (?, ?)",
        (
            contact.relative_support_id,
            mapping.to_sql_datetime(contact.occurred_at),
            contact.id,
        ),
    ).fetchone()
    return row is not None


def later_contact_exists(conn: Connection, contact: m.Contact) -> bool:
    """A later contact with the same counterpart in the same matter: through the case when
    there is one, else the person, else the organisation (as activity.due_items counts it)."""
    at = mapping.to_sql_datetime(contact.occurred_at)
    where: str
    params: tuple[int | None, ...]
    if contact.case_id is not None:
        where = "case_id = ? AND person_id IS ? AND organisation_id IS ?"
        params = (contact.case_id, contact.person_id, contact.organisation_id)
    elif contact.person_id is not None:
        where = "case_id IS NULL AND person_id = ? AND organisation_id IS ?"
        params = (contact.person_id, contact.organisation_id)
    else:
        where = "case_id IS NULL AND person_id IS NULL AND organisation_id = ?"
        params = (contact.organisation_id,)
    row = conn.execute(
        f"SELECT 1 FROM contacts WHERE {where} AND (occurred_at, id) > (?, ?)",
        (*params, at, contact.id),
    ).fetchone()
    return row is not None
