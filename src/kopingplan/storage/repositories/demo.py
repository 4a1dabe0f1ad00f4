"""What the demo generator needs to know of the vault it fills (:mod:`.services.demo`)."""

from __future__ import annotations

from kopingplan.domain.identity_number import COORDINATION_DAY_OFFSET
from kopingplan.storage.mapping import Connection


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
