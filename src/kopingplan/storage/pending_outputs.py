"""The vault's record of temporary files being written outside it (the ``pending_outputs``
table of schema v9): a row exists from just before such a file is made until it is placed or
removed. What the rows mean and how they are swept: :mod:`kopingplan.services.pending_outputs`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Connection = Any


@dataclass(frozen=True)
class PendingOutput:
    id: int
    path: bytes  # as the file system has it (os.fsencode)
    told: bool


def add(conn: Connection, path: bytes, process: str, started_at: str) -> int:
    cursor = conn.execute(
        "INSERT INTO pending_outputs (path, process, started_at) VALUES (?, ?, ?)",
        (path, process, started_at),
    )
    return int(cursor.lastrowid)


def remove(conn: Connection, row_ids: Iterable[int]) -> None:
    conn.executemany("DELETE FROM pending_outputs WHERE id = ?", [(i,) for i in row_ids])


def mark_told(conn: Connection, row_ids: Iterable[int]) -> None:
    conn.executemany("UPDATE pending_outputs SET told = 1 WHERE id = ?", [(i,) for i in row_ids])


def left_by_others(conn: Connection, process: str) -> list[PendingOutput]:
    """Every row but those of ``process`` (its own saves may be under way), oldest first."""
    rows = conn.execute(
        "SELECT id, path, told FROM pending_outputs WHERE process != ? ORDER BY id", (process,)
    ).fetchall()
    return [PendingOutput(int(r[0]), bytes(r[1]), bool(r[2])) for r in rows]
