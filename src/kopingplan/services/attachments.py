"""Attachments (bilagor): files kept inside the vault with a case, a note, a meeting, an
incident or an incoming concern, shown from memory and written out only when the coordinator
saves a copy.

A file is checked before a byte of it is read (a regular file, at most
:data:`~kopingplan.filetypes.ATTACHMENT_LIMIT`, and room left under
:data:`~kopingplan.filetypes.ATTACHMENTS_TOTAL_LIMIT`), then read whole, its kind found from its
content and checked against its name and for damage (:mod:`kopingplan.filetypes`). Only then is
it stored, encrypted like everything in the vault. Every act is in the audit log with ids,
kinds and sizes, never a file name or content: ``attachments.add``, ``attachments.view``,
``attachments.save``, ``attachments.remove``, ``attachments.list``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kopingplan import files, filetypes
from kopingplan.domain.model.attachments import Attachment, AttachmentOwner
from kopingplan.errors import QT_TRANSLATE_NOOP, KopingplanError
from kopingplan.services import search
from kopingplan.services.pending_outputs import recorded_output
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import attachments as repo
from kopingplan.storage.repositories.concerns import CONCERNS
from kopingplan.storage.repositories.tables import (
    CASES,
    INCIDENTS,
    MEETINGS,
    NOTES,
    PLAN_REVISIONS,
)

_OWNER_TABLES: dict[AttachmentOwner, Any] = {
    AttachmentOwner.CASE: CASES,
    AttachmentOwner.NOTE: NOTES,
    AttachmentOwner.MEETING: MEETINGS,
    AttachmentOwner.INCIDENT: INCIDENTS,
    AttachmentOwner.CONCERN: CONCERNS,
    AttachmentOwner.PLAN_REVISION: PLAN_REVISIONS,
}
NAME_MAX = 300


class AttachmentsFull(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} ({size_mib} MiB) does not fit: the vault's attachments may take at "
        "most {limit_mib} MiB together and {used_mib} MiB are used. Nothing was read; remove "
        "attachments that are no longer needed first.",
    )


class NotShownInProgram(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This kind of file ({kind}) cannot be shown in the program. Save a copy to open it.",
    )


@dataclass(frozen=True)
class OpenedAttachment:
    """An attachment's record and its bytes, in memory only."""

    attachment: Attachment
    data: bytes


def _owner_fields(owner: AttachmentOwner, owner_id: int) -> dict[str, int]:
    return {repo.OWNER_COLUMNS[AttachmentOwner(owner)]: owner_id}


def _details(conn: Connection, attachment: Attachment, **more: Any) -> dict[str, Any]:
    owner, owner_id = attachment.owner
    details: dict[str, Any] = {"owner": owner.value, "owner_id": owner_id, **more}
    case_id = repo.case_of(conn, attachment)
    if case_id is not None:
        details["cases"] = [case_id]
    return details


def _mib(size: int) -> int:
    return -(-size // files.MIB)


def _check_room(shown: str, size: int, used: int) -> None:
    """Refuses (:class:`AttachmentsFull`, naming ``shown``) ``size`` more bytes of attachments
    when ``used`` are taken: before a file is read, and again in the transaction storing it."""
    if used + size > filetypes.ATTACHMENTS_TOTAL_LIMIT:
        raise AttachmentsFull(
            path=shown,
            size_mib=_mib(size),
            limit_mib=filetypes.ATTACHMENTS_TOTAL_LIMIT // files.MIB,
            used_mib=_mib(used),
        )


def check_file(session: Session, path: str | os.PathLike[str], *, extra: int = 0) -> int:
    """Refuses, reading nothing, a file that is not a regular file, is empty, is over the limit
    for one attachment or does not fit in what is left of the total. ``extra``: bytes about to
    be attached besides (several files chosen at once). Returns the file's size."""
    files.check_input(path, filetypes.ATTACHMENT_LIMIT)
    size = os.stat(path).st_size
    _check_room(files.shown(path), size, reading.run(session, repo.total_size) + extra)
    return size


def attach_file(
    session: Session,
    owner: AttachmentOwner,
    owner_id: int,
    path: str | os.PathLike[str],
    *,
    now: datetime | None = None,
) -> Attachment:
    """Stores the file at ``path`` with its owner. Refuses, storing nothing, an owner that is not
    in the vault, a file the limits refuse (before reading it), and content that is of no
    known kind, does not match the name, or is damaged."""
    owner = AttachmentOwner(owner)
    reading.run(session, mapping.get, _OWNER_TABLES[owner], owner_id)  # NotFound first
    check_file(session, path)
    data = files.read_input(path, filetypes.ATTACHMENT_LIMIT)
    name = Path(path).name[:NAME_MAX]
    return attach_bytes(session, owner, owner_id, name, data, now=now)


def attach_bytes(
    session: Session,
    owner: AttachmentOwner,
    owner_id: int,
    name: str,
    data: bytes,
    *,
    now: datetime | None = None,
) -> Attachment:
    """Stores ``data`` (read by the caller within the limits) under ``name``."""
    owner = AttachmentOwner(owner)
    kind, pages = filetypes.inspect(name, data)
    attachment = Attachment(
        # One line: a name with a line break or a tab (possible on Linux) is one name.
        file_name=" ".join(name.split())[:NAME_MAX] or kind.value,
        kind=kind.value,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        added_at=now or datetime.now(UTC),
        added_by=session.actor,
        pages=pages,
        **_owner_fields(owner, owner_id),
    )
    # A PDF's words go into the search index with the file, extracted here in memory.
    text = search.pdf_text(data) if kind is filetypes.FileKind.PDF else ""
    with session.vault.transaction() as conn:
        mapping.get(conn, _OWNER_TABLES[owner], owner_id)
        _check_room(files.shown(name), len(data), repo.total_size(conn))
        new_id = repo.insert(conn, attachment, data)
        search.index_attachment(conn, new_id, text)
        stored = replace(attachment, id=new_id)
        details = _details(conn, stored, kind=kind.value, size=len(data))
        audit.append(conn, session.actor, "attachments.add", "attachments", new_id, details)
    return stored


def attachments_of(session: Session, owner: AttachmentOwner, owner_id: int) -> list[Attachment]:
    """An owner's attachments, newest first (NotFound for an owner that is not there). For a
    case: its own and its notes'."""
    owner = AttachmentOwner(owner)
    with session.vault.read() as conn:
        mapping.get(conn, _OWNER_TABLES[owner], owner_id)
        if owner is AttachmentOwner.CASE:
            return repo.of_case_and_notes(conn, owner_id)
        return repo.of_owner(conn, owner, owner_id)


def list_attachments(session: Session, owner: AttachmentOwner, owner_id: int) -> list[Attachment]:
    """:func:`attachments_of`, recorded as a look at them (the command line's listing)."""
    found = attachments_of(session, owner, owner_id)
    details: dict[str, Any] = {"owner": AttachmentOwner(owner).value, "attachments": len(found)}
    if owner is AttachmentOwner.CASE:
        details["cases"] = [owner_id]
    session.record("attachments.list", repo.OWNER_TABLES[AttachmentOwner(owner)], owner_id,
                   details)  # fmt: skip
    return found


get_attachment = reading.query(repo.get)


def open_attachment(session: Session, attachment_id: int) -> OpenedAttachment:
    """The record and its bytes, in memory, logged as viewed (``attachments.view``). Only a
    kind the program shows (PDF, images) is opened; others can only be saved."""
    with session.vault.transaction() as conn:
        attachment = repo.get(conn, attachment_id)
        kind = filetypes.FileKind(attachment.kind)
        if kind not in filetypes.SHOWN_IN_PROGRAM:
            raise NotShownInProgram(kind=filetypes.kind_word(kind))
        data = repo.data(conn, attachment_id)
        audit.append(conn, session.actor, "attachments.view", "attachments", attachment_id,
                     _details(conn, attachment))  # fmt: skip
    return OpenedAttachment(attachment, data)


def save_copy(
    session: Session,
    attachment_id: int,
    destination: str | os.PathLike[str],
    *,
    overwrite: bool = False,
) -> Attachment:
    """Writes a plain copy to ``destination`` (a new file unless ``overwrite``), logged as
    ``attachments.save`` in the same transaction: a copy that could not be written leaves no
    log row, and no copy leaves the vault unlogged."""
    files.check_output(destination, overwrite=overwrite)
    with session.vault.read() as conn:
        repo.get(conn, attachment_id)  # NotFound before anything is written
        data = repo.data(conn, attachment_id)
    # The copy comes to its name only after its log row is committed.
    with recorded_output(session, destination, data, overwrite=overwrite) as conn:
        attachment = repo.get(conn, attachment_id)
        audit.append(conn, session.actor, "attachments.save", "attachments", attachment_id,
                     _details(conn, attachment, size=len(data)))  # fmt: skip
    return attachment


def remove_attachment(session: Session, attachment_id: int) -> None:
    """Deletes an attachment and its bytes (secure_delete overwrites the freed pages)."""
    with session.vault.transaction() as conn:
        attachment = repo.get(conn, attachment_id)
        details = _details(conn, attachment, kind=attachment.kind, size=attachment.size)
        repo.delete(conn, attachment_id)
        audit.append(conn, session.actor, "attachments.remove", "attachments", attachment_id,
                     details)  # fmt: skip


attachment_count = reading.query(repo.count)
