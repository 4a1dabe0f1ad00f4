"""`kopingplan check` on damaged vaults: every kind of damage is a finding with its page or row,
exit code 1, and never a traceback; `info` answers a damaged vault with one line."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from kopingplan.cli import main
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, raw_connection, shared_identity

PAGE = 4096


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def kopingplan(folder: Path, *args: str, stdin: str = PASSPHRASE + "\n") -> Result:
    """The command line in this process: an uncaught exception fails the test by itself."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        code = main(
            ["--lang", "en", "--vault", str(folder), "--passphrase-stdin", *args],
            stdin=io.StringIO(stdin),
            stdout=out,
        )
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def small_vault(tmp_path: Path) -> VaultPaths:
    paths = VaultPaths(tmp_path / "vault")
    with Session.create(
        paths,
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ):
        pass
    return paths


def _flip(paths: VaultPaths, page: int, offset: int = 100) -> None:
    """One bit of one page (1-based), as a failing sector or a careless editor would."""
    with open(paths.database, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        byte = handle.read(1)
        handle.seek((page - 1) * PAGE + offset)
        handle.write(bytes([byte[0] ^ 0x01]))


def test_every_damaged_page_is_reported_by_its_number_never_a_crash(
    small_vault: VaultPaths,
) -> None:
    pristine = small_vault.database.read_bytes()
    pages = len(pristine) // PAGE
    assert pages > 20
    for page in range(1, pages + 1):
        small_vault.database.write_bytes(pristine)
        _flip(small_vault, page)
        damaged = small_vault.database.read_bytes()
        result = kopingplan(small_vault.folder, "check")
        assert result.returncode == 1, (page, result.stdout, result.stderr)
        assert f"Integrity: page {page}: damaged or changed on disk" in result.stdout, page
        assert "Traceback" not in result.stderr
        assert result.stderr.strip().splitlines() == [
            "The vault has problems; see above. Restore from a backup if in doubt."
        ]
        assert small_vault.database.read_bytes() == damaged  # a check changes nothing
        assert sorted(p.name for p in small_vault.folder.iterdir()) == [
            "vault.attempts",
            "vault.db",
            "vault.key",
            "vault.lock",
        ]


@pytest.mark.parametrize("page", [1, 2, 6, -1])
def test_info_on_a_damaged_page_is_one_line(small_vault: VaultPaths, page: int) -> None:
    pages = small_vault.database.stat().st_size // PAGE
    _flip(small_vault, page if page > 0 else pages)
    result = kopingplan(small_vault.folder, "info")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kopingplan: The vault is damaged: page ")
    assert "Restore the vault from a backup." in lines[0]


def test_a_malformed_btree_with_valid_pages_names_its_table(small_vault: VaultPaths) -> None:
    """Damage made through the key (a bug, or someone with the key): every page
    authenticates, the structure does not hold."""
    conn = raw_connection(small_vault, PASSPHRASE)
    conn.execute("PRAGMA writable_schema = ON")
    index = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cases' LIMIT 1"
    ).fetchone()[0]
    notes_root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'notes'").fetchone()
    conn.execute("UPDATE sqlite_master SET rootpage = ? WHERE name = ?", (notes_root[0], index))
    conn.close()
    result = kopingplan(small_vault.folder, "check")
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines and all(
        re.match(r"Integrity: (page \d+: broken structure|table \w+: damaged)", line)
        for line in lines
    ), lines
    assert "changed on disk" not in result.stdout  # every page authenticates
    info = kopingplan(small_vault.folder, "info")
    assert info.returncode == 1 and len(info.stderr.strip().splitlines()) == 1


def test_a_removed_audit_row_is_named_by_its_row(small_vault: VaultPaths) -> None:
    with Session.open(small_vault, PASSPHRASE) as session:
        for _ in range(3):
            session.record("vault.print")
    conn = raw_connection(small_vault, PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log WHERE seq = 3")
    conn.close()
    result = kopingplan(small_vault.folder, "check")
    assert result.returncode == 1
    assert "Audit log: rows before 4 are missing" in result.stdout
    assert "Audit log: row 4 does not follow the row before it" in result.stdout


def _crash_after_a_change(paths: VaultPaths) -> None:
    """Another program writes (a WAL frame) and dies without closing: no checkpoint."""
    script = textwrap.dedent(
        f"""
        import os
        from kopingplan.services.session import Session
        from kopingplan.storage.vault import VaultPaths
        session = Session.open(VaultPaths({str(paths.folder)!r}), {PASSPHRASE!r})
        session.record("vault.print")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert paths.database.with_name("vault.db-wal").stat().st_size > 0


def test_a_missing_write_ahead_log_is_reported(small_vault: VaultPaths) -> None:
    _crash_after_a_change(small_vault)
    os.unlink(small_vault.database.with_name("vault.db-wal"))
    result = kopingplan(small_vault.folder, "check")
    assert result.returncode == 1
    assert "the write-ahead log (vault.db-wal) is missing" in result.stdout


def test_after_a_crash_with_its_log_the_vault_checks_intact(small_vault: VaultPaths) -> None:
    _crash_after_a_change(small_vault)
    result = kopingplan(small_vault.folder, "check")
    assert result.returncode == 0, result.stdout
    assert "intact" in result.stdout


def test_another_vaults_key_file_is_named_as_such(small_vault: VaultPaths, tmp_path: Path) -> None:
    other = VaultPaths(tmp_path / "other")
    with Session.create(
        other,
        PASSPHRASE,
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ):
        pass
    small_vault.keyfile.write_bytes(other.keyfile.read_bytes())
    for command in ("info", "check"):
        result = kopingplan(small_vault.folder, command)
        assert result.returncode == 2
        assert "does not belong to this vault.db" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_another_vaults_key_file_is_named_whichever_passphrase_is_typed(
    small_vault: VaultPaths, tmp_path: Path
) -> None:
    """The key file names its database (SQLCipher's salt), so the passphrase of *this* vault,
    which cannot open the other vault's key file, is not answered with 'wrong passphrase'."""
    other = VaultPaths(tmp_path / "other")
    with Session.create(
        other,
        "gädda kvarnhjul molnfri tegelsten",
        name=OWNER,
        organisation=ORGANISATION,
        kdf_params=FAST_KDF,
        identity=shared_identity(),
    ):
        pass
    small_vault.keyfile.write_bytes(other.keyfile.read_bytes())
    result = kopingplan(small_vault.folder, "info")
    assert result.returncode == 2
    assert "does not belong to this vault.db" in result.stderr
    assert "Wrong passphrase" not in result.stderr


def test_a_key_file_from_before_it_named_its_database_still_opens(
    small_vault: VaultPaths,
) -> None:
    import json

    document = json.loads(small_vault.keyfile.read_text())
    assert len(document.pop("database_salt")) == 24  # 16 bytes, base64
    small_vault.keyfile.write_text(json.dumps(document))
    assert kopingplan(small_vault.folder, "check").returncode == 0
    wrong = kopingplan(small_vault.folder, "info", stdin="fel lösenfras helt klart\n")
    assert "Wrong passphrase" in wrong.stderr


def test_a_damaged_backup_is_refused_naming_the_page(
    small_vault: VaultPaths, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    assert kopingplan(small_vault.folder, "backup", str(stick)).returncode == 0
    (copy,) = [p for p in stick.iterdir() if p.is_dir()]
    _flip(VaultPaths(copy), 3)
    before = small_vault.database.read_bytes()
    result = kopingplan(small_vault.folder, "restore", str(copy), "--yes")
    assert result.returncode == 1
    assert "page 3: damaged or changed on disk" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert small_vault.database.read_bytes() == before
