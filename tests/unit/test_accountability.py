"""Accountability: the access-log follow-up and the three signed reports, read back as a data
protection officer would — the right rows, nothing filtered out, no content, a valid signature,
and a broken audit chain said in print."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from test_briefs_support import need, run, text_of
from test_exchange_fixtures import police_identity, register

from kopingplan import errors
from kopingplan.briefs.document import Table, Text
from kopingplan.domain import model as m
from kopingplan.services import accountability, briefs, cases, demo, retention, vault_health
from kopingplan.services.accountability import AccessFilter
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import PASSPHRASE, raw_connection

ALL = AccessFilter()  # the whole log

NOTE_TEXT = "Samtal med pappan om oro för nya vänner i Kolbäck."
SUMMARY_TEXT = "Ärendet gäller en elev som delat våldsbejakande filmer i klassens chatt."


@dataclass
class Prepared:
    watched: int  # the case followed up: opened, a note added
    other: int  # a case opened too, to be filtered out
    note_id: int


def _flat(text: str) -> str:
    return " ".join(text.split())


def _reading_order(path: Path) -> str:
    """The text cell by cell (``pdftotext -raw``): a table cell's lines stay together."""
    result = run(need("pdftotext"), "-raw", "-enc", "UTF-8", str(path), "-")
    assert result.returncode == 0, result.stderr
    return _flat(result.stdout)


@pytest.fixture
def prepared(session: Session) -> Prepared:
    demo.fill(session, cases=6, seed=5)
    rows = cases.list_cases(session, sort="id", limit=2)
    watched, other = rows[0].id, rows[1].id
    case = session.get(m.Case, watched)
    session.save(replace(case, summary=SUMMARY_TEXT))
    note = session.save(m.Note(case_id=watched, written_at=datetime.now(UTC), text=NOTE_TEXT))
    cases.open_case(session, watched)
    cases.open_case(session, other)
    cases.open_case(session, watched)
    assert note.id is not None
    return Prepared(watched, other, note.id)


def _save(session: Session, brief: briefs.Brief, folder: Path, name: str) -> Path:
    folder.mkdir(exist_ok=True)
    return briefs.save(session, brief, folder / name)[0]


# --- The follow-up view ------------------------------------------------------------------------


def test_the_log_of_one_case_holds_its_rows_and_no_other_case(
    session: Session, prepared: Prepared
) -> None:
    rows = accountability.access_log(session, AccessFilter(case_id=prepared.watched))
    seen = {(row.action, row.entity, row.entity_id) for row in rows}
    assert ("cases.open", "cases", prepared.watched) in seen
    assert ("cases.update", "cases", prepared.watched) in seen
    # A note's row concerns its case, though the row names only the note.
    assert ("notes.create", "notes", prepared.note_id) in seen
    assert all(row.cases == f"{prepared.watched}" for row in rows)
    assert not any(row.entity_id == prepared.other and row.entity == "cases" for row in rows)
    opening = AccessFilter(prepared.watched, "cases.open")
    opened = accountability.access_log(session, opening)
    assert [row.action for row in opened] == ["cases.open", "cases.open"]
    assert accountability.access_log_count(session, opening) == 2
    assert rows == sorted(rows, key=lambda row: row.seq, reverse=True)  # newest first


def test_the_period_is_from_its_start_up_to_its_end(session: Session, prepared: Prepared) -> None:
    rows = accountability.access_log(session, ALL)
    middle = rows[len(rows) // 2]
    later = accountability.access_log(session, AccessFilter(since=middle.at), limit=None)
    earlier = accountability.access_log(session, AccessFilter(until=middle.at), limit=None)
    assert middle in later and middle not in earlier
    assert len(later) + len(earlier) == accountability.access_log_count(session, ALL)
    today = accountability.access_filter(None, None, date.today(), date.today())
    assert accountability.access_log_count(session, today) == len(rows)
    tomorrow = date.today() + timedelta(days=1)
    from_tomorrow = accountability.access_filter(None, None, tomorrow, None)
    assert accountability.access_log_count(session, from_tomorrow) == 0
    with pytest.raises(errors.InvalidInput):
        accountability.day_period(tomorrow, date.today())


def test_the_actions_offered_are_those_in_the_log(session: Session, prepared: Prepared) -> None:
    offered = accountability.actions(session)
    assert {"vault.create", "cases.open", "notes.create", "demo.fill"} <= set(offered)
    assert offered == sorted(offered)
    assert accountability.action_text("cases.open") == "Öppnade ärende"
    assert accountability.action_text("notes.create") == "Skapade anteckning"
    assert accountability.action_text("something.new") == "something.new"


def test_looking_at_the_log_is_itself_logged_without_content(
    session: Session, prepared: Prepared
) -> None:
    chosen = accountability.access_filter(
        prepared.watched, "cases.open", date(2026, 1, 1), date(2026, 12, 31)
    )
    accountability.record_view(session, chosen, rows=2)
    row = audit.entries(session.vault.conn, action="audit.view", limit=1)[0]
    assert row.actor == session.actor
    assert row.details["case"] == prepared.watched
    assert row.details["action"] == "cases.open"
    assert row.details["rows"] == 2
    assert row.details["since"].startswith("2026-01-01")
    assert accountability.access_log(session, AccessFilter(action="audit.view"))[0].seq == row.seq


def test_the_case_filter_is_fast_on_a_large_log(session: Session, prepared: Prepared) -> None:
    with session.vault.transaction() as conn:
        for n in range(20_000):
            audit.append(conn, "Anna", "cases.open", "cases", 1000 + n % 500)
    started = time.perf_counter()
    accountability.access_log(session, AccessFilter(case_id=prepared.watched))
    accountability.access_log_count(session, AccessFilter(case_id=prepared.watched))
    assert time.perf_counter() - started < 1.0


# --- The access-log report -------------------------------------------------------------------


def test_the_access_log_report_shows_the_case_rows_counts_and_an_intact_chain(
    session: Session, prepared: Prepared, tmp_path: Path
) -> None:
    log_rows = audit.row_count(session.vault.conn)
    brief = accountability.access_log_report(session, AccessFilter(case_id=prepared.watched))
    path = _save(session, brief, tmp_path / "out", "logg.pdf")
    text = _flat(text_of(path))

    assert "Logguppföljning" in text
    assert f"Hela loggkedjan ({log_rows} rader) kontrollerades" in text  # the whole log's rows
    assert brief.document_id.startswith("LU-")
    assert f"Ärende {prepared.watched}" in text
    assert "Öppnade ärende" in text and "Skapade anteckning" in text
    assert f"Anteckning {prepared.note_id}" in text
    assert f"Ärende {prepared.other} " not in text + " "
    assert "Obruten" in text and "BRUTEN" not in text
    assert "Sida 1 av" in text
    # Content never: neither the note nor the case summary, though both rows are listed.
    assert NOTE_TEXT[:30] not in text and SUMMARY_TEXT[:30] not in text

    result = briefs.verify(path.read_bytes(), session)
    assert result.ok, result.problem
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "access_log"
    assert made.details["document_id"] == brief.document_id
    assert made.details["case"] == prepared.watched
    assert made.details["chain_intact"] == 1


def test_a_tampered_audit_row_makes_the_report_say_the_chain_is_broken(
    session: Session, prepared: Prepared, tmp_path: Path
) -> None:
    conn = raw_connection(session.vault.paths, PASSPHRASE)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET actor = 'Mallory' WHERE seq = 2")
    conn.close()
    brief = accountability.access_log_report(session, ALL)
    text = _flat(text_of(_save(session, brief, tmp_path / "out", "logg.pdf")))
    assert "BRUTEN" in text
    assert "rad 2 har ändrats efter att den skrevs" in text
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["chain_intact"] == 0


def test_a_long_log_is_cut_with_a_note_and_counted_in_full(
    session: Session, prepared: Prepared, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(accountability, "MAX_REPORT_ROWS", 3)
    brief = accountability.access_log_report(session, ALL)
    total = accountability.access_log_count(session, ALL)
    notes = [b.text for b in brief.body if isinstance(b, Text)]
    assert any(f"de 3 senaste av {total} rader" in note for note in notes)
    counted = next(b for b in brief.body if isinstance(b, Table) and len(b.header) == 3)
    assert sum(int(row[2]) for row in counted.rows) == total


# --- The disclosure report -----------------------------------------------------------------------


def _disclose(
    session: Session, at: datetime, recipient: str, basis: str, case: int, fingerprint: str = ""
) -> None:
    session.save(
        m.Disclosure(
            disclosed_at=at,
            recipient=recipient,
            content_description="1 ärende, 2 anteckningar",
            content_sha256=f"{case:02d}" * 32,
            legal_basis=basis,
            decided_by="Anna Lindqvist",
            decided_by_role="samordnare",
            purpose="Underlag för orosanmälan",
            case_ids=(case,),
            recipient_fingerprint=fingerprint,
        )
    )


def test_the_disclosure_report_lists_the_period_with_totals_and_verifies(
    session: Session, prepared: Prepared, tmp_path: Path
) -> None:
    in_period = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
    _disclose(session, in_period, "Polisen, kontaktpolis Karin Berg", "OSL 10 kap. 18 a §", 11)
    _disclose(session, in_period + timedelta(days=2), "Polisen, kontaktpolis Karin Berg",
              "OSL 10 kap. 18 a §", 12)  # fmt: skip
    _disclose(session, in_period + timedelta(days=3), "Socialtjänsten Köping",
              "OSL 10 kap. 2 §", 13)  # fmt: skip
    _disclose(session, datetime(2026, 5, 2, 9, tzinfo=UTC), "Utanför perioden AB",
              "OSL 12 kap. 2 §", 14)  # fmt: skip
    since, until = accountability.day_period(date(2026, 3, 1), date(2026, 3, 31))
    brief = accountability.disclosure_report(session, since, until)
    path = _save(session, brief, tmp_path / "out", "utl.pdf")
    text = _flat(text_of(path))

    assert brief.document_id.startswith("UR-") and "Utlämnanderapport" in text
    assert "2026-03-01 – 2026-03-31" in text
    assert "Polisen, kontaktpolis Karin Berg" in text and "Socialtjänsten Köping" in text
    assert "Utanför perioden AB" not in text and "Ärende 14" not in text
    assert "Ärende 11" in text and "Beslut: Anna Lindqvist" in text and "(samordnare)" in text
    assert "11111111 11111111" in text  # the SHA-256, in groups
    assert "Underlag för orosanmälan" in _reading_order(path)
    totals = next(b for b in brief.body if isinstance(b, Table) and b.header[0] == "Rättslig grund")
    assert dict(totals.rows) == {"OSL 10 kap. 18 a §": "2", "OSL 10 kap. 2 §": "1"}
    assert briefs.verify(path.read_bytes(), session).ok
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "disclosure_report"
    assert made.details["disclosures"] == 3


# --- The record of processing -------------------------------------------------------------------


def test_the_processing_record_is_built_from_the_vaults_settings_and_counts(
    session: Session, prepared: Prepared, tmp_path: Path
) -> None:
    police = register(session, police_identity())
    _disclose(session, datetime.now(UTC), police.label, "OSL 10 kap. 18 a §",
              prepared.watched, police.fingerprint)  # fmt: skip
    retention.save_policy(session, retention.RetentionPolicy(closed_case_months=84))
    log_rows = audit.row_count(session.vault.conn)
    brief = accountability.processing_record(session)
    path = _save(session, brief, tmp_path / "out", "rf.pdf")
    text = _flat(text_of(path))
    assert f"Åtkomstlogg med hashkedja ({log_rows} rader)" in text

    assert brief.document_id.startswith("RF-") and "Registerförteckning" in text
    assert "Personuppgiftsansvarig Köpings kommun" in text
    assert "Dataskyddsombud Uppgift saknas i valvet" in text
    assert "våldsbejakande extremism" in text
    assert "Avslutade ärenden 7 år" in text and "Lägesbildsposter 3 år" in text
    assert "Inkommande oro utan åtgärd 1 år efter beslutet" in text  # its own, shorter period
    counts = vault_health.info(session).counts
    assert f"Alla personer i valvet {counts['persons']}" in text
    assert police.name in text
    recipients = next(b for b in brief.body if isinstance(b, Table) and b.header[0] == "Mottagare")
    assert any(row[0] == police.name and row[3] == "1" for row in recipients.rows)
    assert "SQLCipher" in text and "Argon2id" in text and "hashkedja" in text
    assert "Återställningsnyckel: finns inte." in text
    assert NOTE_TEXT[:30] not in text and SUMMARY_TEXT[:30] not in text
    assert briefs.verify(path.read_bytes(), session).ok
    made = audit.entries(session.vault.conn, action="brief.create", limit=1)[0]
    assert made.details["kind"] == "processing_record"
    assert json.dumps(made.details).find(NOTE_TEXT[:20]) == -1
