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

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from kopingplan import errors
from kopingplan.storage import audit
from kopingplan.storage import keyfile as kf
from kopingplan.storage.atomic import atomic_write, fsync_directory
from kopingplan.storage.copy_check import CopyCheck, check_copy
from kopingplan.storage.file_copy import (
    Cancelled,
    Progress,
    copy_and_compare,
    copy_error,
    write_new_file,
)
from kopingplan.storage.paths import DATABASE_NAME, FULL_CHECK_AT_OPEN_MAX_BYTES, KEYFILE_NAME

if TYPE_CHECKING:
    from kopingplan.storage.vault import Vault

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

PARTIAL_SUFFIX = ".partial"
WAL_SUFFIX = "-wal"
# Up to this size the copy also gets the full structural checks, as the vault does at open.
FULL_CHECK_MAX_BYTES = FULL_CHECK_AT_OPEN_MAX_BYTES


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


def partial_name(destination: Path) -> Path:
    return destination.with_name(f".{destination.name}{PARTIAL_SUFFIX}")


def folder_stamp(at: datetime | None = None) -> str:
    """The time ``at`` (default: now) as it ends the name of a vault's copy: a backup, a copy
    before a schema upgrade, a restore's staging copy and its safety copy. UTC to the second
    (``20261205T234500Z``), so that one vault's copies sort by time, whatever the time zone."""
    return (at or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


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
        write_new_file(folder / name, data)
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


def _read_back(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


# In the vault's folder while a schema upgrade is under way: the name of the copy it made
# first (a folder name, nothing of the vault's content). Left by an interrupted upgrade, it
# lets the next try use that copy instead of making another (:func:`copy_before_upgrade`).
UPGRADE_MARKER = "upgrade-copy"


def copy_before_upgrade(vault: Vault, target: int) -> Path:
    """A checked copy of the vault as it was before its upgrade to schema ``target`` changed
    anything, beside it as ``<folder>.before-schema-<target>-<time>``; the copy's path.

    An earlier try that was interrupted (killed, a full disk) left its copy and the marker
    naming it: that copy is used again when it still matches the vault (the same key file,
    this vault's id and audit log head, and it passes the check), since the vault was not
    written to since but for the upgrade's own completed steps. Otherwise a new copy is made
    (under a new name, even within the same second), and the earlier try's copy, no longer
    the vault as it was, is removed once the new one is checked and in place."""
    folder = vault.paths.folder
    prefix = f"{folder.name}.before-schema-{target}-"
    earlier = _marked_copy(folder, prefix)
    if earlier is not None and _still_matches(vault, earlier):
        return earlier
    destination = folder.with_name(prefix + folder_stamp())
    tries = 1
    while destination.exists() or partial_name(destination).exists():
        tries += 1
        destination = folder.with_name(f"{prefix}{folder_stamp()}-{tries}")
    copy_vault(vault, destination)
    atomic_write(folder / UPGRADE_MARKER, destination.name.encode())
    if earlier is not None:
        shutil.rmtree(earlier, ignore_errors=True)
    return destination


def upgrade_finished(folder: Path) -> None:
    """The upgrade is complete: its copy stays, no longer one of an interrupted try."""
    marker = folder / UPGRADE_MARKER
    if marker.exists():
        marker.unlink(missing_ok=True)
        fsync_directory(folder)


def _marked_copy(folder: Path, prefix: str) -> Path | None:
    """The copy the marker names, if it is a copy of this upgrade beside the vault."""
    try:
        name = (folder / UPGRADE_MARKER).read_bytes()[:255].decode().strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name.startswith(prefix) or "/" in name or os.sep in name or name in (".", ".."):
        return None
    path = folder.with_name(name)
    return path if path.is_dir() else None


def _still_matches(vault: Vault, copy: Path) -> bool:
    try:
        if (copy / KEYFILE_NAME).read_bytes() != vault.paths.keyfile.read_bytes():
            return False
        size = (copy / DATABASE_NAME).stat().st_size
    except OSError:
        return False
    head = vault.meta(audit.HEAD_KEY)
    if head is None:
        return False
    check = check_copy(
        vault, copy / DATABASE_NAME, full=size <= FULL_CHECK_MAX_BYTES, audit_head=head
    )
    return check.ok
