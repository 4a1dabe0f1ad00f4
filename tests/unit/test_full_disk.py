"""A full disk is named as a full disk wherever it strikes (opening, saving, backup, brief,
export), in one line, and leaves no files behind. Each test mounts a small tmpfs and fills it
to 0 bytes free; where mounting is not allowed (not root, a container without the right) the
tests are skipped."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from test_cli import kopingplan

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

FULL = "The disk is full"


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    with _tmpfs(tmp_path / f"disk-{uuid.uuid4().hex[:6]}", "6m") as disk:
        yield disk


def fill(disk: Path) -> Path:
    """Writes a filler file until the disk refuses: 0 bytes free."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    assert shutil.disk_usage(disk).free == 0
    return filler


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def make_vault(folder: Path, cases: int = 0) -> Path:
    made = kopingplan("--vault", str(folder), "--passphrase-stdin", "init", "--name",
                      "Anna Lindqvist", "--org", "Köpings kommun",
                      stdin=PASSPHRASE + "\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    if cases:
        demo = kopingplan("--vault", str(folder), "--passphrase-stdin", "demo", "--cases",
                          str(cases), stdin=PASSPHRASE)  # fmt: skip
        assert demo.returncode == 0, demo.stderr
    return folder


def run(folder: Path, *args: str):  # type: ignore[no-untyped-def]
    return kopingplan("--vault", str(folder), "--passphrase-stdin", *args, stdin=PASSPHRASE)


def one_line_full(result) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and FULL in lines[0], result.stderr
    assert "inget valv" not in lines[0] and "not a Köpingplan vault" not in lines[0]


def test_opening_on_a_full_disk_says_so_and_leaves_no_stubs(small_disk: Path) -> None:
    vault = make_vault(small_disk / "vault")
    fill(small_disk)
    before = {p.name: p.read_bytes() for p in vault.iterdir()}
    for command in (("info",), ("check",), ("search", "x")):
        one_line_full(run(vault, *command))
        assert {p.name: p.read_bytes() for p in vault.iterdir()} == before, command
    swedish = kopingplan("--lang", "sv", "--vault", str(vault), "--passphrase-stdin", "info",
                         stdin=PASSPHRASE)  # fmt: skip
    assert swedish.returncode == 2 and "Disken är full" in swedish.stderr
    # Free space, and the vault opens as it was.
    (small_disk / "filler").unlink()
    assert run(vault, "check").returncode == 0


def test_saving_on_a_full_disk_keeps_what_was_saved(small_disk: Path) -> None:
    vault = make_vault(small_disk / "vault")
    session = Session.open(VaultPaths(vault), PASSPHRASE)
    try:
        kept = session.save(_case("Sparat före"))
        filler = fill(small_disk)
        with pytest.raises(errors.DiskFull) as caught:
            for number in range(200):  # SQLite's own cache may take the first few
                session.save(_case(f"Ärende {number}", summary="x" * 4000))
        assert "disk is full" in caught.value.translated()
        filler.unlink()
        assert session.get(model.Case, kept.id).title == "Sparat före"
    finally:
        session.close()
    assert run(vault, "check").returncode == 0


def _case(title: str, summary: str = "Sammanfattning") -> model.Case:
    return model.Case(
        title=title,
        level=model.Level.SPECIFIC,
        orientation=model.Orientation.RIGHT,
        opened_on=date(2026, 3, 2),
        summary=summary,
    )


def test_backup_to_a_full_disk_leaves_no_partial_copy(small_disk: Path, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", cases=2)
    fill(small_disk)
    before = names(small_disk)
    result = run(vault, "backup", str(small_disk))
    assert result.returncode == 2
    assert "not enough space" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert names(small_disk) == before


def test_brief_to_a_full_disk_leaves_no_file(small_disk: Path, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "vault", cases=2)
    fill(small_disk)
    before = names(small_disk)
    one_line_full(run(vault, "brief", "lagesbild", "--out", str(small_disk / "pm.pdf")))
    assert names(small_disk) == before


def test_export_to_a_full_disk_leaves_no_file(small_disk: Path, tmp_path: Path) -> None:
    municipality = make_vault(tmp_path / "kommun", cases=2)
    police = make_vault(tmp_path / "polis")
    certificate = tmp_path / "polis.pem"
    assert run(police, "identity", "export-cert", str(certificate)).returncode == 0
    assert run(municipality, "recipient", "add", str(certificate)).returncode == 0
    listing = run(municipality, "recipient", "list").stdout
    fingerprint = listing.strip().splitlines()[-1].split("\t")[2]
    assert run(municipality, "recipient", "verify", "1", "--fingerprint",
               fingerprint).returncode == 0  # fmt: skip
    fill(small_disk)
    before = names(small_disk)
    package = str(small_disk / "paket.p7m")
    one_line_full(run(municipality, "export", "--to", "1", "--case", "1", "--legal-basis",
                      "OSL 10 kap. 2 §", "--decided-by", "Eva Chef", "--role", "enhetschef",
                      "--purpose", "Samverkan", "--out", package))  # fmt: skip
    assert names(small_disk) == before
    # Nothing was disclosed: the refused export is not in the disclosure log.
    assert "OSL 10 kap. 2 §" not in run(municipality, "disclosures").stdout


@pytest.mark.parametrize("left", [0, 100 * 1024])
def test_creating_a_vault_on_a_full_disk_says_so_and_leaves_nothing(
    small_disk: Path, left: int
) -> None:
    filler = fill(small_disk)
    os.truncate(filler, filler.stat().st_size - left)  # 100 KB: the key file fits, not the vault
    result = kopingplan("--vault", str(small_disk / "vault"), "--passphrase-stdin", "init",
                        "--name", "Anna Lindqvist", "--org", "Köpings kommun",
                        stdin=PASSPHRASE + "\n")  # fmt: skip
    one_line_full(result)
    assert names(small_disk) == ["filler"]
