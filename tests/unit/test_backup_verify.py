"""What "checked" means for a backup: the copy read back is the vault byte for byte, it opens as
this vault at that moment, and one wrong bit on the drive refuses the backup (issue 7 and 8)."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kopingplan.domain import model as m
from kopingplan.services import backup
from kopingplan.services.session import Session
from kopingplan.storage import audit, vault_copy
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
        assert copy.check().ok
        assert copy.search("Anteckning")


@pytest.mark.parametrize("where", ["first page", "middle", "last byte"])
def test_one_wrong_bit_on_the_drive_refuses_the_backup(
    session: Session,
    stick: Path,
    monkeypatch: pytest.MonkeyPatch,
    size_class: str,
    where: str,
) -> None:
    _fill(session)
    earlier = backup.backup(session, stick, now=NOW)
    before = snapshot(earlier.folder)
    written = vault_copy.copy_file

    def drive_returns_a_wrong_bit(source: Path, target: Path, **options: object) -> int:
        done = written(source, target, **options)  # type: ignore[arg-type]
        size = target.stat().st_size
        offset = {"first page": 100, "middle": size // 2, "last byte": size - 1}[where]
        with open(target, "r+b") as handle:  # after the copy was fsynced and left the cache
            handle.seek(offset)
            byte = handle.read(1)
            handle.seek(offset)
            handle.write(bytes([byte[0] ^ 0x04]))
        return done

    monkeypatch.setattr(vault_copy, "copy_file", drive_returns_a_wrong_bit)
    with pytest.raises(backup.BackupVerificationFailed) as caught:
        backup.backup(session, stick, now=NOW + timedelta(hours=1))
    assert "differs from the vault" in str(caught.value)
    assert _entries(stick) == [earlier.folder.name]  # nothing of the refused copy is left
    assert snapshot(earlier.folder) == before
    assert len(audit.entries(session.vault.conn, action="vault.backup")) == 1
    assert session.check().ok


def test_a_key_file_that_reads_back_wrong_refuses_the_backup(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = vault_copy._write_small

    def drive_returns_a_wrong_bit(path: Path, data: bytes) -> None:
        written(path, data)
        if path.name == "vault.key":
            damaged = bytearray(path.read_bytes())
            damaged[len(damaged) // 2] ^= 0x01
            path.write_bytes(bytes(damaged))

    monkeypatch.setattr(vault_copy, "_write_small", drive_returns_a_wrong_bit)
    with pytest.raises(backup.BackupVerificationFailed) as caught:
        backup.backup(session, stick, now=NOW)
    assert "vault.key" in str(caught.value)
    assert _entries(stick) == []


def test_a_copy_that_reads_back_short_refuses_the_backup(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch, size_class: str
) -> None:
    written = vault_copy.copy_file

    def drive_loses_the_end(source: Path, target: Path, **options: object) -> int:
        done = written(source, target, **options)  # type: ignore[arg-type]
        with open(target, "r+b") as handle:
            handle.truncate(target.stat().st_size - 4096)
        return done

    monkeypatch.setattr(vault_copy, "copy_file", drive_loses_the_end)
    with pytest.raises(backup.BackupVerificationFailed):
        backup.backup(session, stick, now=NOW)
    assert _entries(stick) == []


def test_the_copy_is_the_same_without_the_kernel_copy(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows and macOS copy through a buffer; so does Linux where the drive refuses sendfile."""
    _fill(session)
    monkeypatch.setattr(vault_copy, "_KERNEL_COPY", False)
    monkeypatch.setattr(vault_copy, "CHUNK_BYTES", 64 * 1024)  # many chunks and a short last one
    made = backup.backup(session, stick, now=NOW)
    assert (made.folder / "vault.db").read_bytes() == session.vault.paths.database.read_bytes()


def test_progress_counts_the_copy_then_the_read_back(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(session)
    monkeypatch.setattr(vault_copy, "CHUNK_BYTES", 64 * 1024)
    seen: list[tuple[int, int, str]] = []
    backup.backup(session, stick, now=NOW, progress=lambda *step: seen.append(step))
    size = session.vault.paths.database.stat().st_size
    stages = [stage for _, _, stage in seen]
    copy = [done for done, total, stage in seen if stage == backup.STAGE_COPY]
    check = [done for done, total, stage in seen if stage == backup.STAGE_CHECK]
    assert stages.index(backup.STAGE_CHECK) > stages.index(backup.STAGE_COPY)
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
    check = vault_copy.check_copy(
        session.vault, old.folder / "vault.db", full=False, audit_head=head
    )
    assert not check.ok
    assert "not the vault's audit log at the time of the copy" in check.problems
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    current = tmp_path / "current.db"
    shutil.copyfile(session.vault.paths.database, current)
    assert vault_copy.check_copy(session.vault, current, full=False, audit_head=head).ok

    other_paths = VaultPaths(tmp_path / "other")
    with Session.create(
        other_paths, PASSPHRASE, name="B", organisation="O", kdf_params=FAST_KDF
    ) as other:
        other.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    check = vault_copy.check_copy(session.vault, other_paths.database, full=False)
    assert not check.ok  # another key: not even readable


def test_cancel_after_the_read_back_during_the_structural_check_leaves_nothing(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(session)
    monkeypatch.setattr(vault_copy, "CHECK_STEPS", 100)
    compared: list[str | None] = []
    real_compare = vault_copy.compare_copy

    def compare(source: Path, copy: Path, **options: object) -> str | None:
        compared.append(real_compare(source, copy, **options))  # type: ignore[arg-type]
        return compared[-1]

    monkeypatch.setattr(vault_copy, "compare_copy", compare)
    with pytest.raises(backup.BackupCancelled):
        backup.backup(session, stick, now=NOW, cancelled=lambda: bool(compared))
    assert compared == [None]  # read back identical, then cancelled in the SQL check
    assert _entries(stick) == []
    assert session.check().ok
