"""Fixtures for the storage tests: a real, keyed SQLCipher 4 database with the v1 schema.

No vault folder, key file or KDF: a random raw key opens the database in a millisecond, and
the schema is built by the same migration code the program runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from kopingplan.storage import migrations


def open_keyed(path: Path, key_hex: str) -> Any:
    """A connection set up as the vault sets its own (minus the KDF and the folder lock)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    return conn


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Any]:
    """An empty vault database at the latest schema (every v1 file, in name order)."""
    connection = open_keyed(tmp_path / "vault.db", os.urandom(32).hex())
    assert connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    migrations.migrate(connection)
    assert migrations.schema_version(connection) == migrations.LATEST
    yield connection
    connection.close()
