"""Attachments in the register extract (issue 17): each file kept with one of the person's
cases, notes or concerns is a part of its own under its record, listed in the PDF by name,
kind, size and SHA-256 and never by content; it can be withheld like any part (its name gone
from the PDF, the ground said in its place), and goes with a withheld record. Files of a case
the person is in only as staff, or of another case, are not listed."""

from __future__ import annotations

import hashlib
from pathlib import Path

from test_briefs_support import text_of
from test_extract import GROUND, World, _make, _streams, world

import attachment_samples as samples
from kopingplan.briefs import extract as ex
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.services import attachments, extract
from kopingplan.services.session import Session

__all__ = ["world"]

SECRET_NAME = "Orosanmälan Gullvivan.pdf"  # a file name the coordinator withholds


def _attach(session: Session, owner: AttachmentOwner, owner_id: int, name: str, data: bytes) -> int:
    stored = attachments.attach_bytes(session, owner, owner_id, name, data)
    assert stored.id is not None
    return stored.id


def test_the_persons_attachments_are_parts_under_their_records(
    session: Session, world: World
) -> None:
    letter = samples.pdf(pages=1)
    on_case = _attach(session, AttachmentOwner.CASE, world.case, SECRET_NAME, letter)
    on_note = _attach(session, AttachmentOwner.NOTE, world.kept_note, "Foto.png", samples.png())
    _attach(session, AttachmentOwner.CASE, world.other_case, "Annans.pdf", samples.pdf())
    _attach(session, AttachmentOwner.CASE, world.professional_case, "Personal.pdf", samples.pdf())
    material = extract.gather(session, world.person)
    ids = [p.id for p in material.parts]
    case_part, note_part = f"case:{world.case}", f"note:{world.kept_note}"
    assert ids.index(f"attachment:{on_case}") == ids.index(case_part) + 1
    assert ids.index(f"attachment:{on_note}") == ids.index(note_part) + 1
    part = material.part(f"attachment:{on_case}")
    assert part is not None and part.parent == case_part and part.kind == "attachment"
    assert part.label == f"Bilaga: {SECRET_NAME} (PDF, {extract_size(letter)})"
    printed = "\n".join(ex.preview(part).split("\n"))
    assert hashlib.sha256(letter).hexdigest() in printed
    names = " ".join(p.label for p in material.parts)
    assert "Annans.pdf" not in names and "Personal.pdf" not in names


def extract_size(data: bytes) -> str:
    return f"{len(data):,} byte".replace(",", " ")


def test_listed_in_the_pdf_without_content_or_withheld_without_its_name(
    session: Session, world: World, tmp_path: Path
) -> None:
    letter = samples.pdf(pages=1)
    secret = _attach(session, AttachmentOwner.CASE, world.case, SECRET_NAME, letter)
    _attach(session, AttachmentOwner.NOTE, world.kept_note, "Foto.png", samples.png())
    given = tmp_path / "given.pdf"
    _make(session, world, given)
    text = " ".join(text_of(given).split())
    assert SECRET_NAME in text and "Foto.png" in text and "PNG-bild" in text
    assert hashlib.sha256(letter).hexdigest() in text.replace(" ", "")
    data = given.read_bytes()
    for raw in (data, *_streams(data)):  # the file's content never goes into the extract
        assert samples.MARKER_BYTES not in raw
    out = tmp_path / "withheld.pdf"
    _make(session, world, out, {f"attachment:{secret}": GROUND})
    text = " ".join(text_of(out).split())
    assert "Gullvivan" not in text and "Foto.png" in text
    assert f"En bilaga har undantagits från utdraget. Skäl: {GROUND}" in text
    for raw in (out.read_bytes(), *_streams(out.read_bytes())):
        assert b"Gullvivan" not in raw


def test_a_withheld_note_takes_its_attachment_with_it(session: Session, world: World) -> None:
    _attach(session, AttachmentOwner.NOTE, world.secret_note, SECRET_NAME, samples.pdf())
    material = extract.gather(session, world.person)
    brief = extract.compose(session, material, {f"note:{world.secret_note}": GROUND})
    printed = "\n".join(ex.printed_texts(brief))
    assert "Gullvivan" not in printed
