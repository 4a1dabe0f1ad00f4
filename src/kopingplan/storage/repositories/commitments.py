"""Queries of the action plan's commitments (schema v9) and the counts of their yearly
follow-up. Nothing here begins or commits a transaction; services/plan.py and
services/yearly_follow_up.py own transactions and the audit rows.

The follow-up's counts are codes, ids and numbers only — never a person's name, a case number
or a text from a case — so nothing the follow-up must not show can leave this module. The
names it returns are those of groups, organisations and activities (the plan's own words).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table, to_sql_date, to_sql_datetime
from kopingplan.storage.repositories.activities import ACTIVITIES
from kopingplan.storage.repositories.plans import Choice
from kopingplan.storage.repositories.statistics import LEVEL_AT_END, Period
from kopingplan.storage.repositories.tables import PLAN_REVISIONS, title_sort_key

COMMITMENTS: Table[m.Commitment] = Table(
    m.Commitment, "commitments", QT_TRANSLATE_NOOP("Kinds", "commitment")
)


def commitments_of(conn: Connection, revision_id: int) -> list[m.Commitment]:
    """A revision's commitments in the order they were entered."""
    return mapping.select(conn, COMMITMENTS, "revision_id = ?", (revision_id,), "id")


def revision_in_force(conn: Connection, on: date) -> m.PlanRevision | None:
    """The revision adopted last on or before ``on`` (the highest number on the same day)."""
    found = mapping.select(
        conn,
        PLAN_REVISIONS,
        "adopted_on <= ?",
        (to_sql_date(on),),
        "adopted_on DESC, revision DESC",
    )
    return found[0] if found else None


# --- Pick lists ----------------------------------------------------------------------------------


def group_choices(conn: Connection) -> list[Choice]:
    rows = conn.execute("SELECT id, name, kind FROM groups").fetchall()
    return sorted(
        (Choice(r[0], r[1], r[2]) for r in rows), key=lambda c: (title_sort_key(c.label), c.id)
    )


def activity_choices(conn: Connection) -> list[Choice]:
    """Activities newest first, each with the day it was held as its detail."""
    rows = conn.execute("SELECT id, title, held_on FROM activities ORDER BY held_on DESC, id DESC")
    return [Choice(r[0], r[1], r[2]) for r in rows]


def names(conn: Connection, table: str, ids: Sequence[int]) -> dict[int, str]:
    """Id → name (title for activities) of those ``ids`` still stored in ``table``."""
    column = {"groups": "name", "organisations": "name", "activities": "title"}[table]
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    rows = conn.execute(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", wanted)
    return {int(r[0]): str(r[1]) for r in rows}


# --- The yearly follow-up ------------------------------------------------------------------------


def meetings_held(conn: Connection, period: Period, held_by: datetime) -> dict[int, int]:
    """Group id → meetings that started in ``period`` and by ``held_by`` (not the planned)."""
    rows = conn.execute(
        "SELECT group_id, count(*) FROM meetings WHERE starts_at >= :since "
        "AND starts_at < :until AND starts_at <= :held GROUP BY group_id",
        {**period.params(), "held": to_sql_datetime(held_by)},
    )
    return {int(r[0]): int(r[1]) for r in rows}


def activities_held(conn: Connection, period: Period) -> list[m.Activity]:
    """The activities held in ``period``, oldest first."""
    return mapping.select(
        conn,
        ACTIVITIES,
        "held_on BETWEEN ? AND ?",
        (to_sql_date(period.first), to_sql_date(period.last)),
        "held_on, id",
    )


def organisation_contacts(conn: Connection, period: Period) -> dict[int, int]:
    """Organisation id → contacts with it in ``period`` (in a case or not; a count only)."""
    rows = conn.execute(
        "SELECT organisation_id, count(*) FROM contacts WHERE organisation_id IS NOT NULL "
        "AND occurred_at >= :since AND occurred_at < :until GROUP BY organisation_id",
        period.params(),
    )
    return {int(r[0]): int(r[1]) for r in rows}


def cases_by_level(
    conn: Connection, period: Period, group_ids: Sequence[int], held_by: datetime
) -> dict[str, int]:
    """Level → the cases on the agenda of a meeting of ``group_ids`` held in ``period``, each
    once, at the level it had at the period's end (as the report to kommunstyrelsen counts)."""
    if not group_ids:
        return {}
    rows = conn.execute(
        f"""SELECT level, count(*) FROM (
                SELECT {LEVEL_AT_END} AS level FROM cases c
                WHERE c.id IN (
                    SELECT ai.case_id FROM meetings mt
                    JOIN agenda_items ai ON ai.meeting_id = mt.id
                    WHERE mt.group_id IN (SELECT value FROM json_each(:groups))
                      AND mt.starts_at >= :since AND mt.starts_at < :until
                      AND mt.starts_at <= :held AND ai.case_id IS NOT NULL))
            GROUP BY level""",
        {
            **period.params(),
            "groups": json.dumps(sorted(set(group_ids))),
            "held": to_sql_datetime(held_by),
        },
    )
    return {str(r[0]): int(r[1]) for r in rows}
