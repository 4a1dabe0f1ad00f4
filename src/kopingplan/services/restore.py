"""Restore from a backup: look first, then switch, keeping the current vault aside.

Two steps, so the coordinator can see what a backup holds before anything changes:

1. :func:`prepare_restore` copies the backup beside the vault (same drive, so the switch is a
   rename), opens it with the secret that was valid when it was made (the passphrase, or the
   recovery key: a backup carries its key file with both slots), runs every check
   (page HMACs, structure, audit chain, schema version) and returns counts and the date,
   never content. The current vault is not touched; on any error the copy is removed.
2. :func:`finish_restore` (after the current session is closed) renames the current vault to
   ``<vault>.before-restore-<time>`` (the safety copy) and the checked copy into its place,
   opens it and records the restore in its audit log.

The safety copy holds everything the vault held, deletions by retention included: delete it
once the restored vault has proved itself.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kopingplan import errors
from kopingplan.services import recovery
from kopingplan.services.backup import Cancelled, Progress, at_stage, read_manifest
from kopingplan.services.session import Session
from kopingplan.storage import audit, checkup, file_copy, repositories, vault_copy
from kopingplan.storage import keyfile as kf
from kopingplan.storage.atomic import fsync_directory
from kopingplan.storage.vault import DATABASE_NAME, KEYFILE_NAME, FolderLock, Vault, VaultPaths

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

STAGE_READ_BACKUP = QT_TRANSLATE_NOOP("Backup", "Copying the backup")
STAGE_CHECK_BACKUP = QT_TRANSLATE_NOOP("Backup", "Checking the backup")


class NotABackup(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not a Köpingplan backup (a folder with vault.db and vault.key). Nothing "
        "was changed.",
    )


class BackupBroken(errors.KopingplanError):
    """``reason(translate)`` says what is wrong in the UI language (``translate`` None gives
    English), so the detail inside the sentence is Swedish too, not English in a Swedish line."""

    exit_code = 1
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} failed its check ({detail}). It was not restored and the vault is "
        "unchanged. Try an older backup.",
    )

    def __init__(self, *, path: str, reason: Callable[[Any], str]) -> None:
        self._reason = reason
        super().__init__(path=path, detail=reason(None))

    def shown_params(self, translate: Any = None) -> dict[str, Any]:
        return dict(self.params, detail=self._reason(translate))


_DAMAGED_PART = {
    "key file": QT_TRANSLATE_NOOP("Errors", "its key file is damaged"),
    "database": QT_TRANSLATE_NOOP("Errors", "its database is damaged"),
}


def _damaged_part(part: str) -> Callable[[Any], str]:
    """The reason for a damaged part ("key file", "database"), translated when asked."""
    text = _DAMAGED_PART[part]
    return lambda translate: str(translate("Errors", text)) if translate else text


def _damage_reason(error: errors.VaultDamaged) -> Callable[[Any], str]:
    first = error.params.get("first")
    if first is not None and hasattr(first, "describe"):
        return lambda translate: str(first.describe(translate))
    detail = str(error.params.get("detail", ""))
    return lambda translate: detail


def _audit_reason(problems: list[audit.AuditProblem]) -> Callable[[Any], str]:
    """The first three problems as ``kopingplan check`` describes them."""
    found = checkup.audit_findings(problems[:3])
    return lambda translate: "; ".join(finding.describe(translate) for finding in found)


class BackupWithoutRecoveryKey(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} was made before the vault had a recovery key: only the passphrase "
        "valid then opens it. Nothing was changed.",
    )


class WrongBackupRecoveryKey(errors.WrongPassphrase):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "That recovery key does not open this backup. Nothing was changed; the key that opens "
        "it is the one that was newest when the backup was made.",
    )


@dataclass(frozen=True)
class BackupSummary:
    """What a restore would bring back: numbers and dates, never content."""

    source: Path
    made_at: datetime | None
    schema_version: int
    counts: dict[str, int]
    audit_rows: int
    vault_id: str
    same_vault: bool | None  # None: there is no current vault to compare with


@dataclass(frozen=True)
class PreparedRestore:
    summary: BackupSummary
    staging: Path
    target: VaultPaths
    secret_kind: str


@dataclass(frozen=True)
class RestoreResult:
    session: Session
    safety_copy: Path | None


def prepare_restore(
    source: Path,
    target: VaultPaths,
    secret: str,
    *,
    secret_kind: str = "passphrase",
    current_vault_id: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> PreparedRestore:
    """Copies the backup beside the vault, opens it with ``secret`` and checks everything.

    ``secret`` is the passphrase (or recovery key) that was valid when the backup was made.
    The current vault is not touched: on any error (wrong secret, damaged backup, no space)
    the copy is removed again and nothing has changed.
    """
    source_paths = VaultPaths.from_user_path(source)
    if not (source_paths.database.is_file() and source_paths.keyfile.is_file()):
        raise NotABackup(path=str(source_paths.folder))
    if source_paths.folder.resolve() == target.folder.resolve():
        raise NotABackup(path=str(source_paths.folder))
    if not target.folder.parent.is_dir():
        raise errors.VaultDirectoryMissing(path=str(target.folder.parent))
    if secret_kind == recovery.SLOT:
        secret = recovery.normalise(secret)
    staging = target.folder.parent / f".{target.folder.name}.restoring-{vault_copy.folder_stamp()}"
    try:
        staging.mkdir(mode=0o700)
    except OSError as error:  # a full drive is told as full, like a full drive while copying
        raise file_copy.copy_error(error, target.folder.parent) from None
    try:
        _stage(source_paths, staging, progress, cancelled)
        if progress is not None:
            progress(0, 0, STAGE_CHECK_BACKUP)
        # Wrong secrets for a backup count where the vault's own do (storage/attempts.py):
        # restoring must not be a way around the wait.
        counted = target.folder if target.folder.is_dir() else None
        summary = _inspect(
            source_paths.folder, staging, secret, secret_kind, current_vault_id, counted
        )
        return PreparedRestore(summary, staging, target, secret_kind)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _stage(
    source: VaultPaths, staging: Path, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    wal = source.database.with_name(DATABASE_NAME + vault_copy.WAL_SUFFIX)
    files = [source.database, *([wal] if wal.exists() else []), source.keyfile]
    total = sum(f.stat().st_size for f in files)
    done = 0
    try:
        for path in files:
            done = file_copy.copy_file(
                path,
                staging / path.name,
                done=done,
                total=total,
                progress=at_stage(progress, STAGE_READ_BACKUP),
                cancelled=cancelled,
            )
    except OSError as error:  # reading the backup fails with CopySourceUnreadable instead
        raise file_copy.copy_error(error, staging.parent) from None


def _inspect(
    source: Path,
    staging: Path,
    secret: str,
    secret_kind: str,
    current_vault_id: str | None,
    attempts_folder: Path | None = None,
) -> BackupSummary:
    try:
        # The full check whatever the size (about 19 s at 1.2 GB): a restore is rare, and the
        # backup replaces the vault, so it is proven whole before anything switches.
        vault = Vault.open(
            VaultPaths(staging),
            secret,
            secret_kind=secret_kind,
            verify=True,
            attempts_folder=attempts_folder,
        )
    except errors.WrongPassphrase:
        if secret_kind != recovery.SLOT:
            raise
        if kf.read_keyfile(staging / KEYFILE_NAME).slot(recovery.SLOT) is None:
            raise BackupWithoutRecoveryKey(path=str(source)) from None
        raise WrongBackupRecoveryKey() from None
    except errors.VaultDamaged as error:
        raise BackupBroken(path=str(source), reason=_damage_reason(error)) from None
    except (errors.NotAVault, errors.EmptyVaultFile, errors.KeyFileDamaged) as error:
        # The files are there (checked before copying), so this is damage, not a stranger.
        what = "key file" if isinstance(error, errors.KeyFileDamaged) else "database"
        raise BackupBroken(path=str(source), reason=_damaged_part(what)) from None
    with vault, vault.read() as conn:
        problems = audit.verify(conn)
        if problems:
            raise BackupBroken(path=str(source), reason=_audit_reason(problems))
        newest = audit.entries(conn, limit=1)
        info = read_manifest(source)
        if info is not None:
            made_at: datetime | None = info.made_at
        else:  # a vault folder copied by hand: its newest audit row is as close as it gets
            made_at = datetime.fromisoformat(newest[0].at) if newest else None
        # The chain was verified just above, so the newest row's number is the row count.
        rows = newest[0].seq if newest else 0
        return BackupSummary(
            source=source,
            made_at=made_at,
            schema_version=vault.schema_version(),
            counts=repositories.counts(conn),
            audit_rows=rows,
            vault_id=vault.vault_id,
            same_vault=None if current_vault_id is None else current_vault_id == vault.vault_id,
        )


def discard_restore(prepared: PreparedRestore) -> None:
    """The coordinator said no: the staged copy goes, nothing else changed."""
    shutil.rmtree(prepared.staging, ignore_errors=True)


def finish_restore(prepared: PreparedRestore, secret: str) -> RestoreResult:
    """Moves the current vault aside (the safety copy) and the checked backup into its place,
    then opens it and records the restore. Close the current session first.

    ``secret`` is checked against the restored key file first, so a wrong one changes nothing.
    Both moves are renames within one folder; should the second fail, the first is undone.
    """
    target = prepared.target
    if not prepared.staging.is_dir():
        raise NotABackup(path=str(prepared.staging))
    if prepared.secret_kind == recovery.SLOT:
        secret = recovery.normalise(secret)
    keys = kf.read_keyfile(prepared.staging / KEYFILE_NAME)
    kf.wipe(keys.unlock(secret, prepared.secret_kind))
    safety: Path | None = None
    if target.folder.exists():
        if target.lock.exists():
            FolderLock(target.lock).release()  # raises VaultInUse if a program has it open
        stamp = vault_copy.folder_stamp()
        safety = target.folder.with_name(f"{target.folder.name}.before-restore-{stamp}")
        os.replace(target.folder, safety)
    try:
        os.replace(prepared.staging, target.folder)
    except BaseException:
        if safety is not None:
            os.replace(safety, target.folder)
        raise
    fsync_directory(target.folder.parent)
    # The very files prepare_restore checked, renamed, not rewritten: checking them again would
    # cost seconds for a large vault and find nothing new.
    session = Session.open(target, secret, secret_kind=prepared.secret_kind, verify=False)
    made_at = prepared.summary.made_at
    session.record(
        "vault.restore",
        details={
            "backup": prepared.summary.source.name,
            "made_at": made_at.isoformat(timespec="seconds") if made_at else None,
            "safety_copy": safety.name if safety is not None else None,
        },
    )
    return RestoreResult(session, safety)
