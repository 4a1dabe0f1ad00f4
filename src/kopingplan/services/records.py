"""Opening, correcting and copying a case's notes and contacts; taking a person out of a case.

Opening a record is one audited act (``notes.open``): :func:`open_note` writes it,
:func:`note_detail` reads the same without writing (a window that shows the record again after
a correction made in it, which the ``notes.correct`` row already records). A correction keeps
the record as it was (see :mod:`kopingplan.storage.repositories.versions`); the audit row names
the fields that changed, never their values. A person is taken out of a case with a reason,
which is stored with the case (not in the log: the log outlives the case).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Table
from kopingplan.storage.repositories import CASE_PARTICIPANTS, CONTACTS, NOTES, case_timeline
from kopingplan.storage.repositories import versions as store

T = TypeVar("T")

Version = store.Version
Removal = store.Removal

NOT_IN_CASE = errors.QT_TRANSLATE_NOOP("Errors", "belongs to another case")


@dataclass(frozen=True)
class RecordDetail(Generic[T]):
    """A note or contact as the record window shows it: the record (current values), who
    wrote it (empty when the log does not say: demo data, an import) and its earlier
    versions, newest first."""

    record: T
    author: str
    created_at: datetime | None
    versions: list[store.Version[T]]


def _detail(session: Session, table: Table[T], record_id: int) -> RecordDetail[T]:
    with session.vault.read() as conn:
        record = mapping.get(conn, table, record_id)
        created = store.created_by(conn, table, record_id)
        return RecordDetail(
            record=record,
            author=created[0] if created else "",
            created_at=datetime.fromisoformat(created[1]) if created else None,
            versions=store.versions(conn, table, record_id),
        )


def _open(session: Session, table: Table[T], record_id: int) -> RecordDetail[T]:
    detail = _detail(session, table, record_id)
    session.record(f"{table.name}.open", table.name, record_id)
    return detail


def _correct(session: Session, table: Table[T], corrected: T, reason: str) -> T:
    """Writes ``corrected`` over the stored record, keeping the stored one as a version."""
    rules.validate(corrected)
    record_id = getattr(corrected, "id", None)
    if record_id is None:
        raise ValueError("only a stored record can be corrected")
    with session.vault.transaction() as conn:
        stored = mapping.get(conn, table, record_id)
        if getattr(stored, "case_id", None) != getattr(corrected, "case_id", None):
            raise errors.InvalidInput("case_id", NOT_IN_CASE)
        before = table.to_row(stored)
        after = table.to_row(corrected)
        changed = [name for name in table.column_names if before[name] != after[name]]
        if not changed:
            return stored
        store.keep_version(conn, table, stored, session.actor, reason.strip())
        mapping.update(conn, table, corrected)
        audit.append(
            conn,
            session.actor,
            f"{table.name}.correct",
            table.name,
            record_id,
            {"fields": changed},
        )
    return corrected


# --- notes -------------------------------------------------------------------------------------


def open_note(session: Session, note_id: int) -> RecordDetail[m.Note]:
    """The note in full with its versions; the opening is written to the audit log."""
    return _open(session, NOTES, note_id)


def note_detail(session: Session, note_id: int) -> RecordDetail[m.Note]:
    """What :func:`open_note` reads, without a new audit row (the note is open already)."""
    return _detail(session, NOTES, note_id)


def correct_note(session: Session, note: m.Note, reason: str = "") -> m.Note:
    return _correct(session, NOTES, note, reason)


def note_copied(session: Session, note_id: int) -> None:
    """Records that the note's text was put on the clipboard (it leaves the vault there)."""
    session.record("notes.copy", "notes", note_id)


# --- contacts ----------------------------------------------------------------------------------


def open_contact(session: Session, contact_id: int) -> RecordDetail[m.Contact]:
    return _open(session, CONTACTS, contact_id)


def contact_detail(session: Session, contact_id: int) -> RecordDetail[m.Contact]:
    return _detail(session, CONTACTS, contact_id)


def correct_contact(session: Session, contact: m.Contact, reason: str = "") -> m.Contact:
    return _correct(session, CONTACTS, contact, reason)


def contact_copied(session: Session, contact_id: int) -> None:
    session.record("contacts.copy", "contacts", contact_id)


# --- people in a case --------------------------------------------------------------------------


def remove_participant(session: Session, participant_id: int, reason: str) -> m.CaseParticipant:
    """Takes a person out of a case; the reason is stored with the case, the act logged."""
    if not reason.strip():
        raise errors.InvalidInput("reason", rules.REQUIRED)
    with session.vault.transaction() as conn:
        participant = mapping.get(conn, CASE_PARTICIPANTS, participant_id)
        store.store_removal(conn, participant, session.actor, reason.strip())
        mapping.delete(conn, CASE_PARTICIPANTS, participant_id)
        audit.append(
            conn,
            session.actor,
            "case_participants.remove",
            "case_participants",
            participant_id,
            {"case_id": participant.case_id, "person_id": participant.person_id},
        )
    return participant


# The people taken out of the case and why, newest first.
removals = reading.query(store.removals)


# --- the case window ---------------------------------------------------------------------------


# The case's timeline again, for a case window that is open (and whose opening was
# recorded): after a correction made in it, not a new opening.
timeline = reading.query(case_timeline)
