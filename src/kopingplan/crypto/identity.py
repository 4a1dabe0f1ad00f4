"""The coordinator's identity: an X.509 certificate and its private key.

The key signs briefs (PAdES) and export packages (CMS SignedData) and decrypts packages sent to
the coordinator (CMS with RSA-OAEP key transport), so one RSA-3072 key carries the key usages of
all three: digitalSignature and nonRepudiation (PDF validators require the latter), and
keyEncipherment for key transport. The private key is stored only inside the vault, as PKCS#8
DER; it never touches the disk in any other form.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

# id-kp-documentSigning (RFC 9336): tells PDF validators the key is meant to sign documents.
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")

KEY_SIZE = 3072
VALID_DAYS = 5 * 365


@dataclass(frozen=True)
class Identity:
    certificate_pem: bytes
    private_key_der: bytes

    @property
    def certificate(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.certificate_pem)

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)

    def private_key(self) -> rsa.RSAPrivateKey:
        key = serialization.load_der_private_key(self.private_key_der, password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise TypeError("the identity key is not an RSA key")
        return key


def certificate_fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 over the DER certificate, in groups of four hex digits for reading aloud."""
    digest = hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()
    return " ".join(digest[i : i + 4].upper() for i in range(0, len(digest), 4))


def create_identity(
    name: str, organisation: str, *, key_size: int = KEY_SIZE, now: datetime | None = None
) -> Identity:
    """A self-signed certificate for ``name`` at ``organisation`` and a fresh RSA key."""
    if key_size < 3072:
        raise ValueError("keys shorter than 3072 bits are not accepted")
    now = now or datetime.now(UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
        ]
    )
    public_key = key.public_key()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,  # nonRepudiation
                key_encipherment=True,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Identity(
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM),
        private_key_der=key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )
