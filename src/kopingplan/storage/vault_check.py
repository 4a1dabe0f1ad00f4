"""``kopingplan check``'s way in: unlock, then run every check of :mod:`checkup` on fresh
connections without reading anything first, so that each kind of damage becomes a finding with
its page or row instead of a refusal. What is not damage is still an error: a full disk, a vault
in use, another vault's key file. Split from vault.py."""

from __future__ import annotations

from typing import Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import attempts, checkup
from kopingplan.storage import keyfile as kf
from kopingplan.storage.opening import (
    connect,
    page_one_finding,
    remove_new_side_files,
    side_files,
    translate_sqlite_error,
    unlock,
)
from kopingplan.storage.paths import VaultPaths
from kopingplan.storage.rekey_recovery import finish_interrupted


def check_folder(
    paths: VaultPaths, secret: str, *, secret_kind: str = "passphrase"
) -> tuple[checkup.Report, attempts.Report]:
    """The findings, and the wrong tries since the last unlock. Changes nothing."""
    finish_interrupted(paths)
    key, vault_id, (lock, report) = unlock(paths, secret, secret_kind)
    existed = side_files(paths)
    try:
        wal_missing = checkup.wal_lost(paths.database)

        def fresh_connection() -> Any:
            return connect(paths.database, bytearray(key))  # wipes its own copy

        try:
            _refuse_another_vaults_key(fresh_connection(), paths)
            return checkup.run(fresh_connection, vault_id, wal_missing=wal_missing), report
        except sqlcipher3.Error as error:
            raise translate_sqlite_error(error, paths) or errors.VaultUnreadable() from None
    finally:
        kf.wipe(key)
        lock.release()
        remove_new_side_files(paths, existed)


def _refuse_another_vaults_key(conn: Any, paths: VaultPaths) -> None:
    """What is not damage to report: a key that reads no page at all (another vault's), a
    full disk (SQLite cannot make its index file), a vault in use."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        mapped = translate_sqlite_error(error, paths)
        if isinstance(mapped, errors.DiskFull | errors.VaultInUse | errors.VaultReadOnly):
            raise mapped from None
        problem = page_one_finding(conn, paths)
        if isinstance(problem, errors.KeyFileOfAnotherVault):
            raise problem from None
    finally:
        conn.close()
