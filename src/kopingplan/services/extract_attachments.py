"""Attachments in the register extract (services/extract.py, issue 17).

Every attachment kept with a case, note or concern that the extract already holds as a part
becomes a part of its own (``attachment:N``) right under its record (a case only when it is
about the person, not one they work in as staff): the person sees that the
file exists, by its name, kind, size, SHA-256 and the day it was added, and can ask for it. Its
content is never printed. The coordinator gives or withholds each such part like any other;
withholding the record withholds its attachments with it. Attachments of meetings and incidents
are not about one person's case and are not gathered.
"""

from __future__ import annotations

from dataclasses import replace

from kopingplan.briefs import extract as ex
from kopingplan.briefs import labels
from kopingplan.briefs.document import Facts
from kopingplan.domain.model.attachments import Attachment
from kopingplan.filetypes import FileKind
from kopingplan.services.session import Session
from kopingplan.storage.repositories import extract as repo

# The kinds in the extract's words (the extract is always Swedish, as every brief).
KIND_WORDS = {
    FileKind.PDF: "PDF",
    FileKind.PNG: "PNG-bild",
    FileKind.JPEG: "JPEG-bild",
    FileKind.GIF: "GIF-bild",
    FileKind.DOCX: "Word-dokument",
    FileKind.XLSX: "Excel-arbetsbok",
    FileKind.PPTX: "PowerPoint-presentation",
    FileKind.ODT: "OpenDocument-text",
    FileKind.ODS: "OpenDocument-kalkylblad",
    FileKind.ODP: "OpenDocument-presentation",
    FileKind.OLE2: "Office 97–2003-fil",
    FileKind.EMAIL: "e-postmeddelande",
}
_OWNERS = ("case", "note", "concern")


def _kind(attachment: Attachment) -> str:
    try:
        return KIND_WORDS[FileKind(attachment.kind)]
    except (KeyError, ValueError):
        return "annan fil"


def size_words(size: int) -> str:
    """``1 234 567 byte`` with a space between thousands, as Swedish writes numbers."""
    return f"{size:,} byte".replace(",", " ")


def part_of(attachment: Attachment, parent: str, section: str) -> ex.ExtractPart:
    kind = _kind(attachment)
    rows = (
        ("Bilaga", attachment.file_name),
        ("Typ", kind),
        ("Storlek", size_words(attachment.size)),
        ("SHA-256", attachment.sha256),
        ("Tillagd", labels.day(labels.local(attachment.added_at).date())),
    )
    return ex.ExtractPart(
        f"attachment:{attachment.id}",
        section,
        f"Bilaga: {attachment.file_name} ({kind}, {size_words(attachment.size)})",
        (Facts(rows),),
        (attachment.file_name,),  # a file's name may say something: not printed once withheld
        parent,
    )


def with_attachments(session: Session, material: ex.ExtractMaterial) -> ex.ExtractMaterial:
    """``material`` with a part for each attachment of its cases, notes and concerns, each
    right after its record's part. Reads only; logs nothing."""
    ids: dict[str, list[int]] = {owner: [] for owner in _OWNERS}
    for part in material.parts:
        kind, _, number = part.id.partition(":")
        if kind in ids and number.isdigit():
            ids[kind].append(int(number))
    if not any(ids.values()):
        return material
    with session.vault.read() as conn:
        about = set(repo.cases_about(repo.participations(conn, material.person_id)))
        cases = [case_id for case_id in ids["case"] if case_id in about]
        found = repo.attachments(conn, cases, ids["note"], ids["concern"])
    under: dict[str, list[Attachment]] = {}
    for attachment in found:
        owner, owner_id = attachment.owner
        under.setdefault(f"{owner.value}:{owner_id}", []).append(attachment)
    if not under:
        return material
    parts: list[ex.ExtractPart] = []
    for part in material.parts:
        parts.append(part)
        parts += [part_of(a, part.id, part.section) for a in under.get(part.id, [])]
    return replace(material, parts=tuple(parts))
