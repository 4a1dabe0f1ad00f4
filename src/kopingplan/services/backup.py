"""Backups to a folder the coordinator chooses (a USB stick), rotation and the reminder.

A backup is a vault folder of its own, named ``kopingplan-backup-<vault>-<UTC time>``::

    vault.db      the vault's encrypted database, page for page (never decrypted)
    vault.key     the key file as it was at backup time: the passphrase and the recovery key
                  valid then open the backup; a later passphrase does not
    backup.json   plain manifest: format, time, vault id, schema version, program version
                  (no counts, no names: it is readable without a key)

Why a folder and not one archive file: a backup then *is* a vault. Restore needs no unpacking,
``kopingplan --vault BACKUP check`` works on it, and a folder rename is as atomic as a file
rename, so a backup appears under its real name only once it is complete and checked.

How the copy is made and checked: :mod:`kopingplan.storage.vault_copy`. In short, "checked"
means: the copy was read back from the drive (not from memory, on Linux) and is the vault's
database byte for byte as it was at one instant, with the key file and manifest read back too;
it opens with the vault's key as this vault with the audit log it had then; and a vault up to
64 MB also passes the full structural check on the copy. A larger vault's structure is what
``kopingplan check`` proves, on the vault or on any backup of it: a bit-identical copy has
exactly the vault's. The progress callback reports the bytes copied, then the bytes read
back and compared (most of them already while the copy was made).

The vault stays open and unlocked throughout; the program's single database worker is busy
for the copy and its read-back (about 1.5 s for a 1.2 GB vault on a fast disk, 2-3 times a
plain copy; on a USB stick about as long as writing and then reading the stick take), and
writes wait until both are done.

Rotation keeps the newest ``keep`` backups *of this vault* in the destination, removed only
after the new one passed its check; other files and other vaults' backups are never touched.
The audit log records each backup and restore (where to, how large, what was removed), and
the newest backup row gives :func:`last_backup_at` for the reminder.

Restore: :mod:`kopingplan.services.restore`.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kopingplan import __version__, errors
from kopingplan.services.session import Session
from kopingplan.storage import audit, file_copy, identities, reading, vault_copy

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

PREFIX = "kopingplan-backup-"
MANIFEST_NAME = "backup.json"
MANIFEST_FORMAT = "kopingplan-backup"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 64 * 1024

# Five backups on the stick cover a month of weekly backups plus a spare; a week between
# backups bounds what a lost laptop can take with it to a week of work.
KEEP_DEFAULT = 5
REMIND_AFTER_DAYS_DEFAULT = 7
KEEP_RANGE = (1, 100)
REMIND_RANGE = (1, 365)

# Stages for the progress callback, marked for translation in context "Backup".
STAGE_COPY = QT_TRANSLATE_NOOP("Backup", "Copying the vault")
STAGE_CHECK = QT_TRANSLATE_NOOP("Backup", "Checking the copy")
STAGE_ROTATE = QT_TRANSLATE_NOOP("Backup", "Removing old backups")

# How the new backup was checked, in its audit row: the copy read back identical to the vault,
# and with "full" also page HMACs, structure and audit chain (vault_copy.FULL_CHECK_MAX_BYTES).
CHECK_FULL = "full"
CHECK_IDENTICAL = "identical"

Progress = Callable[[int, int, str], None]  # done, total (0: unknown), stage
Cancelled = Callable[[], bool]

# Re-exported: the copy's errors are the backup's errors.
BackupCancelled = file_copy.CopyCancelled
BackupDestinationFull = file_copy.CopyDestinationFull
BackupDestinationUnwritable = file_copy.CopyDestinationUnwritable
BackupVerificationFailed = vault_copy.CopyVerificationFailed


class BackupDestinationMissing(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup folder {path} does not exist. Connect the drive or choose another folder.",
    )


class BackupDestinationIsFile(BackupDestinationMissing):
    """A file was named where the folder goes: "does not exist" was wrong, and no help."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a file, not a folder. Choose the folder the backup is to go in.",
    )


class BackupInsideVault(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "A backup cannot go inside the vault folder itself. Choose a folder on another drive.",
    )


@dataclass(frozen=True)
class BackupSettings:
    keep: int = KEEP_DEFAULT
    remind_after_days: int = REMIND_AFTER_DAYS_DEFAULT

    def validate(self) -> None:
        for name, value, (low, high) in (
            ("keep", self.keep, KEEP_RANGE),
            ("remind_after_days", self.remind_after_days, REMIND_RANGE),
        ):
            if not low <= value <= high:
                raise errors.InvalidInput(name, OUT_OF_RANGE, low=low, high=high)


OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "is outside the allowed range")


@dataclass(frozen=True)
class BackupResult:
    folder: Path
    made_at: datetime
    size_bytes: int
    removed: tuple[Path, ...]  # older backups rotated out
    same_device: bool  # True: on the vault's own drive, which a lost laptop takes along


@dataclass(frozen=True)
class BackupInfo:
    """A backup as listed from its manifest, without a key."""

    folder: Path
    made_at: datetime
    vault_id: str
    schema_version: int
    program_version: str


# --- settings and the reminder --------------------------------------------------------------

_KEEP_KEY = "backup.keep"
_REMIND_KEY = "backup.remind_after_days"


def load_settings(session: Session) -> BackupSettings:
    with session.vault.read() as conn:

        def number(key: str, default: int, bounds: tuple[int, int]) -> int:
            try:
                value = int(identities.get_setting(conn, key))
            except ValueError:
                return default
            return value if bounds[0] <= value <= bounds[1] else default

        return BackupSettings(
            keep=number(_KEEP_KEY, KEEP_DEFAULT, KEEP_RANGE),
            remind_after_days=number(_REMIND_KEY, REMIND_AFTER_DAYS_DEFAULT, REMIND_RANGE),
        )


def save_settings(session: Session, settings: BackupSettings) -> None:
    settings.validate()
    with session.vault.transaction() as conn:
        identities.set_setting(conn, _KEEP_KEY, str(settings.keep))
        identities.set_setting(conn, _REMIND_KEY, str(settings.remind_after_days))
        details = {"keep": settings.keep, "remind_after_days": settings.remind_after_days}
        audit.append(conn, session.actor, "backup.settings", details=details)


def last_backup_at(session: Session) -> datetime | None:
    """When the newest backup of this vault was made (from the audit log), or None."""
    rows = reading.run(session, audit.entries, action="vault.backup", limit=1)
    return datetime.fromisoformat(rows[0].at) if rows else None


def reminder_due(session: Session, now: datetime | None = None) -> bool:
    """True when there is no backup yet or the newest is older than the configured age."""
    last = last_backup_at(session)
    if last is None:
        return True
    age = (now or datetime.now(UTC)) - last
    return age >= timedelta(days=load_settings(session).remind_after_days)


# --- backup ---------------------------------------------------------------------------------


def at_stage(progress: Progress | None, stage: str) -> file_copy.Progress:
    """The file copy's ``progress(done, total)`` for one stage: tells ``progress`` (if any)
    the bytes with the stage's name (a backup's copy and check, a restore's reading)."""

    def tell(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total, stage)

    return tell


def _name_prefix(vault_id: str) -> str:
    return f"{PREFIX}{vault_id[:8]}-"


def _check_destination(session: Session, destination: Path) -> Path:
    destination = Path(destination).expanduser().absolute()
    if destination.exists() and not destination.is_dir():
        raise BackupDestinationIsFile(path=str(destination))
    if not destination.is_dir():
        raise BackupDestinationMissing(path=str(destination))
    vault_folder = session.vault.paths.folder.resolve()
    if destination.resolve() == vault_folder or vault_folder in destination.resolve().parents:
        raise BackupInsideVault()
    return destination


def backup(
    session: Session,
    destination: Path,
    *,
    keep: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    now: datetime | None = None,
) -> BackupResult:
    """Makes a checked backup in ``destination`` and rotates out the oldest beyond ``keep``.

    Raises :class:`BackupDestinationFull` (a :class:`errors.DiskFull`),
    :class:`BackupDestinationUnwritable`, :class:`BackupVerificationFailed` or
    :class:`BackupCancelled`; in each case nothing of the new backup is left behind, earlier
    backups are untouched and the session goes on as before.
    """
    destination = _check_destination(session, destination)
    settings = load_settings(session)
    keep = settings.keep if keep is None else keep
    BackupSettings(keep=keep).validate()
    made_at = (now or datetime.now(UTC)).astimezone(UTC)
    vault = session.vault
    prefix = _name_prefix(vault.vault_id)
    name = prefix + vault_copy.folder_stamp(made_at)
    folder, number = destination / name, 1
    while folder.exists() or vault_copy.partial_name(folder).exists():
        number += 1
        folder = destination / f"{name}-{number}"
    manifest = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "made_at": made_at.isoformat(timespec="seconds"),
        "vault_id": vault.vault_id,
        "schema_version": vault.schema_version(),
        "program_version": __version__,
    }
    # The vault's connection is this backup's from the checkpoint to the end of the copy's
    # checks (the copy is ATTACHed to it): a save from another thread waits (storage/vault.py).
    with vault.exclusive():
        check = vault_copy.copy_vault(
            vault,
            folder,
            extra_files={MANIFEST_NAME: (json.dumps(manifest, indent=2) + "\n").encode()},
            progress=at_stage(progress, STAGE_COPY),
            check_progress=at_stage(progress, STAGE_CHECK),  # once all bytes are copied
            cancelled=cancelled,
        )
    size = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())
    if progress is not None:
        progress(0, 0, STAGE_ROTATE)
    removed = _rotate(destination, vault.vault_id, keep, newest=folder)
    same_device = destination.stat().st_dev == vault.paths.folder.stat().st_dev
    session.record(
        "vault.backup",
        details={
            "folder": folder.name,
            "destination": str(destination),
            "bytes": size,
            "check": CHECK_FULL if check.full else CHECK_IDENTICAL,
            "removed": [p.name for p in removed],
        },
    )
    return BackupResult(folder, made_at, size, tuple(removed), same_device)


def _rotate(destination: Path, vault_id: str, keep: int, *, newest: Path) -> list[Path]:
    """Removes this vault's backups beyond the newest ``keep`` and its stale partial copies.

    A failure to remove one (a write-protected stick) is not the backup's failure: the new
    backup exists and is checked, so it is left for the next rotation.
    """
    ours = [b for b in list_backups(destination) if b.vault_id == vault_id]
    ours.sort(key=lambda b: (b.folder == newest, b.made_at, b.folder.name), reverse=True)
    removed = []
    for old in ours[keep:]:
        with contextlib.suppress(OSError):
            shutil.rmtree(old.folder)
            removed.append(old.folder)
    for stale in destination.glob(f".{_name_prefix(vault_id)}*{vault_copy.PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            shutil.rmtree(stale)
    return removed


def read_manifest(folder: Path) -> BackupInfo | None:
    """The manifest of a backup folder, or None if there is none or it is not ours."""
    try:
        with open(folder / MANIFEST_NAME, "rb") as handle:
            data = json.loads(handle.read(MAX_MANIFEST_BYTES + 1))
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            return None
        made_at = datetime.fromisoformat(str(data["made_at"]))
        version = data["schema_version"]
        if made_at.tzinfo is None or not isinstance(version, int) or isinstance(version, bool):
            return None
        return BackupInfo(
            folder=folder,
            made_at=made_at,
            vault_id=str(data["vault_id"]),
            schema_version=version,
            program_version=str(data.get("program_version", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError):  # deep JSON recurses
        return None


def list_backups(destination: Path) -> list[BackupInfo]:
    """Köpingplan backups in ``destination`` (any vault's), newest first; needs no key."""
    try:
        folders = [p for p in Path(destination).iterdir() if p.name.startswith(PREFIX)]
    except OSError:
        return []
    found = [info for p in folders if p.is_dir() and (info := read_manifest(p)) is not None]
    return sorted(found, key=lambda b: (b.made_at, b.folder.name), reverse=True)
