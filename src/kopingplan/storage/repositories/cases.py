"""Queries about cases: the paged case list, participants, level history and exit plans."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, SqlValue, from_sql_date, from_sql_datetime
from kopingplan.storage.repositories.tables import (
    CASE_PARTICIPANTS,
    EXIT_PLANS,
    LEVEL_CHANGES,
    title_sort_key,
    with_persons,
)
from kopingplan.storage.where import Where, enum_value, escape_like

CaseSort = Literal["title", "opened_on", "closed_on", "level", "orientation", "status", "id"]

# Sort expressions are code constants; the enum orders are those of model.py (declaration
# order, the order the GUI lists them in), not the alphabetical order of the stored values.
_SORT_EXPRESSIONS: dict[str, str] = {
    "opened_on": "c.opened_on",
    "closed_on": "c.closed_on",
    "level": "CASE c.level WHEN 'general' THEN 0 WHEN 'specific' THEN 1 ELSE 2 END",
    "orientation": (
        "CASE c.orientation WHEN 'right' THEN 0 WHEN 'left' THEN 1 WHEN 'islamist' THEN 2 "
        "WHEN 'other' THEN 3 ELSE 4 END"
    ),
    "status": "CASE c.status WHEN 'open' THEN 0 ELSE 1 END",
}


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list: what the list shows, nothing of the case's content."""

    id: int
    title: str
    level: m.Level
    orientation: m.Orientation
    status: m.CaseStatus
    opened_on: date
    closed_on: date | None
    responsible_group_id: int | None
    responsible_group_name: str  # "" when no group holds the case
    responsible_person_id: int | None
    responsible_person_name: str  # "" when no person holds the case
    last_activity_at: datetime | None  # the newest note or contact, None if there is none
    # Triage (schema v7): the priority and the kinds of the flags in force, by kind.
    priority: m.Priority = m.Priority.NORMAL
    flags: tuple[m.FlagKind, ...] = ()


# The flag filter's value for "a flag of any kind in force".
ANY_FLAG = "any"


@dataclass(frozen=True)
class CaseFilter:
    """What the case list is narrowed to; a field left None does not narrow it."""

    level: m.Level | None = None
    orientation: m.Orientation | None = None
    status: m.CaseStatus | None = None
    group_id: int | None = None
    responsible_person_id: int | None = None
    text: str | None = None
    flag: str | None = None  # a FlagKind value, or ANY_FLAG (triage, schema v7)
    priority: m.Priority | None = None


def _order_sql(sort: str, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    if sort == "title":
        return f"c.title_key {direction}, c.id {direction}"
    if sort == "id":
        return f"c.id {direction}"
    try:
        expression = _SORT_EXPRESSIONS[sort]
    except KeyError:
        raise ValueError(f"cannot sort cases by {sort!r}") from None
    # Cases without a closing day (open ones) go last in either direction.
    nulls_last = f"{expression} IS NULL ASC, " if sort == "closed_on" else ""
    # The key sorts one way; ties always by title, then id, so pages never overlap.
    return f"{nulls_last}{expression} {direction}, c.title_key ASC, c.id ASC"


def _where(filter: CaseFilter | None) -> tuple[str, list[SqlValue]]:
    chosen = filter or CaseFilter()
    where = Where()
    if chosen.flag is not None:
        # "any": a flag of any kind in force; else one of that kind (schema v7).
        if chosen.flag == ANY_FLAG:
            where.add(
                "EXISTS (SELECT 1 FROM case_flags AS f"
                " WHERE f.case_id = c.id AND f.cleared_at IS NULL)"
            )
        else:
            where.add(
                "EXISTS (SELECT 1 FROM case_flags AS f"
                " WHERE f.kind = ? AND f.case_id = c.id AND f.cleared_at IS NULL)",
                m.FlagKind(chosen.flag).value,
            )
    if chosen.priority is not None:
        if m.Priority(chosen.priority) == m.Priority.NORMAL:
            where.add("NOT EXISTS (SELECT 1 FROM case_priorities AS r WHERE r.case_id = c.id)")
        else:
            where.add(
                "EXISTS (SELECT 1 FROM case_priorities AS r"
                " WHERE r.case_id = c.id AND r.priority = ?)",
                m.Priority(chosen.priority).value,
            )
    where.equal("c.level", chosen.level, enum_value(m.Level))
    where.equal("c.orientation", chosen.orientation, enum_value(m.Orientation))
    where.equal("c.status", chosen.status, enum_value(m.CaseStatus))
    where.equal("c.responsible_group_id", chosen.group_id)
    where.equal("c.responsible_person_id", chosen.responsible_person_id)
    if chosen.text is not None and chosen.text.strip():
        # A substring of the folded title (so Å matches å), or the case number itself.
        pattern = f"%{escape_like(title_sort_key(chosen.text))}%"
        number = chosen.text.strip().removeprefix("#")
        if number.isascii() and number.isdigit() and len(number) <= 18:
            where.add("(c.title_key LIKE ? ESCAPE '\\' OR c.id = ?)", pattern, int(number))
        else:
            where.add("c.title_key LIKE ? ESCAPE '\\'", pattern)
    return where.pair()


def case_page(
    conn: Connection,
    filter: CaseFilter | None = None,
    *,
    sort: CaseSort = "title",
    descending: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseRow]:
    """One page of the case list, filtered and sorted in SQL.

    The filter's ``text`` matches a part of the title, case-insensitively and with å ä ö as
    letters of their own, or a case number ("17" or "#17"). The sort for "title" is the
    ``title_key`` hook (see :func:`title_sort_key`); the GUI may re-sort a page with its own
    collator.
    """
    where, params = _where(filter)
    order = _order_sql(sort, descending)
    # The page is chosen first (an index range scan for the usual sorts); the joins and the
    # last-activity look-ups then run for the rows of the page only.
    sql = f"""
        SELECT c.id, c.title, c.level, c.orientation, c.status, c.opened_on, c.closed_on,
               c.responsible_group_id, g.name,
               c.responsible_person_id, p.given_name, p.family_name,
               (SELECT max(n.written_at) FROM notes AS n WHERE n.case_id = c.id),
               (SELECT max(k.occurred_at) FROM contacts AS k WHERE k.case_id = c.id),
               (SELECT r.priority FROM case_priorities AS r WHERE r.case_id = c.id),
               (SELECT group_concat(f.kind) FROM case_flags AS f
                WHERE f.case_id = c.id AND f.cleared_at IS NULL)
        FROM (SELECT * FROM cases AS c{where} ORDER BY {order} LIMIT ? OFFSET ?) AS c
        LEFT JOIN groups AS g ON g.id = c.responsible_group_id
        LEFT JOIN persons AS p ON p.id = c.responsible_person_id
        ORDER BY {order}
    """
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    result = []
    for row in rows:
        activity = [from_sql_datetime(value) for value in (row[12], row[13]) if value is not None]
        person_name = f"{row[10] or ''} {row[11] or ''}".strip()
        result.append(
            CaseRow(
                id=row[0],
                title=row[1],
                level=m.Level(row[2]),
                orientation=m.Orientation(row[3]),
                status=m.CaseStatus(row[4]),
                opened_on=from_sql_date(row[5]),
                closed_on=None if row[6] is None else from_sql_date(row[6]),
                responsible_group_id=row[7],
                responsible_group_name=row[8] or "",
                responsible_person_id=row[9],
                responsible_person_name=person_name,
                last_activity_at=max(activity) if activity else None,
                priority=m.Priority(row[14]) if row[14] else m.Priority.NORMAL,
                flags=tuple(
                    sorted(m.FlagKind(kind) for kind in (row[15] or "").split(",") if kind)
                ),
            )
        )
    return result


def case_count(conn: Connection, filter: CaseFilter | None = None) -> int:
    """How many cases :func:`case_page` would list over all pages with these filters."""
    where, params = _where(filter)
    return int(conn.execute(f"SELECT count(*) FROM cases AS c{where}", params).fetchone()[0])


def titles(conn: Connection, case_ids: Iterable[int]) -> dict[int, str]:
    """The title of each of ``case_ids`` that is there, in one query (a list of items that
    name their cases, as Att göra is, reads them all at once, not one query per case)."""
    ids = sorted({int(case_id) for case_id in case_ids})
    rows = conn.execute(
        "SELECT id, title FROM cases WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    return {int(case_id): str(title) for case_id, title in rows}


_ROLE_ORDER = {role: index for index, role in enumerate(m.CaseRole)}


def participants(conn: Connection, case_id: int) -> list[tuple[m.CaseParticipant, m.Person]]:
    """The people of a case with their role: the subject first, then by name."""
    return with_persons(
        conn,
        CASE_PARTICIPANTS,
        "link.case_id = ?",
        (case_id,),
        first=lambda participant: _ROLE_ORDER[participant.role],
    )


def record_level_change(
    conn: Connection,
    case_id: int,
    from_level: m.Level | None,
    to_level: m.Level,
    on: date,
    reason: str,
) -> None:
    """One row of a case's level history (a new case's first level has no ``from_level``)."""
    change = m.LevelChange(
        case_id=case_id, from_level=from_level, to_level=to_level, changed_on=on, reason=reason
    )
    mapping.insert(conn, LEVEL_CHANGES, change)


def level_history(conn: Connection, case_id: int) -> list[m.LevelChange]:
    """The case's moves between levels, oldest first (the first row is where it started)."""
    return mapping.select(conn, LEVEL_CHANGES, "case_id = ?", (case_id,), "changed_on, id")


def current_exit_plan(conn: Connection, case_id: int) -> m.ExitPlan | None:
    """The case's exit plan in force: its highest revision; None if it has none."""
    plans = mapping.select(conn, EXIT_PLANS, "case_id = ?", (case_id,), "revision DESC", 1)
    return plans[0] if plans else None


def exit_plan_history(conn: Connection, case_id: int) -> list[m.ExitPlan]:
    """Every revision of the case's exit plan, oldest (revision 1) first."""
    return mapping.select(conn, EXIT_PLANS, "case_id = ?", (case_id,), "revision")
