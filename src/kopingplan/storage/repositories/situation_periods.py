"""The lägesbild for a period (schema v9/30): the overall assessments, the entries of a period
and the incoming items taken into the lägesbild. Nothing here begins or commits a transaction;
services/situation.py owns transactions and the audit rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kopingplan.domain import model as m
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table, to_sql_date
from kopingplan.storage.repositories.tables import SITUATION_ENTRIES

SITUATION_ASSESSMENTS: Table[SituationAssessment] = Table(
    SituationAssessment,
    "situation_assessments",
    QT_TRANSLATE_NOOP("Kinds", "situation assessment"),
)


_LATEST_PERIOD_FIRST = "last_day DESC, first_day DESC, id DESC"


def _days(first: date, last: date) -> tuple[str, str]:
    """A period's first and last day as the tables store days."""
    return to_sql_date(first), to_sql_date(last)


def assessments(conn: Connection, *, limit: int = 500) -> list[SituationAssessment]:
    """Every assessment, the latest period first."""
    return mapping.select(conn, SITUATION_ASSESSMENTS, "", (), _LATEST_PERIOD_FIRST, limit)


def assessments_within(conn: Connection, first: date, last: date) -> list[SituationAssessment]:
    """The assessments of periods that lie within ``first``…``last``, the latest first."""
    within = "first_day >= ? AND last_day <= ?"
    return mapping.select(
        conn, SITUATION_ASSESSMENTS, within, _days(first, last), _LATEST_PERIOD_FIRST
    )


def entries_between(conn: Connection, first: date, last: date) -> list[m.SituationEntry]:
    """Entries observed from ``first`` to ``last`` (both included), newest first."""
    between, newest_first = "observed_on BETWEEN ? AND ?", "observed_on DESC, id DESC"
    return mapping.select(conn, SITUATION_ENTRIES, between, _days(first, last), newest_first)


def milieu_counts(conn: Connection, first: date, last: date) -> dict[tuple[str, str], int]:
    """(orientation, milieu) → entries observed from ``first`` to ``last``."""
    rows = conn.execute(
        "SELECT orientation, milieu, count(*) FROM situation_entries"
        " WHERE observed_on BETWEEN ? AND ? GROUP BY orientation, milieu",
        _days(first, last),
    )
    return {(str(r[0]), str(r[1])): int(r[2]) for r in rows}


# --- incoming items taken into the lägesbild -----------------------------------------------------


@dataclass(frozen=True)
class IncomingSituationItem:
    """What taking an incoming item needs of it: its kind, sender, text and details."""

    id: int
    kind: str
    source: str
    dated: str
    title: str
    text: str
    details: str  # JSON object, as stored
    taken_as: int | None  # the entry it was taken into, if any


def incoming_item(conn: Connection, item_id: int) -> IncomingSituationItem | None:
    row = conn.execute(
        "SELECT i.id, i.kind, i.source, i.dated, i.title, i.text, i.details,"
        " s.situation_entry_id FROM incoming_items i"
        " LEFT JOIN situation_entry_sources s ON s.incoming_item_id = i.id WHERE i.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        return None
    return IncomingSituationItem(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
        str(row[6]), None if row[7] is None else int(row[7]),
    )  # fmt: skip


def link_incoming(conn: Connection, entry_id: int, item_id: int) -> None:
    conn.execute(
        "INSERT INTO situation_entry_sources (situation_entry_id, incoming_item_id) VALUES (?, ?)",
        (entry_id, item_id),
    )


def taken_items(conn: Connection, item_ids: list[int]) -> dict[int, int]:
    """Incoming item id → the lägesbild entry it was taken into, for those of ``item_ids``
    that were."""
    if not item_ids:
        return {}
    marks = ", ".join("?" * len(item_ids))
    rows = conn.execute(
        "SELECT incoming_item_id, situation_entry_id FROM situation_entry_sources"
        f" WHERE incoming_item_id IN ({marks})",
        tuple(item_ids),
    )
    return {int(r[0]): int(r[1]) for r in rows}
