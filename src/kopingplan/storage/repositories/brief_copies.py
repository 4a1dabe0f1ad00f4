"""Which signed brief copy has given bytes: the "brief.create" and "brief.print" audit rows name
every copy's number, its recipient and the SHA-256 of its signed bytes
(:mod:`kopingplan.services.briefs`), so the log is the record of which copy was made for whom.

Read only. The (action, at) index narrows the scan to brief rows; ``instr`` skips the rows
whose details do not hold the checksum before their JSON is taken apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from kopingplan.storage.mapping import Connection


@dataclass(frozen=True)
class BriefCopyRow:
    """One copy the log recorded: its brief, its number (None: the one unnumbered copy), how
    many copies were made and the name printed on it ("" for an unnamed copy)."""

    document_id: str
    copy: int | None
    copies: int
    recipient: str


def copies_with_sha256(conn: Connection, sha256: str) -> list[BriefCopyRow]:
    """Every recorded copy whose signed bytes have this SHA-256, oldest first (a copy saved
    and printed is recorded twice)."""
    rows = conn.execute(
        "SELECT json_extract(a.details, '$.document_id'), json_extract(r.value, '$.copy'),"
        " json_extract(a.details, '$.copies'), json_extract(r.value, '$.recipient')"
        " FROM audit_log a, json_each(a.details, '$.recipients') r"
        " WHERE a.action IN ('brief.create', 'brief.print') AND instr(a.details, ?) > 0"
        " AND json_extract(r.value, '$.sha256') = ? ORDER BY a.seq",
        (sha256, sha256),
    ).fetchall()
    return [
        BriefCopyRow(
            str(row[0] or ""),
            None if row[1] is None else int(row[1]),
            int(row[2] or 1),
            str(row[3] or ""),
        )
        for row in rows
    ]
