"""Retention (gallring): what is due, keep with a reason, and deletion that really deletes.

"Really deletes" is checked the way an attacker with the key would look: every page of the
database file and the WAL is decrypted with the vault key (SQLCipher 4's page format) and
searched, so leftovers in free pages or old index segments count, not just what SQL returns.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import cases, drafts, retention, search, vault_health
from kopingplan.services.retention import RetentionKind, RetentionPolicy
from kopingplan.services.session import Session
from kopingplan.storage import audit, keyfile
from kopingplan.storage.repositories import retention as store

from support import PASSPHRASE, all_bytes

TODAY = date(2026, 11, 1)
# Words that share no first letters with each other or any other word in these vaults: FTS5
# stores a term as the bytes that differ from the term before it, and these must be found.
NOTE_MARKER = "qjvnotmarkering"
TITLE_MARKER = "Zwxärendetitel"
SUBJECT_NAME = "Xyjordanius"

# SQLCipher 4 defaults: 4096-byte pages, each ending in a 16-byte IV and a 64-byte HMAC;
# page 1 starts with the 16-byte salt. A raw key is the AES-256 key itself.
PAGE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def decrypted_pages(folder: Path) -> bytes:
    """Every page of vault.db and every frame of vault.db-wal, decrypted: used or free."""
    key = bytes(keyfile.read_keyfile(folder / "vault.key").unlock(PASSPHRASE))
    pages = []
    database = (folder / "vault.db").read_bytes()
    for offset in range(0, len(database) - PAGE + 1, PAGE):
        pages.append(_decrypt_page(key, database[offset : offset + PAGE], offset == 0))
    wal = folder / "vault.db-wal"
    if wal.exists():
        frames = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(frames):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            pages.append(_decrypt_page(key, page, number == 1))
            offset += FRAME_HEADER + PAGE
    return b"".join(pages)


def _traces(session: Session, text: str, *, checkpoint: bool = True) -> int:
    """How often ``text`` (or its tail, as FTS5 may share a term's first bytes with the
    term before it) is in the decrypted pages, by default after a checkpoint."""
    if checkpoint:
        session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return decrypted_pages(session.vault_folder).count(text[2:].encode("utf-8"))


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _closed_case(
    session: Session, closed_on: date, title: str = "Ärende", note: str = "Samtal i skolan"
) -> m.Case:
    case = session.save(
        m.Case(title, m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(closed_on.year - 1, 1, 2))
    )
    assert case.id is not None
    session.save(m.Note(case.id, _at(closed_on), note))
    return cases.close_case(session, case.id, "Avslutat", on=closed_on)


@pytest.fixture
def filled(session: Session) -> dict[str, Any]:
    """Due: an old closed case with a subject, a relative and a professional, an old
    lägesbild entry, an old caseless relative thread, an old disclosure. Not due: everything
    else.

    FTS5's automatic merging is off: in a large vault a note's index segment sits at a level
    that merges seldom reach, so only the deletion's own purge can remove its words. Turned
    off here, a small vault behaves the same way and the tests cannot pass by luck.
    """
    session.vault.conn.execute(
        "INSERT INTO search_index (search_index, rank) VALUES ('automerge', 0)"
    )
    old = _closed_case(session, date(2020, 5, 4), TITLE_MARKER, f"Oro för {NOTE_MARKER} igen")
    assert old.id is not None
    subject = session.save(m.Person(SUBJECT_NAME, "Svensson"))
    relative = session.save(m.Person("Mamma", "Svensson"))
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    officer = session.save(m.Person("Kontakt", "Polis", organisation_id=police.id))
    for person, role in ((subject, m.CaseRole.SUBJECT), (relative, m.CaseRole.RELATIVE)):
        assert person.id is not None
        session.save(m.CaseParticipant(old.id, person.id, role))
    assert officer.id is not None
    session.save(m.CaseParticipant(old.id, officer.id, m.CaseRole.PROFESSIONAL))
    recent = _closed_case(session, date(2024, 3, 1), "Nyligen avslutat")
    revived = _closed_case(session, date(2019, 1, 1), "Gammalt men ny anteckning")
    assert revived.id is not None
    session.save(m.Note(revived.id, _at(date(2025, 6, 1)), "Ny uppgift efter avslut"))
    open_case = session.save(
        m.Case("Pågående", m.Level.SPECIFIC, m.Orientation.LEFT, date(2015, 1, 1))
    )
    entry = session.save(
        m.SituationEntry(
            date(2022, 1, 10), "Centrum", m.Orientation.RIGHT, "Klistermärken", "Polis"
        )
    )
    fresh_entry = session.save(
        m.SituationEntry(date(2025, 1, 10), "Centrum", m.Orientation.RIGHT, "Affischer", "Skola")
    )
    thread = session.save(m.RelativeSupport(date(2023, 2, 1), "pappa", pseudonym="P"))
    assert thread.id is not None
    session.save(
        m.RelativeSupportContact(thread.id, _at(date(2024, 9, 1)), m.Channel.PHONE, "Orolig")
    )
    disclosure = session.save(
        m.Disclosure(
            _at(date(2016, 3, 1)), "Polisen", "Uppgifter om hot", "ab" * 32, "OSL 10:2", "Anna"
        )
    )
    return {
        "old": old,
        "recent": recent,
        "revived": revived,
        "open": open_case,
        "entry": entry,
        "fresh_entry": fresh_entry,
        "thread": thread,
        "disclosure": disclosure,
        "subject": subject,
        "relative": relative,
        "officer": officer,
    }


def _due(session: Session, today: date = TODAY) -> set[tuple[str, int]]:
    return {(item.kind.value, item.id) for item in retention.review_list(session, today)}


def test_the_review_list_holds_exactly_what_is_due(
    session: Session, filled: dict[str, Any]
) -> None:
    # Closed 2020-05-04 + 5 years; lägesbild 2022-01-10 + 3 years; thread's last contact
    # 2024-09-01 + 2 years; disclosure 2016-03-01 + 10 years. The revived case was closed in
    # 2019 but has a note from 2025, so its clock restarted.
    assert _due(session) == {
        ("case", filled["old"].id),
        ("situation_entry", filled["entry"].id),
        ("relative_support", filled["thread"].id),
        ("disclosure", filled["disclosure"].id),
    }
    item = next(i for i in retention.review_list(session, TODAY) if i.kind == "case")
    assert item.reference_on == date(2020, 5, 4)
    assert item.due_on == date(2025, 5, 4)
    assert item.label == TITLE_MARKER


def test_a_thread_is_due_only_when_its_period_has_run_from_the_last_contact(
    session: Session, filled: dict[str, Any]
) -> None:
    key = ("relative_support", filled["thread"].id)
    assert key not in _due(session, date(2026, 8, 31))
    assert key in _due(session, date(2026, 9, 1))


def test_a_longer_policy_takes_items_off_the_list(session: Session, filled: dict[str, Any]) -> None:
    retention.save_policy(session, RetentionPolicy(closed_case_months=120))
    assert retention.load_policy(session).closed_case_months == 120
    assert ("case", filled["old"].id) not in _due(session)
    row = audit.entries(session.vault.conn, action="retention.policy", limit=1)[0]
    assert row.details["months"]["case"] == 120


@pytest.mark.parametrize("months", [0, 601, -5])
def test_a_policy_outside_the_bounds_is_refused(session: Session, months: int) -> None:
    with pytest.raises(errors.InvalidInput):
        retention.save_policy(session, RetentionPolicy(disclosure_months=months))
    assert retention.load_policy(session) == RetentionPolicy()


def test_keep_with_a_reason_until_the_review_day(session: Session, filled: dict[str, Any]) -> None:
    case_id = filled["old"].id
    reason = "Pågående rättsprocess, behövs som underlag"
    retention.keep(session, "case", case_id, reason, date(2027, 6, 1), today=TODAY)
    assert ("case", case_id) not in _due(session)
    assert ("case", case_id) not in _due(session, date(2027, 5, 31))
    again = [i for i in retention.review_list(session, date(2027, 6, 1)) if i.id == case_id]
    assert again and again[0].kept_reason == reason and again[0].kept_until == date(2027, 6, 1)
    row = audit.entries(session.vault.conn, action="retention.keep", limit=1)[0]
    assert (row.entity, row.entity_id) == ("cases", case_id)
    assert row.details == {"review_on": "2027-06-01"}
    assert "rättsprocess" not in json.dumps(row.details, ensure_ascii=False)


def test_keep_needs_a_reason_and_a_later_review_day(
    session: Session, filled: dict[str, Any]
) -> None:
    case_id = filled["old"].id
    with pytest.raises(errors.InvalidInput) as caught:
        retention.keep(session, "case", case_id, "   ", today=TODAY)
    assert caught.value.field == "reason"
    with pytest.raises(errors.InvalidInput) as caught:
        retention.keep(session, "case", case_id, "Skäl", TODAY, today=TODAY)
    assert caught.value.field == "review_on"
    with pytest.raises(retention.RetentionNotDue):
        retention.keep(session, "case", filled["open"].id, "Skäl", today=TODAY)
    with pytest.raises(errors.NotFound):
        retention.keep(session, "case", 999_999, "Skäl", today=TODAY)
    assert store.keep_decision(session.vault.conn, "case", case_id) is None


def test_deleting_a_closed_case_leaves_no_trace_of_its_text(
    session: Session, filled: dict[str, Any]
) -> None:
    # Positive control first: before the deletion the decrypted pages do hold the texts, so
    # finding nothing afterwards means they were removed, not that the search is blind.
    assert _traces(session, NOTE_MARKER) >= 2  # the note's row and the search index
    assert _traces(session, SUBJECT_NAME) >= 1
    assert search.search(session, NOTE_MARKER)
    case_id = filled["old"].id
    report = retention.delete(session, [(RetentionKind.CLOSED_CASE, case_id)], today=TODAY)
    assert report.deleted["case"] == 1 and report.persons == 2  # subject and relative
    assert report.purged_from_file
    assert search.search(session, NOTE_MARKER) == []
    assert search.search(session, TITLE_MARKER) == []
    for text in (NOTE_MARKER, TITLE_MARKER, SUBJECT_NAME):
        # No checkpoint of our own: the deletion must have moved the old pages out itself.
        assert _traces(session, text, checkpoint=False) == 0, text
        assert text.encode("utf-8") not in all_bytes(session.vault_folder)
    # The professional stays: the police officer's record is not the case's content.
    officer = session.get(m.Person, filled["officer"].id)
    assert officer.family_name == "Polis"
    assert vault_health.check(session).ok


def test_the_audit_row_of_a_deletion_records_it_without_content(
    session: Session, filled: dict[str, Any]
) -> None:
    case_id = filled["old"].id
    retention.delete(session, [(RetentionKind.CLOSED_CASE, case_id)], today=TODAY)
    rows = audit.entries(session.vault.conn, action="retention.delete")
    case_row = next(r for r in rows if r.entity == "cases")
    assert case_row.entity_id == case_id
    assert case_row.details["reference_on"] == "2020-05-04"
    assert case_row.details["removed"]["notes"] == 1
    assert {r.entity for r in rows} == {"cases", "persons"}
    text = json.dumps([r.details for r in rows], ensure_ascii=False) + " ".join(
        r.action + r.entity for r in rows
    )
    for content in (NOTE_MARKER, TITLE_MARKER, SUBJECT_NAME, "Svensson", "Oro"):
        assert content not in text


def test_a_bulk_deletion_purges_the_search_index_too(
    session: Session, filled: dict[str, Any]
) -> None:
    # Twelve or more records take the bulk path: the index is rewritten once at the end.
    entries = [
        session.save(
            m.SituationEntry(
                date(2020, 1, day), "Torget", m.Orientation.LEFT, f"Observation {day}", "Skola"
            )
        )
        for day in range(1, 13)
    ]
    chosen = [(RetentionKind.SITUATION_ENTRY, e.id) for e in entries]
    chosen.append((RetentionKind.CLOSED_CASE, filled["old"].id))
    assert len(chosen) >= retention.BULK_ITEMS
    report = retention.delete(session, chosen, today=TODAY)  # type: ignore[arg-type]
    assert report.deleted == {
        "case": 1,
        "situation_entry": 12,
        "relative_support": 0,
        "disclosure": 0,
        "concern": 0,
        "incident": 0,
        "contact": 0,
        "incoming_item": 0,
        "meeting": 0,
        "situation_assessment": 0,
    }
    assert search.search(session, NOTE_MARKER) == []
    assert _traces(session, NOTE_MARKER) == 0
    assert vault_health.check(session).ok


def test_the_byte_check_sees_text_a_plain_delete_leaves_in_the_index(
    session: Session, filled: dict[str, Any]
) -> None:
    """Shows the check above can fail: delete the case without the index purge (FTS5
    secure-delete off, no rewrite) and the note's words stay in the file."""
    conn = session.vault.conn
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0)")
    # No crisis merge either (automerge is off already): from 16 segments on a level FTS5
    # merges them whatever automerge says, and since v9 (persons, organisations, relatives'
    # contacts … indexed too) this small vault's saves reach that count at the delete.
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('crisismerge', 1000)")
    conn.execute("DELETE FROM cases WHERE id = ?", (filled["old"].id,))
    assert search.search(session, NOTE_MARKER) == []  # unreachable through SQL …
    assert _traces(session, NOTE_MARKER) >= 1  # … but still in the file


def test_a_case_reopened_after_the_list_was_made_is_not_deleted(
    session: Session, filled: dict[str, Any]
) -> None:
    items = retention.review_list(session, TODAY)
    cases.reopen_case(session, filled["old"].id)
    with pytest.raises(retention.RetentionNotDue):
        retention.delete(session, items, today=TODAY)
    # Nothing at all was deleted, also not the items that were still due.
    assert session.get(m.SituationEntry, filled["entry"].id)
    assert session.get(m.Disclosure, filled["disclosure"].id)
    assert search.search(session, NOTE_MARKER)


def test_a_person_still_in_another_case_is_kept(session: Session, filled: dict[str, Any]) -> None:
    other = session.save(m.Case("Annat", m.Level.GENERAL, m.Orientation.OTHER, date(2025, 1, 1)))
    assert other.id is not None
    session.save(m.CaseParticipant(other.id, filled["subject"].id, m.CaseRole.SUBJECT))
    report = retention.delete(session, [("case", filled["old"].id)], today=TODAY)
    assert report.persons == 1  # the relative only
    assert session.get(m.Person, filled["subject"].id).given_name == SUBJECT_NAME


def test_the_whole_review_list_can_be_deleted(session: Session, filled: dict[str, Any]) -> None:
    report = retention.delete(session, retention.review_list(session, TODAY), today=TODAY)
    assert report.deleted == {
        "case": 1,
        "situation_entry": 1,
        "relative_support": 1,
        "disclosure": 1,
        "concern": 0,
        "incident": 0,
        "contact": 0,
        "incoming_item": 0,
        "meeting": 0,
        "situation_assessment": 0,
    }
    assert _due(session) == set()
    assert session.get(m.SituationEntry, filled["fresh_entry"].id)
    assert vault_health.check(session).ok


def test_a_keep_reason_goes_with_its_record_however_that_is_deleted(
    session: Session, filled: dict[str, Any]
) -> None:
    reason = "Kvzskäl som nämner en person"
    retention.keep(session, "case", filled["old"].id, reason, today=TODAY)
    session.delete(m.Case, filled["old"].id)  # not through retention
    assert store.keep_decision(session.vault.conn, "case", filled["old"].id) is None
    assert _traces(session, reason) == 0


def test_add_months_clamps_to_the_end_of_short_months() -> None:
    assert retention.add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert retention.add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert retention.add_months(date(2026, 1, 15), -60) == date(2021, 1, 15)


def test_drafts_of_deleted_records_go_with_them(session: Session, filled: dict[str, Any]) -> None:
    """A half-written note or exit plan is the case's content too: gallring deletes it."""
    draft_marker = "Qzutkastmarkering"
    old_id, recent_id = filled["old"].id, filled["recent"].id
    entry_id = filled["entry"].id
    kept = [
        ("note", str(recent_id)),  # a case that is not deleted
        ("case", "new"),  # a case not yet saved
        ("relative_support", ""),  # a relative contact started outside any case
        ("brief", f"case:{recent_id}"),  # a case brief's choices, its case kept
        ("brief", "situation"),  # the lägesbild brief belongs to no record
    ]
    gone = [
        ("note", str(old_id)),
        ("exit_plan", str(old_id)),
        ("case_close", str(old_id)),
        ("situation_entry", str(entry_id)),
        ("brief", f"case:{old_id}"),  # a case brief's copies and their purposes
        ("oral_disclosure", f"case:{old_id}"),  # what was to be said about the case
    ]
    for kind, ref in kept + gone:
        drafts.save_draft(session, kind, ref, {"text": f"{draft_marker} {kind}"})
    assert _traces(session, draft_marker) >= len(kept + gone)  # the check can see drafts
    retention.delete(
        session,
        [(RetentionKind.CLOSED_CASE, old_id), (RetentionKind.SITUATION_ENTRY, entry_id)],
        today=TODAY,
    )
    left = {(kind, ref) for kind, ref, _saved in drafts.list_drafts(session)}
    assert left == set(kept)
    rows = [e for e in audit.entries(session.vault.conn) if e.entity == "drafts"]
    assert [(r.action, r.details["count"]) for r in rows] == [("retention.delete", len(gone))]
    assert draft_marker.encode() not in json.dumps([r.details for r in rows]).encode()
    assert _traces(session, draft_marker) == len(kept)
