"""Attachments (schema v6): the records and their bytes, kept in chunks.

A file's bytes are written as rows of at most :data:`CHUNK` bytes in ``attachment_chunks``:
measured here, a 20 MB PDF as 1 MiB chunks is stored as fast as one BLOB and no statement binds
more than a megabyte. Nothing here begins or commits a transaction; services/attachments.py owns
transactions and the audit rows.
"""

from __future__ import annotations

from typing import Any

from kopingplan.domain.model.attachments import Attachment, AttachmentOwner
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, Table

ATTACHMENTS: Table[Attachment] = Table(
    Attachment, "attachments", QT_TRANSLATE_NOOP("Kinds", "attachment")
)
CHUNK = 1024 * 1024

# The owner's column in the attachments table, per kind of owner.
OWNER_COLUMNS = {
    AttachmentOwner.CASE: "case_id",
    AttachmentOwner.NOTE: "note_id",
    AttachmentOwner.MEETING: "meeting_id",
    AttachmentOwner.INCIDENT: "incident_id",
    AttachmentOwner.CONCERN: "concern_id",
    AttachmentOwner.PLAN_REVISION: "plan_revision_id",
}
OWNER_TABLES = {
    AttachmentOwner.CASE: "cases",
    AttachmentOwner.NOTE: "notes",
    AttachmentOwner.MEETING: "meetings",
    AttachmentOwner.INCIDENT: "incidents",
    AttachmentOwner.CONCERN: "concerns",
    AttachmentOwner.PLAN_REVISION: "plan_revisions",
}


def insert(conn: Connection, attachment: Attachment, data: bytes) -> int:
    new_id = mapping.insert(conn, ATTACHMENTS, attachment)
    view = memoryview(data)
    conn.executemany(
        "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
        (
            (new_id, seq, view[offset : offset + CHUNK])
            for seq, offset in enumerate(range(0, len(data), CHUNK))
        ),
    )
    return new_id


def get(conn: Connection, attachment_id: int) -> Attachment:
    return mapping.get(conn, ATTACHMENTS, attachment_id)


def data(conn: Connection, attachment_id: int) -> bytes:
    """The file's bytes, joined from their chunks in order."""
    rows: list[Any] = conn.execute(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
        (attachment_id,),
    ).fetchall()
    return b"".join(bytes(row[0]) for row in rows)


def delete(conn: Connection, attachment_id: int) -> None:
    mapping.delete(conn, ATTACHMENTS, attachment_id)


def case_of(conn: Connection, attachment: Attachment) -> int | None:
    """The case an attachment is about: its own, its note's, or its concern's (if any)."""
    if attachment.case_id is not None:
        return attachment.case_id
    for table, ref in (("notes", attachment.note_id), ("concerns", attachment.concern_id)):
        if ref is not None:
            found = conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (ref,)).fetchone()
            return None if found is None or found[0] is None else int(found[0])
    return None


def of_owner(conn: Connection, owner: AttachmentOwner, owner_id: int) -> list[Attachment]:
    """An owner's attachments, newest first."""
    column = OWNER_COLUMNS[AttachmentOwner(owner)]
    return mapping.select(conn, ATTACHMENTS, f"{column} = ?", (owner_id,), "added_at DESC, id DESC")


def of_case_and_notes(conn: Connection, case_id: int) -> list[Attachment]:
    """A case's own attachments and those of its notes and of the concerns that led to it,
    newest first."""
    return mapping.select(
        conn,
        ATTACHMENTS,
        "case_id = ? OR note_id IN (SELECT id FROM notes WHERE case_id = ?)"
        " OR concern_id IN (SELECT id FROM concerns WHERE case_id = ?)",
        (case_id, case_id, case_id),
        "added_at DESC, id DESC",
    )


def total_size(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(sum(size), 0) FROM attachments").fetchone()[0])


def count(conn: Connection) -> int:
    return mapping.count(conn, ATTACHMENTS)
