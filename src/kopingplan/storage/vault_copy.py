"""A complete, verified copy of an open vault as a new vault folder (backups, pre-migration).

How the copy is made, and why this way:

* **Ciphertext, page for page, from one instant.** After a TRUNCATE checkpoint the database
  file holds every committed page and the WAL is empty; inside a write transaction of the
  vault's own connection nothing can change that file until the transaction ends: the folder
  lock keeps other programs out, the program has one connection, and only a writer or a
  checkpoint writes into ``vault.db``. ``vault.db`` is then copied byte for byte, by the kernel
  (``sendfile`` on Linux; a chunked copy elsewhere, or where the file system refuses it). It
  never exists decrypted, keeps the vault's key, and opens with the same key file. Measured on
  a 2,000-case vault (120 MB): a Python chunked copy 0.37 s; ``sqlcipher_export`` into an
  ATTACHed file (same key) 1.35 s; ``VACUUM INTO`` 1.27 s; at 1.2 GB the kernel copy takes
  0.6–1.1 s where the chunked one took 3 s. The backup API cannot be used: it needs a second
  connection, and only SQLCipher holds the key while the vault is open. The copy is never made
  while the WAL holds pages the database file lacks: the program is then told the vault is
  busy (see :func:`_checkpoint`).
* **Durable before it counts.** Written under a temporary name beside the destination,
  every file fsynced, then the folder renamed and its parent fsynced: a crash leaves the old
  state and at most a ``.partial`` folder, never a half backup under the real name.
* **Verified from the medium: the copy is the vault, bit for bit.** The copy is written in
  segments (:func:`copy_and_compare`); each is synced, its pages dropped from the page cache
  (Linux), so that what is read next comes from the USB stick, and then read back and compared
  byte for byte with ``vault.db`` while the next segment is copied. All of it happens inside
  the write transaction, so ``vault.db`` cannot have changed since it was copied. The key file
  and the manifest are read back and compared too. A single wrong bit refuses the backup.
* **And it opens as this vault.** The copy is ATTACHed to the vault's connection without a
  key (SQLCipher then uses the main key), read-only and immutable (no side files on the stick):
  it must decrypt, hold a known schema version, the vault id of the key file copied beside it,
  and end its audit log at the head the vault had when it was copied.
* **Structure: as sound as the vault.** A vault up to ``FULL_CHECK_MAX_BYTES`` (64 MB, as at
  every open) also has its copy put through ``cipher_integrity_check`` (every page's HMAC),
  ``integrity_check`` (structure and the search index) and the whole audit chain, about 0.3 s.
  A larger one does not: at 1.2 GB those take ~19 s (the HMAC check alone 2.8 s; the audit
  chain ~6.6 µs a row), 25 times a plain copy, for properties a bit-identical copy has exactly
  as the vault has them. The copy's pages are the vault's pages, each authenticated by
  SQLCipher whenever it is read; a damage the vault already has in pages nobody read since
  its last full check is copied faithfully, and found by ``kopingplan check`` (on the vault,
  or on the backup folder), not here.
* **What the read-back does not prove.** On Windows and macOS it may come from the system's
  cache (no ``posix_fadvise``), and a drive's own cache can answer a read after a flush: the
  check then proves what the system and the drive say they wrote.

Nothing here knows about backup rotation, restore or the audit rows of either; that is
:mod:`kopingplan.services.backup`.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import shutil
import sys
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import audit, migrations
from kopingplan.storage import keyfile as kf
from kopingplan.storage.atomic import OWNER_ONLY, fsync_directory
from kopingplan.storage.vault import (
    DATABASE_NAME,
    FULL_CHECK_AT_OPEN_MAX_BYTES,
    KEYFILE_NAME,
    Vault,
)

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

# 8 MiB: a few hundred steps for a large vault, each short enough on a slow stick (~0.3 s at
# 30 MB/s) for Cancel and the progress bar to follow; larger chunks measured no faster.
CHUNK_BYTES = 8 << 20
ATTACHED = "kopingplan_copy"
PARTIAL_SUFFIX = ".partial"
WAL_SUFFIX = "-wal"
# Up to this size the copy also gets the full structural checks, as the vault does at open.
FULL_CHECK_MAX_BYTES = FULL_CHECK_AT_OPEN_MAX_BYTES
# The copy is synced and read back in segments of this size, each while the next is copied.
# Measured at 1.2 GB (copy and read-back together): 16 MB 1.3-1.5 s, 32 and 64 MB 1.0-1.5 s,
# 128 MB 1.2-2.2 s; everything copied first and then read back 2.0-2.9 s; a plain copy 0.65 s.
SEGMENT_BYTES = 64 << 20
# SQLite calls the progress handler every this many virtual-machine steps during the checks:
# often enough that Cancel answers within a fraction of a second, rarely enough to cost nothing.
CHECK_STEPS = 100_000
# sendfile() copies file to file in the kernel on Linux only (macOS wants a socket).
_KERNEL_COPY = sys.platform.startswith("linux") and hasattr(os, "sendfile")

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
    audit_rows: int  # counted by the full check; otherwise the audit head's sequence number
    schema_version: int
    vault_id: str | None
    problems: list[str] = field(default_factory=list)  # everything, as short English text
    full: bool = True  # the structural checks ran too (see FULL_CHECK_MAX_BYTES)

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


def _copy_chunk(source: io.FileIO, out: int, offset: int, buffer: bytearray) -> int:
    """Copies up to ``len(buffer)`` bytes of ``source`` from ``offset`` to the end of ``out``.

    Returns how many (0 at the end of the source). The kernel copy is tried first; when it
    fails (a file system without it, a full disk, a failing drive) the chunk is copied again
    through ``buffer``, which says whether reading or writing failed.
    """
    if _KERNEL_COPY:
        with contextlib.suppress(OSError):
            return os.sendfile(out, source.fileno(), offset, len(buffer))
    source.seek(offset)
    try:
        count = source.readinto(buffer) or 0
    except OSError as error:  # a failing stick when restoring, say
        detail = error.strerror or ""
        raise CopySourceUnreadable(path=str(source.name), detail=detail) from None
    _write_all(out, memoryview(buffer)[:count])
    return count


def copy_file(
    source: Path,
    target: Path,
    *,
    done: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Copies one file in chunks to a new owner-only file, fsynced; returns bytes copied.

    The copy's pages are dropped from the cache afterwards, so reading it back reads the medium.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        handle = open(source, "rb", buffering=0)  # noqa: SIM115 (closed below, errors told apart)
    except OSError as error:
        raise CopySourceUnreadable(path=str(source), detail=error.strerror or "") from None
    with handle:
        out = os.open(target, flags, OWNER_ONLY)
        try:
            buffer, offset = bytearray(CHUNK_BYTES), 0
            while True:
                if cancelled is not None and cancelled():
                    raise CopyCancelled()
                count = _copy_chunk(handle, out, offset, buffer)
                if not count:
                    break
                offset += count
                done += count
                if progress is not None:
                    progress(done, total)
            os.fsync(out)
            _drop_from_cache(out)
        finally:
            os.close(out)
    return done


def _read_full(handle: io.FileIO, buffer: bytearray, size: int) -> int:
    """Reads ``size`` bytes into ``buffer`` unless the file ends first; returns how many."""
    view, filled = memoryview(buffer), 0
    while filled < size:
        count = handle.readinto(view[filled:size]) or 0
        if not count:
            break
        filled += count
    return filled


def copy_and_compare(
    source: Path,
    target: Path,
    *,
    progress: Progress | None = None,
    check_progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> str | None:
    """Copies ``source`` to the new owner-only file ``target`` and reads it back from the drive.

    Returns None when every byte read back equals the source's, else where they first differ
    (English, for the error's detail). The caller makes sure ``source`` cannot change meanwhile.

    The copy goes in segments of ``SEGMENT_BYTES``: each is made durable and dropped from the
    page cache (:func:`_written`), then read back and compared on a second thread while the
    next one is copied, which at 1.2 GB halves the time (see ``SEGMENT_BYTES``).
    ``progress`` counts bytes copied and ``check_progress`` bytes compared, both called on this
    thread; ``cancelled()`` is asked between chunks.
    """
    total = source.stat().st_size
    try:
        handle = open(source, "rb", buffering=0)  # noqa: SIM115 (closed below, errors told apart)
    except OSError as error:
        raise CopySourceUnreadable(path=str(source), detail=error.strerror or "") from None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with handle, _Comparer(source, target, cancelled) as comparer:
        out = os.open(target, flags, OWNER_ONLY)
        checker = ThreadPoolExecutor(1, thread_name_prefix="vault-compare")
        try:
            return _copy_segments(
                handle, out, total, checker, comparer, progress, check_progress, cancelled
            )
        finally:  # the comparer's files stay open until its thread is done with them
            checker.shutdown(wait=True, cancel_futures=True)
            os.close(out)


def _copy_segments(
    source: io.FileIO,
    out: int,
    total: int,
    checker: ThreadPoolExecutor,
    comparer: _Comparer,
    progress: Progress | None,
    check_progress: Progress | None,
    cancelled: Cancelled | None,
) -> str | None:
    buffer, offset, checked = bytearray(CHUNK_BYTES), 0, 0
    pending: deque[tuple[Future[str | None], int]] = deque()  # each with where its range ends
    while True:
        start = offset
        while offset < start + SEGMENT_BYTES:
            if cancelled is not None and cancelled():
                raise CopyCancelled()
            count = _copy_chunk(source, out, offset, buffer)
            if not count:
                break
            offset += count
            if progress is not None:
                progress(offset, total)
        if offset > start:
            _written(out, start, offset - start)
            pending.append((checker.submit(comparer.compare, start, offset - start), offset))
        # Results in order, waited for only once everything is copied. Progress tells of the
        # check only then, so that a progress dialog does not flicker between the two stages.
        copied_all = offset == start
        if copied_all and check_progress is not None:
            check_progress(checked, total)
        while pending and (pending[0][0].done() or copied_all):
            result, checked = pending.popleft()
            difference = result.result()
            if difference is not None:
                return difference
            if copied_all and check_progress is not None:
                check_progress(checked, total)
        if copied_all:
            break
    os.fsync(out)  # the file's size and times; its data already is on the drive
    copied = os.fstat(out).st_size
    return None if copied == total else f"{copied} bytes of {total} were written"


def _written(out: int, offset: int, count: int) -> None:
    """Makes ``count`` bytes from ``offset`` durable, then drops them from the page cache.

    Reading them back then reads the drive (Linux): after the sync every page of the range is
    clean, which is what ``POSIX_FADV_DONTNEED`` needs to drop it.
    """
    getattr(os, "fdatasync", os.fsync)(out)
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(out, offset, count, os.POSIX_FADV_DONTNEED)


class _Comparer:
    """Compares ranges of the copy, read from its drive, with the source (on one thread)."""

    def __init__(self, source: Path, target: Path, cancelled: Cancelled | None) -> None:
        self._source, self._target, self._cancelled = source, target, cancelled
        self._mine, self._theirs = bytearray(CHUNK_BYTES), bytearray(CHUNK_BYTES)
        self._original: io.FileIO | None = None
        self._back: io.FileIO | None = None

    def __enter__(self) -> _Comparer:
        return self

    def __exit__(self, *exc: object) -> None:
        for handle in (self._original, self._back):
            if handle is not None:
                handle.close()

    def compare(self, offset: int, count: int) -> str | None:
        if self._original is None:
            try:
                self._original = io.FileIO(self._source, "rb")
            except OSError as error:
                detail = error.strerror or ""
                raise CopySourceUnreadable(path=str(self._source), detail=detail) from None
        try:
            if self._back is None:
                self._back = io.FileIO(self._target, "rb")
            return self._compare(self._original, self._back, offset, count)
        except OSError as error:  # reading the copy back failed: the drive, most likely
            return f"could not be read back near byte {offset}: {error.strerror or error}"

    def _compare(self, original: io.FileIO, back: io.FileIO, offset: int, count: int) -> str | None:
        mine, theirs = self._mine, self._theirs
        back.seek(offset)
        original.seek(offset)
        end = offset + count
        while offset < end:
            if self._cancelled is not None and self._cancelled():
                raise CopyCancelled()  # on to the copying thread, through the future
            size = min(CHUNK_BYTES, end - offset)
            got = _read_full(back, mine, size)
            try:
                want = _read_full(original, theirs, size)
            except OSError as error:
                detail = error.strerror or ""
                raise CopySourceUnreadable(path=str(self._source), detail=detail) from None
            # Whole chunks compare in C at memory speed; only a last, shorter one is sliced.
            if not (theirs == mine if got == want == CHUNK_BYTES else theirs[:want] == mine[:got]):
                shorter = min(got, want)
                at = next((i for i in range(shorter) if mine[i] != theirs[i]), shorter)
                return f"byte {offset + at} differs from the vault"
            offset += size
        return None


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


def check_copy(
    vault: Vault,
    database: Path,
    *,
    full: bool = True,
    audit_head: str | None = None,
    cancelled: Cancelled | None = None,
) -> CopyCheck:
    """Checks a copy of this vault's database with the vault's key (the copy is not changed).

    Always: it decrypts, its schema version is known, it holds this vault's id, and its audit
    log ends at ``audit_head`` (the vault's ``meta`` value when it was copied) if given. With
    ``full`` also every page's HMAC, SQLite's structural check and the whole audit chain.
    """
    conn = vault.conn
    # immutable: no locking and no -shm or -wal files on the medium; the copy has no WAL.
    uri = database.absolute().as_uri() + "?immutable=1"
    try:
        conn.execute(f"ATTACH DATABASE ? AS {ATTACHED}", (uri,))
    except sqlcipher3.DatabaseError as error:  # its first page does not decrypt, say
        problem = f"not readable with the vault's key ({error})"
        return CopyCheck([], [], 0, 0, None, [problem], full)

    def should_stop() -> int:
        return 1 if cancelled is not None and cancelled() else 0

    conn.set_progress_handler(should_stop, CHECK_STEPS)
    try:
        check = _checks(conn, vault.vault_id, full=full, audit_head=audit_head)
    except sqlcipher3.OperationalError as error:
        if "interrupt" not in str(error).lower():
            raise
        raise CopyCancelled() from None
    finally:
        conn.set_progress_handler(None, 0)
        conn.execute(f"DETACH DATABASE {ATTACHED}")
    if not check.ok and should_stop():
        # An interrupted statement does not always say so: inside integrity_check, FTS5's
        # index check fails with "vtable constructor failed". Cancelled is not damaged.
        raise CopyCancelled()
    return check


def _checks(conn: Any, vault_id: str, *, full: bool, audit_head: str | None) -> CopyCheck:
    def failed(problem: str, integrity: list[str] | None = None) -> CopyCheck:
        return CopyCheck(integrity or [], [], 0, 0, None, [*(integrity or [])[:3], problem], full)

    try:
        conn.execute(f"SELECT count(*) FROM {ATTACHED}.sqlite_master").fetchone()
    except sqlcipher3.OperationalError:
        raise
    except sqlcipher3.DatabaseError:
        return failed("not readable with the vault's key")
    integrity: list[str] = []
    audit_problems: list[audit.AuditProblem] = []
    if full:  # every page's HMAC first: it reports damaged pages by number instead of failing
        integrity = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.cipher_integrity_check")]
    try:
        if full:
            structure = [str(r[0]) for r in conn.execute(f"PRAGMA {ATTACHED}.integrity_check")]
            if structure != ["ok"]:
                integrity.extend(structure)
        version = int(conn.execute(f"PRAGMA {ATTACHED}.user_version").fetchone()[0])
        qualified = _Qualified(conn, ATTACHED)
        row = qualified.execute("SELECT value FROM meta WHERE key = 'vault_id'").fetchone()
        head = qualified.execute(
            "SELECT value FROM meta WHERE key = ?", (audit.HEAD_KEY,)
        ).fetchone()
        last = qualified.execute(
            "SELECT seq, row_hash FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        if full:
            audit_problems = audit.verify(qualified)
            rows = int(qualified.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        else:
            rows = 0 if last is None else int(last[0])
    except sqlcipher3.OperationalError as error:
        if "interrupt" in str(error).lower():
            raise
        return failed(str(error), integrity)
    except sqlcipher3.DatabaseError as error:  # a damaged page stops SQLite's own check
        return failed(str(error), integrity)
    found_id = None if row is None else str(row[0])
    found_head = None if head is None else str(head[0])
    problems = list(integrity[:3])
    problems += [problem.describe() for problem in audit_problems[:3]]
    if not 1 <= version <= migrations.LATEST:
        problems.append(f"schema version {version}")
    if found_id != vault_id:
        problems.append("another vault's database")
    if audit_head is not None and found_head != audit_head:
        problems.append("not the vault's audit log at the time of the copy")
    if found_head is not None and (last is None or found_head != f"{last[0]}:{last[1]}"):
        problems.append("its audit log does not end at its recorded head")
    return CopyCheck(integrity, audit_problems, rows, version, found_id, problems, full)


def partial_name(destination: Path) -> Path:
    return destination.with_name(f".{destination.name}{PARTIAL_SUFFIX}")


def copy_vault(
    vault: Vault,
    destination: Path,
    *,
    extra_files: Mapping[str, bytes] | None = None,
    progress: Progress | None = None,
    check_progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CopyCheck:
    """Writes a verified copy of the open vault as the new folder ``destination``.

    ``destination`` must not exist; its parent must. The copy holds ``vault.db`` and
    ``vault.key`` (so every secret that opens the vault now opens the copy) and any
    ``extra_files`` (a backup's manifest). ``progress(done, total)`` counts bytes copied,
    ``check_progress(done, total)`` bytes read back and compared; ``cancelled()`` is asked
    between chunks and during the checks. On any failure or cancel nothing is left under
    either name and the vault is unchanged.
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
            snapshot = _copy_files(
                vault, temporary, extra_files or {}, progress, check_progress, cancelled
            )
        except OSError as error:
            raise copy_error(error, destination.parent) from None
        if snapshot.difference is not None:
            raise CopyVerificationFailed(path=str(destination), detail=snapshot.difference)
        check = check_copy(
            vault,
            temporary / DATABASE_NAME,
            full=snapshot.size <= FULL_CHECK_MAX_BYTES,
            audit_head=snapshot.audit_head,
            cancelled=cancelled,
        )
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


@dataclass(frozen=True)
class _Snapshot:
    """The vault as it was copied: its size, its audit head, and how the copy differs."""

    size: int
    audit_head: str | None
    difference: str | None  # None: every file of the copy read back identical


def _copy_files(
    vault: Vault,
    folder: Path,
    extra_files: Mapping[str, bytes],
    progress: Progress | None,
    check_progress: Progress | None,
    cancelled: Cancelled | None,
) -> _Snapshot:
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
    copy = folder / DATABASE_NAME
    with vault.transaction() as conn:  # no write can start until the copy is compared
        wal = paths.database.with_name(DATABASE_NAME + WAL_SUFFIX)
        if wal.exists() and wal.stat().st_size > 0:
            raise CopyVaultBusy()  # written to since the checkpoint: vault.db is not complete
        head = conn.execute("SELECT value FROM meta WHERE key = ?", (audit.HEAD_KEY,)).fetchone()
        size = paths.database.stat().st_size
        difference = copy_and_compare(
            paths.database,
            copy,
            progress=progress,
            check_progress=check_progress,
            cancelled=cancelled,
        )
    audit_head = None if head is None else str(head[0])
    if difference is not None:
        return _Snapshot(size, audit_head, f"{DATABASE_NAME}: {difference}")
    small = {KEYFILE_NAME: key_bytes, **extra_files}
    for name, data in small.items():
        _write_small(folder / name, data)
    fsync_directory(folder)
    for name, data in small.items():
        if _read_back(folder / name) != data:
            return _Snapshot(size, audit_head, f"{name}: differs from what was written")
    return _Snapshot(size, audit_head, None)


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
        _drop_from_cache(fd)
    finally:
        os.close(fd)


def _read_back(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
