"""Review of the evening's second half (helper-80): the demo's police liaison, a verified
recipient whose key nobody holds, stays in the demo vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import kopingplan

from kopingplan.gui.shell import vaults
from kopingplan.services import exchange
from kopingplan.services.session import Session

from support import PASSPHRASE


def test_the_command_lines_demo_adds_no_recipient_to_the_vault_it_fills(tmp_path: Path) -> None:
    """`kopingplan demo` fills whatever vault it is given, a real one too: a verified recipient
    of its own there became recipient 1 (and the only verified one, which the export wizard
    ticks by itself), so `export --to 1` took the cases to a key that was thrown away."""
    folder = tmp_path / "valv"
    made = kopingplan("--vault", str(folder), "--passphrase-stdin", "init", "--name", "Anna",
                      "--org", "Köpings kommun", stdin=PASSPHRASE + "\n")  # fmt: skip
    assert made.returncode == 0, made.stderr
    filled = kopingplan("--vault", str(folder), "--passphrase-stdin", "demo", "--cases", "2",
                        stdin=PASSPHRASE)  # fmt: skip
    assert filled.returncode == 0, filled.stderr

    listing = kopingplan("--vault", str(folder), "--passphrase-stdin", "recipient", "list",
                         stdin=PASSPHRASE)  # fmt: skip
    assert listing.returncode == 0, listing.stderr
    assert "(demo)" not in listing.stdout and "Kontaktpolis" not in listing.stdout
    refused = kopingplan("--vault", str(folder), "--passphrase-stdin", "export", "--to", "1",
                         "--case", "1", "--legal-basis", "OSL 10 kap. 2 §", "--decided-by",
                         "Eva Chef", "--role", "enhetschef", "--purpose", "Samverkan", "--out",
                         str(tmp_path / "paket.p7m"), stdin=PASSPHRASE)  # fmt: skip
    assert refused.returncode == 2
    assert not (tmp_path / "paket.p7m").exists()


def test_the_demo_vault_has_its_liaison_once(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vaults, "DEMO_CASES", 1)
    assert vaults.fill_demo(session)
    assert vaults.fill_demo(session)  # filled again: still one
    (liaison,) = exchange.list_recipients(session, verified_only=True)
    assert liaison.name.startswith("Kontaktpolis ") and liaison.name.endswith("(demo)")
