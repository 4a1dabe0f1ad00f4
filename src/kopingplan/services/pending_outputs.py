"""Half-written files of an interrupted save: recorded in the vault before they are made,
removed at the next unlock.

A save out of the vault (a brief, a copy of an attachment or of an incoming file, a register
extract, a package, a report) writes its plaintext under a temporary name beside the chosen
target and puts it in place only after its log row commits (:func:`kopingplan.files.output_after`).
A process killed on the way (``kill -9``, a power cut) leaves that temporary file where the
coordinator chose to save, where nothing else would ever find it. So :func:`recorder` gives each
save a record: the temporary file's full path is committed to the vault (encrypted: a path can
name a person) before the file is made, and the row goes when the file is placed or removed.

:func:`sweep` runs after each unlock (the GUI on its worker, the command line before its verb).
A recorded path whose file is still there is removed only if it is still a regular file under
the temporary-name pattern (a symbolic link or anything else is left alone and the row
dropped: it is not a file the program made); the cleanup is logged by number, never by path. A
file that cannot be reached now (its folder is gone, the USB stick is not in) keeps its row and
is tried again next time; the coordinator is shown its path once (:attr:`Sweep.unreachable`):
the command line prints it at once, so the sweep marks it told; the GUI shows it later, on the
GUI thread, and marks it with :func:`mark_told` once shown (a lock before that would otherwise
hide it for good).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kopingplan import files
from kopingplan.storage import atomic, audit
from kopingplan.storage import pending_outputs as store

if TYPE_CHECKING:
    from kopingplan.services.session import Session
    from kopingplan.storage.mapping import Connection

_log = logging.getLogger(__name__)

# This program's own rows: a sweep never touches a save of its own process that is under way.
PROCESS = secrets.token_hex(8)
ACTION = "vault.leftovers_removed"


def recorder(session: Session) -> files.TemporaryRecord:
    """The ``record`` for :func:`kopingplan.files.output_after` of a save from ``session``."""

    @contextlib.contextmanager
    def record(temporary: Path) -> Iterator[None]:
        started = datetime.now(UTC).isoformat(timespec="seconds")
        with session.vault.transaction() as conn:
            # Where the file really is: a later sweep may run from another working folder (the
            # command line), and ".." after a linked folder is not what a lexical reading says.
            where = os.path.join(os.path.realpath(temporary.parent), temporary.name)
            row_id = store.add(conn, os.fsencode(where), PROCESS, started)
        try:
            yield
        finally:
            try:
                with session.vault.transaction() as conn:
                    store.remove(conn, [row_id])
            except Exception:  # the save's own outcome matters more; the next sweep drops it
                _log.warning("A record of a temporary file stayed; the next unlock clears it")

    return record


@contextlib.contextmanager
def recorded_output(
    session: Session,
    destination: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = False,
    mode: int = 0o600,
    before_recording: Callable[[], None] | None = None,
) -> Iterator[Connection]:
    """Saves ``data`` to ``destination`` with its record in the vault: the block is the
    transaction that records the save (its audit row, a disclosure). The file is written under
    a temporary name first (:func:`recorder`) and put under its name only once that
    transaction commits (:func:`kopingplan.files.output_after`): a failed write or commit
    leaves neither, and a process killed on the way leaves no file under its name without its
    record. ``mode``: the new file's permissions (owner-only unless the data is public).
    ``before_recording``: called once the bytes are written and synced, before the transaction
    (the export wizard's RecordingGate: it may refuse, leaving nothing)."""
    record = recorder(session)
    with files.output_after(destination, data, overwrite=overwrite, mode=mode, record=record):
        if before_recording is not None:
            before_recording()
        with session.vault.transaction() as conn:
            yield conn


@dataclass(frozen=True)
class Sweep:
    removed: int  # half-written files removed now
    waiting: int  # recorded files that could not be reached now (tried again next time)
    unreachable: tuple[str, ...]  # of those, the paths the coordinator has not been shown yet
    untold: tuple[int, ...] = ()  # their rows, when the caller marks them told (mark_told)


def sweep(session: Session, *, told: bool = True) -> Sweep:
    """Removes what interrupted saves of earlier runs left (see the module docstring). Writes
    to the vault only when there is something to record. ``told=False``: the paths not shown
    yet are left unmarked; the caller calls :func:`mark_told` once it has shown them."""
    with session.vault.read() as conn:
        rows = store.left_by_others(conn, PROCESS)
    if not rows:
        return Sweep(0, 0, ())
    removed = 0
    done: list[int] = []
    waiting: list[store.PendingOutput] = []
    new: list[store.PendingOutput] = []
    for row in rows:
        outcome = _remove(Path(os.fsdecode(row.path)))
        if outcome == "unreachable":
            waiting.append(row)
            if not row.told:
                new.append(row)
            continue
        removed += 1 if outcome == "removed" else 0
        done.append(row.id)
    if done or (new and told):  # else every row waits and was named before: nothing to write
        with session.vault.transaction() as conn:
            store.remove(conn, done)
            if told:
                store.mark_told(conn, [row.id for row in new])
            if removed:
                details = {"removed": removed, "waiting": len(waiting)}
                audit.append(conn, session.actor, ACTION, details=details)
    paths = tuple(os.fsdecode(row.path) for row in new)
    return Sweep(removed, len(waiting), paths, () if told else tuple(row.id for row in new))


def mark_told(session: Session, row_ids: tuple[int, ...]) -> None:
    """The coordinator has been shown these rows' paths: a later sweep does not name them."""
    if row_ids:
        with session.vault.transaction() as conn:
            store.mark_told(conn, row_ids)


def _remove(path: Path) -> str:
    """``removed``, ``gone`` (nothing there, or nothing of ours: left alone) or
    ``unreachable`` (to be tried again)."""
    if not files.is_temporary_name(path.name):
        return "gone"  # not a name the program gives: never touched
    try:
        info = os.lstat(path)  # the name itself: a symbolic link is not followed
    except FileNotFoundError:
        return "gone" if _folder_there(path.parent) else "unreachable"
    except OSError:
        return "unreachable"
    if not stat.S_ISREG(info.st_mode):
        return "gone"  # a link, a folder, a device: not the file the program wrote
    try:
        os.unlink(path)  # on a name swapped for a link meanwhile, removes the link only
    except FileNotFoundError:
        return "gone"
    except OSError as error:
        _log.warning("A half-written file could not be removed (errno %s)", error.errno)
        return "unreachable"
    # Durable before the record goes: a power cut must not bring the file back unrecorded.
    with contextlib.suppress(OSError):
        atomic.fsync_directory(path.parent)
    return "removed"


def _folder_there(folder: Path) -> bool:
    """Whether the folder is there to look in (a missing one may be a USB stick not in)."""
    try:
        return stat.S_ISDIR(os.stat(folder).st_mode)
    except OSError:
        return False
