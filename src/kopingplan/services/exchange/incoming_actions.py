"""What the coordinator does with one incoming item after the import: links it to a case
(:func:`link_incoming`) or saves an attached file as a plain copy (:func:`save_incoming_copy`).
Each is one transaction with one audit row of ids, counts and checksums, never content; a
refusal changes nothing and writes nothing."""

from __future__ import annotations

import hashlib
import os

from kopingplan import errors, files
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, repositories
from kopingplan.storage.repositories import exchange as repo


class IncomingAlreadyLinked(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Incoming item {id} is linked to case {case} already. Nothing was changed."
    )


class IncomingHasNoFile(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Incoming item {id} holds no attached file. Nothing was saved."
    )


def link_incoming(session: Session, item_id: int, case_id: int) -> repo.IncomingItemRow:
    """Links an item that belongs to no case to ``case_id`` (audited
    ``incoming_items.link``). Refused, with nothing written, when the item or the case does
    not exist or the item is linked to a case already."""
    with session.vault.transaction() as conn:
        item = repo.incoming_item(conn, item_id)
        mapping.get(conn, repositories.CASES, case_id)  # NotFound before anything is written
        if item.case_id is not None:
            raise IncomingAlreadyLinked(id=item_id, case=item.case_id)
        repo.set_incoming_case(conn, item_id, case_id)
        audit.append(conn, session.actor, "incoming_items.link", "incoming_items", item_id,
                     {"case": case_id})  # fmt: skip
        return repo.incoming_item(conn, item_id)


def save_incoming_copy(
    session: Session,
    item_id: int,
    destination: str | os.PathLike[str],
    *,
    overwrite: bool = False,
) -> str:
    """Writes an attachment item's file as a plain copy to ``destination`` (a new file unless
    ``overwrite``), logged as ``incoming_items.save`` with its size and SHA-256 in the same
    transaction: a copy that could not be written leaves no log row. Returns the SHA-256."""
    files.check_output(destination, overwrite=overwrite)
    with session.vault.transaction() as conn:
        item = repo.incoming_item(conn, item_id)
        if item.attachment is None:
            raise IncomingHasNoFile(id=item_id)
        digest = hashlib.sha256(item.attachment).hexdigest()
        audit.append(conn, session.actor, "incoming_items.save", "incoming_items", item_id,
                     {"size": len(item.attachment), "sha256": digest})  # fmt: skip
        files.write_output(destination, item.attachment, overwrite=overwrite)
    return digest
