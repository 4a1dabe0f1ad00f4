"""The SQLCipher library this program runs on, as the self-test reports it (no vault needed)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import sqlcipher3


@dataclass(frozen=True)
class Engine:
    cipher_version: str  # SQLCipher's own version, e.g. "4.19.0 community"
    provider: str  # the crypto library it uses, e.g. "openssl"
    provider_version: str
    sqlite_version: str
    fts5: bool  # built with the full-text search the vault's search index needs


def engine() -> Engine:
    """Asks a keyed in-memory database: the provider is known only once a key has been used."""
    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        conn.execute("CREATE TABLE t(x)")  # keyed and used, so the provider is initialised
        version = conn.execute("PRAGMA cipher_version").fetchone()
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        sqlite_version = conn.execute("SELECT sqlite_version()").fetchone()
        options = conn.execute("PRAGMA compile_options").fetchall()
    finally:
        conn.close()
    return Engine(
        cipher_version=str(version[0]) if version else "",
        provider=str(provider[0]) if provider else "?",
        provider_version=str(provider_version[0]) if provider_version else "",
        sqlite_version=str(sqlite_version[0]),
        fts5=any("FTS5" in str(row[0]) for row in options),
    )
