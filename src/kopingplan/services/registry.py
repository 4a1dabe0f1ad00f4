"""Persons and organisations (the registry): paged lists, details and saving.

Lists are pages of small rows filtered and sorted in SQL (names in Swedish order, see
:mod:`kopingplan.storage.repositories.people`); details are read on purpose and that reading
is written to the audit log, as opening a case is. Identity numbers are stored canonical
(12 digits) whatever form they were typed in, and a number already in the vault is refused
with a message on the field rather than a database error.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.identity_number import IdentityNumber, InvalidIdentityNumber
from kopingplan.services import content_profiles
from kopingplan.services.session import Session
from kopingplan.storage import mapping, reading
from kopingplan.storage.repositories import ORGANISATIONS, PERSONS, people

PersonRow = people.PersonRow
PersonCaseRow = people.PersonCaseRow
OrganisationRow = people.OrganisationRow
SupportThreadRow = people.SupportThreadRow

IDENTITY_NUMBER_TAKEN = errors.QT_TRANSLATE_NOOP(
    "Errors", "belongs to another person in the vault already"
)

# Lists for a combo box (professionals, organisations) stop here; the registry pages beyond.
CHOICES_LIMIT = 1000


# --- persons -----------------------------------------------------------------------------------


person_page = reading.query(people.person_page)


person_count = reading.query(people.person_count)


def professionals(session: Session) -> list[PersonRow]:
    """Persons who work at an organisation: who can hold a case or take part as staff."""
    return person_page(session, professionals_only=True, limit=CHOICES_LIMIT)


# Persons who hold at least one case, for the case list's filter.
responsible_persons = reading.query(people.responsible_persons)


@dataclass(frozen=True)
class PersonDetail:
    person: m.Person
    organisation: m.Organisation | None
    cases: list[PersonCaseRow]


def open_person(session: Session, person_id: int) -> PersonDetail:
    """A person with their organisation and cases; the reading is written to the audit log."""
    detail = reload_person(session, person_id)
    session.record("persons.open", "persons", person_id)
    return detail


def reload_person(session: Session, person_id: int) -> PersonDetail:
    """:func:`open_person` without an audit row: only to show again what a window already
    opened (see :func:`kopingplan.services.cases.reload_case`)."""
    with session.vault.read() as conn:
        person = mapping.get(conn, PERSONS, person_id)
        organisation = (
            mapping.find(conn, ORGANISATIONS, person.organisation_id)
            if person.organisation_id is not None
            else None
        )
        return PersonDetail(person, organisation, people.person_cases(conn, person_id))


def canonical_identity_number(text: str | None) -> str | None:
    """The 12-digit form of a typed identity number; None for an empty field. Raises
    InvalidInput("identity_number", …) for a number that is not valid."""
    if text is None or not text.strip():
        return None
    try:
        return IdentityNumber.parse(text).digits
    except InvalidIdentityNumber as error:
        raise errors.InvalidInput(
            "identity_number", rules.INVALID_IDENTITY_NUMBER, reason=str(error.reason)
        ) from None


def save_person(session: Session, person: m.Person) -> m.Person:
    """Stores a person; the identity number in canonical form and not twice in the vault."""
    number = canonical_identity_number(person.identity_number)
    person = replace(person, identity_number=number)
    if number is not None and person.birth_year is None:
        person = replace(person, birth_year=int(number[:4]))
    if number is not None and reading.run(session, people.identity_number_taken, number, person.id):
        raise errors.InvalidInput("identity_number", IDENTITY_NUMBER_TAKEN)
    try:
        return session.save(person)
    except sqlcipher3.IntegrityError:  # a race with the check above; same message
        raise errors.InvalidInput("identity_number", IDENTITY_NUMBER_TAKEN) from None


# --- organisations -----------------------------------------------------------------------------


organisation_page = reading.query(people.organisation_page)


organisation_count = reading.query(people.organisation_count)


def organisations(session: Session) -> list[OrganisationRow]:
    """Every organisation (the partner registry is short), for a choice in a form."""
    return organisation_page(session, limit=CHOICES_LIMIT)


@dataclass(frozen=True)
class OrganisationDetail:
    organisation: m.Organisation
    people: list[PersonRow]


def open_organisation(session: Session, organisation_id: int) -> OrganisationDetail:
    """An organisation with its people; the reading is written to the audit log."""
    detail = reload_organisation(session, organisation_id)
    session.record("organisations.open", "organisations", organisation_id)
    return detail


def save_organisation(
    session: Session, organisation: m.Organisation, profile: Iterable[str] | None
) -> m.Organisation:
    """The organisation form's Save: the organisation and its content profile (``None``: the
    working group's default) in one transaction, so a failure in either leaves both as they
    were. Audited as :meth:`Session.save` and :func:`content_profiles.set_profile` do."""
    with session.vault.transaction() as conn:
        organisation = session.save_in(conn, organisation)
        assert organisation.id is not None  # stored
        content_profiles.put_profile(conn, session.actor, organisation.id, profile)
    return organisation


def reload_organisation(session: Session, organisation_id: int) -> OrganisationDetail:
    """:func:`open_organisation` without an audit row: only to show again what a window
    already opened."""
    with session.vault.read():
        organisation = reading.run(session, mapping.get, ORGANISATIONS, organisation_id)
        staff = person_page(session, organisation_id=organisation_id, limit=CHOICES_LIMIT)
        return OrganisationDetail(organisation, staff)


# --- groups and relatives' support -------------------------------------------------------------


groups = reading.query(people.groups)


# The relatives' support threads of a case (shown in the case view, already audited as
# part of opening the case).
case_support_threads = reading.query(people.relative_support_threads)
