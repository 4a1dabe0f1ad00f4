"""Corrections keep the earlier text as a version; the versions go with their record; a person
taken out of a case leaves a reason with the case and an audit row without it."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import cases, records, retention, search, vault_health
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import audit, keyfile, migrations
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"
OLD_TEXT = "Samtal med qzvgammaltext om skolan"
NEW_TEXT = "Samtal med mamma om skolan"


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def _case_with_note(session: Session, text: str = OLD_TEXT) -> tuple[m.Case, m.Note]:
    case = session.save(
        m.Case("Ärende A", m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(2019, 1, 2))
    )
    assert case.id is not None
    note = session.save(m.Note(case.id, _at(date(2020, 3, 4)), text, source="Skolan"))
    return case, note


def _actions(session: Session) -> list[str]:
    """Every action in the log, oldest first."""
    return [entry.action for entry in reversed(audit.entries(session.vault.conn, limit=-1))]


def test_the_first_released_vault_gets_the_version_tables(tmp_path: Path) -> None:
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    with Session.open(VaultPaths(folder), PASSPHRASE) as session:
        assert session.vault.schema_version() == migrations.LATEST >= 3
        note_id = session.vault.conn.execute("SELECT min(id) FROM notes").fetchone()[0]
        detail = records.open_note(session, note_id)
        assert detail.versions == []
        corrected = records.correct_note(session, m.Note(**{**vars(detail.record), "text": "Ny"}))
        assert records.note_detail(session, note_id).versions[0].record.text == (detail.record.text)
        assert corrected.text == "Ny"
        assert vault_health.check(session).ok


def test_a_correction_keeps_the_earlier_text_and_names_itself_in_the_log(
    session: Session,
) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    corrected = records.correct_note(
        session, m.Note(note.case_id, note.written_at, NEW_TEXT, "Skolan", id=note.id), "Fel namn"
    )
    assert session.get(m.Note, note.id).text == NEW_TEXT == corrected.text
    detail = records.note_detail(session, note.id)
    assert [v.record.text for v in detail.versions] == [OLD_TEXT]
    version = detail.versions[0]
    assert version.reason == "Fel namn" and version.replaced_by == session.actor
    assert version.record.source == "Skolan" and version.record.written_at == note.written_at
    entry = audit.entries(session.vault.conn)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("notes.correct", "notes", note.id)
    assert entry.details == {"fields": ["text"]}
    assert OLD_TEXT not in json.dumps(entry.details)
    assert detail.author == session.actor


def test_a_second_correction_lists_both_earlier_texts_newest_first(session: Session) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    for text in ("Andra", "Tredje"):
        stored = session.get(m.Note, note.id)
        records.correct_note(session, m.Note(**{**vars(stored), "text": text}))
    versions = records.note_detail(session, note.id).versions
    assert [v.record.text for v in versions] == ["Andra", OLD_TEXT]


def test_nothing_changed_is_no_correction(session: Session) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    before = _actions(session)
    records.correct_note(session, note)
    assert _actions(session) == before
    assert records.note_detail(session, note.id).versions == []


def test_a_bad_correction_changes_nothing(session: Session) -> None:
    case, note = _case_with_note(session)
    assert note.id is not None and case.id is not None
    other = session.save(m.Case("B", m.Level.GENERAL, m.Orientation.LEFT, date(2020, 1, 1)))
    with pytest.raises(errors.InvalidInput):
        records.correct_note(session, m.Note(**{**vars(note), "text": "   "}))
    with pytest.raises(errors.InvalidInput):  # moving a note to another case is no correction
        records.correct_note(session, m.Note(**{**vars(note), "case_id": other.id}))
    assert session.get(m.Note, note.id).text == OLD_TEXT
    assert records.note_detail(session, note.id).versions == []


def test_search_finds_the_current_text_only(session: Session) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    assert search.search(session, "qzvgammaltext")
    records.correct_note(session, m.Note(**{**vars(note), "text": NEW_TEXT}))
    assert search.search(session, "qzvgammaltext") == []
    assert [h.id for h in search.search(session, "mamma")] == [note.id]


def test_opening_is_one_audited_act_and_the_reread_is_not(session: Session) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    records.open_note(session, note.id)
    assert _actions(session)[-1] == "notes.open"
    count = len(_actions(session))
    records.note_detail(session, note.id)
    records.timeline(session, note.case_id)
    assert len(_actions(session)) == count


def test_contacts_are_corrected_the_same_way(session: Session) -> None:
    case, _note = _case_with_note(session)
    assert case.id is not None
    contact = session.save(
        m.Contact(_at(date(2021, 1, 1)), m.Channel.PHONE, "Ringde om oro", case_id=case.id)
    )
    assert contact.id is not None
    records.correct_contact(session, m.Contact(**{**vars(contact), "channel": m.Channel.EMAIL}))
    detail = records.open_contact(session, contact.id)
    assert detail.record.channel == m.Channel.EMAIL
    assert [v.record.channel for v in detail.versions] == [m.Channel.PHONE]
    assert _actions(session)[-2:] == ["contacts.correct", "contacts.open"]


def test_removing_a_person_needs_a_reason_and_keeps_it_with_the_case(session: Session) -> None:
    case, _note = _case_with_note(session)
    assert case.id is not None
    person = session.save(m.Person("Kalle", "Anka"))
    assert person.id is not None
    participant = session.save(
        m.CaseParticipant(case.id, person.id, m.CaseRole.RELATIVE, relation="morbror")
    )
    assert participant.id is not None
    with pytest.raises(errors.InvalidInput):
        records.remove_participant(session, participant.id, "  ")
    assert len(cases.open_case(session, case.id).participants) == 1
    records.remove_participant(session, participant.id, "Felregistrerad, fel familj")
    assert cases.open_case(session, case.id).participants == []
    (removal,) = records.removals(session, case.id)
    assert (removal.person_name, removal.role, removal.relation) == (
        "Kalle Anka",
        m.CaseRole.RELATIVE,
        "morbror",
    )
    assert removal.reason == "Felregistrerad, fel familj"
    (entry,) = audit.entries(session.vault.conn, action="case_participants.remove")
    assert entry.action == "case_participants.remove"
    assert entry.details == {"case_id": case.id, "person_id": person.id}


# --- retention: the versions go with the case, out of the file too -------------------------------

PAGE, RESERVE, WAL_HEADER, FRAME_HEADER = 4096, 80, 32, 24


def _decrypted_pages(folder: Path) -> bytes:
    """Every page of vault.db and every WAL frame, decrypted (SQLCipher 4's page format), as
    tests/unit/test_retention.py reads them."""
    key = bytes(keyfile.read_keyfile(folder / "vault.key").unlock(PASSPHRASE))

    def page_text(page: bytes, first: bool) -> bytes:
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        return decryptor.update(page[16 if first else 0 : PAGE - RESERVE]) + decryptor.finalize()

    database = (folder / "vault.db").read_bytes()
    pages = [
        page_text(database[offset : offset + PAGE], offset == 0)
        for offset in range(0, len(database) - PAGE + 1, PAGE)
    ]
    wal = folder / "vault.db-wal"
    if wal.exists():
        frames = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(frames):
            number = int.from_bytes(frames[offset : offset + 4], "big")
            page = frames[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            pages.append(page_text(page, number == 1))
            offset += FRAME_HEADER + PAGE
    return b"".join(pages)


def test_retention_deletes_the_versions_and_their_text_with_the_case(session: Session) -> None:
    version_marker = "Xqvversionstext"
    reason_marker = "Wkjborttagningsskal"
    case, note = _case_with_note(session, f"Första {version_marker} skrivning")
    assert case.id is not None and note.id is not None
    records.correct_note(session, m.Note(**{**vars(note), "text": "Rättad text"}))
    person = session.save(m.Person("Olle", "Berg"))
    assert person.id is not None
    participant = session.save(m.CaseParticipant(case.id, person.id, m.CaseRole.OTHER))
    assert participant.id is not None
    records.remove_participant(session, participant.id, f"Orsak {reason_marker}")
    cases.close_case(session, case.id, "Klart", on=date(2020, 5, 4))
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder = session.vault_folder
    # Positive control: before the deletion the decrypted pages hold both texts.
    assert version_marker[2:].encode() in _decrypted_pages(folder)
    assert reason_marker[2:].encode() in _decrypted_pages(folder)
    report = retention.delete(
        session, [(RetentionKind.CLOSED_CASE, case.id)], today=date(2026, 11, 1)
    )
    # The person taken out of the case was case content too, and nothing else refers to them.
    assert report.persons == 1
    with pytest.raises(errors.NotFound):
        session.get(m.Person, person.id)
    (row,) = audit.entries(session.vault.conn, action="retention.delete", entity="cases")
    assert {"note_versions": 1, "participant_removals": 1}.items() <= row.details["removed"].items()
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM note_versions").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM participant_removals").fetchone()[0] == 0
    pages = _decrypted_pages(folder)
    assert version_marker[2:].encode() not in pages
    assert reason_marker[2:].encode() not in pages
    assert vault_health.check(session).ok


def test_any_change_of_a_note_through_save_keeps_the_earlier_text(session: Session) -> None:
    _case, note = _case_with_note(session)
    assert note.id is not None
    session.save(m.Note(**{**vars(note), "text": NEW_TEXT}))
    assert [v.record.text for v in records.note_detail(session, note.id).versions] == [OLD_TEXT]
    session.save(session.get(m.Note, note.id))  # nothing changed: no version
    assert len(records.note_detail(session, note.id).versions) == 1
