"""Triage (schema v7): the flags of a case, in force and cleared, and its priority.

Nothing here begins or commits a transaction; services/triage.py does, with the audit rows.
The case list's flag and priority filters are in :mod:`.cases` (one WHERE for the list).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kopingplan.domain import model as m
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage.mapping import Connection, Table, storable, to_sql_datetime

CASE_FLAGS: Table[m.CaseFlag] = Table(m.CaseFlag, "case_flags", QT_TRANSLATE_NOOP("Kinds", "flag"))


def flags_of(conn: Connection, case_id: int, *, cleared: bool = True) -> list[m.CaseFlag]:
    """A case's flags, those in force first, then newest first."""
    if not storable(case_id):
        return []  # an id SQLite cannot hold names no record
    where = "" if cleared else " AND cleared_at IS NULL"
    rows = conn.execute(
        f"SELECT {CASE_FLAGS.select_list()} FROM case_flags WHERE case_id = ?{where}"
        " ORDER BY cleared_at IS NOT NULL, set_at DESC, id DESC",
        (case_id,),
    ).fetchall()
    return [CASE_FLAGS.from_row(row) for row in rows]


def flag_in_force(conn: Connection, case_id: int, kind: m.FlagKind) -> m.CaseFlag | None:
    row = conn.execute(
        f"SELECT {CASE_FLAGS.select_list()} FROM case_flags"
        " WHERE case_id = ? AND kind = ? AND cleared_at IS NULL",
        (case_id, m.FlagKind(kind).value),
    ).fetchone()
    return None if row is None else CASE_FLAGS.from_row(row)


def priority_of(conn: Connection, case_id: int) -> m.Priority:
    if not storable(case_id):
        return m.Priority.NORMAL  # an id SQLite cannot hold names no case
    row = conn.execute(
        "SELECT priority FROM case_priorities WHERE case_id = ?", (case_id,)
    ).fetchone()
    return m.Priority.NORMAL if row is None else m.Priority(row[0])


def set_priority(
    conn: Connection, case_id: int, priority: m.Priority, at: datetime, by: str
) -> None:
    if priority == m.Priority.NORMAL:
        conn.execute("DELETE FROM case_priorities WHERE case_id = ?", (case_id,))
        return
    conn.execute(
        "INSERT INTO case_priorities (case_id, priority, set_at, set_by) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (case_id) DO UPDATE SET priority = excluded.priority,"
        " set_at = excluded.set_at, set_by = excluded.set_by",
        (case_id, m.Priority(priority).value, to_sql_datetime(at), by),
    )


def marks(
    conn: Connection, case_ids: Sequence[int]
) -> dict[int, tuple[m.Priority, tuple[m.FlagKind, ...]]]:
    """Priority and flags in force of each of ``case_ids`` that has either (for Att göra)."""
    ids = sorted(set(case_ids))
    found: dict[int, tuple[m.Priority, tuple[m.FlagKind, ...]]] = {}
    if not ids:
        return found
    marks_sql = ", ".join("?" for _ in ids)
    for case_id, priority in conn.execute(
        f"SELECT case_id, priority FROM case_priorities WHERE case_id IN ({marks_sql})", ids
    ):
        found[int(case_id)] = (m.Priority(priority), ())
    for case_id, kind in conn.execute(
        f"SELECT case_id, kind FROM case_flags WHERE cleared_at IS NULL"
        f" AND case_id IN ({marks_sql}) ORDER BY kind",
        ids,
    ):
        priority, kinds = found.get(int(case_id), (m.Priority.NORMAL, ()))
        found[int(case_id)] = (priority, (*kinds, m.FlagKind(kind)))
    return found
