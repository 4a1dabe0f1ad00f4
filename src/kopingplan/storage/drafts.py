"""Drafts: unsaved form and wizard input, stored encrypted in the vault as JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

Connection = Any


def save(conn: Connection, kind: str, ref: str, payload: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO drafts (kind, ref, payload, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kind, ref) DO UPDATE SET payload = excluded.payload, "
        "saved_at = excluded.saved_at",
        (
            kind,
            ref,
            json.dumps(payload, ensure_ascii=False),
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )


def load(conn: Connection, kind: str, ref: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT payload FROM drafts WHERE kind = ? AND ref = ?", (kind, ref)
    ).fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    return value if isinstance(value, dict) else None


def discard(conn: Connection, kind: str, ref: str) -> None:
    conn.execute("DELETE FROM drafts WHERE kind = ? AND ref = ?", (kind, ref))


def listing(conn: Connection) -> list[tuple[str, str, str]]:
    """(kind, ref, saved_at) of every draft, newest first: what can be offered after unlock."""
    rows = conn.execute("SELECT kind, ref, saved_at FROM drafts ORDER BY saved_at DESC").fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]
