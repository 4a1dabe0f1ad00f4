"""Crash-safe file writes: a temporary name beside the target, owner-only, fsynced, renamed.

A reader (or a crash) sees either the old file or the new one, never a partial one; a failed
write leaves the old file as it was and no temporary file behind. A full disk is raised as
:class:`kopingplan.errors.DiskFull`.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from kopingplan import errors

OWNER_ONLY = 0o600
NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def fsync_directory(directory: Path) -> None:
    """Makes a rename in ``directory`` durable. Windows has no directory fsync; NTFS journals it."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, mode: int = OWNER_ONLY) -> None:
    """Replaces ``path`` with ``data`` atomically and durably."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(temporary, flags, mode)
    except OSError as error:
        if error.errno in NO_SPACE:
            raise errors.DiskFull() from error
        raise
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError) and error.errno in NO_SPACE:
            raise errors.DiskFull() from error
        raise
    fsync_directory(path.parent)
