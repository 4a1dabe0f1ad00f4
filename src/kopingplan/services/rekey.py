"""Re-keying the vault: a new random database key, for when an old key file may be out there.

A new passphrase or recovery key rewraps the same database key, so whoever kept an old
``vault.key`` and its old secret could still read the vault (a copied laptop folder, say).
:func:`rekey` re-encrypts the database under a new random key and writes a new key file;
the old key file then opens nothing that is in the vault now. How it is done, and how a crash
midway is rolled back or completed at the next open, is in :mod:`kopingplan.storage.rekey`.

What the coordinator must be told afterwards (the GUI and the CLI show
:data:`RECOVERY_KEY_REMOVED` and :data:`OLD_BACKUPS`):

* The recovery key is gone: its slot wrapped the old key and its code is not known to the
  program, so it cannot be rewrapped. A new one must be made and printed.
* Backups made before still open with their own key file and the secrets valid then. A
  re-key cannot reach them; make a new backup and destroy the old ones.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from kopingplan import errors
from kopingplan.services.session import Session
from kopingplan.storage import audit, reading, repositories
from kopingplan.storage import keyfile as kf
from kopingplan.storage import rekey as storage_rekey

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

Progress = storage_rekey.Progress
STAGES = storage_rekey.STAGES
ACTION = "vault.rekey"

RECOVERY_KEY_REMOVED = QT_TRANSLATE_NOOP(
    "Rekey",
    "The recovery key no longer works: it could not be moved to the new key. Make a new "
    "recovery key now and destroy the old sheet.",
)
OLD_BACKUPS = QT_TRANSLATE_NOOP(
    "Rekey",
    "Backups made before the re-key still open with the passphrase and recovery key that were "
    "valid when they were made. Make a new backup, and destroy the old ones when you can.",
)


@dataclass(frozen=True)
class RekeyResult:
    """What happened, for the coordinator. Numbers and flags only, never a key."""

    recovery_key_removed: bool
    counts: dict[str, int]  # rows per domain table, the same before and after (checked)
    database_bytes: int
    seconds: float


def rekey(session: Session, passphrase: str, *, progress: Progress | None = None) -> RekeyResult:
    """Re-encrypts the vault under a new random key; ``session`` stays open and usable.

    ``passphrase`` is the current one (asked again, like for a new recovery key: only
    SQLCipher holds the database key while the vault is open, and the new key file is sealed
    with it). It stays the passphrase. Raises WrongPassphrase, changing nothing, when it does
    not open the key file. The audit row ``vault.rekey`` is written into the re-encrypted
    database before it is checked and switched in, so it is there exactly when the re-key
    took effect; it says whether the recovery key was removed, nothing else.
    """
    started = time.monotonic()
    vault = session.vault
    had_recovery_key = kf.read_keyfile(vault.paths.keyfile).slot("recovery") is not None

    def record(conn: Any) -> None:
        details = {"recovery_key_removed": had_recovery_key}
        audit.append(conn, session.actor, ACTION, details=details)

    # The connection is the re-key's from its snapshot to the switch: a save made meanwhile
    # would go into the old database and be lost, so it waits (storage/vault.py).
    with vault.exclusive():
        outcome = storage_rekey.rekey_vault(
            vault,
            passphrase,
            kdf_params=session.kdf_params,
            prepare_new=record,
            progress=progress,
        )
    return RekeyResult(
        recovery_key_removed=outcome.recovery_slot_removed,
        counts=reading.run(session, repositories.counts),
        database_bytes=outcome.database_bytes,
        seconds=time.monotonic() - started,
    )
