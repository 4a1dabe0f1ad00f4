"""Schema versions: old vaults move forward, newer ones are refused, a failed step changes
nothing. The vault in tests/data/vault-v1 was written by the first released schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kopingplan.services import search, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import migrations
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE, raw_connection

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def old_vault(tmp_path: Path) -> VaultPaths:
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    (folder / "counts.json").unlink()
    return VaultPaths(folder)


def test_a_new_vault_is_at_the_latest_schema(vault_paths: VaultPaths) -> None:
    with Vault.create(vault_paths, PASSPHRASE, kdf_params=FAST_KDF) as vault:
        assert vault.schema_version() == migrations.LATEST


def test_the_first_released_vault_opens_with_everything_in_it(old_vault: VaultPaths) -> None:
    expected = json.loads((DATA / "vault-v1" / "counts.json").read_text())
    with Session.open(old_vault, PASSPHRASE) as session:
        assert session.vault.schema_version() == migrations.LATEST
        assert vault_health.info(session).counts == expected
        assert vault_health.check(session).ok
        assert search.search(session, "skolan")


def test_a_later_step_runs_once_on_open(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    future = migrations.LATEST + 1

    def add_column(conn: object) -> None:
        conn.execute("ALTER TABLE cases ADD COLUMN example TEXT")  # type: ignore[attr-defined]

    monkeypatch.setitem(migrations.STEPS, future, add_column)
    monkeypatch.setattr(migrations, "LATEST", future)
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == future
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(cases)")]
        assert "example" in columns
    with Vault.open(old_vault, PASSPHRASE) as vault:  # not applied twice
        assert vault.schema_version() == future


def test_a_failing_step_leaves_the_vault_at_its_version(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    released = migrations.LATEST
    future = released + 1

    def half_done(conn: object) -> None:
        conn.execute("ALTER TABLE cases ADD COLUMN example TEXT")  # type: ignore[attr-defined]
        raise RuntimeError("disk pulled out mid-migration")

    monkeypatch.setitem(migrations.STEPS, future, half_done)
    monkeypatch.setattr(migrations, "LATEST", future)
    with pytest.raises(RuntimeError):
        Vault.open(old_vault, PASSPHRASE)
    monkeypatch.setattr(migrations, "LATEST", released)
    with Vault.open(old_vault, PASSPHRASE) as vault:
        # Every step is its own transaction: the released steps stay, the broken one is gone.
        assert vault.schema_version() == released
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(cases)")]
        assert "example" not in columns


def test_an_upgrade_first_leaves_a_checked_copy_at_the_old_version(old_vault: VaultPaths) -> None:
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
    copies = sorted(old_vault.folder.parent.glob("vault-v1.before-schema-*"))
    assert len(copies) == 1
    # Looked at raw: opening it with the program would upgrade it too.
    copy = raw_connection(VaultPaths(copies[0]), PASSPHRASE)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    copy.close()
