"""Oral disclosures (muntligt utlämnande): what was said about a case at a meeting or on the
phone, recorded like an export: to whom, which cases, what in words, the legal basis, who
decided it and in what role, the purpose and when. Stored in the disclosure log with channel
``oral``; its ``content_sha256`` is of the recorded words, so a later change would show.

Citing consent (OSL 12 kap. 2 §) is checked as for an export (services/consents.py): refused,
with nothing written, unless a valid consent of every case names the recipient and purpose.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.domain.consent import RecipientRef
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services import brief_disclosures, consents
from kopingplan.services.exchange.recipients import legal_bases, now_or, required
from kopingplan.services.session import Session
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories.tables import CASES, MEETINGS, ORGANISATIONS, PERSONS

NEEDS_RECIPIENT = QT_TRANSLATE_NOOP("Errors", "needs a person or an organisation")
IN_THE_FUTURE = QT_TRANSLATE_NOOP("Errors", "cannot be later than now")


@dataclass(frozen=True)
class OralDisclosureRequest:
    """An oral disclosure as the coordinator describes it. The recipient is an organisation of
    the registry, a person of the registry, or both (a person at an organisation); a person's
    own organisation is the recipient organisation when none is given."""

    what: str  # what was said, in words
    terms: model.DisclosureTerms
    disclosed_at: datetime
    case_ids: tuple[int, ...] = ()
    organisation_id: int | None = None
    person_id: int | None = None
    # Persons it was about beyond the people of its cases (a relative not in the case, or a
    # disclosure without a case); each must be in the vault.
    about_person_ids: tuple[int, ...] = ()
    meeting_id: int | None = None  # the meeting it was made at, when it was


def _recipient(conn: Connection, request: OralDisclosureRequest) -> RecipientRef:
    if request.organisation_id is None and request.person_id is None:
        raise errors.InvalidInput("recipient", NEEDS_RECIPIENT)
    person = None if request.person_id is None else mapping.get(conn, PERSONS, request.person_id)
    organisation_id = request.organisation_id
    if organisation_id is None and person is not None:
        organisation_id = person.organisation_id
    organisation = (
        None if organisation_id is None else mapping.get(conn, ORGANISATIONS, organisation_id)
    )
    names = []
    if person is not None:
        names.append(" ".join(p for p in (person.given_name, person.family_name) if p))
    if organisation is not None:
        names.append(organisation.name)
    return RecipientRef(
        ", ".join(names),
        None if organisation is None else organisation.id,
        None if organisation is None else model.OrganisationKind(organisation.kind).value,
    )


def record_oral_disclosure(
    session: Session, request: OralDisclosureRequest, *, now: datetime | None = None
) -> model.Disclosure:
    """Checks the request (legal basis known, decision maker, role, purpose and words given,
    recipient and cases in the vault, consent when consent is cited) and records it with its
    audit row in one transaction. A refusal writes nothing."""
    now = now_or(now)
    what = required("what", rules.normalise_text(request.what))
    basis, terms = brief_disclosures.checked_terms(legal_bases(session), request.terms)
    if request.disclosed_at.tzinfo is None:
        raise errors.InvalidInput("disclosed_at", rules.NO_TIME_ZONE)
    if request.disclosed_at > now:
        raise errors.InvalidInput("disclosed_at", IN_THE_FUTURE)
    case_ids = tuple(dict.fromkeys(request.case_ids))
    about = tuple(dict.fromkeys(request.about_person_ids))
    with session.vault.transaction() as conn:
        recipient = _recipient(conn, request)
        for case_id in case_ids:
            mapping.get(conn, CASES, case_id)
        if request.meeting_id is not None:
            mapping.get(conn, MEETINGS, request.meeting_id)
        consents.check_cited(
            conn,
            basis.code,
            case_ids,
            [recipient],
            terms.purpose,
            consents.local_day(request.disclosed_at),
        )
        disclosure = model.Disclosure(
            **terms.recorded(basis.title),
            disclosed_at=request.disclosed_at,
            recipient=recipient.label,
            content_description=what,
            content_sha256=hashlib.sha256(what.encode("utf-8")).hexdigest(),
            case_ids=case_ids,
            channel=model.DisclosureChannel.ORAL,
            recipient_kind=recipient.organisation_kind,
            meeting_id=request.meeting_id,
        )
        brief_disclosures.store(conn, session.actor, disclosure, about=about)
    return disclosure
