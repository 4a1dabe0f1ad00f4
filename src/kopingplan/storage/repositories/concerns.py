"""Queries of incoming concerns (schema v5): the list a page at a time, filtered and counted
in SQL, and a case's concerns (Att göra reads the open ones in its own query, in
:mod:`.activity`). Nothing here begins or commits a transaction; services/concerns.py owns
transactions and the audit rows."""

from __future__ import annotations

from dataclasses import dataclass

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.filtered_list import FilteredList
from kopingplan.storage.mapping import Connection, Table
from kopingplan.storage.where import Where, enum_value

CONCERNS: Table[m.Concern] = Table(m.Concern, "concerns", QT_TRANSLATE_NOOP("Kinds", "concern"))

# The list's state filter: open ones, or decided ones of one decision.
OPEN = "open"


@dataclass(frozen=True)
class ConcernFilter:
    """What the list shows: a state ("open", a ConcernDecision value or None for all) and a
    year of receipt."""

    state: str | None = None
    year: int | None = None


def get(conn: Connection, concern_id: int) -> m.Concern:
    return mapping.get(conn, CONCERNS, concern_id)


def _where(found: ConcernFilter | None) -> Where:
    found = found or ConcernFilter()
    where = Where()
    if found.state == OPEN:
        where.add("decision IS NULL")
    else:
        where.equal("decision", found.state, enum_value(m.ConcernDecision))
    return where.in_year("received_on", found.year)


# The list of concerns: newest first (by the day received), counted, and the years received.
_LIST = FilteredList(CONCERNS, _where, "received_on DESC, id DESC", "received_on")
page, count, years = _LIST.page, _LIST.count, _LIST.years


def of_case(conn: Connection, case_id: int) -> list[m.Concern]:
    """The concerns that led to a case, oldest first."""
    return mapping.select(conn, CONCERNS, "case_id = ?", (case_id,), "received_on, id")
