"""Importing an organisation-issued PKCS#12 identity to sign briefs and open packages with.

The first identity of a vault is self-signed: a recipient can only trust it by comparing its
fingerprint. An organisation that runs its own CA issues the coordinator a certificate and key
as a PKCS#12 file (.p12/.pfx); imported here, it becomes the active identity and the
self-signed one is kept, inactive, because briefs it signed must still verify and packages
encrypted to its certificate before the switch must still open.

What is refused, with nothing changed: a file that is not PKCS#12, a wrong password, a file
without a private key or whose key does not belong to its certificate, a certificate that is
not valid now, one without the digitalSignature and nonRepudiation key usages (PDF validators
require the latter on a signing certificate), and any key but RSA of at least 2048 bits.
PAdES would sign with an EC key, but packages reach the coordinator by RSA-OAEP key transport
(see :mod:`kopingplan.exchange.cms`), which an EC key cannot decrypt.

The PKCS#12 password opens the file in memory and is then dropped: it is never stored, logged
or audited. The private key is stored like the self-signed one, as PKCS#8 DER inside the
encrypted vault. The CA certificates that came with it are stored beside it (see
:mod:`kopingplan.storage.identity_records`) and embedded in every signature, so a recipient who
trusts the organisation's CA can validate a brief without being sent anything else.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from kopingplan import errors, files
from kopingplan.crypto.identity import Identity
from kopingplan.exchange import certificates
from kopingplan.exchange import errors as ex
from kopingplan.services.pending_outputs import recorded_output
from kopingplan.services.session import OWNER_NAME, OWNER_ORGANISATION, Session
from kopingplan.storage import audit, identities, identity_records, reading

if TYPE_CHECKING:
    # pyHanko costs ~0.5 s and tens of MB to import; the GUI imports this module at unlock.
    from kopingplan.briefs.sign import BriefSigner

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

SOURCE_SELF_SIGNED = "self_signed"
SOURCE_PKCS12 = "pkcs12"
MIN_RSA_BITS = certificates.MIN_RSA_BITS
MAX_FILE_BYTES = files.PKCS12_LIMIT  # a PKCS#12 file with a key and a chain: a few kilobytes

# Key usage names as RFC 5280 spells them, in the order they are listed.
DIGITAL_SIGNATURE = "digitalSignature"
NON_REPUDIATION = "nonRepudiation"
_USAGES = (
    (DIGITAL_SIGNATURE, "digital_signature"),
    (NON_REPUDIATION, "content_commitment"),
    ("keyEncipherment", "key_encipherment"),
    ("dataEncipherment", "data_encipherment"),
    ("keyAgreement", "key_agreement"),
    ("keyCertSign", "key_cert_sign"),
    ("cRLSign", "crl_sign"),
)
REQUIRED_USAGES = (DIGITAL_SIGNATURE, NON_REPUDIATION)


# --- Refusals ------------------------------------------------------------------------------------


class NotPkcs12(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is not a PKCS#12 identity (.p12 or .pfx), or it is damaged. Nothing was "
        "changed; ask the issuer for the file again.",
    )


class WrongPkcs12Password(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The password does not open the PKCS#12 file (or the file is damaged). Nothing was "
        "changed; check the password the issuer gave you.",
    )


class NoCertificate(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The PKCS#12 file holds no personal certificate. Nothing was changed; ask the issuer "
        "for a file with your certificate and its private key.",
    )


class NoPrivateKey(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The PKCS#12 file holds no private key, so nothing can be signed with it. Nothing was "
        "changed; ask the issuer for a file with your certificate and its private key.",
    )


class KeyMismatch(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The private key in the PKCS#12 file does not belong to its certificate. Nothing was "
        "changed; ask the issuer for a correct file.",
    )


class IdentityNotYetValid(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate is valid only from {date}. Nothing was changed; import it from that "
        "day on, or check the computer's clock.",
    )


class IdentityExpired(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate expired on {date}. Nothing was changed; ask the issuer for a new one.",
    )


class MissingKeyUsage(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate lacks the key usage {usages}, which signing briefs requires (PDF "
        "validators need nonRepudiation on a signing certificate). Nothing was changed; ask "
        "the issuer for a signing certificate.",
    )


class EcKeyRefused(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate has an elliptic-curve key ({kind}). It could sign briefs, but packages "
        "from the police liaison are encrypted with RSA-OAEP, which only an RSA key can open. "
        "Nothing was changed; ask the issuer for an RSA key of at least 2048 bits.",
    )


class KeyTypeRefused(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate's key ({kind}) cannot be used: Köpingplan needs an RSA key of at least "
        "2048 bits to sign briefs and open packages. Nothing was changed.",
    )


class KeyTooShort(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate's RSA key has only {bits} bits; at least 2048 are needed. Nothing was "
        "changed; ask the issuer for a longer key.",
    )


class AlreadyActive(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This certificate is already your active signing identity (fingerprint {fingerprint}). "
        "Nothing was changed.",
    )


class Pkcs12TooLarge(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file is too large to be a PKCS#12 identity. Nothing was changed; check that you "
        "chose the right file.",
    )


# --- What the coordinator is shown ------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Pkcs12Info(certificates.CertificateInfo):
    """The facts of a PKCS#12 identity, shown before it is imported: its certificate as any
    certificate is described (subject, issuer, validity, fingerprint, "RSA 3072"), and what
    only the file tells. No key material."""

    key_type: str  # "RSA", "EC", …
    key_size: int  # bits
    key_usages: tuple[str, ...]  # RFC 5280 names; empty when the extension is missing
    chain_length: int  # CA certificates carried beside the personal certificate


@dataclass(frozen=True, kw_only=True)
class IdentityEntry(certificates.CertificateInfo):
    """One identity of the vault, for the history lists: its certificate as any certificate is
    described, and where it came from."""

    source: str  # SOURCE_SELF_SIGNED or SOURCE_PKCS12
    since: datetime  # when it was made or imported in this vault
    active: bool
    chain_length: int


@dataclass(frozen=True)
class _Loaded:
    certificate: x509.Certificate
    key: object
    chain: tuple[x509.Certificate, ...]


def inspect_pkcs12(data: bytes, password: str) -> Pkcs12Info:
    """Opens a PKCS#12 file in memory and describes it; refuses what cannot be read at all.

    Whether it can serve (validity, key usages, key type) is :func:`check_usable`'s question,
    so a preview can show the facts beside the reason it is refused."""
    return _describe(_load(data, password))


def check_usable(session: Session, info: Pkcs12Info, now: datetime | None = None) -> None:
    """Raises the first reason ``info`` cannot become this vault's identity now."""
    now = now or datetime.now(UTC)
    if info.key_type == "EC":
        raise EcKeyRefused(kind=info.key_description)
    if info.key_type != "RSA":
        raise KeyTypeRefused(kind=info.key_description)
    if info.key_size < MIN_RSA_BITS:
        raise KeyTooShort(bits=info.key_size)
    if now < info.not_before:
        raise IdentityNotYetValid(date=info.not_before.date().isoformat())
    if now > info.not_after:
        raise IdentityExpired(date=info.not_after.date().isoformat())
    missing = [usage for usage in REQUIRED_USAGES if usage not in info.key_usages]
    if missing:
        raise MissingKeyUsage(usages=", ".join(missing))
    if info.fingerprint == active_identity(session).fingerprint:
        raise AlreadyActive(fingerprint=info.fingerprint)


def import_pkcs12(
    session: Session, data: bytes, password: str, *, now: datetime | None = None
) -> Pkcs12Info:
    """Makes the PKCS#12 identity the active one; the one before stays, inactive. Audited
    with fingerprints only."""
    loaded = _load(data, password)
    info = _describe(loaded)
    check_usable(session, info, now)
    identity = Identity(
        certificate_pem=loaded.certificate.public_bytes(serialization.Encoding.PEM),
        private_key_der=loaded.key.private_bytes(  # type: ignore[attr-defined]
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
    chain = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in loaded.chain)
    with session.vault.transaction() as conn:
        previous = identities.active(conn)
        identity_id = identities.store(conn, identity, SOURCE_PKCS12)
        if chain:
            identity_records.store_chain(conn, info.fingerprint, chain)
        details = {
            "fingerprint": info.fingerprint,
            "replaced": previous.fingerprint if previous else "",
            "chain": info.chain_length,
        }
        audit.append(conn, session.actor, "identity.import", "identities", identity_id, details)
    return info


# --- The vault's identities -------------------------------------------------------------------


def owner_words(session: Session) -> tuple[str, str]:
    """The coordinator's name and organisation: what a passphrase must not be built on."""
    with session.vault.read() as conn:
        return (
            identities.get_setting(conn, OWNER_NAME) or "",
            identities.get_setting(conn, OWNER_ORGANISATION) or "",
        )


def active_identity(session: Session) -> Identity:
    """The identity briefs are signed with and packages opened with now."""
    found = reading.run(session, identities.active)
    if found is None:
        raise errors.NotFound(kind="identity", id=0)
    return found


def own_certificates(session: Session) -> list[x509.Certificate]:
    """The active and every earlier identity's certificate, active first."""
    return [
        x509.load_pem_x509_certificate(pem)
        for pem in reading.run(session, identities.all_certificates)
    ]


def export_certificate(session: Session, destination: Path, *, overwrite: bool = True) -> None:
    """Writes the public certificate (PEM) where the coordinator chose, readable by all. Only
    a regular file is written; ``overwrite=False`` refuses an existing one.

    Logged first, as every file that leaves the vault (:func:`recorded_output`): the data is
    public, but the access log is the data protection officer's record of what left the vault,
    so no certificate is there without its row."""
    identity = active_identity(session)
    pem, details = identity.certificate_pem, {"fingerprint": identity.fingerprint}
    with recorded_output(session, destination, pem, overwrite=overwrite, mode=0o644) as conn:
        audit.append(conn, session.actor, "identity.export_certificate", details=details)


def history(session: Session) -> list[IdentityEntry]:
    """The active identity, then the earlier ones, newest first."""
    with session.vault.read() as conn:
        entries = []
        for row in identity_records.history(conn):
            certificate = x509.load_pem_x509_certificate(row.certificate_pem)
            chain = identity_records.chain_pem(conn, row.fingerprint)
            entries.append(
                IdentityEntry(
                    **asdict(certificates.describe(certificate)),
                    source=row.source,
                    since=datetime.fromisoformat(row.created_at),
                    active=row.active,
                    chain_length=len(x509.load_pem_x509_certificates(chain)) if chain else 0,
                )
            )
        return entries


def active_chain(session: Session) -> list[x509.Certificate]:
    """The CA certificates of the active identity ([] for a self-signed one)."""
    pem = reading.run(session, identity_records.chain_pem, active_identity(session).fingerprint)
    return x509.load_pem_x509_certificates(pem) if pem else []


def brief_signer(session: Session) -> BriefSigner:
    """The active identity, ready to sign briefs, with its CA chain to embed."""
    from kopingplan.briefs.sign import BriefSigner

    identity = active_identity(session)
    return BriefSigner.from_identity(identity, chain=active_chain(session))


def decrypt_package(session: Session, data: bytes) -> bytes:
    """The content of a package addressed to any of the vault's identities, active first: a
    sender may still encrypt to the certificate the coordinator had before an import."""
    # CMS (asn1crypto, ~4 MB) only when a package is read: the GUI imports this module at
    # start-up, and the main window carried it.
    from kopingplan.exchange import cms

    candidates = reading.run(session, identity_records.all_identities)
    first_refusal: ex.NotAddressedToUs | None = None
    for identity in candidates:
        try:
            return cms.decrypt(data, identity.certificate, identity.private_key())
        except ex.NotAddressedToUs as refusal:
            first_refusal = first_refusal or refusal
    if first_refusal is None:  # a vault without identity: active_identity's refusal
        raise errors.NotFound(kind="identity", id=0)
    raise first_refusal


# --- Reading the file ----------------------------------------------------------------------------


def read_pkcs12_file(path: str | os.PathLike[str]) -> bytes:
    """The PKCS#12 file's bytes, refused before reading if it is not a regular file of at
    most :data:`MAX_FILE_BYTES` (a :class:`kopingplan.files.FileError`)."""
    return files.read_input(path, MAX_FILE_BYTES)


def _load(data: bytes, password: str) -> _Loaded:
    if len(data) > MAX_FILE_BYTES:
        raise Pkcs12TooLarge()
    # asn1crypto only when a file is read. Its tsp module before any attribute is parsed:
    # see the import of tsp in kopingplan.exchange.cms (brief signing needs it).
    from asn1crypto import pkcs12 as asn1_pkcs12
    from asn1crypto import tsp as _tsp  # noqa: F401

    try:
        asn1_pkcs12.Pfx.load(data, strict=True).native  # noqa: B018 - parses every part
    except (ValueError, TypeError, KeyError):
        raise NotPkcs12() from None
    parsed = _open(data, password)
    others = [c.certificate for c in parsed.additional_certs]
    if parsed.cert is None:
        # OpenSSL pairs the key with the certificate it belongs to: a personal certificate
        # left unpaired beside a key is somebody else's, and without a key nothing is paired.
        personal = [c for c in others if not _is_ca(c)]
        if personal and parsed.key is not None:
            raise KeyMismatch()
        if personal:
            raise NoPrivateKey()
        raise NoCertificate()
    if parsed.key is None:
        raise NoPrivateKey()
    certificate = parsed.cert.certificate
    if _public_der(parsed.key.public_key()) != _public_der(certificate.public_key()):
        raise KeyMismatch()
    return _Loaded(certificate, parsed.key, _issuer_first(certificate, others))


def _open(data: bytes, password: str) -> pkcs12.PKCS12KeyAndCertificates:
    """An empty password is written either as no password or as an empty one: try both."""
    attempts = [password.encode("utf-8")] if password else [None, b""]
    for attempt in attempts:
        try:
            return pkcs12.load_pkcs12(data, attempt)
        except ValueError:
            continue
        except UnsupportedAlgorithm:
            raise NotPkcs12() from None
    raise WrongPkcs12Password()


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _public_der(key: object) -> bytes:
    return key.public_bytes(  # type: ignore[attr-defined, no-any-return]
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _issuer_first(
    certificate: x509.Certificate, chain: Sequence[x509.Certificate]
) -> tuple[x509.Certificate, ...]:
    """The chain in path order (issuer of the certificate, its issuer, …), then the rest."""
    remaining = list(chain)
    ordered: list[x509.Certificate] = []
    current = certificate
    while True:
        found = next((c for c in remaining if c.subject == current.issuer), None)
        if found is None:
            break
        ordered.append(found)
        remaining.remove(found)
        if found.subject == found.issuer:
            break
        current = found
    return tuple(ordered + remaining)


def _describe(loaded: _Loaded) -> Pkcs12Info:
    certificate = loaded.certificate
    described = certificates.describe(certificate)
    key = loaded.key
    if isinstance(key, rsa.RSAPrivateKey):
        key_type, key_size = "RSA", key.key_size
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        key_type, key_size = "EC", key.key_size
    else:
        key_type = type(key).__name__.removesuffix("PrivateKey")
        key_size = int(getattr(key, "key_size", 0))
    return Pkcs12Info(
        **asdict(described),
        key_type=key_type,
        key_size=key_size,
        key_usages=_key_usages(certificate),
        chain_length=len(loaded.chain),
    )


def _key_usages(certificate: x509.Certificate) -> tuple[str, ...]:
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return ()
    return tuple(name for name, attribute in _USAGES if getattr(usage, attribute))
