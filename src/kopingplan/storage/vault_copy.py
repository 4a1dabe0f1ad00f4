"""A complete, verified copy of an open vault as a new vault folder (backups, pre-migration).

How the copy is made, and why this way:

* **Ciphertext, page for page.** Inside a write transaction of the vault's own connection
  (after a TRUNCATE checkpoint, so the database file is complete), ``vault.db`` is copied
  byte for byte. It never exists decrypted, keeps the vault's key, and opens with the same
  key file. No other writer can exist meanwhile: the folder lock keeps other programs out and
  the program has one connection. Measured on a 2,000-case vault (120 MB): this copy 0.37 s;
  ``sqlcipher_export`` into an ATTACHed file (same key) 1.35 s; ``VACUUM INTO`` 1.27 s. The
  backup API cannot be used: it needs a second connection, and only SQLCipher holds the key
  while the vault is open. The copy is never made while the WAL holds pages the database
  file lacks: the program is then told the vault is busy (see :func:`_checkpoint`).
* **Durable before it counts.** Written under a temporary name beside the destination,
  every file fsynced, then the folder renamed and its parent fsynced: a crash leaves the old
  state and at most a ``.partial`` folder, never a half backup under the real name.
* **Verified from the medium.** After the fsync the copy's pages are dropped from the page
  cache (Linux), so the check reads what is really on the USB stick. The copy is ATTACHed to
  the vault's connection without a key (SQLCipher then uses the main key), read-only and
  immutable (no side files on the stick), and must pass ``cipher_integrity_check`` (every
  page's HMAC), ``integrity_check`` (structure and the search index) and the audit chain, and
  hold the same vault id as the key file copied beside it.

Nothing here knows about backup rotation, restore or the audit rows of either; that is
:mod:`kopingplan.services.backup`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import audit, migrations
from kopingplan.storage import keyfile as kf
from kopingplan.storage.atomic import OWNER_ONLY, fsync_directory
from kopingplan.storage.vault import DATABASE_NAME, KEYFILE_NAME, Vault

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

CHUNK_BYTES = 1 << 20
ATTACHED = "kopingplan_copy"
PARTIAL_SUFFIX = ".partial"
WAL_SUFFIX = "-wal"
# SQLite calls the progress handler every this many virtual-machine steps during the checks:
# often enough that Cancel answers within a fraction of a second, rarely enough to cost nothing.
CHECK_STEPS = 100_000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class CopyCancelled(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The copy was cancelled. Nothing was kept of it; the vault is unchanged."
    )


class CopyDestinationFull(errors.DiskFull):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is not enough space in {path}. The copy was not made and was removed again; "
        "the vault and earlier backups are unchanged. Free some space or choose another place.",
    )


class CopyDestinationUnwritable(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy could not be written to {path} ({detail}). The vault is unchanged. Check "
        "that the drive is connected and writable, or choose another place.",
    )


class CopySourceUnreadable(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} could not be read ({detail}). Nothing was changed. The drive may be failing.",
    )


class CopyVaultBusy(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault is busy with another task, so no copy was made. Try again in a moment.",
    )


class CopyVerificationFailed(errors.KopingplanError):
    exit_code = 1
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy in {path} failed its check ({detail}), so it was removed. The vault is "
        "unchanged. The drive may be failing: try another one.",
    )


@dataclass(frozen=True)
class CopyCheck:
    """What the check of a copy found. Numbers and ids only, never content."""

    integrity_problems: list[str]
    audit_problems: list[audit.AuditProblem]
    audit_rows: int
    schema_version: int
    vault_id: str | None
    problems: list[str] = field(default_factory=list)  # everything, as short English text

    @property
    def ok(self) -> bool:
        return not self.problems


# "No space", "over quota", "file too large" (FAT's 4 GiB limit): all mean "no room here".
_FULL = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)
)


def copy_error(error: OSError, path: Path) -> errors.KopingplanError:
    """The typed error for a failed write to ``path``: full, or otherwise unwritable."""
    if error.errno in _FULL:
        return CopyDestinationFull(path=str(path))
    return CopyDestinationUnwritable(path=str(path), detail=error.strerror or str(error))


def _drop_from_cache(fd: int) -> None:
    """Makes the next read come from the device, not from what we just wrote (Linux)."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _write_all(fd: int, data: memoryview) -> None:
    while data:
        written = os.write(fd, data)
        data = data[written:]


def copy_file(
    source: Path,
    target: Path,
    *,
    done: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Copies one file in chunks to a new owner-only file, fsynced; returns bytes copied."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        handle = open(source, "rb")  # noqa: SIM115 (closed below, errors told apart)
    except OSError as error:
        raise CopySourceUnreadable(path=str(source), detail=error.strerror or "") from None
    with handle:
        out = os.open(target, flags, OWNER_ONLY)
        try:
            buffer = bytearray(CHUNK_BYTES)
            while True:
                if cancelled is not None and cancelled():
                    raise CopyCancelled()
                try:
                    count = handle.readinto(buffer)
                except OSError as error:  # a failing stick when restoring, say
                    detail = error.strerror or ""
                    raise CopySourceUnreadable(path=str(source), detail=detail) from None
                if not count:
                    break
                _write_all(out, memoryview(buffer)[:count])
                done += count
                if progress is not None:
                    progress(done, total)
            os.fsync(out)
            _drop_from_cache(out)
        finally:
            os.close(out)
    return done


class _Qualified:
    """Runs the audit module's queries against the attached copy instead of the vault.

    :func:`audit.verify` names ``audit_log`` and ``meta`` without a schema; this puts the
    copy's schema in front of them and refuses any statement it could not qualify, so a
    changed query can never silently check the vault itself instead of the copy.
    """

    _TABLE = re.compile(r"\b(FROM|JOIN)\s+(audit_log|meta)\b", re.IGNORECASE)

    def __init__(self, conn: Any, schema: str) -> None:
        self._conn = conn
        self._schema = schema

    def execute(self, sql: str, params: Any = ()) -> Any:
        qualified, count = self._TABLE.subn(rf"\1 {self._schema}.\2", sql)
        if not count:
            raise RuntimeError("a statement of the copy check names no table of the copy")
        return self._conn.execute(qualified, params)


def check_copy(vault: Vault, database: Path, *, cancelled: Cancelled | None = None) -> CopyCheck:
    """Checks a copy of this vault's database with the vault's key (the copy is not changed)."""
    conn = vault.conn
    # immutable: no locking and no -shm or -wal files on the medium; the copy has no WAL.
    uri = database.absolute().as_uri() + "?immutable=1"
    conn.execute(f"ATTACH DATABASE ? AS {ATTACHED}", (uri,))

    def should_stop() -> int:
        return 1 if cancelled is not None and cancelled() else 0

    conn.set_progress_handler(should_stop, CHECK_STEPS)
    try:
        return _checks(conn, vault.vault_id)
    except sqlcipher3.OperationalError as error:
        if "interrupt" not in str(error).lower():
            raise
        raise CopyCancelled() from None
    finally:
        conn.set_progress_handler(None, 0)
        conn.execute(f"DETACH DATABASE {ATTACHED}")


def _checks(conn: Any, vault_id: str) -> CopyCheck:
    def failed(problem: str, integrity: list[str] | None = None) -> CopyCheck:
        return CopyCheck(integrity or [], [], 0, 0, None, [*(integrity or [])[:3], problem])

    try:
        conn.execute(f"SELECT count(*) FROM {ATTACHED}.sqlite_master").fetchone()
    except sqlcipher3.OperationalError:
        raise
    except sqlcipher3.DatabaseError:
        return failed("not readable with the vault's key")
    # Every page's HMAC first: it reports damaged pages by number instead of failing.
    integrity = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.cipher_integrity_check")]
    try:
        structure = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.integrity_check")]
        if structure != ["ok"]:
            integrity.extend(structure)
        version = int(conn.execute(f"PRAGMA {ATTACHED}.user_version").fetchone()[0])
        qualified = _Qualified(conn, ATTACHED)
        row = qualified.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        audit_problems = audit.verify(qualified)
        rows = int(qualified.execute("SELECT count(*) FROM audit_log").fetchone()[0])
    except sqlcipher3.OperationalError as error:
        if "interrupt" in str(error).lower():
            raise
        return failed(str(error), integrity)
    except sqlcipher3.DatabaseError as error:  # a damaged page stops SQLite's own check
        return failed(str(error), integrity)
    found_id = None if row is None else str(row[0])
    problems = list(integrity[:3])
    problems += [problem.describe() for problem in audit_problems[:3]]
    if not 1 <= version <= migrations.LATEST:
        problems.append(f"schema version {version}")
    if found_id != vault_id:
        problems.append("another vault's database")
    return CopyCheck(integrity, audit_problems, rows, version, found_id, problems)


def partial_name(destination: Path) -> Path:
    return destination.with_name(f".{destination.name}{PARTIAL_SUFFIX}")


def copy_vault(
    vault: Vault,
    destination: Path,
    *,
    extra_files: Mapping[str, bytes] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CopyCheck:
    """Writes a verified copy of the open vault as the new folder ``destination``.

    ``destination`` must not exist; its parent must. The copy holds ``vault.db`` and
    ``vault.key`` (so every secret that opens the vault now opens the copy) and any
    ``extra_files`` (a backup's manifest). ``progress(done, total)`` counts bytes copied;
    ``cancelled()`` is asked between chunks and during the checks. On any failure or cancel
    nothing is left under either name and the vault is unchanged.
    """
    if destination.exists():
        raise errors.VaultExists(path=str(destination))
    temporary = partial_name(destination)
    shutil.rmtree(temporary, ignore_errors=True)  # left by a crash during an earlier copy
    try:
        temporary.mkdir(mode=0o700)
    except OSError as error:
        raise copy_error(error, destination.parent) from None
    try:
        try:
            _copy_files(vault, temporary, extra_files or {}, progress, cancelled)
        except OSError as error:
            raise copy_error(error, destination.parent) from None
        check = check_copy(vault, temporary / DATABASE_NAME, cancelled=cancelled)
        if not check.ok:
            raise CopyVerificationFailed(path=str(destination), detail="; ".join(check.problems))
        try:
            os.replace(temporary, destination)
            fsync_directory(destination.parent)
        except OSError as error:
            raise copy_error(error, destination.parent) from None
        return check
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise


def _copy_files(
    vault: Vault,
    folder: Path,
    extra_files: Mapping[str, bytes],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    paths = vault.paths
    # Read and check the key file first: a copy that no secret opens is no backup.
    key_bytes = paths.keyfile.read_bytes()
    try:
        same_vault = kf.KeyFile.from_bytes(key_bytes).vault_id == vault.vault_id
    except (ValueError, UnicodeDecodeError, TypeError):
        same_vault = False
    if not same_vault:
        raise errors.KeyFileDamaged(path=str(paths.keyfile))
    _checkpoint(vault)
    with vault.transaction():  # no write can start until the database is copied
        wal = paths.database.with_name(DATABASE_NAME + WAL_SUFFIX)
        if wal.exists() and wal.stat().st_size > 0:
            raise CopyVaultBusy()  # written to since the checkpoint: vault.db is not complete
        copy_file(
            paths.database,
            folder / DATABASE_NAME,
            done=0,
            total=paths.database.stat().st_size,
            progress=progress,
            cancelled=cancelled,
        )
    for name, data in {KEYFILE_NAME: key_bytes, **extra_files}.items():
        _write_small(folder / name, data)
    fsync_directory(folder)


def _checkpoint(vault: Vault) -> None:
    """Moves every committed page into vault.db and empties the WAL, or says the vault is busy.

    Only a read of this program's own still in progress can stop it (the folder lock keeps
    other programs out); copying the WAL as well would then be possible, but the copy could not
    be checked either, as SQLite cannot detach a database while that read runs.
    """
    try:
        busy = vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except sqlcipher3.OperationalError:  # "database table is locked"
        busy = 1
    if busy:
        raise CopyVaultBusy()


def _write_small(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        _write_all(fd, memoryview(data))
        os.fsync(fd)
    finally:
        os.close(fd)
