"""The recipients registry, the list of legal bases, and the disclosure log."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime

from cryptography import x509

from kopingplan import errors, files
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.exchange import certificates
from kopingplan.exchange import errors as ex
from kopingplan.exchange import legal_bases as legal
from kopingplan.exchange.legal_bases import LegalBasis
from kopingplan.services.session import Session
from kopingplan.storage import audit, identities, reading
from kopingplan.storage.repositories import exchange as repo

RecipientRow = repo.RecipientRow
CertificateInfo = certificates.CertificateInfo

LEGAL_BASES_SETTING = "exchange.legal_bases"


def now_or(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def required(name: str, value: str) -> str:
    if not value.strip():
        raise errors.InvalidInput(name, rules.REQUIRED)
    return value.strip()


# --- Legal bases --------------------------------------------------------------------------------


def legal_bases(session: Session) -> list[LegalBasis]:
    return legal.from_json(reading.run(session, identities.get_setting, LEGAL_BASES_SETTING))


def set_legal_bases(session: Session, bases: Sequence[LegalBasis]) -> None:
    """Replaces the list (the lawyer's edit). Earlier disclosures keep the title they cite."""
    legal.validate(bases)
    with session.vault.transaction() as conn:
        identities.set_setting(conn, LEGAL_BASES_SETTING, legal.to_json(bases))
        audit.append(conn, session.actor, "exchange.legal_bases", details={"count": len(bases)})


# --- Recipients ---------------------------------------------------------------------------------


def read_certificate_file(path: str | os.PathLike[str]) -> bytes:
    """A certificate file's bytes (PEM, DER or PKCS#7), refused before reading if it is not a
    regular file of at most :data:`kopingplan.files.CERTIFICATE_LIMIT`."""
    return files.read_input(path, files.CERTIFICATE_LIMIT)


def inspect_certificates(data: bytes) -> list[CertificateInfo]:
    """The personal certificates in a file, for the coordinator to look at before adding one.
    Usability is not checked here (see :func:`add_recipient`)."""
    return [
        certificates.describe(c)
        for c in certificates.personal_certificates(certificates.read_certificates(data))
    ]


def add_recipient(
    session: Session,
    data: bytes,
    *,
    name: str = "",
    organisation: str = "",
    fingerprint: str | None = None,
    now: datetime | None = None,
) -> RecipientRow:
    """Registers a certificate (unverified). ``name`` and ``organisation`` default to the
    certificate's common name and organisation; ``fingerprint`` picks one from a bundle."""
    chosen = certificates.choose(data, fingerprint)
    info = certificates.check_usable(chosen, now_or(now))
    name = required("name", name or info.common_name)
    organisation = (organisation or info.organisation).strip()
    for field_name, value in (("name", name), ("organisation", organisation)):
        if any(c in value for c in "\r\n\t"):
            raise errors.InvalidInput(field_name, rules.NOT_ONE_LINE)
    with session.vault.transaction() as conn:
        existing = repo.recipient_by_fingerprint(conn, info.fingerprint)
        if existing is not None:
            raise ex.RecipientExists(id=existing.id)
        new_id = repo.insert_recipient(
            conn,
            repo.NewRecipient(
                name=name,
                organisation=organisation,
                certificate_der=info.der,
                fingerprint=info.fingerprint,
                subject=info.subject,
                issuer=info.issuer,
                not_before=info.not_before,
                not_after=info.not_after,
                added_at=now_or(now),
                added_by=session.actor,
            ),
        )
        audit.append(
            conn, session.actor, "recipients.create", "recipients", new_id,
            {"fingerprint": info.fingerprint},
        )  # fmt: skip
        return repo.recipient(conn, new_id)


def verify_recipient(
    session: Session, recipient_id: int, fingerprint: str, *, now: datetime | None = None
) -> RecipientRow:
    """Marks a recipient verified once the fingerprint read out by its holder matches."""
    with session.vault.transaction() as conn:
        row = repo.recipient(conn, recipient_id)
        given = certificates.normalise_fingerprint(fingerprint)
        if not given or given != certificates.normalise_fingerprint(row.fingerprint):
            raise ex.FingerprintMismatch()
        if not row.verified:
            repo.mark_verified(conn, recipient_id, now_or(now), session.actor)
            audit.append(
                conn, session.actor, "recipients.verify", "recipients", recipient_id,
                {"fingerprint": row.fingerprint},
            )  # fmt: skip
        return repo.recipient(conn, recipient_id)


list_recipients = reading.query(repo.recipients)


def describe_recipient(row: RecipientRow) -> CertificateInfo:
    return certificates.describe(x509.load_der_x509_certificate(row.certificate_der))


def expiring_recipients(session: Session, *, now: datetime | None = None) -> list[RecipientRow]:
    """Recipients whose certificate ends within 30 days (or has ended): warn at unlock."""
    limit = now_or(now) + certificates.EXPIRY_WARNING
    return [r for r in list_recipients(session) if r.not_after <= limit]


def find_recipient(session: Session, text: str) -> RecipientRow:
    """A recipient by number, fingerprint (any spelling) or name (``--to`` on the command line)."""
    with session.vault.read() as conn:
        text = text.strip()
        if text.isdigit():
            return repo.recipient(conn, int(text))
        digits = certificates.normalise_fingerprint(text)
        if digits:
            found = repo.recipient_by_fingerprint(conn, certificates.group_fingerprint(digits))
            if found is None:
                raise errors.NotFound(kind=repo.RECIPIENT_KIND, id=text)
            return found
        wanted = text.casefold()
        matches = [
            r for r in repo.recipients(conn) if wanted in (r.name.casefold(), r.label.casefold())
        ]
        if len(matches) > 1:
            raise ex.RecipientAmbiguous(text=text)
        if not matches:
            raise errors.NotFound(kind=repo.RECIPIENT_KIND, id=text)
        return matches[0]


class RecipientCertificateExpired(ex.CertificateExpired):
    """A chosen recipient's certificate ended (between choosing and making, say): named."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate of {name} expired on {date}. Nothing can be encrypted to it; leave the "
        "recipient out, or ask them for their current certificate.",
    )


def usable(row: RecipientRow, now: datetime) -> x509.Certificate:
    """The recipient's certificate, if a package may be encrypted to it now."""
    if not row.verified:
        raise ex.RecipientNotVerified(name=row.label)
    certificate = x509.load_der_x509_certificate(row.certificate_der)
    try:
        info = certificates.check_usable(certificate, now)
    except ex.CertificateExpired as error:
        raise RecipientCertificateExpired(name=row.label, **error.params) from None
    if not info.can_encrypt:
        raise ex.CertificateNotForEncryption(name=row.label)
    return certificate


# --- The disclosure log -------------------------------------------------------------------------


# The disclosure log, newest first, filtered by period [since, until), recipient (a part
# of the name or the exact fingerprint), case, the person it is about and channel.
disclosures = reading.query(repo.disclosures)


disclosure_count = reading.query(repo.disclosure_count)
