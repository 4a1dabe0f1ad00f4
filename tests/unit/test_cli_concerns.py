"""`kopingplan concern add | decide | list`, as a coordinator uses them; a refusal prints one
line in Swedish, exits 2 and writes nothing but the unlock every command line run records."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]


def _written(folder: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    """The concerns (id, decision, case) and the audit actions of the vault."""
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        conn = session.vault.conn
        rows = [tuple(r) for r in conn.execute("SELECT id, decision, case_id FROM concerns")]
        actions = [r[0] for r in conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    return rows, actions


def _nothing_but_an_unlock(
    before: tuple[list[tuple[object, ...]], list[str]], folder: Path
) -> None:
    rows, actions = _written(folder)
    assert rows == before[0]
    assert set(actions[len(before[1]) :]) == {"vault.unlock"}


def _add(folder: Path, *extra: str, lang: str = "en") -> object:
    return kopingplan(
        *vault_args(folder), "concern", "add", "--from", "anonymous", "--how", "phone",
        "--what", "En förälder oroar sig för sonens nya vänner.", "--orientation", "right",
        "--received-on", (date.today() - timedelta(days=2)).isoformat(), *extra,
        stdin=PASSPHRASE, lang=lang,
    )  # fmt: skip


def test_a_concern_is_taken_in_listed_and_decided_three_ways(filled: Path) -> None:
    for _ in range(3):
        added = _add(filled)
        assert added.returncode == 0, added.stderr  # type: ignore[attr-defined]
    assert added.stdout.strip() == "Took in concern 3."  # type: ignore[attr-defined]
    listed = kopingplan(*vault_args(filled), "concern", "list", "--state", "open",
                        stdin=PASSPHRASE)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[-1] == "Concerns: 3."
    assert lines[0].split("\t")[2] == "to screen" and "sonens nya vänner" in lines[0]

    opened = kopingplan(*vault_args(filled), "concern", "decide", "1", "--decision",
                        "case_opened", "--case", "1", stdin=PASSPHRASE)  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    new = kopingplan(*vault_args(filled), "concern", "decide", "2", "--decision", "case_opened",
                     "--new-case", "Oro för son", stdin=PASSPHRASE)  # fmt: skip
    assert new.returncode == 0, new.stderr
    assert "opened case" in new.stdout
    referred = kopingplan(
        *vault_args(filled), "concern", "decide", "3", "--decision", "referred",
        "--referred-to", "Socialtjänsten", "--reason", "Gäller familjen", stdin=PASSPHRASE,
    )  # fmt: skip
    assert referred.returncode == 0, referred.stderr
    rows, actions = _written(filled)
    assert rows[0] == (1, "case_opened", 1)
    assert rows[1][1] == "case_opened" and rows[1][2] not in (None, 1)
    assert rows[2] == (3, "referred", None)
    assert actions.count("concerns.decide") == 3 and "concerns.list" in actions

    swedish = kopingplan(*vault_args(filled), "concern", "list", stdin=PASSPHRASE, lang="sv")
    assert "Hänvisad vidare" in swedish.stdout and "Ärende öppnat" in swedish.stdout


def test_no_action_without_a_reason_is_refused_and_writes_nothing(filled: Path) -> None:
    assert _add(filled).returncode == 0  # type: ignore[attr-defined]
    before = _written(filled)
    refused = kopingplan(*vault_args(filled), "concern", "decide", "1", "--decision",
                         "no_action", stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "måste fyllas i" in refused.stderr
    _nothing_but_an_unlock(before, filled)


def test_a_second_decision_is_refused(filled: Path) -> None:
    assert _add(filled).returncode == 0  # type: ignore[attr-defined]
    first = kopingplan(*vault_args(filled), "concern", "decide", "1", "--decision", "no_action",
                       "--reason", "Inget att göra", stdin=PASSPHRASE)  # fmt: skip
    assert first.returncode == 0, first.stderr
    before = _written(filled)
    again = kopingplan(*vault_args(filled), "concern", "decide", "1", "--decision", "referred",
                       "--referred-to", "BoU", "--reason", "x",
                       stdin=PASSPHRASE, lang="sv")  # fmt: skip
    assert again.returncode == 2
    assert len(again.stderr.strip().splitlines()) == 1 and "redan" in again.stderr
    _nothing_but_an_unlock(before, filled)


def test_an_organisation_not_in_the_registry_is_refused(filled: Path) -> None:
    before = _written(filled)
    refused = kopingplan(
        *vault_args(filled), "concern", "add", "--from", "organisation", "--organisation", "999",
        "--how", "letter", "--what", "Brev från skolan.", stdin=PASSPHRASE, lang="sv",
    )  # fmt: skip
    assert refused.returncode == 2
    assert len(refused.stderr.strip().splitlines()) == 1
    _nothing_but_an_unlock(before, filled)
