"""What "checked" means for a backup: the copy read back is the vault byte for byte, it opens as
this vault at that moment, and one wrong bit on the drive refuses the backup (issue 7 and 8)."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kopingplan.domain import model as m
from kopingplan.services import backup, search, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import audit, copy_check, file_copy, vault_copy
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, PASSPHRASE, snapshot

NOW = datetime(2026, 11, 25, 5, 0, tzinfo=UTC)


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB-minne"
    folder.mkdir()
    return folder


@pytest.fixture(params=["small vault", "large vault"])
def size_class(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test here runs as for a small vault (full structural check of the copy) and as for
    a large one (the copy read back identical and opened as this vault, no structural check)."""
    if request.param == "large vault":
        monkeypatch.setattr(vault_copy, "FULL_CHECK_MAX_BYTES", 0)
    return str(request.param)


def _fill(session: Session, notes: int = 40) -> None:
    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.RIGHT, NOW.date()))
    assert case.id is not None
    for number in range(notes):
        session.save(m.Note(case.id, NOW, f"Anteckning {number} " + "med lite text " * 30))


def _size_to_copy(session: Session) -> int:
    """vault.db's size once every committed page is in it, as the backup will copy it."""
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return session.vault.paths.database.stat().st_size


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_backup_is_the_vault_database_byte_for_byte(
    session: Session, stick: Path, size_class: str
) -> None:
    _fill(session)
    made = backup.backup(session, stick, now=NOW)
    # The backup's own audit row went to the WAL, so vault.db is still the state it copied.
    database = session.vault.paths.database
    assert (made.folder / "vault.db").read_bytes() == database.read_bytes()
    assert (made.folder / "vault.key").read_bytes() == session.vault.paths.keyfile.read_bytes()
    row = audit.entries(session.vault.conn, action="vault.backup", limit=1)[0]
    expected = backup.CHECK_FULL if size_class == "small vault" else backup.CHECK_IDENTICAL
    assert row.details["check"] == expected
    # The structural check a large vault's backup leaves to `kopingplan check` passes on it.
    with Session.open(VaultPaths(made.folder), PASSPHRASE, record_unlock=False) as copy:
        assert vault_health.check(copy).ok
        assert search.search(copy, "Anteckning")


@pytest.fixture
def segments(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small chunks and segments, so that a test vault is copied and read back in many."""
    monkeypatch.setattr(file_copy, "CHUNK_BYTES", 16 * 1024)
    monkeypatch.setattr(file_copy, "SEGMENT_BYTES", 64 * 1024)


@pytest.mark.parametrize("where", ["first page", "middle", "last byte"])
def test_one_wrong_bit_on_the_drive_refuses_the_backup(
    session: Session,
    stick: Path,
    monkeypatch: pytest.MonkeyPatch,
    segments: None,
    size_class: str,
    where: str,
) -> None:
    _fill(session)
    earlier = backup.backup(session, stick, now=NOW)
    before = snapshot(earlier.folder)
    database = session.vault.paths.database
    size = _size_to_copy(session)
    at = {"first page": 100, "middle": size // 2, "last byte": size - 1}[where]
    written = file_copy._written

    def drive_returns_a_wrong_bit(out: int, offset: int, count: int) -> None:
        written(out, offset, count)  # synced and dropped from the cache: now on the "drive"
        if offset <= at < offset + count:
            with open(database, "rb") as vault_file:
                vault_file.seek(at)
                byte = vault_file.read(1)[0]
            os.pwrite(out, bytes([byte ^ 0x04]), at)

    monkeypatch.setattr(file_copy, "_written", drive_returns_a_wrong_bit)
    with pytest.raises(backup.BackupVerificationFailed) as caught:
        backup.backup(session, stick, now=NOW + timedelta(hours=1))
    assert f"byte {at} differs from the vault" in str(caught.value)
    assert _entries(stick) == [earlier.folder.name]  # nothing of the refused copy is left
    assert snapshot(earlier.folder) == before
    assert len(audit.entries(session.vault.conn, action="vault.backup")) == 1
    assert vault_health.check(session).ok


def test_a_key_file_that_reads_back_wrong_refuses_the_backup(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = vault_copy.write_new_file

    def drive_returns_a_wrong_bit(path: Path, data: bytes) -> None:
        written(path, data)
        if path.name == "vault.key":
            damaged = bytearray(path.read_bytes())
            damaged[len(damaged) // 2] ^= 0x01
            path.write_bytes(bytes(damaged))

    monkeypatch.setattr(vault_copy, "write_new_file", drive_returns_a_wrong_bit)
    with pytest.raises(backup.BackupVerificationFailed) as caught:
        backup.backup(session, stick, now=NOW)
    assert "vault.key" in str(caught.value)
    assert _entries(stick) == []


def test_a_copy_that_reads_back_short_refuses_the_backup(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch, segments: None, size_class: str
) -> None:
    _fill(session)
    size = _size_to_copy(session)
    written = file_copy._written

    def drive_loses_the_end(out: int, offset: int, count: int) -> None:
        written(out, offset, count)
        if offset + count == size:
            os.ftruncate(out, size - 4096)

    monkeypatch.setattr(file_copy, "_written", drive_loses_the_end)
    with pytest.raises(backup.BackupVerificationFailed):
        backup.backup(session, stick, now=NOW)
    assert _entries(stick) == []


def test_the_copy_is_the_same_without_the_kernel_copy(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS copy through a buffer; so does Linux where the drive refuses sendfile."""
    _fill(session)
    monkeypatch.setattr(file_copy, "_KERNEL_COPY", False)
    monkeypatch.setattr(file_copy, "CHUNK_BYTES", 64 * 1024)  # many chunks and a short last one
    made = backup.backup(session, stick, now=NOW)
    assert (made.folder / "vault.db").read_bytes() == session.vault.paths.database.read_bytes()


def test_progress_counts_the_copy_then_the_read_back(
    session: Session, stick: Path, segments: None
) -> None:
    _fill(session)
    seen: list[tuple[int, int, str]] = []
    backup.backup(session, stick, now=NOW, progress=lambda *step: seen.append(step))
    size = session.vault.paths.database.stat().st_size
    stages = [stage for _, _, stage in seen]
    copy = [done for done, total, stage in seen if stage == backup.STAGE_COPY]
    check = [done for done, total, stage in seen if stage == backup.STAGE_CHECK]
    order = [backup.STAGE_COPY, backup.STAGE_CHECK, backup.STAGE_ROTATE]
    assert stages == sorted(stages, key=order.index)  # one stage after the other, no flicker
    assert copy == sorted(copy) and copy[-1] == size and len(copy) > 1
    assert check == sorted(check) and check[-1] == size
    assert stages[-1] == backup.STAGE_ROTATE


def test_a_stale_or_foreign_copy_does_not_pass_as_this_vault(
    session: Session, stick: Path, tmp_path: Path
) -> None:
    """The identity check alone, as a large vault's backup relies on it: an older copy of the
    same vault (same key, valid pages) or another vault's database is told apart."""
    old = backup.backup(session, stick, now=NOW)
    _fill(session, notes=3)
    head = session.vault.meta(audit.HEAD_KEY)
    check = copy_check.check_copy(
        session.vault, old.folder / "vault.db", full=False, audit_head=head
    )
    assert not check.ok
    assert "not the vault's audit log at the time of the copy" in check.problems
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    current = tmp_path / "current.db"
    shutil.copyfile(session.vault.paths.database, current)
    assert copy_check.check_copy(session.vault, current, full=False, audit_head=head).ok

    other_paths = VaultPaths(tmp_path / "other")
    with Session.create(
        other_paths, PASSPHRASE, name="B", organisation="O", kdf_params=FAST_KDF
    ) as other:
        other.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    check = copy_check.check_copy(session.vault, other_paths.database, full=False)
    assert not check.ok  # another key: not even readable


def test_cancel_once_all_is_read_back_leaves_nothing(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch, segments: None, size_class: str
) -> None:
    """Cancel as late as it can come: the structural check of a small vault's copy, or the
    opening of a large one's, still answers it."""
    _fill(session)
    monkeypatch.setattr(copy_check, "CHECK_STEPS", 10)
    size = _size_to_copy(session)
    seen: list[tuple[int, str]] = []
    with pytest.raises(backup.BackupCancelled):
        backup.backup(
            session,
            stick,
            now=NOW,
            progress=lambda done, total, stage: seen.append((done, stage)),
            cancelled=lambda: (size, backup.STAGE_CHECK) in seen,
        )
    assert seen[-1] == (size, backup.STAGE_CHECK)  # every byte was read back identical
    assert _entries(stick) == []
    assert audit.entries(session.vault.conn, action="vault.backup") == []
    assert vault_health.check(session).ok
