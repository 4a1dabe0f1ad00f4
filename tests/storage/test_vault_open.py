"""Opening a vault: every way it can go wrong gets its own error and changes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from kopingplan import errors
from kopingplan.storage import keyfile
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE, raw_connection, snapshot


@pytest.fixture
def closed_vault(vault_paths: VaultPaths) -> VaultPaths:
    Vault.create(vault_paths, PASSPHRASE, kdf_params=FAST_KDF).close()
    return vault_paths


def test_create_then_open_with_the_passphrase(closed_vault: VaultPaths) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        assert vault.schema_version() >= 1
        assert vault.cipher_settings()["cipher_version"].startswith("4.")
        assert vault.integrity_problems() == []


def test_vault_folder_and_files_are_owner_only(closed_vault: VaultPaths) -> None:
    assert closed_vault.folder.stat().st_mode & 0o777 == 0o700
    assert closed_vault.keyfile.stat().st_mode & 0o777 == 0o600
    assert closed_vault.database.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(
    "passphrase",
    ["citat \"dubbla\" och 'enkla' tecken", "åäö ÅÄÖ blåbärssoppa är gott", "🔐 nyckel 🗝️ valv 🏛️"],
)
def test_odd_passphrases_work(vault_paths: VaultPaths, passphrase: str) -> None:
    Vault.create(vault_paths, passphrase, kdf_params=FAST_KDF).close()
    Vault.open(vault_paths, passphrase).close()


def test_decomposed_a_ring_opens_a_vault_made_with_composed(vault_paths: VaultPaths) -> None:
    Vault.create(vault_paths, "sm\u00e5 gr\u00e5 \u00e5lar", kdf_params=FAST_KDF).close()
    Vault.open(vault_paths, "sma\u030a gra\u030a a\u030alar").close()


def test_wrong_passphrase(closed_vault: VaultPaths) -> None:
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE + "x")
    assert snapshot(closed_vault.folder) == before


def test_file_that_is_not_a_vault(closed_vault: VaultPaths) -> None:
    closed_vault.database.write_bytes(os.urandom(8192))
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.NotAVault):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_empty_file(closed_vault: VaultPaths) -> None:
    closed_vault.database.write_bytes(b"")
    with pytest.raises(errors.EmptyVaultFile):
        Vault.open(closed_vault, PASSPHRASE)
    assert closed_vault.database.read_bytes() == b""


def test_truncated_file(closed_vault: VaultPaths) -> None:
    data = closed_vault.database.read_bytes()
    closed_vault.database.write_bytes(data[: len(data) // 2 + 100])
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.EmptyVaultFile):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_truncated_on_a_page_boundary_fails_the_integrity_check(
    closed_vault: VaultPaths,
) -> None:
    data = closed_vault.database.read_bytes()
    closed_vault.database.write_bytes(data[: 4096 * 3])
    before = snapshot(closed_vault.folder)
    with pytest.raises((errors.VaultDamaged, errors.NotAVault)):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_plain_sqlite_file(vault_paths: VaultPaths) -> None:
    vault_paths.folder.mkdir()
    plain = sqlite3.connect(vault_paths.database)
    plain.execute("CREATE TABLE cases (title TEXT)")
    plain.execute("INSERT INTO cases VALUES ('klartext')")
    plain.commit()
    plain.close()
    before = snapshot(vault_paths.folder)
    with pytest.raises(errors.PlainDatabase):
        Vault.open(vault_paths, PASSPHRASE)
    assert snapshot(vault_paths.folder) == before


def test_vault_from_a_newer_schema_is_refused(closed_vault: VaultPaths) -> None:
    conn = raw_connection(closed_vault, PASSPHRASE)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.VaultTooNew) as caught:
        Vault.open(closed_vault, PASSPHRASE)
    assert caught.value.params["found"] == 999
    assert snapshot(closed_vault.folder) == before


def test_vault_open_in_another_process(closed_vault: VaultPaths) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from kopingplan.storage.keyfile import KdfParams
            from kopingplan.storage.vault import Vault, VaultPaths
            folder = VaultPaths({str(closed_vault.folder)!r})
            vault = Vault.open(folder, sys.stdin.readline().strip())
            print("open", flush=True)
            sys.stdin.readline()
            vault.close()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdin and holder.stdout
        holder.stdin.write(PASSPHRASE + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "open"
        before = snapshot(closed_vault.folder)
        with pytest.raises(errors.VaultInUse):
            Vault.open(closed_vault, PASSPHRASE)
        assert snapshot(closed_vault.folder) == before
    finally:
        holder.communicate("\n", timeout=30)
    Vault.open(closed_vault, PASSPHRASE).close()  # free again once the other one closed


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(errors.VaultNotFound):
        Vault.open(VaultPaths(tmp_path / "nowhere"), PASSPHRASE)
    assert not (tmp_path / "nowhere").exists()


def test_create_in_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(errors.VaultDirectoryMissing):
        Vault.create(VaultPaths(tmp_path / "a" / "b"), PASSPHRASE, kdf_params=FAST_KDF)
    assert not (tmp_path / "a").exists()


def test_create_over_an_existing_vault_is_refused(closed_vault: VaultPaths) -> None:
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.VaultExists):
        Vault.create(closed_vault, "en helt annan lösenfras här", kdf_params=FAST_KDF)
    assert snapshot(closed_vault.folder) == before


def test_read_only_file(closed_vault: VaultPaths) -> None:
    closed_vault.database.chmod(0o400)
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.VaultReadOnly):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_missing_key_file(closed_vault: VaultPaths) -> None:
    closed_vault.keyfile.unlink()
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.KeyFileMissing):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


@pytest.mark.parametrize("damage", [b"", b"{", b'{"format": "other"}', b"\xff\xfe" * 50])
def test_damaged_key_file(closed_vault: VaultPaths, damage: bytes) -> None:
    closed_vault.keyfile.write_bytes(damage)
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.KeyFileDamaged):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_key_file_of_another_vault(closed_vault: VaultPaths, tmp_path: Path) -> None:
    other = VaultPaths(tmp_path / "other")
    Vault.create(other, PASSPHRASE, kdf_params=FAST_KDF).close()
    closed_vault.keyfile.write_bytes(other.keyfile.read_bytes())
    before = snapshot(closed_vault.folder)
    with pytest.raises(errors.NotAVault):
        Vault.open(closed_vault, PASSPHRASE)
    assert snapshot(closed_vault.folder) == before


def test_weakened_kdf_parameters_in_the_key_file_do_not_open(closed_vault: VaultPaths) -> None:
    text = closed_vault.keyfile.read_text()
    closed_vault.keyfile.write_text(text.replace('"iterations": 1', '"iterations": 2'))
    with pytest.raises(errors.WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)


def test_hostile_kdf_parameters_are_refused_before_deriving(closed_vault: VaultPaths) -> None:
    text = closed_vault.keyfile.read_text()
    closed_vault.keyfile.write_text(text.replace('"memory_kib": 8192', '"memory_kib": 99999999'))
    with pytest.raises(errors.KeyFileDamaged):
        Vault.open(closed_vault, PASSPHRASE)


def test_the_database_is_not_keyed_with_the_passphrase(closed_vault: VaultPaths) -> None:
    """A raw random key, so SQLCipher's cheap PBKDF2 on the passphrase opens nothing."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(closed_vault.database))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_key_file_is_rewritten_atomically(closed_vault: VaultPaths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keys = keyfile.read_keyfile(closed_vault.keyfile)
    before = closed_vault.keyfile.read_bytes()

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(errors.DiskFull):  # named as a full disk, not a bare OSError
        keyfile.write_keyfile(closed_vault.keyfile, keys)
    assert closed_vault.keyfile.read_bytes() == before
    assert sorted(p.name for p in closed_vault.folder.iterdir() if p.name.startswith(".")) == []


def test_a_small_vault_is_fully_checked_at_every_open_a_large_one_by_check(
    closed_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopingplan.storage import vault as vault_module

    checks: list[int] = []
    original = Vault.integrity_findings

    def counted(self: Vault) -> list[Any]:
        checks.append(1)
        return original(self)

    monkeypatch.setattr(Vault, "integrity_findings", counted)
    Vault.open(closed_vault, PASSPHRASE).close()
    assert len(checks) == 1
    # Past the size limit the open stays fast; the full check is an explicit act.
    monkeypatch.setattr(vault_module, "FULL_CHECK_AT_OPEN_MAX_BYTES", 0)
    Vault.open(closed_vault, PASSPHRASE).close()
    assert len(checks) == 1
    with Vault.open(closed_vault, PASSPHRASE, verify=True) as opened:
        assert opened.integrity_problems() == []
    assert len(checks) == 3
