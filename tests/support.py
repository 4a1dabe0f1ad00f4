"""Helpers for tests that look at a vault from outside the program, as an attacker would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.storage import keyfile
from kopingplan.storage.vault import VaultPaths

# Real Argon2id with small parameters: the suite must not spend half a second per unlock.
FAST_KDF = keyfile.KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
PASSPHRASE = "kaffe morgon cykel fönster"
OWNER = "Anna Lindqvist"
ORGANISATION = "Köpings kommun"

_IDENTITY: Identity | None = None


def shared_identity() -> Identity:
    """RSA-3072 key generation takes up to a second; tests share one fictional identity."""
    global _IDENTITY
    if _IDENTITY is None:
        _IDENTITY = create_identity(OWNER, ORGANISATION)
    return _IDENTITY


def raw_connection(paths: VaultPaths, passphrase: str) -> Any:
    """A bare SQLCipher connection with the vault's key and none of the program's rules."""
    key = keyfile.read_keyfile(paths.keyfile).unlock(passphrase)
    conn = sqlcipher3.connect(str(paths.database), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def snapshot(folder: Path) -> dict[str, bytes]:
    """The bytes of every vault file (the lock file is empty and only ever created; the
    record of wrong passphrases, vault.attempts, changes with every try by design)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name not in ("vault.lock", "vault.attempts")
    }


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
