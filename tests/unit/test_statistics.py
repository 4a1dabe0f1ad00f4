"""The report to kommunstyrelsen (lägesrapport), read as the board and a sceptical auditor
would: exact counts from a hand-made vault, every count from 1 to 4 hidden, no hidden count
recoverable by subtracting the shown ones from a total, no name, case title or text of the
vault in the PDF, and a signature that verifies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_briefs_support import need, pdfsig, run, text_of
from test_cli import kopingplan
from test_cli_briefs import filled, vault_args

from kopingplan import errors
from kopingplan.briefs import statistics_report as sr
from kopingplan.domain import model as m
from kopingplan.domain.identity_number import luhn_check_digit
from kopingplan.services import briefs, statistics
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import PASSPHRASE

__all__ = ["filled"]  # the fixture: a vault with demo data, made through the command line

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)
PREVIOUS = (date(2025, 7, 4), date(2025, 12, 31))  # 181 days too, ending the day before
SHA = "ab" * 32
IDENTITY = "199604151" + "23" + str(luhn_check_digit("960415123"))

# Everything of the vault that must never reach the report: names, titles, texts.
NAMES = (
    ("Leopold", "Fjällström"),
    ("Saga", "Wennerholm"),
    ("Ture", "Brokvist"),
    ("Birgitta", "Rosenqvist-Zetterlund"),
    ("Vendela", "Örnskiöld"),
)
TITLES = (
    "Skolgården Tallbacken",
    "Gymnastikhallen Malmberget",
    "Forumet Kolbäcksån",
    "Gamla ärendet Ängsgården",
    "Framtida Sjöhagen",
    *(f"Generella Lärkstigen {n}" for n in range(6)),
)
TEXTS = (
    "Fjärilsträdgården bakom idrottshallen",  # a note
    "Sammanfattning om Blåklintsvägen",  # a summary
    "Oro för Kvarnbäckens nya vänner",  # a relative's worry
    "Uppgifter om Rönnbärsgatan lämnades",  # a disclosure's content
    "Hotade på Sjöparksgatan",  # an incident
    "Kommissarie Vendela Örnskiöld",  # a disclosure's recipient
)


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


@dataclass
class Vault:
    case_ids: list[int]


@pytest.fixture
def vault(session: Session) -> Vault:
    """Cases A–E and six general ones, with history, plans, relatives, disclosures, incidents.

    Current period 2026-01-01–06-30, previous 2025-07-04–12-31:
    A general 2025-03-01, to specific 2026-02-01, subject born 2010, plan 2025-10-01;
    B individual 2026-03-01, closed 2026-05-01, subject born 2008, plan 2026-03-05;
    C specific 2025-08-01, to individual 2026-07-15 (after), subject born 1996 by identity
    number only;
    D closed 2025-06-01 (before both); E opened 2026-07-10 (after both);
    six general cases opened 2025-09-01, no subject.
    """
    ids = []
    with session.batch("test.fill") as batch:
        years = (2010, 2008, None, None, None)
        people = [
            batch.add(m.Person(given, family, birth_year=year))
            for (given, family), year in zip(NAMES, years, strict=True)
        ]
        # C's subject has no birth year, only an identity number (born 1996).
        people[2] = batch.add(m.Person("Edvin", "Kallsjö", identity_number=IDENTITY))
        a = batch.add(
            m.Case(TITLES[0], m.Level.GENERAL, m.Orientation.RIGHT, date(2025, 3, 1),
                   summary=TEXTS[1])
        )  # fmt: skip
        b = batch.add(
            m.Case(TITLES[1], m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(2026, 3, 1),
                   status=m.CaseStatus.CLOSED, closed_on=date(2026, 5, 1), close_reason="Klart")
        )  # fmt: skip
        c = batch.add(m.Case(TITLES[2], m.Level.SPECIFIC, m.Orientation.ISLAMIST, date(2025, 8, 1)))
        d = batch.add(
            m.Case(TITLES[3], m.Level.GENERAL, m.Orientation.LEFT, date(2024, 1, 1),
                   status=m.CaseStatus.CLOSED, closed_on=date(2025, 6, 1), close_reason="Klart")
        )  # fmt: skip
        e = batch.add(m.Case(TITLES[4], m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 7, 10)))
        general = [
            batch.add(m.Case(title, m.Level.GENERAL, m.Orientation.LEFT, date(2025, 9, 1)))
            for title in TITLES[5:]
        ]
        batch.move_case_level(a, m.Level.SPECIFIC, "Oro ökade", date(2026, 2, 1))
        batch.move_case_level(c, m.Level.INDIVIDUAL, "Skärpt", date(2026, 7, 15))
        for case, person, role in ((a, 0, "subject"), (b, 1, "subject"), (c, 2, "subject"),
                                   (a, 3, "relative")):  # fmt: skip
            batch.add(m.CaseParticipant(case.id, people[person].id, m.CaseRole(role)))
        batch.add(m.Note(a.id, _at(date(2026, 2, 2)), TEXTS[0]))
        batch.add(m.ExitPlan(a.id, _at(date(2025, 10, 1)), situation=TEXTS[0]))
        batch.add(m.ExitPlan(b.id, _at(date(2026, 3, 5))))
        first = batch.add(m.RelativeSupport(date(2025, 11, 1), "mamma", people[3].id, case_id=a.id))
        second = batch.add(m.RelativeSupport(date(2026, 4, 1), "pappa", pseudonym="Pappan"))
        for thread, day in ((first, date(2025, 11, 2)), (first, date(2026, 1, 15)),
                            (first, date(2026, 2, 15)), (second, date(2026, 4, 2))):  # fmt: skip
            batch.add(m.RelativeSupportContact(thread.id, _at(day), m.Channel.PHONE, TEXTS[2]))
        for n in range(8):
            basis, channel = "OSL 10 kap. 2 §", m.DisclosureChannel.EXPORT
            if n == 6:
                basis, channel = "OSL 10 kap. 18 a §", m.DisclosureChannel.ORAL
            if n == 7:
                basis = "Eget påhitt"
            batch.add(
                m.Disclosure(_at(date(2026, 4, 1 + n)), TEXTS[5], TEXTS[3], SHA, basis,
                             "Saga Wennerholm", "Samordnare", case_ids=(a.id,), channel=channel)
            )  # fmt: skip
        incidents = (
            (date(2026, 2, 1), m.IncidentKind.THREAT, True),
            (date(2026, 3, 1), m.IncidentKind.THREAT, False),
            (date(2025, 9, 9), m.IncidentKind.HARASSMENT, False),
        )
        for day, kind, police in incidents:
            batch.add(m.Incident(day, kind, TEXTS[4], "Ture Brokvist", reported_to_police=police))
        ids = [a.id, b.id, c.id, d.id, e.id, *(g.id for g in general)]
    return Vault([i for i in ids if i is not None])


def _raw(session: Session) -> dict[str, dict[str, tuple[int, int]]]:
    _, _, tables = statistics.raw_counts(session, FIRST, LAST)
    return {
        key: {row: (columns[0][i], columns[1][i]) for i, row in enumerate(rows)}
        for key, (rows, columns, _) in tables.items()
    }


# --- Exact counts ----------------------------------------------------------------------------


def test_the_previous_period_is_as_long_and_ends_the_day_before() -> None:
    current, previous = statistics.periods(FIRST, LAST)
    assert (previous.first, previous.last) == PREVIOUS
    assert (current.until - current.since).days in (180, 181)  # a DST change may shorten it
    with pytest.raises(errors.InvalidInput):
        statistics.periods(LAST, FIRST)


def test_cases_are_counted_at_the_level_they_had_at_the_end_of_each_period(
    session: Session, vault: Vault
) -> None:
    raw = _raw(session)
    # A is specific now but was general at the end of 2025; C's move in July does not count.
    assert raw[sr.CASES_LEVEL] == {
        "general": (6, 7), "specific": (2, 1), "individual": (1, 0)
    }  # fmt: skip
    assert raw[sr.CASES_ORIENTATION] == {
        "right": (2, 1), "left": (6, 6), "islamist": (1, 1), "other": (0, 0), "unclear": (0, 0)
    }  # fmt: skip
    # A's subject is 16 in 2026 and 15 in 2025; B's is 18; C's 30 and 29 (from the identity
    # number); the general cases have no subject.
    assert raw[sr.CASES_AGE] == {
        "0-14": (0, 0), "15-17": (1, 1), "18-20": (1, 0), "21-29": (0, 1), "30-": (1, 0),
        "unknown": (6, 6),
    }  # fmt: skip


def test_flows_plans_relatives_disclosures_and_incidents_are_exact(
    session: Session, vault: Vault
) -> None:
    raw = _raw(session)
    assert raw[sr.CASE_FLOW] == {"opened": (1, 7), "closed": (1, 0)}
    assert raw[sr.LEVEL_MOVES]["general>specific"] == (1, 0)
    assert sum(now for now, _ in raw[sr.LEVEL_MOVES].values()) == 1  # C's July move not in
    assert raw[sr.EXIT_PLANS] == {"active": (2, 1), "new": (1, 1), "ended": (1, 0)}
    assert raw[sr.RELATIVE_SUPPORT] == {"contacts": (3, 1), "threads": (2, 1), "opened": (1, 1)}
    bases = raw[sr.DISCLOSURE_BASES]
    assert bases["OSL 10 kap. 2 §"] == (6, 0) and bases["OSL 10 kap. 18 a §"] == (1, 0)
    assert bases[sr.OTHER_BASIS] == (1, 0)  # a basis not in the vault's list is not printed
    channels = raw[sr.DISCLOSURE_CHANNELS]
    assert channels["export"] == (7, 0) and channels["oral"] == (1, 0)
    assert sum(now + before for now, before in channels.values()) == 8
    assert raw[sr.INCIDENT_KINDS]["threat"] == (2, 0)
    assert raw[sr.INCIDENT_KINDS]["harassment"] == (0, 1)
    assert raw[sr.INCIDENT_POLICE] == {"reported": (1, 0), "not_reported": (1, 1)}


def test_the_protected_tables_hide_small_counts_and_what_would_reveal_them(
    session: Session, vault: Vault
) -> None:
    tables = statistics.material(session, FIRST, LAST).tables
    level = tables[sr.CASES_LEVEL]
    # Now: 6, 2, 1 of 9 — two small counts, 3 between them: not pinned, nothing more hidden.
    assert [row[0] for row in level.cells] == [6, "<5", "<5"] and level.totals[0] == 9
    # Before: 7, 1, 0 of 8 — the 1 alone would be 8 − 7: the 7 is hidden too.
    assert [row[1] for row in level.cells] == ["×", "<5", 0] and level.totals[1] == 8
    # Disclosures now: 6 + 1 + 1 of 8; by channel 7 + 1 of 8: the 7 goes with the 1.
    channels = tables[sr.DISCLOSURE_CHANNELS]
    assert [row[0] for row in channels.cells][:2] == ["×", "<5"]


# --- Protection, for any counts ------------------------------------------------------------------


def _choices(mark: sr.Count, cap: int) -> list[int]:
    """What a reader knows a count can be: shown, "<5" (1–4) or "×" (0 or 5 and more; "×"
    hides a count that would have been shown). ``cap`` bounds "and more" for the search."""
    if isinstance(mark, int):
        return [mark]
    return [1, 2, 3, 4] if mark == sr.SMALL else [0, *range(5, cap + 1)]


def _possible(cells: Sequence[sr.Count], total: sr.Count, cap: int) -> list[set[int]]:
    """By brute force: every value each hidden count (and a hidden total, last) can take,
    given what the column shows and that the cells add up to the total."""
    hidden = [i for i, cell in enumerate(cells) if isinstance(cell, str)]
    shown = sum(cell for cell in cells if isinstance(cell, int))
    totals = set(_choices(total, cap))
    found: list[set[int]] = [set() for _ in range(len(hidden) + 1)]

    def walk(index: int, chosen: list[int]) -> None:
        if shown + sum(chosen) > max(totals):
            return
        if index == len(hidden):
            if shown + sum(chosen) in totals:
                for position, value in enumerate([*chosen, shown + sum(chosen)]):
                    found[position].add(value)
            return
        for value in _choices(cells[hidden[index]], cap):
            walk(index + 1, [*chosen, value])

    walk(0, [])
    return found if isinstance(total, str) else found[:-1]


def assert_column_safe(
    raw: Sequence[int], cells: Sequence[sr.Count], total: sr.Count | None, *, known: bool = False
) -> None:
    """Every 1–4 hidden, every shown count true, and no subtraction from the total pins a
    hidden count; ``known``: the reader knows the true total from elsewhere."""
    for value, cell in zip(raw, cells, strict=True):
        if 1 <= value <= 4:
            assert cell in (sr.SMALL, sr.HIDDEN)
        elif isinstance(cell, int):
            assert cell == value
        else:
            assert cell == sr.HIDDEN
    if total is None:
        return
    if 1 <= sum(raw) <= 4:
        assert total == sr.SMALL
    elif isinstance(total, int):
        assert total == sum(raw)
    if all(cell == sr.HIDDEN for cell in cells) and isinstance(total, str) and not known:
        return  # a column not shown at all: nothing to subtract from
    seen = sum(raw) if known else total
    for values in _possible(cells, seen, cap=sum(raw) + 12):
        assert len(values) >= 2, f"{cells} of {seen}: a hidden count is {values}"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=9), min_size=1, max_size=5))
def test_no_hidden_count_follows_from_the_total_and_the_others(values: list[int]) -> None:
    cells, total = statistics.protect_column(values, with_total=True)
    assert_column_safe(values, cells, total)


@pytest.mark.parametrize(
    ("values", "cells", "total"),
    [
        ([7, 1, 0], ["×", "<5", 0], 8),
        ([4, 4, 0], ["<5", "<5", "×"], 8),  # 8 − 0 would make both 4: the zero goes
        ([1, 1, 9], ["<5", "<5", "×"], 11),  # 2 between two small ones: both 1
        ([5, 1, 6], ["×", "<5", "×"], 12),  # the 5 alone would pin the 1 (6 − 5)
        ([3, 0], ["<5", 0], "<5"),
        ([1, 1, 1, 1], ["×", "×", "×", "×"], "<5"),  # four ones of at most four: not shown
        ([0, 0], [0, 0], 0),
    ],
)
def test_secondary_hiding_in_known_columns(
    values: list[int], cells: list[sr.Count], total: sr.Count
) -> None:
    assert statistics.protect_column(values, with_total=True) == (cells, total)


def test_every_column_of_the_report_survives_every_subtraction(
    session: Session, vault: Vault
) -> None:
    _, _, raw = statistics.raw_counts(session, FIRST, LAST)
    tables = statistics.material(session, FIRST, LAST).tables
    shared = {key: group for group in statistics.SHARED_TOTALS for key in group}
    for key, (rows, columns, with_total) in raw.items():
        table = tables[key]
        assert table.rows == rows
        for index, column in enumerate(columns):
            cells = [row[index] for row in table.cells]
            total = table.totals[index] if with_total else None
            assert_column_safe(column, cells, total)
            if key in shared and total != sr.SMALL:  # known from another table's cells?
                assert_column_safe(column, cells, total, known=True)
    # Tables of the same cases show their total alike: hiding it in one hides it in all.
    for group in statistics.SHARED_TOTALS:
        for index in range(2):
            assert len({tables[key].totals[index] for key in group}) == 1, group


# --- The signed PDF ------------------------------------------------------------------------------


def test_the_pdf_names_no_one_and_its_signature_verifies(
    session: Session, vault: Vault, tmp_path: Path
) -> None:
    brief = statistics.report(session, FIRST, LAST)
    assert brief.case_ids == ()
    path = briefs.save(session, brief, tmp_path / "Lägesrapport.pdf")[0]
    text = text_of(path)
    flat = " ".join(text.split())
    assert "Lägesrapport till kommunstyrelsen" in flat
    assert "2026-01-01 – 2026-06-30" in flat and "2025-07-04 – 2025-12-31" in flat
    assert "<5" in flat and "×" in flat and "Metod" in flat
    assert "kön (registreras inte)" in flat  # what the vault does not hold, said
    for first_name, family_name in NAMES:
        assert first_name not in flat and family_name not in flat
    for words in (*TITLES, *TEXTS, "Eget påhitt", "Oro ökade", "Pappan", "Edvin", "Kallsjö",
                  IDENTITY[:8], IDENTITY[8:]):  # fmt: skip
        assert words not in flat
    assert not re.search(r"Ärende(n)? \d", flat)  # no case numbers
    report = pdfsig(path)
    assert "Signature is Valid." in report and "Total document signed" in report
    assert briefs.verify(path.read_bytes(), session).ok
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "statistics"
    assert made.details["document_id"] == brief.document_id
    assert (made.details["first"], made.details["last"]) == ("2026-01-01", "2026-06-30")
    assert made.details["cases"] == []


def test_the_pages_render_in_black_and_white(
    session: Session, vault: Vault, tmp_path: Path
) -> None:
    path = briefs.save(session, statistics.report(session, FIRST, LAST), tmp_path / "r.pdf")[0]
    result = run(need("pdftoppm"), "-gray", "-r", "40", "-png", str(path), str(tmp_path / "p"))
    assert result.returncode == 0, result.stderr
    assert len(list(tmp_path.glob("p-*.png"))) >= 3


# --- The command line ----------------------------------------------------------------------------


def test_the_command_line_writes_the_signed_report(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "lägesrapport.pdf"
    made = kopingplan(*vault_args(filled), "report", "statistics", "--from", "2026-01-01",
                      "--to", "2026-06-30", "--out", str(out), stdin=PASSPHRASE)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Wrote the signed report" in made.stdout
    assert "Lägesrapport till kommunstyrelsen" in text_of(out)
    checked = kopingplan(*vault_args(filled), "verify", str(out), stdin=PASSPHRASE)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_command_line_refuses_a_reversed_period_before_asking(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.pdf"
    made = kopingplan(*vault_args(filled), "report", "statistics", "--from", "2026-06-30",
                      "--to", "2026-01-01", "--out", str(out), stdin="", lang="sv")  # fmt: skip
    assert made.returncode == 2
    assert "får inte vara före periodens början" in made.stderr
    assert not out.exists()
