"""The lägesbild for a period (issue 18): the overall assessment with its versions, the signed
period report compared with the previous period, and police items of incoming packages taken
into the lägesbild as one logged act. Real SQLCipher vaults; every refusal changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from test_briefs_support import need, run, text_of
from test_cli import kopingplan
from test_cli_briefs import vault_args

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import briefs, situation, situation_report
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

from support import OWNER, PASSPHRASE

NOW = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
R, L, ISL, U = (
    m.Orientation.RIGHT,
    m.Orientation.LEFT,
    m.Orientation.ISLAMIST,
    m.Orientation.UNCLEAR,
)


def actions(session: Any) -> list[tuple[str, str, int | None]]:
    rows = audit.entries(session.vault.conn, limit=1000)
    return [(e.action, e.entity, e.entity_id) for e in reversed(rows)]


def counted(session: Any, table: str) -> int:
    return int(session.vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- the overall assessment ----------------------------------------------------------------------


def test_an_assessment_is_stored_with_its_writer_and_a_correction_keeps_the_earlier_text(
    session: Session,
) -> None:
    first = situation.add_assessment(
        session, date(2026, 7, 1), date(2026, 12, 31), "  Lugnt i Ängen.  ", now=NOW
    )
    assert (first.text, first.written_by, first.written_at) == ("Lugnt i Ängen.", OWNER, NOW)
    later = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    corrected = situation.correct_assessment(
        session, int(first.id or 0), "Oroligt i Ängen sedan oktober.", reason="ny uppgift",
        now=later,
    )  # fmt: skip
    detail = situation.assessment_detail(session, int(first.id or 0))
    assert detail.assessment.text == "Oroligt i Ängen sedan oktober."
    assert detail.assessment.written_at == later == corrected.written_at
    [earlier] = detail.versions
    assert (earlier.record.text, earlier.record.written_at, earlier.reason) == (
        "Lugnt i Ängen.",
        NOW,
        "ny uppgift",
    )
    assert actions(session)[-2:] == [
        ("situation_assessments.create", "situation_assessments", first.id),
        ("situation_assessments.correct", "situation_assessments", first.id),
    ]
    # The log names the changed field, never the text.
    row = audit.entries(session.vault.conn, limit=1)[0]
    assert "Oroligt" not in str(row.details) and "text" in str(row.details)
    # The same text again is no correction: no version, no row.
    rows = len(actions(session))
    situation.correct_assessment(session, int(first.id or 0), "Oroligt i Ängen sedan oktober.")
    assert len(situation.assessment_detail(session, int(first.id or 0)).versions) == 1
    assert len(actions(session)) == rows


@pytest.mark.parametrize(
    ("first", "last", "text", "field"),
    [
        (date(2026, 7, 1), date(2026, 6, 30), "Text", "last_day"),
        (date(2026, 7, 1), date(2026, 12, 31), "   ", "text"),
    ],
)
def test_a_bad_assessment_is_refused_and_nothing_is_written(
    session: Session, first: date, last: date, text: str, field: str
) -> None:
    rows = len(actions(session))
    with pytest.raises(errors.InvalidInput) as raised:
        situation.add_assessment(session, first, last, text)
    assert raised.value.field == field
    assert counted(session, "situation_assessments") == 0
    assert len(actions(session)) == rows


def test_a_correction_to_a_reversed_period_changes_nothing(session: Session) -> None:
    made = situation.add_assessment(session, date(2026, 1, 1), date(2026, 6, 30), "Text")
    with pytest.raises(errors.InvalidInput):
        situation.correct_assessment(session, int(made.id or 0), "Ny", last=date(2025, 1, 1))
    detail = situation.assessment_detail(session, int(made.id or 0))
    assert (detail.assessment.text, detail.versions) == ("Text", [])


# --- the period report ---------------------------------------------------------------------------


def _entry(day: date, milieu: str, orientation: m.Orientation, text: str) -> m.SituationEntry:
    probable = m.Reliability.PROBABLE
    return m.SituationEntry(day, milieu, orientation, text, "Polisen", "Bedömt", probable)


@pytest.fixture
def picture(session: Session) -> Session:
    for spec in (
        # the previous period: as many days (184), 2025-12-29 … 2026-06-30
        (date(2026, 2, 1), "Ängen", R, "klotter"),
        (date(2026, 3, 1), "Ängen", R, "flygblad"),
        (date(2026, 4, 1), "Gamla torget", L, "affischer"),
        # the period, 2026-07-01 … 2026-12-31
        (date(2026, 8, 1), "Ängen", R, "möte i parken"),
        (date(2026, 9, 1), "Centrumskolan", ISL, "rekrytering på rasten"),
        (date(2026, 10, 1), "Centrumskolan", ISL, "ny grupp"),
        # outside both
        (date(2025, 12, 28), "Hamnen", U, "för tidigt"),
    ):
        situation.save_entry(session, _entry(*spec))
    situation.add_assessment(
        session, date(2026, 7, 1), date(2026, 12, 31), "Islamistisk rekrytering ökar.", now=NOW
    )
    situation.add_assessment(
        session, date(2025, 7, 1), date(2025, 12, 31), "Förra årets bedömning.", now=NOW
    )
    return session


def test_the_material_compares_with_the_previous_period(picture: Session) -> None:
    found = situation_report.material(picture, date(2026, 7, 1), date(2026, 12, 31))
    assert (found.previous_first, found.previous_last) == (date(2025, 12, 29), date(2026, 6, 30))
    assert [a.text for a in found.assessments] == ["Islamistisk rekrytering ökar."]
    assert [e.observation for e in found.entries] == [
        "ny grupp",
        "rekrytering på rasten",
        "möte i parken",
    ]
    assert dict(found.counts) == {("right", "Ängen"): 1, ("islamist", "Centrumskolan"): 2}
    assert dict(found.previous_counts) == {("right", "Ängen"): 2, ("left", "Gamla torget"): 1}
    assert found.new_milieus == [("islamist", "Centrumskolan")]
    assert found.gone_milieus == [("left", "Gamla torget")]


def test_the_signed_report_shows_assessment_entries_and_comparison(
    picture: Session, tmp_path: Path
) -> None:
    made = situation_report.report(picture, date(2026, 7, 1), date(2026, 12, 31), now=NOW)
    [path] = briefs.save(picture, made, tmp_path / "lagesbild.pdf")
    text = " ".join(text_of(path).split())
    assert "Lägesbild för perioden" in text
    assert "Islamistisk rekrytering ökar." in text
    assert "Förra årets bedömning" not in text  # an assessment of another period
    assert "rekrytering på rasten" in text and "för tidigt" not in text
    assert "Centrumskolan (islamistisk extremism) 2 0 Ny" in text
    assert "Gamla torget (vänsterextremism) 0 1 Borta" in text
    assert "Ängen (högerextremism) 1 2" in text
    assert "2025-12-29 – 2026-06-30" in text
    signature = run(need("pdfsig"), str(path))
    assert "Signature is Valid" in signature.stdout
    last = audit.entries(picture.vault.conn, limit=1)[0]
    assert last.action == "brief.create"
    assert last.details["kind"] == "situation"
    assert (last.details["first"], last.details["previous_last"]) == ("2026-07-01", "2026-06-30")


def test_a_period_without_assessment_or_entries_says_so(session: Session, tmp_path: Path) -> None:
    made = situation_report.report(session, date(2026, 1, 1), date(2026, 1, 31), now=NOW)
    [path] = briefs.save(session, made, tmp_path / "tom.pdf")
    text = " ".join(text_of(path).split())
    assert "Ingen samlad bedömning är skriven för perioden." in text
    assert "Inga poster i lägesbilden under perioden." in text


def test_a_reversed_period_makes_no_report(session: Session) -> None:
    rows = len(actions(session))
    with pytest.raises(errors.InvalidInput):
        situation_report.report(session, date(2026, 7, 1), date(2026, 6, 1))
    assert len(actions(session)) == rows


# --- police items taken into the lägesbild -------------------------------------------------------


def _incoming(session: Session, kind: str = "situation", **details: str) -> int:
    with session.vault.transaction() as conn:
        if not conn.execute("SELECT 1 FROM imported_packages WHERE package_id = 'p-1'").fetchone():
            exchange_repo.insert_imported_package(
                conn, package_id="p-1", content_sha256="cd" * 32, sender_fingerprint="F",
                created_at=NOW.isoformat(), imported_at=NOW, items=1,
            )  # fmt: skip
        return exchange_repo.insert_incoming_item(
            conn,
            exchange_repo.IncomingItemRow(
                package_id="p-1", received_at=NOW, source="Kontaktpolis Karin Berg",
                sender_fingerprint="F", kind=kind, text="Samling vid idrottsplatsen.",
                title="Idrottsplatsen", dated="2026-10-20", details=details,
            ),
        )  # fmt: skip


def test_an_incoming_police_item_is_taken_into_the_lagesbild_once(session: Session) -> None:
    item_id = _incoming(session, orientation="right", source="spaning", assessment="Växande")
    rows = len(actions(session))
    entry = situation.take_incoming(session, item_id, m.Reliability.CONFIRMED)
    stored = session.get(m.SituationEntry, int(entry.id or 0))
    assert (stored.observed_on, stored.milieu, stored.orientation) == (
        date(2026, 10, 20),
        "Idrottsplatsen",
        R,
    )
    assert stored.source == "Kontaktpolis Karin Berg (spaning)"
    assert (stored.observation, stored.assessment) == ("Samling vid idrottsplatsen.", "Växande")
    assert stored.reliability == m.Reliability.CONFIRMED
    assert situation.taken_items(session, [item_id]) == {item_id: entry.id}
    # One act, one audit row naming the entry and the item.
    assert len(actions(session)) == rows + 1
    last = audit.entries(session.vault.conn, limit=1)[0]
    assert (last.action, last.entity_id, last.details) == (
        "situation_entries.take",
        entry.id,
        {"incoming_item": item_id},
    )
    # Taken twice: refused, nothing written.
    with pytest.raises(errors.InvalidInput) as raised:
        situation.take_incoming(session, item_id, m.Reliability.PROBABLE)
    assert raised.value.problem == situation.ALREADY_TAKEN
    assert counted(session, "situation_entries") == 1
    assert len(actions(session)) == rows + 1


def test_an_item_of_another_kind_or_a_missing_one_is_refused(session: Session) -> None:
    message = _incoming(session, kind="message")
    rows = len(actions(session))
    with pytest.raises(errors.InvalidInput):
        situation.take_incoming(session, message, m.Reliability.PROBABLE)
    with pytest.raises(errors.NotFound):
        situation.take_incoming(session, 999, m.Reliability.PROBABLE)
    assert counted(session, "situation_entries") == 0
    assert counted(session, "situation_entry_sources") == 0
    assert len(actions(session)) == rows


def test_an_item_without_a_known_orientation_or_day_is_unclear_and_dated_today(
    session: Session,
) -> None:
    with session.vault.transaction() as conn:
        conn.execute("DELETE FROM imported_packages")  # none yet: the helper makes one
    item_id = _incoming(session, orientation="nonsense")
    session.vault.conn.execute("UPDATE incoming_items SET dated = 'i höstas' WHERE id = ?",
                               (item_id,))  # fmt: skip
    entry = situation.take_incoming(session, item_id, m.Reliability.UNKNOWN)
    assert entry.orientation == U and entry.observed_on == date.today()
    assert entry.source == "Kontaktpolis Karin Berg"


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    folder = tmp_path / "valv"
    made = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "init",
        "--name", "Anna Lindqvist", "--org", "Köpings kommun", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return folder


def test_the_command_line_adds_lists_and_reports(cli_vault: Path, tmp_path: Path) -> None:
    text = tmp_path / "bedömning.txt"
    text.write_text("Läget i Köping är lugnt.\nInga nya miljöer.\n", encoding="utf-8")
    added = kopingplan(
        *vault_args(cli_vault), "situation", "assessment", "add", "--from", "2026-01-01",
        "--to", "2026-06-30", "--text-file", str(text), stdin=PASSPHRASE,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "Stored assessment 1."
    listed = kopingplan(*vault_args(cli_vault), "situation", "assessment", "list",
                        stdin=PASSPHRASE)  # fmt: skip
    first, total = listed.stdout.strip().splitlines()
    assert first.startswith("1\t2026-01-01\t2026-06-30\tAnna Lindqvist\t")
    assert first.endswith("Läget i Köping är lugnt. Inga nya miljöer.")
    assert total == "Assessments: 1."
    out = tmp_path / "lb.pdf"
    report = kopingplan(
        *vault_args(cli_vault), "report", "situation", "--from", "2026-01-01",
        "--to", "2026-06-30", "--out", str(out), stdin=PASSPHRASE,
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert "Läget i Köping är lugnt." in text_of(out)


def test_the_command_line_refuses_a_reversed_period_or_a_pdf_and_writes_nothing(
    cli_vault: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF-1.7\n...")
    refused = kopingplan(
        *vault_args(cli_vault), "situation", "assessment", "add", "--from", "2026-01-01",
        "--to", "2026-06-30", "--text-file", str(pdf), stdin=PASSPHRASE,
    )  # fmt: skip
    assert refused.returncode == 2 and "not plain text" in refused.stderr
    reversed_ = kopingplan(
        *vault_args(cli_vault), "situation", "assessment", "add", "--from", "2026-07-01",
        "--to", "2026-06-30", "--text-file", str(pdf), stdin=PASSPHRASE,
    )  # fmt: skip
    assert reversed_.returncode == 2
    no_report = kopingplan(
        *vault_args(cli_vault), "report", "situation", "--from", "2026-07-01",
        "--to", "2026-06-30", "--out", str(tmp_path / "x.pdf"), stdin=PASSPHRASE,
    )  # fmt: skip
    assert no_report.returncode == 2 and not (tmp_path / "x.pdf").exists()
    listed = kopingplan(*vault_args(cli_vault), "situation", "assessment", "list",
                        stdin=PASSPHRASE)  # fmt: skip
    assert listed.stdout.strip() == "Assessments: 0."
