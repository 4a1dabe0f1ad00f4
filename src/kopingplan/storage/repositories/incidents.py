"""Incidents against staff (otillåten påverkan): the list, newest first, a page at a time; the
support given and the lägesbild entries linked (schema v7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table, to_sql_date
from kopingplan.storage.repositories.tables import INCIDENTS, SITUATION_ENTRIES
from kopingplan.storage.where import Where, enum_value, years_of


def _where(kind: m.IncidentKind | None, year: int | None) -> Where:
    return Where().equal("kind", kind, enum_value(m.IncidentKind)).in_year("occurred_on", year)


def incident_page(
    conn: Connection,
    *,
    kind: m.IncidentKind | None = None,
    year: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[m.Incident]:
    return _where(kind, year).select(conn, INCIDENTS, "occurred_on DESC, id DESC", limit, offset)


def incident_count(
    conn: Connection, *, kind: m.IncidentKind | None = None, year: int | None = None
) -> int:
    return _where(kind, year).count(conn, INCIDENTS)


def incident_years(conn: Connection) -> list[int]:
    """The years with incidents, newest first (for a filter)."""
    return years_of(conn, INCIDENTS, "occurred_on")


# --- Following an incident up (schema v7) -------------------------------------------------------

INCIDENT_SUPPORTS: Table[m.IncidentSupport] = Table(
    m.IncidentSupport, "incident_supports", QT_TRANSLATE_NOOP("Kinds", "support entry")
)


def supports_of(conn: Connection, incident_id: int) -> list[m.IncidentSupport]:
    """The support given after one incident, in the order it was given."""
    return mapping.select(
        conn, INCIDENT_SUPPORTS, "incident_id = ?", (incident_id,), "given_on, id"
    )


def linked_entry_ids(conn: Connection, incident_id: int) -> list[int]:
    return [
        int(row[0])
        for row in conn.execute(
            "SELECT situation_entry_id FROM incident_situation_entries"
            " WHERE incident_id = ? ORDER BY situation_entry_id",
            (incident_id,),
        )
    ]


def set_linked_entries(conn: Connection, incident_id: int, entry_ids: Sequence[int]) -> None:
    conn.execute("DELETE FROM incident_situation_entries WHERE incident_id = ?", (incident_id,))
    conn.executemany(
        "INSERT INTO incident_situation_entries (incident_id, situation_entry_id) VALUES (?, ?)",
        [(incident_id, entry_id) for entry_id in sorted(set(entry_ids))],
    )


def missing_entries(conn: Connection, entry_ids: Sequence[int]) -> list[int]:
    """Those of ``entry_ids`` that are no stored lägesbild entry."""
    ids = sorted(set(entry_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    found = {
        int(row[0])
        for row in conn.execute(f"SELECT id FROM situation_entries WHERE id IN ({marks})", ids)
    }
    return [entry_id for entry_id in ids if entry_id not in found]


def entries_near(
    conn: Connection, day: date, *, days: int = 90, limit: int = 50
) -> list[m.SituationEntry]:
    """Lägesbild entries observed within ``days`` of ``day``, nearest first (to link)."""
    rows = conn.execute(
        f"SELECT {SITUATION_ENTRIES.select_list()} FROM situation_entries"
        " WHERE observed_on BETWEEN ? AND ?"
        " ORDER BY abs(julianday(observed_on) - julianday(?)), id DESC LIMIT ?",
        (
            to_sql_date(day - timedelta(days=days)),
            to_sql_date(day + timedelta(days=days)),
            to_sql_date(day),
            limit,
        ),
    ).fetchall()
    return [SITUATION_ENTRIES.from_row(row) for row in rows]


def entries_by_id(conn: Connection, entry_ids: Sequence[int]) -> list[m.SituationEntry]:
    ids = sorted(set(entry_ids))
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return mapping.select(
        conn, SITUATION_ENTRIES, f"id IN ({marks})", ids, "observed_on DESC, id DESC"
    )
