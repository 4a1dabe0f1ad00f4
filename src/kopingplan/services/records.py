"""Opening, correcting and copying a case's notes and contacts; taking a person out of a case.

Notes and contacts are handled alike (:class:`CaseRecords`). Opening a record is one audited
act (``notes.open``): :func:`open_note` writes it, :func:`note_detail` reads the same without
writing (a window that shows the record again after a correction made in it, which the
``notes.correct`` row already records). A correction keeps the record as it was (see
:mod:`kopingplan.storage.repositories.versions`); the audit row names the fields that changed,
never their values. A person is taken out of a case with a reason,
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
from kopingplan.storage import audit, drafts, mapping, reading
from kopingplan.storage.mapping import Table
from kopingplan.storage.repositories import CASE_PARTICIPANTS, CONTACTS, NOTES, case_timeline
from kopingplan.storage.repositories import versions as store
from kopingplan.storage.repositories.activity import TimelineItem, case_timeline_through

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


class CaseRecords(Generic[T]):
    """What the record window does with one kind of a case's record (a note, a contact)."""

    def __init__(self, table: Table[T]) -> None:
        self.table = table

    def open(self, session: Session, record_id: int) -> RecordDetail[T]:
        """The record in full with its versions; the opening is written to the audit log."""
        detail = self.detail(session, record_id)
        session.record(f"{self.table.name}.open", self.table.name, record_id)
        return detail

    def detail(self, session: Session, record_id: int) -> RecordDetail[T]:
        """What :meth:`open` reads, without a new audit row (the record is open already)."""
        table = self.table
        with session.vault.read() as conn:
            record = mapping.get(conn, table, record_id)
            created = store.created_by(conn, table, record_id)
            return RecordDetail(
                record=record,
                author=created[0] if created else "",
                created_at=datetime.fromisoformat(created[1]) if created else None,
                versions=store.versions(conn, table, record_id),
            )

    def correct(self, session: Session, corrected: T, reason: str = "") -> T:
        """Writes ``corrected`` over the stored record, keeping the stored one as a version."""
        rules.validate(corrected)
        table = self.table
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

    def copied(self, session: Session, record_id: int) -> None:
        """Records that the record's text was put on the clipboard (it leaves the vault there):
        "notes.copy", "contacts.copy"."""
        session.record(f"{self.table.name}.copy", self.table.name, record_id)


notes = CaseRecords(NOTES)
contacts = CaseRecords(CONTACTS)

# The names the windows call.
open_note, note_detail = notes.open, notes.detail
correct_note, note_copied = notes.correct, notes.copied
open_contact, contact_detail = contacts.open, contacts.detail
correct_contact, contact_copied = contacts.correct, contacts.copied


# --- people in a case --------------------------------------------------------------------------


def remove_participant(session: Session, participant_id: int, reason: str) -> m.CaseParticipant:
    """Takes a person out of a case; the reason is stored with the case, the act logged."""
    if not reason.strip():
        raise errors.InvalidInput("reason", rules.REQUIRED)
    with session.vault.transaction() as conn:
        participant = mapping.get(conn, CASE_PARTICIPANTS, participant_id)
        store.store_removal(conn, participant, session.actor, reason.strip())
        mapping.delete(conn, CASE_PARTICIPANTS, participant_id)
        drafts.delete_orphans(conn)  # its form's unsaved input goes with it
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


def timeline_through(
    session: Session, case_id: int, kind: str, record_id: int, limit: int = 50
) -> tuple[list[TimelineItem], int]:
    """The timeline down to a given note or contact (a search hit older than the window's
    first page; see :func:`case_timeline_through`), read as one. A ``limit`` under 1 reads as
    1: the storage doubles the limit until the event is among the rows or the rows run out,
    and 0 never grew, while a negative one (SQLite's "no limit") grew more negative, for
    ever, when the event is not the case's."""
    if not mapping.storable(case_id):
        return [], max(1, limit)  # an id SQLite cannot hold names no record
    with session.vault.read() as conn:
        return case_timeline_through(conn, case_id, kind, record_id, max(1, limit))
