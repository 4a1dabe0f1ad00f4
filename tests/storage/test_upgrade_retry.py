"""A schema upgrade interrupted (an exception, or the process killed) can be tried again at
once, and tries leave one copy of the vault as it was, not one each: README "Schema
upgrades". Before the fix the copy was named to the second, so a retry within that second
was refused (VaultExists), and each try left another full copy."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
import test_migrations as migration_tests
import test_review_124_upgrade as review_124

from kopingplan.storage import migrations
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE, raw_connection

# The first released vault (schema version 1) alone in its folder, as the migration tests have it.
old_vault = migration_tests.old_vault


def _copies(paths: VaultPaths) -> list[Path]:
    return sorted(paths.folder.parent.glob(f"{paths.folder.name}.before-schema-*"))


def _version_of(copy: Path) -> int:
    """The copy's schema version, read raw: opening it with the program would upgrade it."""
    conn = raw_connection(VaultPaths(copy), PASSPHRASE)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _failing_last_step(monkeypatch: pytest.MonkeyPatch) -> None:
    def step(conn: object) -> None:
        raise RuntimeError("interrupted")

    monkeypatch.setitem(migrations.STEPS, migrations.LATEST, step)


def test_an_upgrade_that_failed_is_retried_at_once_and_keeps_one_copy(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _failing_last_step(patch)
        for _try in range(3):  # all within a second or two: each once refused by its name
            with pytest.raises(RuntimeError, match="interrupted"):
                Vault.open(old_vault, PASSPHRASE)
    assert len(_copies(old_vault)) == 1
    with Vault.open(old_vault, PASSPHRASE) as vault:  # at once, the step working again
        assert vault.schema_version() == migrations.LATEST
    [copy] = _copies(old_vault)
    assert _version_of(copy) == 1  # the vault as it was before the first try changed it
    # Done: the next opening (nothing to upgrade) leaves the copy alone.
    with Vault.open(old_vault, PASSPHRASE):
        pass
    assert _copies(old_vault) == [copy]


def test_a_damaged_copy_of_an_interrupted_try_is_replaced_not_trusted(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        _failing_last_step(patch)
        with pytest.raises(RuntimeError):
            Vault.open(old_vault, PASSPHRASE)
    [earlier] = _copies(old_vault)
    database = earlier / "vault.db"
    data = bytearray(database.read_bytes())
    data[5000:5016] = bytes(16)  # a damaged page: the copy no longer passes its check
    database.write_bytes(bytes(data))

    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
    [copy] = _copies(old_vault)
    assert copy != earlier
    assert _version_of(copy) == migrations.LATEST - 1  # the vault as this try found it


def test_a_later_upgrade_after_a_finished_one_makes_its_own_copy(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy left by a finished upgrade is not one of an interrupted try: it is kept."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "LATEST", migrations.LATEST - 1)
        with Vault.open(old_vault, PASSPHRASE):
            pass
    with Vault.open(old_vault, PASSPHRASE) as vault:
        assert vault.schema_version() == migrations.LATEST
    first, second = _copies(old_vault)
    assert {_version_of(first), _version_of(second)} == {1, migrations.LATEST - 1}


# The child of Review 124's kill test, but its last step waits to be killed (it says "v10",
# as that test's child does, whichever version is the last).
CHILD = textwrap.dedent("""
    import sys, time
    from kopingplan.storage import migrations
    from kopingplan.storage.vault import Vault, VaultPaths
    def step(conn):
        print("v10", flush=True)
        time.sleep(60)
    migrations.STEPS[migrations.LATEST] = step
    Vault.open(VaultPaths(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
""")


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_an_upgrade_killed_midway_is_retried_at_once(
    old_vault: VaultPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(review_124, "CHILD", CHILD)
    for _try in range(2):
        assert review_124._killed_during_v10(old_vault, 0.0) == ""  # killed mid-way
    assert len(_copies(old_vault)) == 1
    with Vault.open(old_vault, PASSPHRASE) as vault:  # at once after the kill
        assert vault.schema_version() == migrations.LATEST
        assert vault.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    [copy] = _copies(old_vault)
    assert _version_of(copy) == 1
