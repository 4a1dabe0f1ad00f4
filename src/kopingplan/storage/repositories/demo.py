"""What the demo generator needs to know of the vault it fills (:mod:`.services.demo`)."""

from __future__ import annotations

from datetime import datetime

from kopingplan.domain.identity_number import COORDINATION_DAY_OFFSET
from kopingplan.storage.mapping import Connection, to_sql_datetime

# Rows whose store function stamps them with the clock: the column that holds the time.
_STAMPED = {
    "note_versions": "replaced_at",
    "contact_versions": "replaced_at",
    "concern_versions": "replaced_at",
    "situation_assessment_versions": "replaced_at",
    "participant_removals": "removed_at",
}


def coordination_numbers(conn: Connection) -> set[str]:
    """The coordination numbers (samordningsnummer: the day of birth plus 60) the vault holds.

    The demo makes only such numbers, and each must be new to the vault (the column is UNIQUE);
    personnummer cannot clash with them, so they are not read.
    """
    rows = conn.execute(
        "SELECT identity_number FROM persons WHERE identity_number IS NOT NULL"
        " AND CAST(substr(identity_number, 7, 2) AS INTEGER) > ?",
        (COORDINATION_DAY_OFFSET,),
    )
    return {str(row[0]) for row in rows}


def backdate(conn: Connection, table: str, row_id: int, at: datetime) -> None:
    """Sets the time a store function took from the clock (an earlier version's, a removal's) to
    ``at``: the demo counts every day from its reference date, so a seed gives the same vault."""
    column = _STAMPED[table]  # KeyError for a table that is not stamped
    conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (to_sql_datetime(at), row_id))
