"""Search as the coordinator meets it: audited as a search with its number of hits and never
its words; a word in an attached PDF is found until the attachment goes, and the PDF's text
never reaches the disk in plain; the command line names the kind of every hit in words."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_cli import kopingplan
from test_retention import decrypted_pages

import attachment_samples as samples
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import attachments, search
from kopingplan.services.search import pdf_text
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import PASSPHRASE, all_bytes

# Only in the PDF's text: not its name, not any other record.
PDF_WORD = "Qzvpdftextord"


def _actions(session: Session) -> list[audit.AuditEntry]:
    return list(reversed(audit.entries(session.vault.conn, limit=10_000)))


@pytest.fixture
def case(session: Session) -> m.Case:
    return session.save(
        m.Case("Ärende Sökbar", m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(2025, 1, 2))
    )


def test_a_search_is_audited_with_its_number_of_hits_not_its_words(
    session: Session, case: m.Case
) -> None:
    session.save(m.Person("Örjan", "Hemligsson"))
    before = len(_actions(session))
    hits = search.search(session, "hemligsson")
    assert [h.kind for h in hits] == ["person"]
    rows = _actions(session)[before:]
    assert [(r.action, r.details) for r in rows] == [("vault.search", {"hits": 1})]
    assert search.search(session, "sökbar ärende") and _actions(session)[-1].details == {"hits": 1}
    assert search.search(session, "finnsinte") == []
    assert _actions(session)[-1].details == {"hits": 0}
    everything = repr([(r.action, r.entity, r.details) for r in _actions(session)]).lower()
    assert "hemligsson" not in everything and "finnsinte" not in everything
    with pytest.raises(errors.InvalidSearch):  # nothing to look for: nothing searched
        search.search(session, "***")
    assert _actions(session)[-1].details == {"hits": 0}


def test_the_text_of_an_attached_pdf_is_found_until_it_is_removed(
    session: Session, case: m.Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert case.id is not None
    temporary = tmp_path / "tmp"  # the temporary places, as the app points them (hardening)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    stored = attachments.attach_bytes(
        session, m.AttachmentOwner.CASE, case.id, "brev.pdf", samples.pdf(3, f"Brev {PDF_WORD}")
    )
    hits = search.search(session, PDF_WORD[:8])
    assert [(h.kind, h.id, h.case_id) for h in hits] == [("attachment", stored.id, case.id)]
    assert PDF_WORD in hits[0].snippet.replace("\x02", "").replace("\x03", "")
    assert isinstance(hits[0].when, datetime)

    # Nowhere on disk in plain: not in the vault's files, not in the temporary places.
    word = PDF_WORD.encode()
    for place in (session.vault_folder, temporary, Path(os.environ["XDG_RUNTIME_DIR"])):
        for path in place.rglob("*"):
            if path.is_file():
                assert word not in path.read_bytes(), path
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert word[2:] in decrypted_pages(session.vault_folder)  # control: inside, encrypted

    assert stored.id is not None
    attachments.remove_attachment(session, stored.id)
    assert search.search(session, PDF_WORD) == []
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert word[2:] not in decrypted_pages(session.vault_folder)  # secure-delete: gone
    assert word not in all_bytes(session.vault_folder)


def test_a_pdf_without_text_or_not_readable_gives_no_words() -> None:
    assert pdf_text(b"%PDF-1.4 not really") == ""
    text = pdf_text(samples.pdf(2, "Hej\x02 där"), limit=1000)
    assert "Sida 1" in text and "Sida 2" in text and "\x02" not in text
    assert len(pdf_text(samples.pdf(5, "ord " * 30), limit=50)) == 50


def test_other_attachments_are_found_by_their_name_only(session: Session, case: m.Case) -> None:
    assert case.id is not None
    stored = attachments.attach_bytes(
        session, m.AttachmentOwner.CASE, case.id, "Skärmbild chatten.png", samples.png()
    )
    assert [(h.kind, h.id) for h in search.search(session, "chatten")] == [
        ("attachment", stored.id)
    ]
    assert search.search(session, samples.MARKER) == []  # a PNG's bytes are not read for words


def test_the_command_line_names_the_kind_of_every_hit(tmp_path: Path) -> None:
    folder = tmp_path / "valv"
    made = kopingplan(
        "--vault", str(folder), "--passphrase-stdin", "init", "--name", "Anna Lindqvist",
        "--org", "Köpings kommun", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    with Session.open(folder_paths(folder), PASSPHRASE) as session:
        case = session.save(
            m.Case("Kvastfening", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 3, 2))
        )
        session.save(m.Person("Kvastfena", "Andersson"))
        group = session.save(m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP))
        assert group.id is not None and case.id is not None
        session.save(
            m.Meeting(group.id, datetime(2026, 3, 4, 9, tzinfo=UTC), minutes="Kvastfenans plan")
        )
        session.save(m.Note(case.id, datetime(2026, 3, 5, 9, tzinfo=UTC), "kvastfenor"))
    args = ("--vault", str(folder), "--passphrase-stdin", "search", "kvastfen")
    swedish = kopingplan(*args, stdin=PASSPHRASE, lang="sv")
    assert swedish.returncode == 0, swedish.stderr
    rows = [line.split("\t") for line in swedish.stdout.splitlines()]
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("ärende", f"#{case.id}", "2026-03-02"),
        ("person", "-", "-"),
        ("anteckning", f"#{case.id}", "2026-03-05"),
        ("möte", "-", "2026-03-04"),
    ]
    assert all(len(r) == 5 and "kvastfen" in r[4].lower() for r in rows)
    english = kopingplan(*args, stdin=PASSPHRASE)
    assert [line.split("\t")[0] for line in english.stdout.splitlines()] == [
        "case", "person", "note", "meeting",
    ]  # fmt: skip


def folder_paths(folder: Path) -> object:
    from kopingplan.storage.vault import VaultPaths

    return VaultPaths(folder)
