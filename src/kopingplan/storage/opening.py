"""Opening a vault's folder, before and around the key: the cheap file checks that give each
problem its own message, the folder lock, the unlock step through the wrong-passphrase record
(storage/attempts.py), and SQLite's errors translated to ours. Split from vault.py."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import attempts, checkup
from kopingplan.storage import keyfile as kf
from kopingplan.storage.paths import VaultPaths

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite reports a full disk while creating its index file as a bare "disk I/O error"; with
# less than this free beside the vault, that is what it means.
DISK_FULL_BELOW_BYTES = 256 * 1024
SIDE_FILES = ("-wal", "-shm")
CACHE_KIB = 32 * 1024  # measured: see vault.py's docstring


class FolderLock:
    """An advisory OS lock on ``vault.lock``: a second program (or window) is told at once."""

    def __init__(self, path: Path) -> None:
        try:
            self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise errors.VaultReadOnly(path=str(path.parent)) from None
        except OSError as error:
            raise errors.VaultReadOnly(path=str(path.parent)) from error
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self._fd)
            self._fd = None
            raise errors.VaultInUse() from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases flock and msvcrt locks alike
            self._fd = None


def _is_writable(path: Path) -> bool:
    # The owner's write bit as well as access(): as root, access() says yes to a file the
    # coordinator marked read-only, and we honour the mark.
    mode = path.stat().st_mode
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK)


def check_database_file(paths: VaultPaths) -> None:
    """Cheap checks before any key is tried, so each problem gets its own message."""
    if not paths.folder.is_dir():
        raise errors.VaultNotFound(path=str(paths.folder))
    database = paths.database
    if not database.is_file():
        raise errors.VaultNotFound(path=str(paths.folder))
    size = database.stat().st_size
    if size == 0:
        raise errors.EmptyVaultFile(path=str(database))
    with open(database, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header == SQLITE_HEADER:
        raise errors.PlainDatabase(path=str(database))
    if size < 1024 or size % 512:
        raise errors.EmptyVaultFile(path=str(database))
    if not _is_writable(database) or not os.access(paths.folder, os.W_OK):
        raise errors.VaultReadOnly(path=str(paths.folder))


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < DISK_FULL_BELOW_BYTES
    except OSError:
        return False


def translate_sqlite_error(error: Exception, paths: VaultPaths) -> errors.KopingplanError | None:
    """Maps the SQLite errors a user can cause or suffer to our typed errors."""
    text = str(error).lower()
    if "disk is full" in text or ("i/o error" in text and disk_is_full(paths.folder)):
        return errors.DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return errors.VaultInUse()
    if "readonly" in text or "read-only" in text:
        return errors.VaultReadOnly(path=str(paths.folder))
    if "malformed" in text:
        return errors.VaultUnreadable()
    if "not a database" in text:
        return errors.NotAVault(path=str(paths.database))
    return None


def unlock(
    paths: VaultPaths, secret: str, secret_kind: str, attempts_folder: Path | None = None
) -> tuple[bytearray, str, Any]:
    """The raw key, the vault id and a (held) FolderLock; tries pass the attempts record.

    An empty secret is refused before anything is counted or derived.
    """
    if not secret:
        raise errors.EmptyPassphrase()
    check_database_file(paths)
    keys = kf.read_keyfile(paths.keyfile)
    lock = FolderLock(paths.lock)
    try:
        with attempts.attempt(attempts_folder or paths.folder) as record:
            before = record.state
            record.begin()
            try:
                key = keys.unlock(secret, secret_kind)
            except errors.WrongPassphrase as error:
                if not keys.belongs_to(paths.database):
                    raise errors.KeyFileOfAnotherVault(path=str(paths.keyfile)) from None
                error.retry_after = record.seconds_to_wait()
                raise
            report = record.succeeded(before)
        return key, keys.vault_id, (lock, report)
    except BaseException:
        lock.release()
        raise


def side_files(paths: VaultPaths) -> set[Path]:
    """The -wal and -shm files there now (SQLite makes them on open)."""
    found = (paths.database.with_name(paths.database.name + s) for s in SIDE_FILES)
    return {p for p in found if p.exists()}


def remove_new_side_files(paths: VaultPaths, existed: set[Path]) -> None:
    """After a failed open: the stubs SQLite made are removed, what was there stays."""
    for side in side_files(paths) - existed:
        with contextlib.suppress(OSError):
            side.unlink()


def page_one_finding(conn: Any, paths: VaultPaths) -> errors.KopingplanError:
    """The key file's key does not read page 1: a damaged page, or another vault's key file
    (then no page at all authenticates)."""
    try:
        failed = sum(1 for _ in conn.execute("PRAGMA cipher_integrity_check"))
    except sqlcipher3.DatabaseError:
        failed = 0
    pages = paths.database.stat().st_size // 4096
    if pages > 1 and failed >= pages:
        return errors.KeyFileOfAnotherVault(path=str(paths.keyfile))
    first = checkup.Finding("first_page")
    return errors.VaultDamagedAt(count=max(failed, 1), first=first, detail=first.describe())


def connect(database: Path, key: bytearray) -> Any:
    """Opens and keys a connection; wipes ``key``. ``mode=rw`` never creates a missing file."""
    conn = sqlcipher3.connect(
        f"file:{database.as_posix()}?mode=rw",
        uri=True,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        statement = f"PRAGMA key = \"x'{key.hex()}'\""
        kf.wipe(key)
        conn.execute(statement)
        del statement
        conn.execute("PRAGMA cipher_memory_security = OFF")
    except BaseException:
        conn.close()
        raise
    return conn


def apply_session_pragmas(conn: Any) -> None:
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA busy_timeout = 2000")
