"""Process hardening at start: a crash must not write the key or case data to disk."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4


def apply() -> None:
    """Disables core dumps (RLIMIT_CORE 0) and, on Linux, marks the process not dumpable,
    which also keeps other processes of the same user from reading its memory via ptrace."""
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
