"""Consent on file (samtycke, OSL 12 kap. 2 §) and the rule for citing it.

A consent belongs to one case. It says who gave it (the person the case is about, a guardian for
a child, or both), to which recipients it reaches (named organisations of the registry, or every
organisation of a kind: "the police"), for which purposes, how it was given (in writing, or
orally with a witness), when, until when, and whether it was withdrawn. Consent is the
individual's: it reaches no further than what it names, and a withdrawal ends it from that day.

:func:`refusal` is the one rule every way information leaves applies when a disclosure cites
consent as its legal basis: a valid consent of the case must name the recipient (or its kind)
and the purpose on the day of the disclosure. The service turns a refusal into a typed error;
nothing is written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kopingplan.domain import model
from kopingplan.errors import QT_TRANSLATE_NOOP

# The legal basis that is consent, by its stable code in exchange/legal_bases.py (the lawyer may
# retitle it, not recode it).
CONSENT_BASIS_CODE = "osl-12-2"

# In the words of the consent form's two lists ("Recipient organisations", "Kinds of
# recipient"), so the message names what the form shows.
NEEDS_RECIPIENT = QT_TRANSLATE_NOOP(
    "Errors", "must name a recipient organisation or a kind of recipient"
)
NEEDS_GUARDIAN = QT_TRANSLATE_NOOP("Errors", "must name the guardian who gave the consent")
NEEDS_WITNESS = QT_TRANSLATE_NOOP("Errors", "must name who witnessed an oral consent")
NEEDS_WITHDRAWAL_FORM = QT_TRANSLATE_NOOP("Errors", "must say how the consent was withdrawn")


class ConsentGiver(StrEnum):
    """Who gave the consent."""

    SUBJECT = "subject"  # the person the case is about
    GUARDIAN = "guardian"  # a guardian (vårdnadshavare) for a child
    BOTH = "both"


class ConsentForm(StrEnum):
    """How a consent was given or withdrawn."""

    WRITTEN = "written"
    ORAL = "oral"


class ConsentState(StrEnum):
    """A consent on a given day."""

    NOT_YET = "not_yet"  # given later than that day
    VALID = "valid"
    EXPIRED = "expired"  # its last day has passed
    WITHDRAWN = "withdrawn"


@dataclass
class Consent:
    """A consent on file for one case. Never deleted by hand: a withdrawal is recorded on it, and
    it goes with its case (retention)."""

    case_id: int
    given_by: ConsentGiver
    purposes: tuple[str, ...]  # one line each; a disclosure's purpose must be one of them
    given_on: date
    form: ConsentForm
    recorded_at: datetime
    recorded_by: str
    organisation_ids: tuple[int, ...] = ()
    organisation_kinds: tuple[str, ...] = ()  # model.OrganisationKind values
    guardian: str = ""  # the guardian's name, when a guardian gave it
    witness: str = ""  # who witnessed an oral consent
    valid_until: date | None = None  # its last day; None: until withdrawn
    withdrawn_on: date | None = None  # from this day it no longer holds
    withdrawal_form: ConsentForm | None = None
    withdrawal_note: str = ""
    id: int | None = None

    def state(self, on: date) -> ConsentState:
        if self.withdrawn_on is not None and on >= self.withdrawn_on:
            return ConsentState.WITHDRAWN
        if on < self.given_on:
            return ConsentState.NOT_YET
        if self.valid_until is not None and on > self.valid_until:
            return ConsentState.EXPIRED
        return ConsentState.VALID

    def names_recipient(self, organisation_id: int | None, kind: str | None) -> bool:
        return (organisation_id is not None and organisation_id in self.organisation_ids) or (
            kind is not None and kind in self.organisation_kinds
        )

    def names_purpose(self, purpose: str) -> bool:
        wanted = purpose_key(purpose)
        return any(purpose_key(p) == wanted for p in self.purposes)


def purpose_key(text: str) -> str:
    """Purposes compare with case, spacing and Unicode form ignored, nothing else."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


# --- Citing consent ----------------------------------------------------------------------------


class Refusal(StrEnum):
    """Why consent cannot be cited for one case and one recipient."""

    MISSING = "missing"  # the case has no consent on file at all
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    NOT_YET = "not_yet"
    RECIPIENT = "recipient"  # valid consents, none naming this recipient or its kind
    PURPOSE = "purpose"  # valid consents naming the recipient, none for this purpose


@dataclass(frozen=True)
class RecipientRef:
    """A recipient as consent sees it: an organisation of the registry (id and kind), or none
    when the recipient is not in the registry (then no consent can name it)."""

    label: str
    organisation_id: int | None = None
    kind: str | None = None

    @property
    def organisation_kind(self) -> model.OrganisationKind | None:
        """The kind as a disclosure records it (``Disclosure.recipient_kind``)."""
        return None if not self.kind else model.OrganisationKind(self.kind)


def refusal(
    consents: Iterable[Consent], recipient: RecipientRef, purpose: str, on: date
) -> Refusal | None:
    """None when a consent valid on ``on`` names the recipient (or its kind) and the purpose;
    otherwise the most telling reason it does not: a consent that would have covered it but was
    withdrawn or has expired says so, rather than "missing"."""
    consents = list(consents)
    if not consents:
        return Refusal.MISSING
    fitting = [
        c
        for c in consents
        if c.names_recipient(recipient.organisation_id, recipient.kind) and c.names_purpose(purpose)
    ]
    if any(c.state(on) == ConsentState.VALID for c in fitting):
        return None
    for state, reason in (
        (ConsentState.WITHDRAWN, Refusal.WITHDRAWN),
        (ConsentState.EXPIRED, Refusal.EXPIRED),
        (ConsentState.NOT_YET, Refusal.NOT_YET),
    ):
        if any(c.state(on) == state for c in fitting):
            return reason
    valid = [c for c in consents if c.state(on) == ConsentState.VALID]
    if any(c.names_recipient(recipient.organisation_id, recipient.kind) for c in valid):
        return Refusal.PURPOSE
    return Refusal.RECIPIENT


def first_refusal(
    consents_by_case: Mapping[int, Sequence[Consent]],
    recipients: Sequence[RecipientRef],
    purpose: str,
    on: date,
) -> tuple[int, RecipientRef, Refusal] | None:
    """The first (case, recipient) pair that consent does not cover, or None: every case of
    the disclosure needs its own consent for every recipient."""
    for case_id, consents in consents_by_case.items():
        for recipient in recipients:
            reason = refusal(consents, recipient, purpose, on)
            if reason is not None:
                return case_id, recipient, reason
    return None
