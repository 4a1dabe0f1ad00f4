"""A full re-key: the database re-encrypted under a new random raw key, safe against crashes.

Why: changing the passphrase or the recovery key rewraps the same raw key, so someone who kept
an old ``vault.key`` and its old secret can still unwrap it and read a copy of today's
database. Only a new raw key locks them out of the database from now on (old backups stay
readable with their old key file and secret: only destroying them helps).

How (:func:`rekey_vault`, with the vault open, so this program holds the folder lock):

1. A new 256-bit key in a ``bytearray``. The vault's own connection ATTACHes the empty file
   ``vault.db.rekey`` with that key and runs ``sqlcipher_export`` inside ``BEGIN IMMEDIATE``
   (one consistent snapshot, WAL included); ``user_version`` is copied by hand because the
   export drops it.
2. The new file is checked through a connection of its own, keyed only with the new key (this
   proves the key opens it): every table's row count and every schema entry equal the
   vault's, same schema version and vault id; then the caller's audit row is written *into the
   new database*, then ``cipher_integrity_check``, ``integrity_check`` and the audit chain run.
   It is switched to WAL (the export makes a rollback-journal file and only ``create`` sets
   WAL), checkpointed, closed and fsynced.
3. ``vault.key.rekey`` is written atomically: the same vault id, one passphrase slot sealing
   the new key. It is read back and unlocked before anything is switched. The recovery slot
   cannot be carried over (its code is not known here), so it is dropped.
4. The vault's connection is checkpointed (TRUNCATE) and closed; the folder lock stays held.
   The old ``vault.db-wal``/``-shm`` are removed (empty after the checkpoint; a WAL left
   beside the *new* database would be replayed into it). Then, each step followed by an fsync
   of the folder::

       vault.db         -> vault.db.old      (moved aside)
       vault.db.rekey   -> vault.db          (COMMIT POINT)
       vault.key.rekey  -> vault.key         (key switched)
       unlink vault.db.old                    (done)

5. The vault's connection is reopened on the new database with the new key, so the session
   goes on working; the key buffer is wiped.

Crash recovery, with the states a re-key passes and the names it uses:
:mod:`kopingplan.storage.rekey_recovery` (``finish_interrupted``, called first by ``Vault.open``).
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import audit
from kopingplan.storage import keyfile as kf
from kopingplan.storage.atomic import fsync_directory
from kopingplan.storage.opening import apply_session_pragmas, connect, translate_sqlite_error
from kopingplan.storage.paths import DATABASE_NAME, VaultPaths
from kopingplan.storage.rekey_recovery import (
    COMPLETED_STATES,
    RekeyPaths,
    recover,
    remove_durably,
    rename_durably,
)

if TYPE_CHECKING:
    from kopingplan.storage.vault import Vault

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

ATTACHED = "kopingplan_rekey"
Progress = Callable[[int, int, str], None]  # step, steps, stage (a "Rekey" text to translate)

STAGE_ENCRYPT = QT_TRANSLATE_NOOP("Rekey", "Encrypting the vault under a new key")
STAGE_CHECK = QT_TRANSLATE_NOOP("Rekey", "Checking the re-encrypted vault")
STAGE_KEYFILE = QT_TRANSLATE_NOOP("Rekey", "Sealing the new key with the passphrase")
STAGE_SWITCH = QT_TRANSLATE_NOOP("Rekey", "Switching to the new key")
STAGES = (STAGE_ENCRYPT, STAGE_CHECK, STAGE_KEYFILE, STAGE_SWITCH)


class RekeyNoSpace(errors.DiskFull):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is not enough free space beside the vault for its re-encrypted copy (about "
        "{size} MB are needed). Nothing was changed; free some space and try again.",
    )


class RekeyVerificationFailed(errors.KopingplanError):
    exit_code = 1
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The re-encrypted copy of the vault failed its check ({detail}), so it was removed. "
        "Nothing was changed: the vault still opens with its passphrase and recovery key.",
    )


class RekeyBusy(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is busy with another task, so it was not re-keyed. Nothing was changed; "
        "try again in a moment.",
    )


class RekeyWriteFailed(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The re-key could not write in the vault folder ({detail}). Nothing was changed: the "
        "vault still opens with its passphrase and recovery key.",
    )


class RekeyInterrupted(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The re-key was interrupted ({detail}) and the vault was locked. Open it again with "
        "the passphrase: Köpingplan then finishes or undoes the re-key. Do not delete any "
        "file in the vault folder.",
    )


@dataclass(frozen=True)
class RekeyOutcome:
    """What the re-key did. Numbers only."""

    recovery_slot_removed: bool
    database_bytes: int
    table_rows: dict[str, int]


# --- the re-key -----------------------------------------------------------------------------


def rekey_vault(
    vault: Vault,
    passphrase: str,
    *,
    kdf_params: kf.KdfParams | None = None,
    prepare_new: Callable[[Any], None] | None = None,
    progress: Progress | None = None,
) -> RekeyOutcome:
    """Re-encrypts the open ``vault`` under a new random key; the vault stays open.

    ``passphrase`` must open the current key file (checked first: a typo sealed into the new
    key file would lock the coordinator out). The new key file has only a passphrase slot,
    with ``kdf_params`` (None: calibrated on this machine, like a new vault).
    ``prepare_new(conn)`` runs inside a transaction on the new database before its checks
    (the caller's audit row, so the row is there exactly when the re-key took effect).

    On an error before the commit point nothing has changed and the vault is open as before;
    after it the re-key is completed. If even that fails, the vault is locked and
    :class:`RekeyInterrupted` says so; the next open finishes the job.
    """
    paths = vault.paths
    names = RekeyPaths(paths)
    keys = kf.read_keyfile(paths.keyfile)
    if keys.vault_id != vault.vault_id:
        raise errors.KeyFileDamaged(path=str(paths.keyfile))
    kf.wipe(keys.unlock(passphrase, "passphrase"))
    recovery_slot_removed = keys.slot("recovery") is not None
    params = kdf_params or kf.calibrate()  # after the check: a typo should not cost a second

    def step(number: int) -> None:
        if progress is not None:
            progress(number, len(STAGES), STAGES[number - 1])

    try:
        remove_durably(
            names.staged()
        )  # an earlier attempt's leftovers (recover() ran at open anyway)
        _check_space(paths)
    except OSError as error:
        raise _os_error(error, paths) from None
    key = bytearray(os.urandom(kf.KEY_BYTES))
    try:
        try:
            step(1)
            source = _export(vault, names.new_database, key)
            step(2)
            _check_new(vault, names.new_database, bytearray(key), source, prepare_new)
            step(3)
            new_keys = kf.KeyFile.create(keys.vault_id, passphrase, key, params)
            kf.write_keyfile(names.new_keyfile, new_keys, database=names.new_database)
            _check_new_keyfile(names.new_keyfile, passphrase, key)
            step(4)
            _checkpoint(vault)
        except BaseException as error:
            # Nothing was switched: the vault is open and unchanged. Should the clean-up fail
            # too, the next open's recovery removes the files (state PREPARED).
            with contextlib.suppress(OSError):
                remove_durably(names.staged())
            if isinstance(error, OSError):
                raise _os_error(error, paths) from None
            raise
        try:
            _close_connection(vault)
            _switch(paths, names)
        except BaseException as error:
            completed = _recover_in_process(vault, keys, passphrase, key, error)
            # Completed means the re-key took effect and the vault is open with the new key:
            # that is success (a Ctrl+C is still passed on). Rolled back means nothing changed.
            if not completed or not isinstance(error, Exception):
                if isinstance(error, OSError):
                    raise _os_error(error, paths) from None
                raise
        else:
            try:
                _reopen(vault, bytearray(key))
            except BaseException as error:
                vault.close()
                raise RekeyInterrupted(detail=str(error) or type(error).__name__) from None
    finally:
        kf.wipe(key)
    return RekeyOutcome(
        recovery_slot_removed=recovery_slot_removed,
        database_bytes=paths.database.stat().st_size,
        table_rows=source.rows,
    )


@dataclass(frozen=True)
class _Facts:
    """What must be equal in the vault and its re-encrypted copy."""

    rows: dict[str, int]
    schema: list[tuple[str, str, str, str | None]]
    version: int
    vault_id: str | None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _facts(conn: Any, schema: str) -> _Facts:
    tables = [
        str(row[0])
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND rootpage > 0"
        )
    ]
    rows = {
        table: int(conn.execute(f"SELECT count(*) FROM {schema}.{_quoted(table)}").fetchone()[0])
        for table in sorted(tables)
    }
    entries = sorted(
        (str(r[0]), str(r[1]), str(r[2]), None if r[3] is None else str(r[3]))
        for r in conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master")
    )
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    found = conn.execute(f"SELECT value FROM {schema}.meta WHERE key = 'vault_id'").fetchone()
    return _Facts(rows, entries, version, None if found is None else str(found[0]))


def _check_space(paths: VaultPaths) -> None:
    """The copy needs about as much room as the database (the export leaves out free pages)."""
    wal = paths.database.with_name(DATABASE_NAME + "-wal")
    needed = paths.database.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    if shutil.disk_usage(paths.folder).free < needed + (1 << 20):
        raise RekeyNoSpace(size=max(1, round(needed / 1e6)))


_FULL = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)
)


def _os_error(error: OSError, paths: VaultPaths) -> errors.KopingplanError:
    """The typed error for a failed file operation before the commit point (nothing changed)."""
    if error.errno in _FULL:
        return RekeyNoSpace(size=max(1, round(paths.database.stat().st_size / 1e6)))
    if isinstance(error, PermissionError):
        return errors.VaultReadOnly(path=str(paths.folder))
    return RekeyWriteFailed(detail=error.strerror or str(error))


def _sqlite_error(error: sqlcipher3.Error, paths: VaultPaths) -> errors.KopingplanError | None:
    mapped = translate_sqlite_error(error, paths)
    if isinstance(mapped, errors.DiskFull):
        return RekeyNoSpace(size=max(1, round(paths.database.stat().st_size / 1e6)))
    return mapped


def _export(vault: Vault, target: Path, key: bytearray) -> _Facts:
    """Writes the vault, as one snapshot, encrypted with ``key`` to the new file ``target``."""
    conn = vault.conn
    # Owner-only from the start, as vault.py does: SQLite would create it with the umask.
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # Bound, not spliced into the SQL: the text "x'…'" is SQLCipher's raw-key form. It is an
    # immutable str we cannot wipe; it is dropped at once, as vault.py does with its PRAGMA.
    key_text = f"x'{key.hex()}'"
    try:
        conn.execute(f"ATTACH DATABASE ? AS {ATTACHED} KEY ?", (str(target), key_text))
    except sqlcipher3.Error as error:
        raise _sqlite_error(error, vault.paths) or error from None
    finally:
        del key_text
    try:
        conn.execute("BEGIN IMMEDIATE")  # one snapshot; no save can slip in between
        try:
            facts = _facts(conn, "main")
            conn.execute(f"SELECT sqlcipher_export('{ATTACHED}')").fetchall()
            conn.execute(f"PRAGMA {ATTACHED}.user_version = {facts.version}")
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            raise
    except sqlcipher3.Error as error:
        raise _sqlite_error(error, vault.paths) or error from None
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute(f"DETACH DATABASE {ATTACHED}")
    return facts


def _check_new(
    vault: Vault,
    database: Path,
    key: bytearray,
    source: _Facts,
    prepare_new: Callable[[Any], None] | None,
) -> None:
    """Opens the new file with the new key alone and checks it; raises if anything differs."""

    def failed(detail: str) -> RekeyVerificationFailed:
        return RekeyVerificationFailed(detail=detail)

    try:
        conn = connect(database, key)  # wipes this copy of the key
    except sqlcipher3.Error as error:
        raise failed(str(error)) from None
    try:
        try:
            found = _facts(conn, "main")
        except sqlcipher3.DatabaseError as error:
            raise failed(f"not readable with the new key: {error}") from None
        differences = [
            what
            for what, same in (
                ("row counts", found.rows == source.rows),
                ("schema", found.schema == source.schema),
                ("schema version", found.version == source.version),
                ("vault id", found.vault_id == vault.vault_id == source.vault_id),
            )
            if not same
        ]
        if differences:
            raise failed("different " + ", ".join(differences))
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise failed(f"journal mode {mode}")
        apply_session_pragmas(conn)
        if prepare_new is not None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                prepare_new(conn)
                conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.execute("ROLLBACK")
                raise
        problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        structure = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if structure != ["ok"]:
            problems.extend(structure)
        problems.extend(problem.describe() for problem in audit.verify(conn))
        if problems:
            raise failed("; ".join(problems[:3]))
        if conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
            raise failed("checkpoint busy")
    except sqlcipher3.Error as error:
        raise _sqlite_error(error, vault.paths) or failed(str(error)) from None
    finally:
        conn.close()
    # Closing the last connection removes -wal and -shm; a leftover would be taken for the
    # database's WAL once the file is renamed, so only empty ones may be removed.
    for side in RekeyPaths(vault.paths).side_files(database):
        if side.exists():
            if side.stat().st_size and not side.name.endswith("-shm"):
                raise failed(f"{side.name} left over")
            side.unlink()
    _fsync_file(database)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows fsync needs write
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _check_new_keyfile(path: Path, passphrase: str, key: bytearray) -> None:
    """Reads the new key file back from disk and unlocks it: after the commit it is the way in."""
    unlocked = kf.read_keyfile(path).unlock(passphrase, "passphrase")
    try:
        if not hmac.compare_digest(unlocked, key):
            raise RekeyVerificationFailed(detail="the new key file does not hold the new key")
    finally:
        kf.wipe(unlocked)


def _checkpoint(vault: Vault) -> None:
    """Empties the WAL into vault.db, so closing leaves no WAL that the switch would orphan."""
    try:
        busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlcipher3.OperationalError:  # a read of this program's own still in progress
        busy = 1
    if busy:
        raise RekeyBusy()


def _close_connection(vault: Vault) -> None:
    """Closes the vault's connection but keeps its folder lock (no other program may open the
    vault during the switch), then removes the old database's empty -wal and -shm."""
    conn = vault.conn
    vault._conn = None  # the Vault counts as locked until _reopen
    conn.close()
    database = vault.paths.database
    wal = database.with_name(DATABASE_NAME + "-wal")
    if wal.exists() and wal.stat().st_size:
        # Committed pages only the WAL holds: removing it would lose them on a roll-back.
        raise RekeyBusy()
    remove_durably([wal, database.with_name(DATABASE_NAME + "-shm")])


def _switch(paths: VaultPaths, names: RekeyPaths) -> None:
    """The renames, in the order the recovery states assume (see the module docstring)."""
    fsync_directory(paths.folder)  # vault.key.rekey and the removed WAL are durable first
    rename_durably(paths.database, names.old_database)
    rename_durably(names.new_database, paths.database)  # the commit point
    rename_durably(names.new_keyfile, paths.keyfile)
    remove_durably([names.old_database])


def _reopen(vault: Vault, key: bytearray) -> None:
    """Gives the Vault object a connection to vault.db keyed with ``key`` (which is wiped)."""
    paths = vault.paths
    conn = connect(paths.database, key)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        if row is None or row[0] != vault.vault_id:
            raise errors.NotAVault(path=str(paths.database))
        apply_session_pragmas(conn)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise errors.NotAVault(path=str(paths.database)) from None
    except BaseException:
        conn.close()
        raise
    vault._conn = conn


def _recover_in_process(
    vault: Vault, keys: kf.KeyFile, passphrase: str, key: bytearray, error: BaseException
) -> bool:
    """After a failure during the switch: roll back or complete now, while the lock is held,
    and reopen the vault with whichever key its database has; True if completed. If that fails
    too, the vault is locked (lock released) and the next open's :func:`finish_interrupted`
    does it."""
    try:
        state = recover(vault.paths)
        if state in COMPLETED_STATES:
            _reopen(vault, bytearray(key))
            return True
        # Rolled back: the old key, unwrapped again (it was wiped after the passphrase check).
        _reopen(vault, keys.unlock(passphrase, "passphrase"))
        return False
    except BaseException as second:
        vault.close()
        detail = str(error) or type(error).__name__
        raise RekeyInterrupted(detail=detail) from second
