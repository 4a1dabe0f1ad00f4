"""Process hardening at start: a crash must not write the key or case data to disk, and
temporary files of the libraries below us (Qt's print spool file among them) should not
reach the disk either."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4

# Linux only: whether TMPDIR points at a folder in memory (True) or temporary files go to the
# disk because the session offers no usable runtime folder (False); None before the check and
# elsewhere (Windows's spooler keeps its own rules). The security dialog reads it.
_temporary_in_memory: bool | None = None


def temporary_files_on_disk() -> bool:
    """Whether this Linux session writes temporary files (a print job's pages) to the disk:
    :func:`use_private_tmpdir` found no private runtime folder in memory for them."""
    return _temporary_in_memory is False


def apply() -> None:
    """Disables core dumps (RLIMIT_CORE 0) and, on Linux, marks the process not dumpable,
    which also keeps other processes of the same user from reading its memory via ptrace.
    Temporary files go to a private folder in memory where the system offers one."""
    use_private_tmpdir()
    if os.name != "posix":
        return  # Windows writes no core files; Windows Error Reporting is configured by IT
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        log.warning("could not disable core dumps")
    if os.uname().sysname == "Linux":
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                log.warning("could not mark the process not dumpable")
        except OSError:
            log.warning("could not mark the process not dumpable")


def use_private_tmpdir() -> Path | None:
    """Points TMPDIR (Python's tempfile and Qt's QDir.tempPath alike) at
    ``$XDG_RUNTIME_DIR/kopingplan`` when the session has a runtime folder: on Linux it is a
    tmpfs of the user's own (mode 0700), so a temporary file lives in memory and is gone at
    logout, instead of on the disk. The program writes no temporary files of its own; Qt's
    CUPS backend does, for the moment between drawing a print job and handing it to CUPS (page
    images of a brief). Returns the folder, or None where there is no usable runtime folder
    (Windows, macOS, a session without one): then nothing changes.
    """
    global _temporary_in_memory
    linux = os.name == "posix" and os.uname().sysname == "Linux"
    folder = _runtime_folder()
    if linux:
        _temporary_in_memory = folder is not None
        if not os.environ.get("XDG_RUNTIME_DIR"):
            log.warning("the session has no runtime folder: temporary files go to the disk")
    if folder is None:
        return None
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = None  # asked again on next use
    return folder


def _runtime_folder() -> Path | None:
    """``$XDG_RUNTIME_DIR/kopingplan``, made the user's alone; None when there is none."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if os.name != "posix" or not runtime:
        return None
    try:
        info = os.stat(runtime)
        # Only a folder that is the user's alone: anything else could be someone else's.
        if (
            not stat.S_ISDIR(info.st_mode)
            or info.st_uid != os.getuid()
            or stat.S_IMODE(info.st_mode) & 0o077
        ):
            log.warning(
                "the runtime folder is not the user's alone: temporary files go to the disk"
            )
            return None
        folder = Path(runtime) / "kopingplan"
        folder.mkdir(mode=0o700, exist_ok=True)
        mine = folder.lstat()
        if not stat.S_ISDIR(mine.st_mode) or mine.st_uid != os.getuid():
            log.warning(
                "the program's runtime folder is not its own: temporary files go to the disk"
            )
            return None
        folder.chmod(0o700)
    except OSError:
        log.warning("could not use the runtime folder for temporary files")
        return None
    return folder
