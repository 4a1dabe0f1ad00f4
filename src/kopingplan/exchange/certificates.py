"""Recipient certificates: reading them from a file, describing them, deciding whether they serve.

A police liaison sends their X.509 certificate as PEM, DER or a PKCS#7 bundle (.p7b, often with
the issuing CA's certificates beside it). The coordinator compares the SHA-256 fingerprint, in
groups of four, with the liaison over the phone before marking it verified.

What serves: a currently valid certificate with an RSA key of at least 2048 bits. Packages are
encrypted with RSA-OAEP key transport (see :mod:`.cms`); an EC key would need key agreement
(ECDH, RFC 5753), which is not implemented, so it is refused with a message that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from kopingplan import errors
from kopingplan.crypto.identity import certificate_fingerprint
from kopingplan.exchange import errors as ex

MAX_FILE_BYTES = 1024 * 1024  # a certificate file is a few kilobytes; a bundle a few more
MIN_RSA_BITS = 2048
EXPIRY_WARNING = timedelta(days=30)

_HEX = re.compile(r"[0-9A-F]{64}")


@dataclass(frozen=True)
class CertificateInfo:
    """What the coordinator is shown about a certificate before registering or trusting it."""

    der: bytes
    subject: str
    issuer: str
    common_name: str
    organisation: str
    not_before: datetime
    not_after: datetime
    fingerprint: str  # SHA-256, groups of four upper-case hex digits
    key_description: str  # "RSA 3072", "EC secp256r1", …
    can_encrypt: bool
    can_sign: bool

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_der_x509_certificate(self.der)

    def days_left(self, now: datetime | None = None) -> int:
        return (self.not_after - (now or datetime.now(UTC))).days

    def expires_soon(self, now: datetime | None = None) -> bool:
        """True within :data:`EXPIRY_WARNING` of the end of validity (a warning, not a refusal)."""
        now = now or datetime.now(UTC)
        return now <= self.not_after <= now + EXPIRY_WARNING


# What cryptography raises for a malformed certificate: mostly ValueError, but an unknown
# X.509 version is InvalidVersion and a name attribute of the wrong ASN.1 type a TypeError
# (both found by the hypothesis tests).
_UNREADABLE = (ValueError, TypeError, x509.InvalidVersion)


def read_certificates(data: bytes) -> list[x509.Certificate]:
    """Every certificate in a PEM file (one or many), a DER file or a PKCS#7 bundle."""
    if not data or len(data) > MAX_FILE_BYTES:
        raise ex.CertificateUnreadable()
    readers = (
        (b"-----BEGIN PKCS7-----", pkcs7.load_pem_pkcs7_certificates),
        (b"-----BEGIN CERTIFICATE-----", x509.load_pem_x509_certificates),
    )
    for marker, reader in readers:
        if marker in data:
            return _attempt(reader, data)
    for der_reader in (_one_der, pkcs7.load_der_pkcs7_certificates):
        try:
            found = der_reader(data)
        except _UNREADABLE:
            continue
        if found:
            return found
    raise ex.CertificateUnreadable()


def _one_der(data: bytes) -> list[x509.Certificate]:
    return [x509.load_der_x509_certificate(data)]


def _attempt(reader: object, data: bytes) -> list[x509.Certificate]:
    try:
        found = reader(data)  # type: ignore[operator]
    except _UNREADABLE:
        raise ex.CertificateUnreadable() from None
    if not found:
        raise ex.CertificateUnreadable()
    return list(found)


def personal_certificates(certificates: list[x509.Certificate]) -> list[x509.Certificate]:
    """The end-entity certificates of a bundle: the CA certificates beside them are dropped."""
    chosen = []
    for certificate in certificates:
        try:
            constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
            is_ca = bool(constraints.value.ca)
        except x509.ExtensionNotFound:
            is_ca = False
        except ValueError:  # an extension that cannot be parsed: not a certificate to trust
            continue
        if not is_ca:
            chosen.append(certificate)
    return chosen


def _is_authority(certificate: x509.Certificate) -> bool:
    try:
        return bool(certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def choose(data: bytes, fingerprint: str | None = None) -> x509.Certificate:
    """The one personal certificate in ``data``, or the one with ``fingerprint``."""
    found = read_certificates(data)
    candidates = personal_certificates(found)
    if not candidates and found and all(_is_authority(c) for c in found):
        raise errors.CertificateIsAuthority()  # OpenSSL 3's 'req -x509' makes CA:TRUE by default
    if fingerprint is not None:
        wanted = normalise_fingerprint(fingerprint)
        candidates = [
            c for c in candidates if normalise_fingerprint(certificate_fingerprint(c)) == wanted
        ]
        if not candidates:
            raise ex.FingerprintMismatch()
    if not candidates:
        raise ex.CertificateUnreadable()
    if len(candidates) > 1:
        raise ex.CertificateAmbiguous(count=len(candidates))
    return candidates[0]


def describe(certificate: x509.Certificate) -> CertificateInfo:
    """The fields shown to the coordinator; CertificateUnreadable for a broken certificate."""
    try:
        usage: x509.KeyUsage | None
        try:
            usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
        except x509.ExtensionNotFound:
            usage = None  # no restriction
        return CertificateInfo(
            der=certificate.public_bytes(serialization.Encoding.DER),
            subject=certificate.subject.rfc4514_string(),
            issuer=certificate.issuer.rfc4514_string(),
            common_name=_attribute(certificate.subject, NameOID.COMMON_NAME),
            organisation=_attribute(certificate.subject, NameOID.ORGANIZATION_NAME),
            not_before=certificate.not_valid_before_utc,
            not_after=certificate.not_valid_after_utc,
            fingerprint=certificate_fingerprint(certificate),
            key_description=_key_description(certificate),
            can_encrypt=usage is None or usage.key_encipherment,
            can_sign=usage is None or usage.digital_signature or usage.content_commitment,
        )
    except _UNREADABLE:  # a name attribute of the wrong type, say, found only when read
        raise ex.CertificateUnreadable() from None


def check_usable(certificate: x509.Certificate, now: datetime | None = None) -> CertificateInfo:
    """Refuses a certificate Köpingplan cannot encrypt to or trust now; its description if not."""
    info = describe(certificate)
    try:
        key = certificate.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm):  # e.g. an unknown key algorithm OID
        raise ex.CertificateUnreadable() from None
    if isinstance(key, ec.EllipticCurvePublicKey):
        raise ex.CertificateKeyAgreement()
    if not isinstance(key, rsa.RSAPublicKey):
        raise ex.CertificateKeyUnsupported(kind=info.key_description)
    if key.key_size < MIN_RSA_BITS:
        raise ex.CertificateKeyTooShort(bits=key.key_size)
    check_validity(info, now)
    return info


def check_validity(info: CertificateInfo, now: datetime | None = None) -> None:
    now = now or datetime.now(UTC)
    if now < info.not_before:
        raise ex.CertificateNotYetValid(date=info.not_before.date().isoformat())
    if now > info.not_after:
        raise ex.CertificateExpired(date=info.not_after.date().isoformat())


def normalise_fingerprint(text: str) -> str:
    """64 upper-case hex digits from any usual spelling (groups of four, colons as OpenSSL
    prints them, lower case); "" when ``text`` is not a SHA-256 fingerprint."""
    digits = "".join(c for c in text.upper() if c not in " :-\t\n")
    return digits if _HEX.fullmatch(digits) else ""


def group_fingerprint(digits: str) -> str:
    """``ABCD EF01 …`` from 64 hex digits, the form read aloud over the phone."""
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _attribute(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _key_description(certificate: x509.Certificate) -> str:
    try:
        key = certificate.public_key()
    except (ValueError, TypeError, UnsupportedAlgorithm):  # e.g. an unknown key algorithm OID
        return "?"
    if isinstance(key, rsa.RSAPublicKey):
        return f"RSA {key.key_size}"
    if isinstance(key, ec.EllipticCurvePublicKey):
        return f"EC {key.curve.name}"
    if isinstance(key, ed25519.Ed25519PublicKey):
        return "Ed25519"
    if isinstance(key, ed448.Ed448PublicKey):
        return "Ed448"
    if isinstance(key, dsa.DSAPublicKey):
        return f"DSA {key.key_size}"
    return type(key).__name__
