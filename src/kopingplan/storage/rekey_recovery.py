"""Finishing or undoing a re-key (:mod:`kopingplan.storage.rekey`) that a crash interrupted.

:func:`finish_interrupted`, called at the start of ``Vault.open``, looks only at which files
exist and needs no secret. The states, in the order a re-key passes them::

    state         files present (besides vault.key)                 action
    IDLE          vault.db                                          none
    PREPARED      vault.db, some of vault.db.rekey(-journal/-wal/   roll back: delete them
                  -shm), vault.key.rekey, .vault.key.rekey.*.tmp
    MOVED_ASIDE   vault.db.old, no vault.db                         roll back: vault.db.old ->
                                                                    vault.db, delete the rest
    COMMITTED     vault.db (new), vault.db.old, vault.key.rekey     complete: vault.key.rekey
                                                                    -> vault.key, delete .old
    KEY_SWITCHED  vault.db (new), vault.db.old                      complete: delete .old
    UNCLEAR       vault.db, vault.db.old and vault.db.rekey         touch nothing, say so

Why these are decidable from names alone: ``vault.db`` and ``vault.db.old`` exist together only
after the commit rename (before it, ``vault.db`` is absent from the moment the old one is moved
aside), and ``vault.key`` changes only after the commit. So before the commit the old
``vault.key`` opens the old database, after it ``vault.key.rekey`` (until renamed) opens the
new one: at no moment is there no key file for the database under ``vault.db``'s name (or,
while it is moved aside, for ``vault.db.old``). ``vault.key.rekey`` is complete and durable
before the old database is moved, because recovery completing a switch relies on it.
"""

from __future__ import annotations

import contextlib
import enum
import os
from dataclasses import dataclass
from pathlib import Path

from kopingplan import errors
from kopingplan.storage.atomic import fsync_directory
from kopingplan.storage.opening import FolderLock
from kopingplan.storage.paths import DATABASE_NAME, KEYFILE_NAME, VaultPaths

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

NEW_DATABASE_NAME = DATABASE_NAME + ".rekey"
NEW_KEYFILE_NAME = KEYFILE_NAME + ".rekey"
OLD_DATABASE_NAME = DATABASE_NAME + ".old"
SIDE_SUFFIXES = ("-journal", "-wal", "-shm")
# atomic_write's temporary name for vault.key.rekey, left behind only by a kill.
NEW_KEYFILE_TEMPORARY_GLOB = f".{NEW_KEYFILE_NAME}.*.tmp"


class RekeyUnfinished(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The vault folder {path} holds an interrupted re-key that could not be finished or "
        "undone ({detail}). Nothing was deleted. Do not delete any file there; check that the "
        "drive is writable and open the vault again, or restore a backup.",
    )


class State(enum.Enum):
    """Where a re-key stands, judged from the files present (see the module docstring)."""

    IDLE = "idle"
    PREPARED = "prepared"
    MOVED_ASIDE = "moved_aside"
    COMMITTED = "committed"
    KEY_SWITCHED = "key_switched"
    UNCLEAR = "unclear"


# States in which the new database is (or must become) the vault.
COMPLETED_STATES = frozenset({State.COMMITTED, State.KEY_SWITCHED})


@dataclass(frozen=True)
class RekeyPaths:
    """The names a re-key uses inside one vault folder."""

    vault: VaultPaths

    @property
    def new_database(self) -> Path:
        return self.vault.folder / NEW_DATABASE_NAME

    @property
    def new_keyfile(self) -> Path:
        return self.vault.folder / NEW_KEYFILE_NAME

    @property
    def old_database(self) -> Path:
        return self.vault.folder / OLD_DATABASE_NAME

    def side_files(self, database: Path) -> list[Path]:
        return [database.with_name(database.name + suffix) for suffix in SIDE_SUFFIXES]

    def staged(self) -> list[Path]:
        """Files of a re-key not yet switched in, which roll-back removes (those present)."""
        candidates = [
            self.new_database,
            *self.side_files(self.new_database),
            self.new_keyfile,
            *self.vault.folder.glob(NEW_KEYFILE_TEMPORARY_GLOB),
        ]
        return [path for path in candidates if path.exists()]


# --- recovery -------------------------------------------------------------------------------


def state_of(paths: VaultPaths) -> State:
    """The state of a re-key in ``paths``' folder, from the names present (no secret needed)."""
    names = RekeyPaths(paths)
    if not names.old_database.exists():
        return State.PREPARED if names.staged() else State.IDLE
    if not paths.database.exists():
        return State.MOVED_ASIDE
    if names.new_database.exists():
        return State.UNCLEAR  # no order of our steps has all three databases at once
    return State.COMMITTED if names.new_keyfile.exists() else State.KEY_SWITCHED


def finish_interrupted(paths: VaultPaths) -> State:
    """Rolls back or completes a re-key a crash interrupted; called first by ``Vault.open``.

    Without re-key files this costs a few ``stat`` calls and touches nothing (not even the
    lock file, so a missing folder still gets its own message from the open). Otherwise it
    takes the folder lock first: a re-key another program is running right now must not be
    "repaired" under it. Returns the state it found.
    """
    if not paths.folder.is_dir() or state_of(paths) is State.IDLE:
        return State.IDLE
    lock = FolderLock(paths.lock)  # VaultInUse: a program has it open, maybe mid-re-key
    try:
        return recover(paths)
    finally:
        lock.release()


def recover(paths: VaultPaths) -> State:
    """Moves a re-key from whatever state it is in to IDLE. The caller holds the folder lock.

    Roll back before the commit point, complete after it. Each step is durable (folder
    fsync) before the next, so a crash during recovery is recovered the same way next time.
    """
    state = state_of(paths)
    names = RekeyPaths(paths)
    try:
        if state is State.UNCLEAR:
            present = [NEW_DATABASE_NAME, OLD_DATABASE_NAME, DATABASE_NAME]
            raise RekeyUnfinished(path=str(paths.folder), detail=", ".join(present))
        if state is State.MOVED_ASIDE:
            rename_durably(names.old_database, paths.database)
        if state in (State.PREPARED, State.MOVED_ASIDE):
            remove_durably(names.staged())
        if state is State.COMMITTED:
            rename_durably(names.new_keyfile, paths.keyfile)
        if state in COMPLETED_STATES:
            # Only .old: vault.db-wal is the *new* database's WAL by now (the old one was
            # removed before the old database was moved aside).
            remove_durably([names.old_database, *names.staged()])
    except PermissionError:
        raise errors.VaultReadOnly(path=str(paths.folder)) from None
    except OSError as error:
        detail = error.strerror or str(error)
        raise RekeyUnfinished(path=str(paths.folder), detail=detail) from None
    return state


def rename_durably(source: Path, target: Path) -> None:
    """Renames, then makes the rename durable (fsync of the folder)."""
    os.replace(source, target)
    fsync_directory(target.parent)


def remove_durably(files: list[Path]) -> None:
    """Removes those of ``files`` present, then makes that durable (fsync of their folder)."""
    for path in files:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    if files:
        fsync_directory(files[0].parent)
