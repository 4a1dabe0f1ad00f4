"""Storage of the coordinator's identities (certificate and private key) inside the vault."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kopingplan.crypto.identity import Identity

Connection = Any


def store(conn: Connection, identity: Identity, source: str) -> int:
    """Stores ``identity`` as the active one; an earlier identity is kept, inactive."""
    conn.execute("UPDATE identities SET active = 0 WHERE active = 1")
    cursor = conn.execute(
        "INSERT INTO identities (created_at, source, certificate_pem, private_key_der,"
        " fingerprint, active) VALUES (?, ?, ?, ?, ?, 1)",
        (
            datetime.now(UTC).isoformat(timespec="seconds"),
            source,
            identity.certificate_pem.decode("ascii"),
            identity.private_key_der,
            identity.fingerprint,
        ),
    )
    return int(cursor.lastrowid)


def active(conn: Connection) -> Identity | None:
    row = conn.execute(
        "SELECT certificate_pem, private_key_der FROM identities WHERE active = 1"
    ).fetchone()
    if row is None:
        return None
    return Identity(certificate_pem=row[0].encode("ascii"), private_key_der=bytes(row[1]))


def all_certificates(conn: Connection) -> list[bytes]:
    """Every identity's certificate (PEM), active first: briefs signed before an identity was
    replaced must still verify as the coordinator's own."""
    rows = conn.execute(
        "SELECT certificate_pem FROM identities ORDER BY active DESC, id DESC"
    ).fetchall()
    return [str(row[0]).encode("ascii") for row in rows]


def get_setting(conn: Connection, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else str(row[0])


def set_setting(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
