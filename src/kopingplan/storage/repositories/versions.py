"""Earlier versions of corrected records, and the people taken out of a case.

A correction keeps the record's row as it was before (``<kind>_versions``, see
sql/v3/10_versions.sql); the record itself then holds the corrected values, so lists, the
timeline and the search index show the current text only. One table per kind, all of the same
shape: :data:`VERSIONED` says which. Nothing here begins or commits a transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from kopingplan.domain import model as m
from kopingplan.storage.mapping import (
    Connection,
    Table,
    from_sql_datetime,
    storable,
    to_sql_datetime,
)
from kopingplan.storage.repositories.tables import CONTACTS, NOTES

T = TypeVar("T")

# Record table name -> the table of its earlier versions.
VERSIONED: dict[str, str] = {
    NOTES.name: "note_versions",
    CONTACTS.name: "contact_versions",
    "situation_assessments": "situation_assessment_versions",  # v9/30_situation_periods.sql
    "concerns": "concern_versions",  # v9/80_concern_versions.sql: the intake corrected
}


@dataclass(frozen=True)
class Version(Generic[T]):
    """The record as it was until ``replaced_at``, when ``replaced_by`` corrected it."""

    id: int
    record: T
    replaced_at: datetime
    replaced_by: str
    reason: str


def versions_table(table: Table[Any]) -> str:
    try:
        return VERSIONED[table.name]
    except KeyError:
        raise ValueError(f"{table.name} keeps no versions") from None


def keep_version(conn: Connection, table: Table[T], stored: T, actor: str, reason: str = "") -> int:
    """Keeps ``stored`` (the record as it is before a correction) as an earlier version."""
    record_id = getattr(stored, "id", None)
    if record_id is None:
        raise ValueError("only a stored record has versions")
    row = {name: value for name, value in table.to_row(stored).items() if name != "id"}
    for derived in table.derived:
        row.pop(derived, None)
    cursor = conn.execute(
        f"INSERT INTO {versions_table(table)} (record_id, replaced_at, replaced_by, reason,"
        " content) VALUES (?, ?, ?, ?, ?) RETURNING id",
        (
            record_id,
            to_sql_datetime(datetime.now(UTC)),
            actor,
            reason,
            json.dumps(row, ensure_ascii=False, sort_keys=True),
        ),
    )
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def versions(conn: Connection, table: Table[T], record_id: int) -> list[Version[T]]:
    """The record's earlier versions, newest first (the first was replaced last)."""
    rows = conn.execute(
        f"SELECT id, replaced_at, replaced_by, reason, content FROM {versions_table(table)}"
        " WHERE record_id = ? ORDER BY id DESC",
        (record_id,),
    ).fetchall()
    result = []
    for version_id, replaced_at, replaced_by, reason, content in rows:
        values = json.loads(content)
        values["id"] = record_id
        record = table.from_row([values.get(name) for name in table.column_names])
        result.append(
            Version(version_id, record, from_sql_datetime(replaced_at), replaced_by, reason)
        )
    return result


def created_by(conn: Connection, table: Table[Any], record_id: int) -> tuple[str, str] | None:
    """(actor, at) of the audit row that recorded the record's creation; None if the record
    came in a batch (demo data, an import), which logs one row for all of them."""
    row = conn.execute(
        "SELECT actor, at FROM audit_log WHERE action = ? AND entity = ? AND entity_id = ?"
        " ORDER BY seq LIMIT 1",
        (f"{table.name}.create", table.name, record_id),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


# --- people taken out of a case -----------------------------------------------------------------


@dataclass(frozen=True)
class Removal:
    id: int
    case_id: int
    person_id: int
    person_name: str
    role: m.CaseRole
    relation: str
    removed_at: datetime
    removed_by: str
    reason: str


def store_removal(conn: Connection, participant: m.CaseParticipant, actor: str, reason: str) -> int:
    cursor = conn.execute(
        "INSERT INTO participant_removals (case_id, person_id, role, relation, removed_at,"
        " removed_by, reason) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            participant.case_id,
            participant.person_id,
            m.CaseRole(participant.role).value,
            participant.relation,
            to_sql_datetime(datetime.now(UTC)),
            actor,
            reason,
        ),
    )
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def removals(conn: Connection, case_id: int) -> list[Removal]:
    """The people taken out of the case, newest first."""
    if not storable(case_id):
        return []  # an id SQLite cannot hold names no record
    rows = conn.execute(
        "SELECT r.id, r.case_id, r.person_id, p.given_name, p.family_name, r.role, r.relation,"
        " r.removed_at, r.removed_by, r.reason FROM participant_removals AS r"
        " JOIN persons AS p ON p.id = r.person_id WHERE r.case_id = ?"
        " ORDER BY r.removed_at DESC, r.id DESC",
        (case_id,),
    ).fetchall()
    return [
        Removal(
            id=row[0],
            case_id=row[1],
            person_id=row[2],
            person_name=f"{row[3]} {row[4]}".strip(),
            role=m.CaseRole(row[5]),
            relation=row[6],
            removed_at=from_sql_datetime(row[7]),
            removed_by=row[8],
            reason=row[9],
        )
        for row in rows
    ]
