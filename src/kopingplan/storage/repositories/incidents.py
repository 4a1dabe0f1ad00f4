"""Incidents against staff (otillåten påverkan): the list, newest first, a page at a time."""

from __future__ import annotations

from kopingplan.domain import model as m
from kopingplan.storage.mapping import Connection, SqlValue
from kopingplan.storage.repositories.tables import INCIDENTS


def _where(kind: m.IncidentKind | None, year: int | None) -> tuple[str, list[SqlValue]]:
    clauses: list[str] = []
    params: list[SqlValue] = []
    if kind is not None:
        clauses.append("kind = ?")
        params.append(m.IncidentKind(kind).value)
    if year is not None:
        # A range on the indexed day, not strftime() over every row.
        clauses.append("occurred_on >= ? AND occurred_on < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def incident_page(
    conn: Connection,
    *,
    kind: m.IncidentKind | None = None,
    year: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[m.Incident]:
    where, params = _where(kind, year)
    rows = conn.execute(
        f"SELECT {INCIDENTS.select_list()} FROM incidents{where} "
        "ORDER BY occurred_on DESC, id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [INCIDENTS.from_row(row) for row in rows]


def incident_count(
    conn: Connection, *, kind: m.IncidentKind | None = None, year: int | None = None
) -> int:
    where, params = _where(kind, year)
    return int(conn.execute(f"SELECT count(*) FROM incidents{where}", params).fetchone()[0])


def incident_years(conn: Connection) -> list[int]:
    """The years with incidents, newest first (for a filter)."""
    return [
        int(row[0])
        for row in conn.execute(
            "SELECT DISTINCT substr(occurred_on, 1, 4) FROM incidents ORDER BY 1 DESC"
        )
    ]
