"""Copying one file durably and proving the copy from the medium: the bytes of a vault copy
(:mod:`kopingplan.storage.vault_copy`) and of a restore (:mod:`kopingplan.services.restore`).

The kernel copies where it can (``sendfile`` on Linux; a chunked copy elsewhere, or where the
file system refuses it). :func:`copy_and_compare` writes in segments; each is synced, its pages
dropped from the page cache (Linux), so that what is read next comes from the drive, and then
read back and compared byte for byte with the source on a second thread while the next segment
is copied. What that read-back cannot prove (a drive's own cache) is said in vault_copy.py.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from kopingplan import errors
from kopingplan.storage.atomic import OWNER_ONLY

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

# 8 MiB: a few hundred steps for a large vault, each short enough on a slow stick (~0.3 s at
# 30 MB/s) for Cancel and the progress bar to follow; larger chunks measured no faster.
CHUNK_BYTES = 8 << 20
# The copy is synced and read back in segments of this size, each while the next is copied.
# Measured at 1.2 GB (copy and read-back together): 16 MB 1.3-1.5 s, 32 and 64 MB 1.0-1.5 s,
# 128 MB 1.2-2.2 s; everything copied first and then read back 2.0-2.9 s; a plain copy 0.65 s.
SEGMENT_BYTES = 64 << 20
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


# "No space", "over quota", "file too large" (FAT's 4 GiB limit): all mean "no room here".
_FULL = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG") if hasattr(errno, name)
)


def copy_error(error: OSError, path: Path) -> errors.KopingplanError:
    """The typed error for a failed write to ``path``: full, or otherwise unwritable."""
    if error.errno in _FULL:
        return CopyDestinationFull(path=str(path))
    return CopyDestinationUnwritable(path=str(path), detail=error.strerror or str(error))


def drop_from_cache(fd: int, offset: int = 0, count: int = 0) -> None:
    """Makes the next read of ``count`` bytes from ``offset`` (0: to the end) come from the
    device, not from what we just wrote (Linux). Only clean pages are dropped: sync first."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is not None:
        with contextlib.suppress(OSError):
            advise(fd, offset, count, os.POSIX_FADV_DONTNEED)


def _unreadable(path: str | Path, error: OSError) -> CopySourceUnreadable:
    """The typed error for a failed read of the source ``path``."""
    return CopySourceUnreadable(path=str(path), detail=error.strerror or "")


def write_all(fd: int, data: memoryview) -> None:
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
        raise _unreadable(source.name, error) from None
    write_all(out, memoryview(buffer)[:count])
    return count


def _copy_chunks(
    source: io.FileIO,
    out: int,
    offset: int,
    end: int | None,
    buffer: bytearray,
    cancelled: Cancelled | None,
    tell: Callable[[int], None],
) -> int:
    """Copies ``source`` from ``offset`` to ``out`` chunk by chunk until ``end`` (None: the
    end of the source); returns the offset reached. ``cancelled()`` is asked before each chunk
    and ``tell(offset)`` called after it."""
    while end is None or offset < end:
        if cancelled is not None and cancelled():
            raise CopyCancelled()
        count = _copy_chunk(source, out, offset, buffer)
        if not count:
            break
        offset += count
        tell(offset)
    return offset


def _teller(progress: Progress | None, total: int, done: int = 0) -> Callable[[int], None]:
    """The chunk loop's ``tell(offset)``: ``progress`` (if any) hears ``done + offset`` bytes
    of ``total`` (``done``: what earlier files of the same copy took)."""

    def tell(reached: int) -> None:
        if progress is not None:
            progress(done + reached, total)

    return tell


def _open_source(source: Path) -> io.FileIO:
    try:
        return io.FileIO(source, "rb")
    except OSError as error:
        raise _unreadable(source, error) from None


def _open_target(target: Path) -> int:
    """A new owner-only file (never an existing one)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    return os.open(target, flags, OWNER_ONLY)


@contextlib.contextmanager
def _new_file(target: Path) -> Iterator[int]:
    """The new owner-only file ``target``, open for writing; closed in any case.

    When the block ends without an error the file is fsynced and its pages dropped from the
    cache, so that reading it back reads the medium; the caller syncs the folder.
    """
    out = _open_target(target)
    try:
        yield out
        os.fsync(out)
        drop_from_cache(out)
    finally:
        os.close(out)


def write_new_file(target: Path, data: bytes) -> None:
    """Writes ``data`` (a copy's key file or manifest, already in memory) as the new
    owner-only file ``target``, as :func:`copy_file` writes a file: fsynced, out of the cache."""
    with _new_file(target) as out:
        write_all(out, memoryview(data))


def copy_file(
    source: Path,
    target: Path,
    *,
    done: int,
    total: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> int:
    """Copies one file in chunks to a new owner-only file, fsynced; returns ``done`` plus the
    bytes copied (``progress`` counts from ``done`` to ``total``, over several files).

    The copy's pages are dropped from the cache afterwards, so reading it back reads the medium.
    """
    tell = _teller(progress, total, done)
    with _open_source(source) as handle, _new_file(target) as out:
        size = _copy_chunks(handle, out, 0, None, bytearray(CHUNK_BYTES), cancelled, tell)
    return done + size


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
    with _open_source(source) as handle, _Comparer(source, target, cancelled) as comparer:
        out = _open_target(target)
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
    tell = _teller(progress, total)
    while True:
        start = offset
        offset = _copy_chunks(source, out, start, start + SEGMENT_BYTES, buffer, cancelled, tell)
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
    drop_from_cache(out, offset, count)


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
            self._original = _open_source(self._source)
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
                raise _unreadable(self._source, error) from None
            # Whole chunks compare in C at memory speed; only a last, shorter one is sliced.
            if not (theirs == mine if got == want == CHUNK_BYTES else theirs[:want] == mine[:got]):
                shorter = min(got, want)
                at = next((i for i in range(shorter) if mine[i] != theirs[i]), shorter)
                return f"byte {offset + at} differs from the vault"
            offset += size
        return None
