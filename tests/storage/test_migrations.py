"""Schema versions: old vaults move forward, newer ones are refused, a failed step changes
nothing. The vault in tests/data/vault-v1 was written by the first released schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kopingplan.services.session import Session
from kopingplan.storage import migrations
from kopingplan.storage.vault import Vault, VaultPaths

from support import FAST_KDF, PASSPHRASE

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
        assert session.info().counts == expected
        assert session.check().ok
        assert session.search("skolan")


def test_a_later_step_runs_once_on_open(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def add_column(conn: object) -> None:
        conn.execute("ALTER TABLE cases ADD COLUMN example TEXT")  # type: ignore[attr-defined]

    monkeypatch.setitem(migrations.STEPS, 2, add_column)
    monkeypatch.setattr(migrations, "LATEST", 2)
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == 2
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(cases)")]
        assert "example" in columns
    with Vault.open(old_vault, PASSPHRASE) as vault:  # not applied twice
        assert vault.schema_version() == 2


def test_a_failing_step_leaves_the_vault_at_its_version(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_done(conn: object) -> None:
        conn.execute("ALTER TABLE cases ADD COLUMN example TEXT")  # type: ignore[attr-defined]
        raise RuntimeError("disk pulled out mid-migration")

    monkeypatch.setitem(migrations.STEPS, 2, half_done)
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(RuntimeError):
        Vault.open(old_vault, PASSPHRASE)
    monkeypatch.setattr(migrations, "LATEST", 1)
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == 1
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(cases)")]
        assert "example" not in columns
