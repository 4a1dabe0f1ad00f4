"""Backups, restore, the recovery key and retention from the command line."""

from __future__ import annotations

import re
from pathlib import Path

from test_cli import kopingplan
from test_cli_exchange import make_vault, run

from support import PASSPHRASE

NEW = "gädda kvarnhjul molnfri tegelsten"


def test_backup_then_restore_brings_back_what_was_there(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun", cases=3)
    stick = tmp_path / "usb"
    stick.mkdir()
    made = run(vault, "backup", str(stick))
    assert made.returncode == 0, made.stderr
    listed = kopingplan("backups", str(stick))
    assert listed.returncode == 0 and len(listed.stdout.strip().splitlines()) == 1
    backup_folder = stick / listed.stdout.split("\t")[2].strip()

    more = run(vault, "demo", "--cases", "2", "--seed", "9")
    assert more.returncode == 0
    before_restore = run(vault, "info").stdout
    restored = kopingplan("--vault", str(vault), "--passphrase-stdin", "restore",
                          str(backup_folder), "--yes", stdin=PASSPHRASE)  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    after = run(vault, "info").stdout
    assert "Rows in cases: 3" in after
    assert "Rows in cases: 5" in before_restore
    assert run(vault, "check").returncode == 0


def test_restore_without_yes_on_stdin_changes_nothing(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")
    stick = tmp_path / "usb"
    stick.mkdir()
    run(vault, "backup", str(stick))
    folder = next(stick.iterdir())
    result = kopingplan("--vault", str(vault), "--passphrase-stdin", "restore", str(folder),
                        stdin=PASSPHRASE)  # fmt: skip
    assert result.returncode == 2
    assert run(vault, "check").returncode == 0


def test_backup_to_a_missing_folder_asks_for_nothing(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")
    result = kopingplan("--vault", str(vault), "backup", str(tmp_path / "finns-inte"))
    assert result.returncode == 2
    assert "finns-inte" in result.stderr


def test_recovery_key_opens_the_vault_and_sets_a_new_passphrase(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")
    sheet = run(vault, "recovery-key", "new")
    assert sheet.returncode == 0, sheet.stderr
    code = re.search(r"(\d{6}(?:[- ]\d{6}){7})", sheet.stdout)
    assert code, sheet.stdout
    key = code.group(1)
    assert key not in (vault / "vault.key").read_text()

    info = kopingplan("--vault", str(vault), "--passphrase-stdin", "--recovery-key", "info",
                      stdin=key + "\n")  # fmt: skip
    assert info.returncode == 0, info.stderr
    reset = kopingplan("--vault", str(vault), "--passphrase-stdin", "--recovery-key", "passwd",
                       stdin=f"{key}\n{NEW}\n")  # fmt: skip
    assert reset.returncode == 0, reset.stderr
    assert kopingplan("--vault", str(vault), "--passphrase-stdin", "info",
                      stdin=NEW).returncode == 0  # fmt: skip
    typo = key[:-1] + ("1" if key[-1] != "1" else "2")
    wrong = kopingplan("--vault", str(vault), "--passphrase-stdin", "--recovery-key", "info",
                       stdin=typo + "\n")  # fmt: skip
    assert wrong.returncode == 2


def test_retention_list_is_empty_for_a_fresh_vault(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun")
    listed = run(vault, "retention", "list")
    assert listed.returncode == 0
    assert listed.stdout.strip() == ""
    bad = run(vault, "retention", "keep", "nonsense:1", "--reason", "x")
    assert bad.returncode == 2


def test_rekey_keeps_the_passphrase_and_shuts_out_an_old_key_file(tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "valv", "Anna Lindqvist", "Köpings kommun", cases=2)
    old_key = (vault / "vault.key").read_bytes()
    result = run(vault, "rekey")
    assert result.returncode == 0, result.stderr
    assert run(vault, "check").returncode == 0
    assert "Rows in cases: 2" in run(vault, "info").stdout
    (vault / "vault.key").write_bytes(old_key)
    stale = run(vault, "info")
    assert stale.returncode == 2
