"""Queries of activities at the general level (schema v8): the list a page at a time,
filtered and counted in SQL; and an organisation's agreements (partners over time). Not to be
confused with :mod:`.activity`, the case timeline and Att göra. Nothing here begins or commits
a transaction; services/activities.py and services/agreements.py own transactions and the
audit rows."""

from __future__ import annotations

from dataclasses import dataclass

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.filtered_list import FilteredList
from kopingplan.storage.mapping import Connection, Table
from kopingplan.storage.where import Where, enum_value

ACTIVITIES: Table[m.Activity] = Table(
    m.Activity, "activities", QT_TRANSLATE_NOOP("Kinds", "activity")
)
AGREEMENTS: Table[m.Agreement] = Table(
    m.Agreement, "agreements", QT_TRANSLATE_NOOP("Kinds", "agreement")
)


@dataclass(frozen=True)
class ActivityFilter:
    """What the list shows: one kind or all, one year (of the day held) or all."""

    kind: m.ActivityKind | None = None
    year: int | None = None


def get(conn: Connection, activity_id: int) -> m.Activity:
    return mapping.get(conn, ACTIVITIES, activity_id)


def _where(found: ActivityFilter | None) -> Where:
    found = found or ActivityFilter()
    return (
        Where().equal("kind", found.kind, enum_value(m.ActivityKind)).in_year("held_on", found.year)
    )


# The list of activities: newest first (by the day held), counted, and the years held.
_LIST = FilteredList(ACTIVITIES, _where, "held_on DESC, id DESC", "held_on")
page, count, years = _LIST.page, _LIST.count, _LIST.years


def participants(conn: Connection, found: ActivityFilter | None = None) -> int:
    """The participants of the activities the filter shows, added up (not counted: 0)."""
    where, params = _where(found).pair()
    row = conn.execute(
        f"SELECT coalesce(sum(participants), 0) FROM activities{where}", params
    ).fetchone()
    return int(row[0])


def agreements_of(conn: Connection, organisation_id: int) -> list[m.Agreement]:
    """An organisation's agreements, newest first (by the day they start)."""
    return mapping.select(
        conn, AGREEMENTS, "organisation_id = ?", (organisation_id,), "starts_on DESC, id DESC"
    )
