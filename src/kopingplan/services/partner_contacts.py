"""Contacts with a partner organisation outside any case (issue 18, partners over time).

A dialogue with a faith community's board, a call from a sports club, a meeting with the
housing company: partner work that belongs to no case about a person, seen from the
organisation's own window. They are ordinary contacts (``case_id`` None) so Att göra reminds of
their follow-up day, search finds them and a correction keeps the earlier text as a version,
like a case's contacts. Listing them is part of opening the organisation (audited there);
adding is ``contacts.create``, correcting ``contacts.correct``, removing one recorded by
mistake ``contacts.delete`` (its versions go with it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services import records
from kopingplan.services.session import Session, delete_checked
from kopingplan.storage import mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import partner_contacts as repo
from kopingplan.storage.repositories.tables import CONTACTS, ORGANISATIONS

__all__ = ["add_contact", "contacts_of", "correct_contact", "delete_contact", "get_contact"]

NOT_PARTNER_CONTACT = QT_TRANSLATE_NOOP(
    "Errors", "is a contact in a case; it is changed from the case's window"
)

# The organisation's contacts outside any case, newest first (read with its audited opening).
contacts_of = reading.query(repo.of_organisation)


def get_contact(session: Session, contact_id: int) -> m.Contact:
    contact = reading.run(session, mapping.get, CONTACTS, contact_id)
    _check_partner(contact)
    return contact


def _check_partner(contact: m.Contact) -> None:
    if contact.case_id is not None or contact.organisation_id is None:
        raise errors.InvalidInput("case_id", NOT_PARTNER_CONTACT)


def add_contact(session: Session, contact: m.Contact) -> m.Contact:
    """Stores a new contact with the organisation; refused (nothing written) for one that
    names a case, names no organisation or one not in the registry, or that the rules refuse."""
    if contact.id is not None:
        raise ValueError("add_contact stores a new contact; correct_contact corrects one")
    _check_partner(contact)
    contact = replace(contact, summary=rules.normalise_text(contact.summary))
    rules.validate(contact)
    with session.vault.transaction() as conn:
        assert contact.organisation_id is not None  # _check_partner
        mapping.get(conn, ORGANISATIONS, contact.organisation_id)  # NotFound: nothing written
        return session.save_in(conn, contact)  # with its "contacts.create" row


def correct_contact(session: Session, contact: m.Contact, reason: str = "") -> m.Contact:
    """Corrects a stored partner contact; the earlier text is kept as a version."""
    _check_partner(contact)
    return records.correct_contact(session, contact, reason)


def delete_contact(session: Session, contact_id: int) -> None:
    """Removes a partner contact recorded by mistake (a case's contacts are never removed
    here); the audit row names the organisation, never the text."""
    delete_checked(session, CONTACTS, contact_id, _stored_partner_contact)


def _stored_partner_contact(conn: Connection, stored: m.Contact) -> dict[str, Any]:
    _check_partner(stored)
    return {"organisation": stored.organisation_id}
