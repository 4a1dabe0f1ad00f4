"""What the coordinator does with one incoming item after the import: links it to a case, moves
it to another case or unlinks it with a reason (:func:`link_incoming`, :func:`unlink_incoming`,
each kept in the item's link history), or saves an attached file as a plain copy
(:func:`save_incoming_copy`). Each is one transaction with one audit row of ids, counts and
checksums, never content; a refusal changes nothing and writes nothing."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime

from kopingplan import errors, files
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services.pending_outputs import recorded_output
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, repositories
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import exchange as repo
from kopingplan.storage.repositories import incoming_links
from kopingplan.storage.repositories.incoming_links import LinkChange

# A reason is a sentence or two that says why, not a note: longer text belongs in the case.
REASON_MAX = 1000


class IncomingAlreadyLinked(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Incoming item {id} is linked to case {case} already. Nothing was changed."
    )


class IncomingRelinkNeedsReason(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Incoming item {id} is linked to case {case}. Give a reason to move it to another "
        "case. Nothing was changed.",
    )


class IncomingUnlinkNeedsReason(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Give a reason to take incoming item {id} out of its case. Nothing was changed.",
    )


class IncomingReasonTooLong(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The reason is too long: at most {max} characters. Shorten it; nothing was changed.",
    )


class IncomingReasonNotText(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The reason holds control characters. Type it again without them; nothing was changed.",
    )


class IncomingNotLinked(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Incoming item {id} is not linked to any case. Nothing was changed."
    )


class IncomingHasNoFile(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Incoming item {id} holds no attached file. Nothing was saved."
    )


def _reason(reason: str) -> str:
    """The reason as stored (trimmed, NFC), refused when too long or holding control
    characters (they would reach a printed extract)."""
    text = rules.normalise_text(reason)
    if len(text) > REASON_MAX:
        raise IncomingReasonTooLong(max=REASON_MAX)
    if rules.has_forbidden_characters(text):
        raise IncomingReasonNotText()
    return text


def _change(
    conn: Connection, session: Session, item_id: int, before: int | None, after: int | None,
    reason: str,
) -> repo.IncomingItemRow:  # fmt: skip
    """The item moved from ``before`` to ``after``: the link, its history row and one audit
    row, named by what happened (link, relink, unlink)."""
    repo.set_incoming_case(conn, item_id, after)
    incoming_links.insert_link_change(
        conn, LinkChange(item_id, before, after, reason, session.actor, datetime.now(UTC))
    )
    action = "link" if before is None else "unlink" if after is None else "relink"
    details = {"case": after} if before is None else {"from": before, "to": after}
    audit.append(conn, session.actor, f"incoming_items.{action}", "incoming_items", item_id,
                 {key: value for key, value in details.items() if value is not None})  # fmt: skip
    return repo.incoming_item(conn, item_id)


def link_incoming(
    session: Session, item_id: int, case_id: int, reason: str = ""
) -> repo.IncomingItemRow:
    """Links the item to ``case_id`` (audited ``incoming_items.link``) or, when it is linked
    to another case, moves it there (``incoming_items.relink``; ``reason`` required). Either
    is kept in the item's link history. Refused, with nothing written, when the item or the
    case does not exist, the item is in that case already, or a move has no reason."""
    text = _reason(reason)
    with session.vault.transaction() as conn:
        item = repo.incoming_item(conn, item_id)
        mapping.get(conn, repositories.CASES, case_id)  # NotFound before anything is written
        if item.case_id == case_id:
            raise IncomingAlreadyLinked(id=item_id, case=item.case_id)
        if item.case_id is not None and not text:
            raise IncomingRelinkNeedsReason(id=item_id, case=item.case_id)
        return _change(conn, session, item_id, item.case_id, case_id, text)


def unlink_incoming(session: Session, item_id: int, reason: str) -> repo.IncomingItemRow:
    """Takes the item out of its case (audited ``incoming_items.unlink``, kept in the link
    history): from then on it is an item without a case, under that retention period.
    Refused, with nothing written, without a reason or when the item is in no case."""
    text = _reason(reason)
    if not text:
        raise IncomingUnlinkNeedsReason(id=item_id)
    with session.vault.transaction() as conn:
        item = repo.incoming_item(conn, item_id)
        if item.case_id is None:
            raise IncomingNotLinked(id=item_id)
        return _change(conn, session, item_id, item.case_id, None, text)


def link_history(session: Session, item_id: int) -> list[LinkChange]:
    """The item's links, moves and unlinks, oldest first (read with the item: not audited
    on its own)."""
    with session.vault.read() as conn:
        return incoming_links.link_history(conn, [item_id]).get(item_id, [])


def save_incoming_copy(
    session: Session,
    item_id: int,
    destination: str | os.PathLike[str],
    *,
    overwrite: bool = False,
) -> str:
    """Writes an attachment item's file as a plain copy to ``destination`` (a new file unless
    ``overwrite``), logged as ``incoming_items.save`` with its size and SHA-256. The bytes are
    written under a temporary name first, the log row is committed, and only then is the copy
    put under its name: a copy that could not be written leaves no log row, and a process
    killed on the way leaves no copy under its name that the log does not name. Returns the
    SHA-256."""
    files.check_output(destination, overwrite=overwrite)
    with session.vault.read() as conn:
        data = repo.incoming_item(conn, item_id).attachment
    if data is None:
        raise IncomingHasNoFile(id=item_id)
    digest = hashlib.sha256(data).hexdigest()
    # The copy comes to its name only after its log row is committed.
    with recorded_output(session, destination, data, overwrite=overwrite) as conn:
        repo.incoming_item(conn, item_id)  # still there: NotFound writes nothing
        audit.append(conn, session.actor, "incoming_items.save", "incoming_items", item_id,
                     {"size": len(data), "sha256": digest})  # fmt: skip
    return digest
