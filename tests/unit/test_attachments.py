"""Attachments: kinds by content, limits before reading, bad files change nothing, the bytes
never reach the disk in plain (not in the vault folder, not in the temporary places), and
retention takes them with their record, out of the decrypted pages too."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_retention import decrypted_pages

import attachment_samples as samples
from kopingplan import errors, files, filetypes
from kopingplan.domain import model as m
from kopingplan.filetypes import FileKind
from kopingplan.services import attachments, cases, retention
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import all_bytes, snapshot

CASE = m.AttachmentOwner.CASE
NOTE = m.AttachmentOwner.NOTE


@pytest.fixture
def case(session: Session) -> m.Case:
    return session.save(
        m.Case("Ärende med bilaga", m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(2025, 1, 2))
    )


def _log(session: Session) -> list[audit.AuditEntry]:
    return list(reversed(audit.entries(session.vault.conn, limit=10_000)))


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- kinds by content -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("maker", "name", "kind"),
    [
        (samples.pdf, "brev.pdf", FileKind.PDF),
        (samples.png, "skärmbild.PNG", FileKind.PNG),
        (samples.jpeg, "foto.jpg", FileKind.JPEG),
        (samples.gif, "bild.gif", FileKind.GIF),
        (samples.docx, "orosanmälan.docx", FileKind.DOCX),
        (samples.xlsx, "lista.xlsx", FileKind.XLSX),
        (samples.odt, "protokoll.odt", FileKind.ODT),
        (samples.ods, "tabell.ods", FileKind.ODS),
        (samples.ole2, "gammal.doc", FileKind.OLE2),
        (samples.ole2, "meddelande.msg", FileKind.OLE2),
        (samples.email, "mejl.eml", FileKind.EMAIL),
        (samples.pdf, "utan-ändelse", FileKind.PDF),  # no extension: the content decides
    ],
)
def test_the_kind_comes_from_the_content(maker: object, name: str, kind: FileKind) -> None:
    assert callable(maker)
    assert filetypes.identify(name, maker()) is kind


def test_text_with_colons_is_not_taken_for_an_email() -> None:
    text = b"Anteckning: samtal med rektor\nTid: 10:00\n\nInget mer.\n"
    assert filetypes.sniff(text) is None
    assert filetypes.sniff(b"From: a\nSubject: b\n\nbody") is FileKind.EMAIL


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("brev.pdf", samples.png(), filetypes.KindDoesNotMatchName),
        ("foto.jpg", samples.pdf(), filetypes.KindDoesNotMatchName),
        ("rapport.docx", samples.odt(), filetypes.KindDoesNotMatchName),
        ("brev.pdf", b"just text\n", filetypes.KindDoesNotMatchName),
        ("program.exe", b"MZ\x90\0\3\0\0\0", filetypes.UnknownFileKind),
        ("anteckning.txt", b"hej", filetypes.UnknownFileKind),
        ("brev.pdf", samples.pdf()[:300], filetypes.DamagedFile),
        ("bild.png", samples.png()[:60], filetypes.DamagedFile),
        ("foto.jpg", samples.jpeg()[:-2], filetypes.DamagedFile),
    ],
)
def test_a_wrong_or_damaged_file_is_refused_with_its_name(
    name: str, data: bytes, error: type[Exception]
) -> None:
    with pytest.raises(error) as raised:
        filetypes.identify(name, data)
    assert isinstance(raised.value, errors.KopingplanError)
    assert name in raised.value.translated()


# --- storing, listing, showing, saving, removing ---------------------------------------------


def test_an_attached_pdf_keeps_its_facts_and_bytes(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    import hashlib

    assert case.id is not None
    data = samples.pdf(pages=3)
    path = _write(tmp_path, "Orosanmälan skola.pdf", data)
    before = datetime.now(UTC)
    stored = attachments.attach_file(session, CASE, case.id, path)
    assert stored.id is not None
    assert (stored.kind, stored.size, stored.pages) == ("pdf", len(data), 3)
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.file_name == "Orosanmälan skola.pdf"
    assert stored.added_by == session.actor and stored.added_at >= before
    assert attachments.attachments_of(session, CASE, case.id) == [stored]
    opened = attachments.open_attachment(session, stored.id)
    assert opened.data == data and opened.attachment == stored
    rows = _log(session)
    actions = [r.action for r in rows]
    assert actions[-2:] == ["attachments.add", "attachments.view"]
    assert rows[-1].details["cases"] == [case.id]
    assert "Orosanmälan" not in str([r.details for r in rows])  # ids and sizes, never names


def test_a_note_attachment_shows_in_its_case(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    assert case.id is not None
    note = session.save(m.Note(case.id, datetime.now(UTC), "Samtal"))
    assert note.id is not None
    stored = attachments.attach_file(
        session, NOTE, note.id, _write(tmp_path, "a.png", samples.png())
    )
    assert attachments.attachments_of(session, NOTE, note.id) == [stored]
    assert attachments.attachments_of(session, CASE, case.id) == [stored]


def test_a_large_file_is_stored_in_chunks_and_comes_back_whole(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    assert case.id is not None
    data = samples.pdf(pages=1) + os.urandom(3 * files.MIB + 17)  # bytes after %%EOF are kept
    stored = attachments.attach_file(session, CASE, case.id, _write(tmp_path, "stor.pdf", data))
    assert stored.id is not None
    chunks = session.vault.conn.execute(
        "SELECT count(*), max(length(data)) FROM attachment_chunks WHERE attachment_id = ?",
        (stored.id,),
    ).fetchone()
    assert chunks[0] == 4 and chunks[1] == files.MIB
    assert attachments.open_attachment(session, stored.id).data == data


def test_other_kinds_are_only_saved_never_shown(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    assert case.id is not None
    stored = attachments.attach_file(
        session, CASE, case.id, _write(tmp_path, "x.docx", samples.docx())
    )
    assert stored.id is not None
    with pytest.raises(attachments.NotShownInProgram):
        attachments.open_attachment(session, stored.id)
    out = tmp_path / "ut" / "kopia.docx"
    out.parent.mkdir()
    attachments.save_copy(session, stored.id, out)
    assert out.read_bytes() == samples.docx()
    assert _log(session)[-1].action == "attachments.save"
    with pytest.raises(files.OutputExists):  # never replaced unasked
        attachments.save_copy(session, stored.id, out)
    attachments.save_copy(session, stored.id, out, overwrite=True)


def test_a_copy_that_cannot_be_written_leaves_no_log_row(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    assert case.id is not None
    stored = attachments.attach_file(
        session, CASE, case.id, _write(tmp_path, "a.gif", samples.gif())
    )
    assert stored.id is not None
    rows = len(_log(session))
    with pytest.raises(files.FileError):
        attachments.save_copy(session, stored.id, tmp_path / "saknas" / "a.gif")
    assert len(_log(session)) == rows


def test_removing_deletes_record_and_bytes(session: Session, case: m.Case, tmp_path: Path) -> None:
    assert case.id is not None
    stored = attachments.attach_file(
        session, CASE, case.id, _write(tmp_path, "a.pdf", samples.pdf())
    )
    assert stored.id is not None
    attachments.remove_attachment(session, stored.id)
    assert attachments.attachments_of(session, CASE, case.id) == []
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert samples.MARKER_BYTES not in decrypted_pages(session.vault_folder)


# --- bad input changes nothing ----------------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mapp.pdf").mkdir()
    return {
        "mismatch": _write(folder, "brev.pdf", samples.png()),
        "damaged": _write(folder, "trasig.pdf", samples.pdf()[:400]),
        "unknown": _write(folder, "anteckning.txt", b"hej hej"),
        "empty": _write(folder, "tom.pdf", b""),
        "folder": folder / "mapp.pdf",
        "missing": folder / "finns-inte.pdf",
    }


def test_each_bad_file_is_refused_in_words_and_changes_nothing(
    session: Session, case: m.Case, tmp_path: Path
) -> None:
    assert case.id is not None
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    for label, path in _bad_inputs(tmp_path).items():
        with pytest.raises(errors.KopingplanError) as raised:
            attachments.attach_file(session, CASE, case.id, path)
        message = raised.value.translated()
        assert files.shown(path.name) in message or files.shown(path) in message, label
    assert attachments.attachments_of(session, CASE, case.id) == []
    assert snapshot(session.vault_folder) == before


def test_an_unreadable_file_is_refused(
    session: Session, case: m.Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert case.id is not None
    path = _write(tmp_path, "hemlig.pdf", samples.pdf())
    real_open = os.open

    def refusing(name: object, *args: object, **kwargs: object) -> int:
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refusing)
    with pytest.raises(files.InputNotReadable):
        attachments.attach_file(session, CASE, case.id, path)
    assert attachments.attachments_of(session, CASE, case.id) == []


def test_limits_are_refused_before_the_file_is_read(
    session: Session, case: m.Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert case.id is not None
    huge = tmp_path / "enorm.pdf"
    with open(huge, "wb") as handle:  # sparse: 4 GB named, nothing on disk
        handle.truncate(4 * 1024**3)
    read: list[object] = []
    monkeypatch.setattr(files, "read_input", lambda *a, **k: read.append(a))
    with pytest.raises(files.InputTooLarge) as raised:
        attachments.attach_file(session, CASE, case.id, huge)
    assert "50 MiB" in raised.value.translated()
    # The total: a vault near its limit refuses the next file, naming the numbers.
    monkeypatch.setattr(filetypes, "ATTACHMENTS_TOTAL_LIMIT", 1000)
    small = _write(tmp_path, "liten.pdf", samples.pdf())
    with pytest.raises(attachments.AttachmentsFull) as full:
        attachments.attach_file(session, CASE, case.id, small)
    assert "liten.pdf" in full.value.translated()
    assert read == []


def test_the_total_is_checked_again_when_bytes_are_stored(
    session: Session, case: m.Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bytes read by the caller (an incoming file taken into a case) meet the same limit in
    the transaction that stores them: refused with the numbers, nothing stored or logged."""
    assert case.id is not None
    data = samples.pdf()
    monkeypatch.setattr(filetypes, "ATTACHMENTS_TOTAL_LIMIT", len(data) - 1)
    with pytest.raises(attachments.AttachmentsFull) as full:
        attachments.attach_bytes(session, CASE, case.id, "inkommen.pdf", data)
    shown = full.value.translated()
    assert "inkommen.pdf" in shown and "at most 0 MiB" in shown and "0 MiB are used" in shown
    assert attachments.attachments_of(session, CASE, case.id) == []
    assert audit.entries(session.vault.conn, action="attachments.add") == []


def test_an_owner_that_is_not_there_is_refused(session: Session, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.pdf", samples.pdf())
    for owner in m.AttachmentOwner:
        with pytest.raises(errors.NotFound):
            attachments.attach_file(session, owner, 4711, path)


# --- plaintext and retention ------------------------------------------------------------------


def test_the_marker_is_never_on_disk_outside_a_chosen_copy(
    session: Session, case: m.Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert case.id is not None
    temporary = tmp_path / "tmp"  # the temporary places, as the app points them (hardening)
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    source = tmp_path / "källa"
    source.mkdir()
    ids = []
    for name, maker in (("a.pdf", samples.pdf), ("b.png", samples.png), ("c.eml", samples.email)):
        stored = attachments.attach_file(session, CASE, case.id, _write(source, name, maker()))
        assert stored.id is not None
        ids.append(stored.id)
    for attachment_id in ids[:2]:
        attachments.open_attachment(session, attachment_id)
    copy = tmp_path / "vald" / "kopia.eml"
    copy.parent.mkdir()
    attachments.save_copy(session, ids[2], copy)
    assert copy.read_bytes().count(samples.MARKER_BYTES) == 1  # the search sees it in plain
    places = [session.vault_folder, temporary, Path(os.environ["XDG_RUNTIME_DIR"])]
    for place in places:
        for path in place.rglob("*"):
            if path.is_file():
                assert samples.MARKER_BYTES not in path.read_bytes(), path
    assert samples.MARKER_BYTES not in all_bytes(session.vault_folder)


def test_retention_deletes_the_attachments_of_a_case_and_its_notes(
    session: Session, tmp_path: Path
) -> None:
    closed_on = date(2019, 5, 4)
    case = session.save(m.Case("Gammalt", m.Level.SPECIFIC, m.Orientation.LEFT, date(2018, 1, 2)))
    assert case.id is not None
    note = session.save(m.Note(case.id, datetime(2019, 5, 1, 10, tzinfo=UTC), "Samtal"))
    assert note.id is not None
    attachments.attach_file(session, CASE, case.id, _write(tmp_path, "a.pdf", samples.pdf()))
    attachments.attach_file(session, NOTE, note.id, _write(tmp_path, "b.png", samples.png()))
    cases.close_case(session, case.id, "Avslutat", on=closed_on)
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert decrypted_pages(session.vault_folder).count(samples.MARKER_BYTES) >= 2  # control
    report = retention.delete(
        session, [(RetentionKind.CLOSED_CASE, case.id)], today=date(2026, 11, 1)
    )
    assert report.deleted["case"] == 1
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert samples.MARKER_BYTES not in decrypted_pages(session.vault_folder)
    removed = [e.details for e in _log(session) if "removed" in e.details]
    assert removed and removed[-1]["removed"]["attachments"] == 2


def test_a_concern_keeps_its_letter_and_retention_takes_it_with_the_concern(
    session: Session, tmp_path: Path
) -> None:
    from kopingplan.services import concerns

    concern = concerns.add_concern(
        session,
        m.Concern(
            received_on=date(2024, 1, 10),
            source=m.ConcernSource.ANONYMOUS,
            channel=m.ConcernChannel.LETTER,
            description="Brev om oro",
            recorded_at=datetime(2024, 1, 10, 9, tzinfo=UTC),
            recorded_by="Anna",
        ),
    )
    assert concern.id is not None
    letter = _write(tmp_path, "brev.pdf", samples.pdf())
    stored = attachments.attach_file(session, m.AttachmentOwner.CONCERN, concern.id, letter)
    assert attachments.attachments_of(session, m.AttachmentOwner.CONCERN, concern.id) == [stored]
    concerns.decide(
        session, concern.id, m.ConcernDecision.NO_ACTION, date(2024, 1, 12), "Anna",
        reason="Inget att göra",
    )  # fmt: skip
    report = retention.delete(
        session, [(RetentionKind.CONCERN, concern.id)], today=date(2026, 11, 1)
    )
    assert report.deleted["concern"] == 1
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert samples.MARKER_BYTES not in decrypted_pages(session.vault_folder)
