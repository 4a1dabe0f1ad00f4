"""The lägesbild: situation entries by day, orientation and milieu."""

from __future__ import annotations

from datetime import date

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, to_sql_date
from kopingplan.storage.repositories.tables import SITUATION_ENTRIES
from kopingplan.storage.where import Where, enum_value


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
    where = (
        Where()
        .compare("observed_on", ">=", since, to_sql_date)
        .equal("orientation", orientation, enum_value(m.Orientation))
        .equal("milieu", milieu)
    )
    return mapping.select(
        conn,
        SITUATION_ENTRIES,
        where.conditions,
        where.params,
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
