"""The append-only, tamper-evident audit log.

Every row carries a SHA-256 over its own fields and the previous row's hash, so changing,
inserting or removing a row breaks the chain at that row. The newest (seq, hash) is also kept in
``meta`` so that cutting rows off the end shows too. Triggers refuse UPDATE and DELETE.

What this does not do: someone with the vault key can rewrite the whole chain and the head
together. Signed printouts of the log (the access-log follow-up) anchor it outside the vault.

Rows say what happened, never the content: a changed case lists the names of the fields that
changed, not their values, because the log outlives the records (retention deletes content).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage.where import Where

Connection = Any

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditProblem:
    seq: int
    kind: str  # "changed", "removed", "inserted", "chain", "head"

    @property
    def template(self) -> str:
        """English text with ``{seq}``; translate it in context "Audit" before formatting."""
        return PROBLEM_TEXTS[self.kind]

    def describe(self) -> str:
        return self.template.format(seq=self.seq)


PROBLEM_TEXTS = {
    "changed": QT_TRANSLATE_NOOP("Audit", "row {seq} was changed after it was written"),
    "removed": QT_TRANSLATE_NOOP("Audit", "rows before {seq} are missing"),
    "inserted": QT_TRANSLATE_NOOP("Audit", "row {seq} was inserted or renumbered"),
    "chain": QT_TRANSLATE_NOOP("Audit", "row {seq} does not follow the row before it"),
    "head": QT_TRANSLATE_NOOP("Audit", "rows after {seq} were removed from the end"),
}


def _row_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details: str,
    prev_hash: str,
) -> str:
    material = json.dumps(
        [seq, at, actor, action, entity, entity_id, details, prev_hash],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


def append(
    conn: Connection,
    actor: str,
    action: str,
    entity: str = "",
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> int:
    """Appends one row. Call inside the transaction of the change it records."""
    last = conn.execute("SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    details_json = json.dumps(
        details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    row_hash = _row_hash(seq, at, actor, action, entity, entity_id, details_json, prev_hash)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash,"
        " row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, details_json, prev_hash, row_hash),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (HEAD_KEY, f"{seq}:{row_hash}"),
    )
    return int(seq)


def verify(conn: Connection) -> list[AuditProblem]:
    """Walks the whole chain; returns every problem found (empty when intact)."""
    problems: list[AuditProblem] = []
    expected_seq, prev_hash = 1, GENESIS
    cursor = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, row_hash "
        "FROM audit_log ORDER BY seq"
    )
    last_seq, last_hash = 0, GENESIS
    for seq, at, actor, action, entity, entity_id, details, stored_prev, stored_hash in cursor:
        if seq > expected_seq:
            problems.append(AuditProblem(seq, "removed"))
        elif seq < expected_seq:
            problems.append(AuditProblem(seq, "inserted"))
        if stored_prev != prev_hash:
            problems.append(AuditProblem(seq, "chain"))
        computed = _row_hash(seq, at, actor, action, entity, entity_id, details, stored_prev)
        if computed != stored_hash:
            problems.append(AuditProblem(seq, "changed"))
        expected_seq, prev_hash = seq + 1, stored_hash
        last_seq, last_hash = seq, stored_hash
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (HEAD_KEY,)).fetchone()
    if head is not None and head[0] != f"{last_seq}:{last_hash}":
        head_seq = int(head[0].split(":", 1)[0]) if head[0].split(":", 1)[0].isdigit() else 0
        problems.append(AuditProblem(min(last_seq, head_seq), "head"))
    return problems


def entries(
    conn: Connection,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    action: str | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """Newest first, filtered; for the access-log follow-up view and for tests."""
    where = Where().equal("entity", entity).equal("entity_id", entity_id).equal("action", action)
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log"
        f"{where.sql} ORDER BY seq DESC LIMIT ?",
        (*where.params, limit),
    ).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]


def row_count(conn: Connection) -> int:
    """How many rows the log holds."""
    return int(conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def head_seq(conn: Connection) -> int:
    """The newest row's number (0 for an empty log); with :func:`written_after`, what one
    transaction wrote."""
    row = conn.execute("SELECT max(seq) FROM audit_log").fetchone()
    return int(row[0] or 0)


def written_after(conn: Connection, seq: int) -> list[tuple[str, str, int | None]]:
    """(action, entity, entity_id) of the rows after ``seq``, oldest first: what a
    transaction recorded, for telling open views what changed (never the details)."""
    rows = conn.execute(
        "SELECT action, entity, entity_id FROM audit_log WHERE seq > ? ORDER BY seq", (seq,)
    ).fetchall()
    return [(str(r[0]), str(r[1] or ""), None if r[2] is None else int(r[2])) for r in rows]
