"""The command line refuses a day after today for what has happened (consent given and
withdrawn, a plan revision adopted, an activity held, a concern received, screened or
corrected): one Swedish line naming the option the user typed, a non-zero exit, and nothing
changed in the vault; today itself is accepted. A planned day (a consent's last day) may be
after today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args
from test_cli_hostile_v9 import assert_refused

from days import tomorrow
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

__all__ = ["filled"]

SWEDISH = "kan inte vara en dag efter i dag"
TABLES = ("consents", "plan_revisions", "activities", "concerns", "cases")


def _cli(folder: Path, *argv: str) -> Any:
    return kopingplan(*vault_args(folder), *argv, stdin=PASSPHRASE, lang="sv")


def _good(folder: Path, *argv: str) -> str:
    done = _cli(folder, *argv)
    assert done.returncode == 0, done.stderr
    return str(done.stdout)


def _state(folder: Path) -> dict[str, Any]:
    """Every row of the tables these verbs write, and the audit log without unlock rows."""
    with Session.open(VaultPaths(folder), PASSPHRASE, record_unlock=False) as session:
        conn = session.vault.conn
        rows: dict[str, Any] = {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES
        }
        rows["audit_log"] = conn.execute(
            "SELECT count(*) FROM audit_log WHERE action != 'vault.unlock'"
        ).fetchone()[0]
    return rows


def _consent_given(folder: Path) -> str:
    said = _good(folder, "consent", "add", "1", "--given-by", "subject", "--purpose", "Stöd",
                 "--form", "written", "--kind", "police",
                 "--given-on", (date.today() - timedelta(days=10)).isoformat())  # fmt: skip
    return said.split()[-1].rstrip(".")


def _concern(folder: Path) -> str:
    received = (date.today() - timedelta(days=5)).isoformat()
    said = _good(folder, "concern", "add", "--from", "anonymous", "--how", "phone", "--what",
                 "Oro för en elev.", "--received-on", received)  # fmt: skip
    return next(word for word in said.split() if word.rstrip(".").isdigit()).rstrip(".")


def _plan_text(folder: Path) -> str:
    text = folder.parent / "plan.txt"
    text.write_text("Handlingsplan mot våldsbejakande extremism.\n", encoding="utf-8")
    return str(text)


# Per field: what to set up (returns the number the verb needs), the argv for a day, and the
# option the refusal must name.
Setup = Callable[[Path], str]
Argv = Callable[[str, str], list[str]]
CASES: dict[str, tuple[Setup, Argv, str]] = {
    "consent given": (
        lambda folder: "",
        lambda _n, day: ["consent", "add", "1", "--given-by", "subject", "--purpose", "Stöd",
                         "--form", "written", "--kind", "police", "--given-on", day],
        "--given-on",
    ),
    "consent withdrawn": (
        _consent_given,
        lambda n, day: ["consent", "withdraw", n, "--on", day, "--form", "written"],
        "--on",
    ),
    "plan adopted": (
        _plan_text,
        lambda text, day: ["plan", "add", "--adopted-on", day, "--decided-by", "KF",
                           "--text-file", text],
        "--adopted-on",
    ),
    "activity held": (
        lambda folder: "",
        lambda _n, day: ["activity", "add", "--on", day, "--kind", "training", "--title",
                         "Utbildning för skolpersonal"],
        "--on",
    ),
    "concern received": (
        lambda folder: "",
        lambda _n, day: ["concern", "add", "--from", "anonymous", "--how", "phone", "--what",
                         "Oro för en elev.", "--received-on", day],
        "--received-on",
    ),
    "concern screened": (
        _concern,
        lambda n, day: ["concern", "decide", n, "--decision", "no_action", "--reason",
                        "Inget som gäller extremism", "--on", day],
        "--on",
    ),
    "concern corrected": (
        _concern,
        lambda n, day: ["concern", "correct", n, "--reason", "Fel dag", "--received-on", day],
        "--received-on",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", list(CASES))
def test_tomorrow_is_refused_in_one_swedish_line_and_today_is_accepted(
    filled: Path, name: str
) -> None:
    setup, argv, option = CASES[name]
    number = setup(filled)
    before = _state(filled)
    words = argv(number, tomorrow().isoformat())
    refused = _cli(filled, *words)
    line = assert_refused(refused, words)
    assert line == f"kopingplan: {option}: {SWEDISH}", line
    assert _state(filled) == before

    accepted = _cli(filled, *argv(number, date.today().isoformat()))
    assert accepted.returncode == 0, accepted.stderr
    assert _state(filled) != before


def test_a_consent_may_last_beyond_today(filled: Path) -> None:
    """Its last day is a day to come, not one that has happened."""
    until = (date.today() + timedelta(days=365)).isoformat()
    today = date.today().isoformat()
    _good(filled, "consent", "add", "1", "--given-by", "subject", "--purpose", "Stöd", "--form",
          "written", "--kind", "police", "--given-on", today, "--until", until)  # fmt: skip
    listed = _good(filled, "consent", "list", "1")
    assert until in listed and "giltigt" in listed.lower()
