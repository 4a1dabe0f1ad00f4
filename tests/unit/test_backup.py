"""Backups to a chosen folder and restore from them, including when things go wrong."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import backup, cases, recovery, restore, search, vault_health
from kopingplan.services.passphrase import change_passphrase
from kopingplan.services.session import Session
from kopingplan.storage import audit, copy_check, file_copy, vault_copy
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE, raw_connection, snapshot

NOW = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _note(session: Session, text: str) -> m.Note:
    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.LEFT, NOW.date()))
    assert case.id is not None
    return session.save(m.Note(case.id, NOW, text))


def _backup(session: Session, destination: Path, **options: object) -> backup.BackupResult:
    return backup.backup(session, destination, **options)  # type: ignore[arg-type]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "USB-minne" / "Säkerhetskopior från Köping"  # spaces and å ä ö
    folder.mkdir(parents=True)
    return folder


def _entries(destination: Path) -> list[str]:
    return sorted(p.name for p in destination.iterdir())


# --- making a backup ----------------------------------------------------------------------------


def test_a_backup_is_a_complete_vault_folder_that_opens(session: Session, stick: Path) -> None:
    _note(session, "Före säkerhetskopian")
    result = _backup(session, stick, now=NOW)
    assert result.folder.parent == stick
    assert result.folder.name.startswith(backup.PREFIX)
    assert _entries(result.folder) == ["backup.json", "vault.db", "vault.key"]
    for path in result.folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name
    manifest = json.loads((result.folder / "backup.json").read_text())
    assert manifest["vault_id"] == session.vault.vault_id
    assert "counts" not in manifest  # readable without a key: no numbers about the content
    expected = vault_health.info(session).counts
    with Session.open(VaultPaths(result.folder), PASSPHRASE, record_unlock=False) as copy:
        assert vault_health.info(copy).counts == expected
        assert vault_health.check(copy).ok


def test_the_vault_stays_usable_and_the_backup_is_logged(session: Session, stick: Path) -> None:
    result = _backup(session, stick, now=NOW)
    later = _note(session, "Efter säkerhetskopian")  # the session goes on
    assert session.get(m.Note, later.id).text == "Efter säkerhetskopian"  # type: ignore[arg-type]
    row = audit.entries(session.vault.conn, action="vault.backup", limit=1)[0]
    assert row.details["folder"] == result.folder.name
    assert row.details["bytes"] == result.size_bytes
    assert vault_health.check(session).ok
    with Session.open(VaultPaths(result.folder), PASSPHRASE, record_unlock=False) as copy:
        assert cases.count_cases(copy) == 0  # the backup holds the state at the time it was made


def test_rotation_keeps_the_newest_of_this_vault_only(
    session: Session, stick: Path, tmp_path: Path
) -> None:
    other_paths = VaultPaths(tmp_path / "other")
    with Session.create(
        other_paths, PASSPHRASE, name="B", organisation="O", kdf_params=FAST_KDF
    ) as other:
        others = _backup(other, stick, keep=1, now=NOW)
    (stick / "semester.jpg").write_bytes(b"not ours")
    made = [_backup(session, stick, keep=2, now=NOW + timedelta(days=d)) for d in range(3)]
    assert made[2].removed == (made[0].folder,)
    assert _entries(stick) == sorted(
        [others.folder.name, made[1].folder.name, made[2].folder.name, "semester.jpg"]
    )
    listed = [b.folder for b in backup.list_backups(stick)]
    assert listed[:2] == [made[2].folder, made[1].folder]


def test_two_backups_in_the_same_second_get_different_names(session: Session, stick: Path) -> None:
    first = _backup(session, stick, now=NOW)
    second = _backup(session, stick, now=NOW)
    assert first.folder != second.folder and first.folder.exists()


def test_the_reminder_follows_the_newest_backup(session: Session, stick: Path) -> None:
    assert backup.last_backup_at(session) is None
    assert backup.reminder_due(session, NOW)
    _backup(session, stick)
    made = backup.last_backup_at(session)
    assert made is not None
    assert not backup.reminder_due(session, made + timedelta(days=6))
    assert backup.reminder_due(session, made + timedelta(days=7))
    backup.save_settings(session, backup.BackupSettings(keep=3, remind_after_days=30))
    assert backup.load_settings(session) == backup.BackupSettings(keep=3, remind_after_days=30)
    assert not backup.reminder_due(session, made + timedelta(days=29))


def test_settings_outside_their_range_are_refused(session: Session) -> None:
    with pytest.raises(errors.InvalidInput):
        backup.save_settings(session, backup.BackupSettings(keep=0))
    assert backup.load_settings(session) == backup.BackupSettings()


def test_a_missing_destination_or_the_vault_folder_itself_is_refused(
    session: Session, stick: Path
) -> None:
    with pytest.raises(backup.BackupDestinationMissing):
        _backup(session, stick / "borta")
    with pytest.raises(backup.BackupInsideVault):
        _backup(session, session.vault_folder)


def test_cancel_during_the_copy_leaves_nothing(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_copy, "CHUNK_BYTES", 4096)
    copied: list[int] = []

    def progress(done: int, total: int, stage: str) -> None:
        copied.append(done)

    # Cancel once the first chunk is written: the copy is then well under way.
    with pytest.raises(backup.BackupCancelled):
        _backup(session, stick, progress=progress, cancelled=lambda: bool(copied))
    assert copied == [4096]
    assert _entries(stick) == []
    assert audit.entries(session.vault.conn, action="vault.backup") == []
    _note(session, "Fortfarande användbar")


def test_cancel_during_the_check_leaves_nothing(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(copy_check, "CHECK_STEPS", 100)
    stages: list[str] = []

    def progress(done: int, total: int, stage: str) -> None:
        stages.append(stage)

    with pytest.raises(backup.BackupCancelled):
        _backup(session, stick, progress=progress, cancelled=lambda: backup.STAGE_CHECK in stages)
    assert _entries(stick) == []
    assert vault_health.check(session).ok


def test_a_copy_that_fails_its_check_is_removed(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _backup(session, stick, now=NOW)
    before = snapshot(earlier.folder)
    original = file_copy._written
    at = 3 * 4096 + 200

    def flip_a_bit(out: int, offset: int, count: int) -> None:
        original(out, offset, count)  # synced and dropped from the cache: on the "stick"
        if offset <= at < offset + count:  # a stick that returns a wrong bit
            byte = session.vault.paths.database.read_bytes()[at]
            os.pwrite(out, bytes([byte ^ 0x10]), at)

    monkeypatch.setattr(file_copy, "_written", flip_a_bit)
    with pytest.raises(backup.BackupVerificationFailed) as caught:
        _backup(session, stick, now=NOW + timedelta(hours=1))
    assert caught.value.exit_code == 1
    assert _entries(stick) == [earlier.folder.name]
    assert snapshot(earlier.folder) == before
    assert vault_health.check(session).ok


def test_a_read_still_running_makes_the_vault_busy_not_the_backup_wrong(
    session: Session, stick: Path
) -> None:
    """An unfinished read keeps the checkpoint from emptying the WAL, so vault.db alone is
    not the whole vault: no copy is made, and once the read is done the backup works. (Only
    the thread holding the vault can leave a read open: ``vault.conn`` reads its rows at once.)"""
    _note(session, "I loggfilen")
    with session.vault.read() as conn:
        reader = conn.execute("SELECT seq FROM audit_log")
        reader.fetchone()
        with pytest.raises(vault_copy.CopyVaultBusy):
            _backup(session, stick, now=NOW)
        reader.fetchall()
    assert _entries(stick) == []
    result = _backup(session, stick, now=NOW)
    with Session.open(VaultPaths(result.folder), PASSPHRASE, record_unlock=False) as copy:
        assert search.search(copy, "loggfilen")


# --- disk full during a backup ------------------------------------------------------------------


def _assert_failed_cleanly(session: Session, stick: Path, earlier: backup.BackupResult) -> None:
    assert _entries(stick) == [earlier.folder.name]  # no partial copy left behind
    with Session.open(VaultPaths(earlier.folder), PASSPHRASE, record_unlock=False) as copy:
        assert vault_health.check(copy).ok
    _note(session, "Sparad efter det misslyckade försöket")
    assert vault_health.check(session).ok


def test_a_write_failure_during_the_copy_is_a_full_disk(
    session: Session, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = _backup(session, stick, now=NOW)
    real_write, real_sendfile = os.write, getattr(os, "sendfile", None)
    budget = [64 * 1024]

    def spend(count: int) -> None:
        if budget[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        budget[0] -= count

    def write(fd: int, data: bytes) -> int:
        spend(len(data))
        return real_write(fd, data)

    def sendfile(out: int, source: int, offset: int, count: int) -> int:
        spend(count)
        return real_sendfile(out, source, offset, count)  # type: ignore[misc]

    # The copy writes in the kernel (sendfile) where it can, else with os.write; nothing else
    # writes with either here. Only 64 KiB fit on this "stick".
    monkeypatch.setattr(file_copy, "CHUNK_BYTES", 16 * 1024)
    monkeypatch.setattr(os, "write", write)
    if real_sendfile is not None:
        monkeypatch.setattr(os, "sendfile", sendfile)
    with pytest.raises(errors.DiskFull) as caught:
        _backup(session, stick, now=NOW + timedelta(hours=1))
    monkeypatch.undo()
    assert isinstance(caught.value, backup.BackupDestinationFull)
    assert str(stick) in str(caught.value)
    _assert_failed_cleanly(session, stick, earlier)


@pytest.fixture
def small_stick(tmp_path: Path) -> Iterator[Path]:
    """A real, small file system (tmpfs) that fills up; needs root and mount."""
    folder = tmp_path / "small"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1200k,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_real_full_disk_during_a_backup(session: Session, small_stick: Path) -> None:
    earlier = _backup(session, small_stick, now=NOW)  # fits
    for number in range(60):
        _note(session, f"Anteckning {number} " + "text som tar plats " * 60)
    with pytest.raises(errors.DiskFull):
        _backup(session, small_stick, now=NOW + timedelta(hours=1))
    _assert_failed_cleanly(session, small_stick, earlier)


# --- restore ------------------------------------------------------------------------------------


@pytest.fixture
def backed_up(session: Session, stick: Path) -> backup.BackupResult:
    _note(session, "I säkerhetskopian")
    return _backup(session, stick, now=NOW)


def test_restore_shows_counts_and_date_then_switches_keeping_a_safety_copy(
    session: Session, backed_up: backup.BackupResult
) -> None:
    paths = session.vault.paths
    _note(session, "Bara i det nuvarande valvet")
    prepared = restore.prepare_restore(
        backed_up.folder, paths, PASSPHRASE, current_vault_id=session.vault.vault_id
    )
    summary = prepared.summary
    assert summary.made_at == NOW
    assert summary.counts["notes"] == 1 and summary.counts["cases"] == 1
    assert summary.same_vault is True and summary.audit_rows > 0
    assert cases.count_cases(session) == 2  # nothing changed yet
    session.close()
    result = restore.finish_restore(prepared, PASSPHRASE)
    with result.session as restored:
        assert search.search(restored, "säkerhetskopian")
        assert search.search(restored, "nuvarande") == []
        assert vault_health.check(restored).ok
        row = audit.entries(restored.vault.conn, action="vault.restore", limit=1)[0]
        assert row.details["backup"] == backed_up.folder.name
        assert result.safety_copy is not None
        assert row.details["safety_copy"] == result.safety_copy.name
    assert not prepared.staging.exists()
    with Session.open(VaultPaths(result.safety_copy), PASSPHRASE) as safety:
        assert search.search(safety, "nuvarande")


def test_restore_refuses_while_the_vault_is_open(
    session: Session, backed_up: backup.BackupResult
) -> None:
    paths = session.vault.paths
    prepared = restore.prepare_restore(backed_up.folder, paths, PASSPHRASE)
    before = snapshot(paths.folder)
    with pytest.raises(errors.VaultInUse):
        restore.finish_restore(prepared, PASSPHRASE)
    assert snapshot(paths.folder) == before
    restore.discard_restore(prepared)
    assert not prepared.staging.exists()
    assert vault_health.check(session).ok


def test_restore_with_the_wrong_secret_changes_nothing(
    session: Session, backed_up: backup.BackupResult
) -> None:
    paths = session.vault.paths
    with pytest.raises(errors.WrongPassphrase):
        restore.prepare_restore(backed_up.folder, paths, PASSPHRASE + "x")
    assert [p.name for p in paths.folder.parent.iterdir() if ".restoring-" in p.name] == []


def test_a_wrong_secret_when_switching_changes_nothing(
    session: Session, backed_up: backup.BackupResult
) -> None:
    paths = session.vault.paths
    prepared = restore.prepare_restore(backed_up.folder, paths, PASSPHRASE)
    session.close()
    before = snapshot(paths.folder)
    with pytest.raises(errors.WrongPassphrase):
        restore.finish_restore(prepared, PASSPHRASE + "x")
    assert snapshot(paths.folder) == before
    assert prepared.staging.is_dir()  # may still be finished with the right one
    restore.finish_restore(prepared, PASSPHRASE).session.close()


def test_a_damaged_backup_is_not_restored(session: Session, backed_up: backup.BackupResult) -> None:
    database = backed_up.folder / "vault.db"
    data = bytearray(database.read_bytes())
    data[2 * 4096 + 300] ^= 0x01
    database.write_bytes(bytes(data))
    with pytest.raises(restore.BackupBroken) as caught:
        restore.prepare_restore(backed_up.folder, session.vault.paths, PASSPHRASE)
    assert caught.value.exit_code == 1
    _detail_goes_through_translation(caught.value)


def _detail_goes_through_translation(error: restore.BackupBroken) -> None:
    """The part in parentheses is translated too: a Swedish line once carried an English
    detail ("its key file is damaged"). A marking translator shows what went through it."""
    seen: list[tuple[str, str]] = []

    def marking(context: str, text: str) -> str:
        seen.append((context, text))
        return "«" + text + "»"

    shown = error.translated(marking)
    assert shown.startswith("«The backup")
    inner = shown[shown.index("(") + 1 : shown.rindex(")")]
    assert inner.startswith("«") and inner.endswith("»"), inner
    assert len(seen) >= 2


def test_a_backup_with_a_damaged_key_file_is_not_restored_and_says_so_translated(
    session: Session, backed_up: backup.BackupResult
) -> None:
    (backed_up.folder / "vault.key").write_bytes(b"not a key file")
    with pytest.raises(restore.BackupBroken) as caught:
        restore.prepare_restore(backed_up.folder, session.vault.paths, PASSPHRASE)
    assert "key file is damaged" in str(caught.value)
    _detail_goes_through_translation(caught.value)


def test_a_folder_without_a_vault_is_not_a_backup(session: Session, stick: Path) -> None:
    with pytest.raises(restore.NotABackup):
        restore.prepare_restore(stick, session.vault.paths, PASSPHRASE)


def test_a_backup_opens_with_the_passphrase_valid_when_it_was_made(
    session: Session, backed_up: backup.BackupResult
) -> None:
    change_passphrase(session, PASSPHRASE, "ny lösenfras med flera ord")
    with pytest.raises(errors.WrongPassphrase):
        restore.prepare_restore(backed_up.folder, session.vault.paths, "ny lösenfras med flera ord")
    prepared = restore.prepare_restore(backed_up.folder, session.vault.paths, PASSPHRASE)
    restore.discard_restore(prepared)


def test_backups_carry_the_key_file_for_both_secrets(
    session: Session, stick: Path, tmp_path: Path
) -> None:
    sheet = recovery.create(session, PASSPHRASE, kdf_params=FAST_KDF)
    _note(session, "Återställd på en ny dator")
    made = _backup(session, stick, now=NOW)
    for secret, kind in ((PASSPHRASE, "passphrase"), (sheet.code, "recovery")):
        target = VaultPaths(tmp_path / f"new-laptop-{kind}" / "vault")
        target.folder.parent.mkdir()
        prepared = restore.prepare_restore(made.folder, target, secret, secret_kind=kind)
        assert prepared.summary.same_vault is None
        result = restore.finish_restore(prepared, secret)
        assert result.safety_copy is None
        with result.session as restored:
            assert search.search(restored, "ny dator")
    paths = VaultPaths(tmp_path / "new-laptop-recovery" / "vault")
    Vault.open(paths, PASSPHRASE).close()
    recovery.open_with_recovery_key(paths, sheet.code).close()


def test_a_copy_for_a_migration_is_a_checked_vault_folder(session: Session, tmp_path: Path) -> None:
    """What the vault will use before a schema migration: copy_vault on its own."""
    target = tmp_path / "vault.before-schema-2"
    check = vault_copy.copy_vault(session.vault, target)
    assert check.ok and check.vault_id == session.vault.vault_id
    assert _entries(target) == ["vault.db", "vault.key"]
    shutil.rmtree(target)


def test_a_backup_with_a_changed_audit_row_is_not_restored_and_names_the_row(
    session: Session, backed_up: backup.BackupResult
) -> None:
    conn = raw_connection(VaultPaths(backed_up.folder), PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 1")
    conn.close()
    with pytest.raises(restore.BackupBroken) as caught:
        restore.prepare_restore(backed_up.folder, session.vault.paths, PASSPHRASE)
    # As `kopingplan check` says it, and in the audit log's words when translated.
    assert "(row 1 was changed after it was written)" in str(caught.value)
    _detail_goes_through_translation(caught.value)
    assert "«row 1 was changed after it was written»" in caught.value.translated(
        lambda context, text: "«" + text + "»" if context in ("Audit", "Errors") else text
    )


def test_a_full_drive_when_the_restore_starts_says_so_and_changes_nothing(
    session: Session, backed_up: backup.BackupResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = session.vault.paths
    before, beside = snapshot(paths.folder), sorted(paths.folder.parent.iterdir())
    real_mkdir = Path.mkdir

    def full(self: Path, *args: object, **kwargs: object) -> None:
        if ".restoring-" in self.name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", full)
    with pytest.raises(errors.DiskFull) as caught:
        restore.prepare_restore(backed_up.folder, paths, PASSPHRASE)
    assert str(paths.folder.parent) in str(caught.value)
    assert snapshot(paths.folder) == before
    assert sorted(paths.folder.parent.iterdir()) == beside  # no half-made copy beside it


def test_restore_progress_counts_the_backups_files_up_to_their_total(
    session: Session, backed_up: backup.BackupResult
) -> None:
    seen: list[tuple[int, int, str]] = []
    prepared = restore.prepare_restore(
        backed_up.folder, session.vault.paths, PASSPHRASE, progress=lambda *s: seen.append(s)
    )
    restore.discard_restore(prepared)
    reading = [(done, total) for done, total, stage in seen if stage == restore.STAGE_READ_BACKUP]
    total = sum(backed_up.folder.joinpath(n).stat().st_size for n in ("vault.db", "vault.key"))
    assert reading and all(of == total for _, of in reading)
    assert [done for done, _ in reading] == sorted(done for done, _ in reading)  # never back
    assert reading[-1][0] == total  # the key file counted after the database, not from 0
    assert seen[-1] == (0, 0, restore.STAGE_CHECK_BACKUP)
