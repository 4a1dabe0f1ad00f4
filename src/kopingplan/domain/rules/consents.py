"""The rules of a consent on file (the record and its citing rule are in domain/consent.py)."""

from __future__ import annotations

from collections.abc import Iterator

from kopingplan.domain import model
from kopingplan.domain.consent import (
    NEEDS_GUARDIAN,
    NEEDS_RECIPIENT,
    NEEDS_WITHDRAWAL_FORM,
    NEEDS_WITNESS,
    Consent,
    ConsentForm,
    ConsentGiver,
)
from kopingplan.domain.rules.engine import (
    BEFORE_CONSENT_GIVEN,
    REQUIRED,
    UNKNOWN_VALUE,
    Problem,
    register,
)


def _check(consent: Consent) -> Iterator[Problem]:
    if not consent.organisation_ids and not consent.organisation_kinds:
        yield Problem("organisation_ids", NEEDS_RECIPIENT)
    kinds = {k.value for k in model.OrganisationKind}
    if any(k not in kinds for k in consent.organisation_kinds):
        yield Problem("organisation_kinds", UNKNOWN_VALUE)
    if not consent.purposes:
        yield Problem("purposes", REQUIRED)
    giver = ConsentGiver(consent.given_by) if consent.given_by in set(ConsentGiver) else None
    if giver in (ConsentGiver.GUARDIAN, ConsentGiver.BOTH) and not consent.guardian.strip():
        yield Problem("guardian", NEEDS_GUARDIAN)
    if consent.form == ConsentForm.ORAL and not consent.witness.strip():
        yield Problem("witness", NEEDS_WITNESS)
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        yield Problem("valid_until", BEFORE_CONSENT_GIVEN)
    if consent.withdrawn_on is not None:
        if consent.withdrawn_on < consent.given_on:
            yield Problem("withdrawn_on", BEFORE_CONSENT_GIVEN)
        if consent.withdrawal_form is None:
            yield Problem("withdrawal_form", NEEDS_WITHDRAWAL_FORM)
    elif consent.withdrawal_form is not None or consent.withdrawal_note:
        yield Problem("withdrawn_on", REQUIRED)


# Given and withdrawn have happened (not after today); valid_until is a day to come.
register(Consent, "recorded_by", "guardian witness recorded_by", _check, "given_on withdrawn_on")
