"""Review of the evening's second half (helper-80): the demo's police liaison, a verified
recipient whose key nobody holds, stays in the demo vault; the To do notice counts what the due
list lists."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from test_cli import kopingplan

from kopingplan.domain import model as m
from kopingplan.gui.shell import vaults
from kopingplan.services import agreements, demo, exchange, follow_ups
from kopingplan.services.session import Session
from kopingplan.storage import repositories

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


# --- The To do notice's counts and the due list's SQL (a97254 / beee841) ----------------------


def _expected(items: list[Any], day: date) -> tuple[int, int]:
    return sum(i.due_on == day for i in items), sum(i.due_on < day for i in items)


def test_the_notice_counts_what_the_list_lists_on_every_day_for_every_kind(
    session: Session,
) -> None:
    """The count shares the list's SQL with a lower bound added to each kind: on every day the
    demo's items fall due (and the days either side), the notice counts exactly the items the
    list shows as due that day and as overdue, kind by kind."""
    demo.fill(session, cases=6, seed=4, notes_per_case=1)
    today = date.today()
    with session.vault.read() as conn:
        items = repositories.due_items(conn, today + timedelta(days=800), limit=1_000_000)
        kinds = {item.kind for item in items}
        assert len(kinds) == 8, sorted(kinds)  # every kind of the list
        days = {d + timedelta(days=k) for d in {i.due_on for i in items} for k in (-1, 0, 1)}
        for day in sorted(days):
            counts = repositories.due_counts(conn, day, limit=1_000_000)
            assert (counts.today, counts.overdue) == _expected(items, day), day


def test_an_agreement_is_due_from_ninety_days_before_its_end_at_both_ends(
    session: Session,
) -> None:
    today = date.today()
    with session.batch("test data") as batch:
        organisation = batch.add(m.Organisation("Röda Korset", m.OrganisationKind.OTHER))
    for days, title in ((89, "Overdue"), (90, "Today"), (91, "Tomorrow")):
        start, end = today - timedelta(days=400), today + timedelta(days=days)
        agreement = m.Agreement(organisation.id, m.AgreementKind.IOP, title, start, end)
        agreements.add_agreement(session, agreement)
    listed = follow_ups.due(session, today, today=today)
    shown = [(i.description.split(": ")[-1], i.overdue) for i in listed if i.kind == "agreement"]
    assert shown == [("Overdue", True), ("Today", False)]
    assert follow_ups.due_counts(session, today) == (1, 1, False)
    assert follow_ups.due_counts(session, today + timedelta(days=1)) == (1, 2, False)
