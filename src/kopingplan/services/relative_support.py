"""Support to relatives (anhörigstöd): a relative's first contact opens a thread, later calls
attach to it; the thread can be linked to an existing case, a new case, or none.

Everything one contact needs (a new person, a new case, the thread, the contact, the relative
as a participant of the case) is stored in one transaction with an audit row per record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows.relative_support import (
    DRAFT_KIND,
    NAMED_NEEDS_CONSENT,
    RelativeSupportFlow,
    RelativeSupportRecords,
)
from kopingplan.services.session import Session
from kopingplan.storage import drafts, mapping, reading, repositories
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import plans

Choice = plans.Choice
ThreadRow = plans.ThreadRow


@dataclass(frozen=True)
class SavedContact:
    thread: m.RelativeSupport
    contact: m.RelativeSupportContact
    person: m.Person | None  # the relative, when named
    case: m.Case | None  # the case the thread is linked to, if any


def draft_ref(case_id: int | None) -> str:
    """One draft per case, and one for contacts started outside a case."""
    return "" if case_id is None else str(case_id)


def threads(session: Session, case_id: int | None = None) -> list[ThreadRow]:
    """Threads a later contact can continue: the case's, or all (most recent first)."""
    if case_id is not None and not mapping.storable(case_id):
        return []  # an id SQLite cannot hold names no record
    return reading.run(session, plans.thread_rows, case_id)


def thread(session: Session, thread_id: int) -> m.RelativeSupport | None:
    return reading.run(session, mapping.find, repositories.RELATIVE_SUPPORTS, thread_id)


def thread_contacts(session: Session, thread_id: int) -> list[m.RelativeSupportContact]:
    """A thread's contacts, oldest first; the reading is audited (it is case content)."""
    if not mapping.storable(thread_id):
        return []  # an id SQLite cannot hold names no thread: nothing read, nothing logged
    contacts = reading.run(session, plans.thread_contacts, thread_id)
    session.record("relative_supports.view", "relative_supports", thread_id)
    return contacts


# Where a relative can be referred: the partner registry.
organisations = reading.query(plans.organisation_choices)


def people(session: Session) -> list[Choice]:
    return reading.run(session, plans.person_choices)


def start_flow(
    session: Session, case_id: int | None = None, today: date | None = None
) -> RelativeSupportFlow:
    if case_id is not None:
        reading.run(session, mapping.get, repositories.CASES, case_id)  # NotFound for a wrong id
    return RelativeSupportFlow(case_id, today)


def save_contact(
    session: Session, records: RelativeSupportRecords, *, draft: str | None = None
) -> SavedContact:
    """Stores the contact (and the thread, person and case it brings), audited, at once."""
    # Each record validated and stored with its audit row as Session.save does (a new case
    # with its first level), all in this one transaction.
    with session.vault.transaction() as conn:
        person = session.save_in(conn, records.new_person) if records.new_person else None
        case: m.Case | None = None
        if records.new_case is not None:
            case = session.save_in(conn, records.new_case)
        elif records.case_id is not None:
            case = mapping.get(conn, repositories.CASES, records.case_id)
        if records.thread_id is not None:
            thread = mapping.get(conn, repositories.RELATIVE_SUPPORTS, records.thread_id)
            if thread.case_id is None and case is not None:
                # A relative's worry can turn into a case: the thread follows it there.
                thread = session.save_in(conn, replace(thread, case_id=case.id))
            elif thread.case_id is not None and (case is None or case.id != thread.case_id):
                case = mapping.get(conn, repositories.CASES, thread.case_id)
        elif records.new_thread is not None:
            new = records.new_thread
            thread = session.save_in(
                conn,
                replace(
                    new,
                    person_id=person.id if person is not None else new.person_id,
                    case_id=case.id if case is not None else None,
                ),
            )
        else:
            raise ValueError("a contact needs a thread: thread_id or new_thread")
        assert thread.id is not None
        if thread.person_id is not None and not records.contact.consent_to_record:
            # The flow asks for this already; a caller that skips the flow gets the same rule.
            raise errors.InvalidInput(
                "consent_to_record", NAMED_NEEDS_CONSENT, problem_context="Flows"
            )
        contact = session.save_in(conn, replace(records.contact, relative_support_id=thread.id))
        if thread.person_id is not None and case is not None and case.id is not None:
            _add_relative_to_case(session, conn, case.id, thread)
        if person is None and thread.person_id is not None:
            person = mapping.find(conn, repositories.PERSONS, thread.person_id)
        if draft is not None:
            drafts.discard(conn, DRAFT_KIND, draft)
    return SavedContact(thread, contact, person, case)


def _add_relative_to_case(
    session: Session, conn: Connection, case_id: int, thread: m.RelativeSupport
) -> None:
    """The named relative becomes one of the case's people (once), with their relation."""
    assert thread.person_id is not None
    if plans.is_participant(conn, case_id, thread.person_id):
        return
    relative = m.CaseParticipant(case_id, thread.person_id, m.CaseRole.RELATIVE, thread.relation)
    session.save_in(conn, relative)
