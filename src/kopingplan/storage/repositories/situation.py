"""The lägesbild: situation entries by day, orientation and milieu."""

from __future__ import annotations

from datetime import date

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, SqlValue, to_sql_date
from kopingplan.storage.repositories.tables import SITUATION_ENTRIES


def situation_entries(
    conn: Connection,
    since: date | None = None,
    orientation: m.Orientation | None = None,
    milieu: str | None = None,
    *,
    limit: int | None = None,
) -> list[m.SituationEntry]:
    """Entries observed on or after ``since``, newest first; ``milieu`` is an exact match
    (the values :func:`milieus` lists)."""
    clauses: list[str] = []
    params: list[SqlValue] = []
    if since is not None:
        clauses.append("observed_on >= ?")
        params.append(to_sql_date(since))
    if orientation is not None:
        clauses.append("orientation = ?")
        params.append(m.Orientation(orientation).value)
    if milieu is not None:
        clauses.append("milieu = ?")
        params.append(milieu)
    return mapping.select(
        conn,
        SITUATION_ENTRIES,
        " AND ".join(clauses),
        params,
        "observed_on DESC, id DESC",
        limit,
    )


def milieus(conn: Connection) -> list[str]:
    """The distinct milieus named in the lägesbild, for a filter list (BINARY order; the GUI
    sorts them for display)."""
    return [
        row[0]
        for row in conn.execute("SELECT DISTINCT milieu FROM situation_entries ORDER BY milieu")
    ]
