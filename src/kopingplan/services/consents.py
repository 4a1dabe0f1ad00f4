"""Consent on file (OSL 12 kap. 2 §): recording a case's consents and their withdrawal, and the
check every way information leaves makes when a disclosure cites consent.

A consent is case content: it goes with the case (schema v4 cascades, retention counts it),
and its audit rows (``consents.add``, ``consents.withdraw``) hold ids and days, never the
purposes or names it records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from kopingplan.domain import rules
from kopingplan.domain.consent import (
    CONSENT_BASIS_CODE,
    Consent,
    ConsentForm,
    RecipientRef,
    Refusal,
    first_refusal,
)
from kopingplan.errors import QT_TRANSLATE_NOOP, KopingplanError
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import consents as repo
from kopingplan.storage.repositories.tables import CASES, ORGANISATIONS

# --- Errors --------------------------------------------------------------------------------------


class ConsentRefused(KopingplanError):
    """Consent is cited as the legal basis and does not cover the disclosure; nothing was
    written. ``case`` is the case number, ``recipient`` the recipient's name in the registry."""

    exit_code = 2


class ConsentMissing(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent (OSL 12 kap. 2 §) is cited, but case {case} has no consent on file. Record the "
        "consent in the case first, or choose another legal basis. Nothing was disclosed.",
    )


class ConsentWithdrawn(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent is cited, but the consent of case {case} that covered {recipient} has been "
        "withdrawn. Choose another legal basis or do not disclose. Nothing was disclosed.",
    )


class ConsentExpired(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent is cited, but the consent of case {case} that covered {recipient} has expired. "
        "Record a new consent if one is given, or choose another legal basis. Nothing was "
        "disclosed.",
    )


class ConsentNotYetGiven(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent is cited, but the consent of case {case} that covers {recipient} was given "
        "after the day of the disclosure. Check the dates. Nothing was disclosed.",
    )


class ConsentNotForRecipient(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent is cited, but no valid consent of case {case} names {recipient} or its kind of "
        "organisation (a recipient must be an organisation in the registry). Nothing was "
        "disclosed.",
    )


class ConsentNotForPurpose(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent is cited, but no valid consent of case {case} that names {recipient} covers "
        "this purpose. Write the purpose as the consent states it, or choose another legal "
        "basis. Nothing was disclosed.",
    )


class ConsentWithoutCase(ConsentRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Consent can only be cited for a disclosure about a case: choose the case, or another "
        "legal basis. Nothing was disclosed.",
    )


class ConsentAlreadyWithdrawn(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "This consent was already withdrawn on {day}. Nothing was changed."
    )


_ERRORS: dict[Refusal, type[ConsentRefused]] = {
    Refusal.MISSING: ConsentMissing,
    Refusal.WITHDRAWN: ConsentWithdrawn,
    Refusal.EXPIRED: ConsentExpired,
    Refusal.NOT_YET: ConsentNotYetGiven,
    Refusal.RECIPIENT: ConsentNotForRecipient,
    Refusal.PURPOSE: ConsentNotForPurpose,
}


# --- Reading and writing -------------------------------------------------------------------------


def consents_of_case(session: Session, case_id: int) -> list[Consent]:
    """A case's consents, newest first (NotFound for a case that is not there)."""
    with session.vault.read() as conn:
        mapping.get(conn, CASES, case_id)
        return repo.of_case(conn, case_id)


def list_consents(session: Session, case_id: int) -> list[Consent]:
    """:func:`consents_of_case`, recorded as a look at them (the command line's ``list``)."""
    found = consents_of_case(session, case_id)
    session.record("consents.list", "cases", case_id, {"consents": len(found)})
    return found


def add_consent(session: Session, consent: Consent) -> Consent:
    """Stores a new consent (``recorded_at`` and ``recorded_by`` as given). Refuses, writing
    nothing, a consent of a case or naming an organisation that is not in the vault, and one the
    rules refuse."""
    if consent.id is not None:
        raise ValueError("add_consent stores a new consent; withdraw_consent changes one")
    rules.validate(consent)
    with session.vault.transaction() as conn:
        mapping.get(conn, CASES, consent.case_id)
        for organisation_id in consent.organisation_ids:
            mapping.get(conn, ORGANISATIONS, organisation_id)
        new_id = repo.insert(conn, consent)
        audit.append(
            conn, session.actor, "consents.add", "consents", new_id, {"cases": [consent.case_id]}
        )
    return replace(consent, id=new_id)


def withdraw_consent(
    session: Session, consent_id: int, on: date, form: ConsentForm, note: str = ""
) -> Consent:
    """Records that a consent was withdrawn from ``on``: from that day it covers nothing. The
    consent itself stays on file (it covered what was disclosed before)."""
    with session.vault.transaction() as conn:
        stored = repo.get(conn, consent_id)
        if stored.withdrawn_on is not None:
            raise ConsentAlreadyWithdrawn(day=stored.withdrawn_on.isoformat())
        withdrawn = replace(
            stored,
            withdrawn_on=on,
            withdrawal_form=ConsentForm(form),
            withdrawal_note=rules.normalise_text(note),
        )
        rules.validate(withdrawn)
        repo.update(conn, withdrawn)
        audit.append(
            conn,
            session.actor,
            "consents.withdraw",
            "consents",
            consent_id,
            {"cases": [stored.case_id], "on": on.isoformat()},
        )
    return withdrawn


consent_count = reading.query(repo.count)


# --- Citing consent ------------------------------------------------------------------------------


def local_day(moment: datetime) -> date:
    """The day of a disclosure as the coordinator lives it (the machine's time zone)."""
    return moment.astimezone().date() if moment.tzinfo else moment.replace(tzinfo=UTC).date()


def check_cited(
    conn: Connection,
    basis_code: str,
    case_ids: Sequence[int],
    recipients: Sequence[RecipientRef],
    purpose: str,
    on: date,
) -> None:
    """Raises a :class:`ConsentRefused` when the legal basis is consent and a valid consent of
    every case does not name every recipient (or its kind) and the purpose on that day. Any
    other legal basis passes untouched. Reads only."""
    if basis_code != CONSENT_BASIS_CODE:
        return
    if not case_ids:
        raise ConsentWithoutCase()
    found = first_refusal(repo.of_cases(conn, case_ids), recipients, purpose, on)
    if found is not None:
        case_id, recipient, reason = found
        raise _ERRORS[reason](case=case_id, recipient=recipient.label or "–")


def organisation_recipient(conn: Connection, organisation_id: int) -> RecipientRef:
    return repo.organisation_ref(conn, organisation_id)


def export_recipient(conn: Connection, label: str, organisation: str) -> RecipientRef:
    return repo.recipient_ref_by_name(conn, label, organisation)
