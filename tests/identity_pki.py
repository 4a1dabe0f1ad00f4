"""A fictional organisation CA and the PKCS#12 identities it issues, for the import tests.

Root CA → issuing CA → the coordinator, as a municipality's own PKI would have it. Keys are
RSA-2048 (the shortest accepted) and made once per test session: generating them is slow.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

P12_PASSWORD = "Utfärdat-av-IT 2026!"
COORDINATOR = "Anna Lindqvist"
MUNICIPALITY = "Köpings kommun"
# The unit tells the issued certificate from the self-signed one of the same person in
# reports that show only names (pdfsig).
UNIT = "Kommunledningskontoret"

SIGNING_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=True,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)
_CA_USAGE = x509.KeyUsage(
    digital_signature=False,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=True,
    crl_sign=True,
    encipher_only=False,
    decipher_only=False,
)


@dataclass(frozen=True)
class Pki:
    root: x509.Certificate
    root_key: rsa.RSAPrivateKey
    issuing: x509.Certificate
    issuing_key: rsa.RSAPrivateKey

    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)


def name(common_name: str, unit: str = "") -> x509.Name:
    parts = [
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, MUNICIPALITY),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
    ]
    if unit:
        parts.insert(1, x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    return x509.Name(parts)


def rsa_key(bits: int = 2048, slot: int = 0) -> rsa.RSAPrivateKey:
    """One key per (size, slot): tests that need two different keys ask for two slots."""
    return _rsa_key(bits, slot)


@functools.cache
def _rsa_key(bits: int, slot: int) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def issue(
    subject: x509.Name,
    public_key: Any,
    issuer: x509.Name,
    issuer_key: Any,
    *,
    ca: bool = False,
    usage: x509.KeyUsage | None = SIGNING_USAGE,
    not_before: datetime | None = None,
    days: int = 365,
) -> x509.Certificate:
    start = not_before or datetime.now(UTC) - timedelta(days=1)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if ca:
        builder = builder.add_extension(_CA_USAGE, critical=True)
    elif usage is not None:
        builder = builder.add_extension(usage, critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


@functools.cache
def organisation_pki() -> Pki:
    root_key = rsa_key(2048, slot=100)
    root_name = name("Köpings kommun Rot-CA")
    root = issue(root_name, root_key.public_key(), root_name, root_key, ca=True, days=3650)
    issuing_key = rsa_key(2048, slot=101)
    issuing = issue(name("Köpings kommun Utfärdande CA"), issuing_key.public_key(), root.subject,
                    root_key, ca=True, days=1825)  # fmt: skip
    return Pki(root, root_key, issuing, issuing_key)


def coordinator_certificate(key: Any, **options: Any) -> x509.Certificate:
    pki = organisation_pki()
    return issue(name(COORDINATOR, UNIT), key.public_key(), pki.issuing.subject, pki.issuing_key,
                 **options)  # fmt: skip


def p12(
    key: Any = None,
    certificate: x509.Certificate | None = None,
    *,
    chain: bool = True,
    password: str = P12_PASSWORD,
) -> bytes:
    """A PKCS#12 file as an organisation's CA hands it out: key, certificate and CA chain."""
    key = rsa_key() if key is None else key
    certificate = certificate or coordinator_certificate(key)
    pki = organisation_pki()
    return pkcs12.serialize_key_and_certificates(
        b"samordnare",
        key,
        certificate,
        [pki.issuing, pki.root] if chain else None,
        serialization.BestAvailableEncryption(password.encode())
        if password
        else serialization.NoEncryption(),
    )


def ec_p12() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    return p12(key, coordinator_certificate(key))


def openssl_p12(folder: Path, password: str = P12_PASSWORD) -> bytes:
    """The same kind of identity made by ``openssl pkcs12 -export``, as an IT department would.
    The password goes through the environment, not argv."""
    openssl = shutil.which("openssl")
    if openssl is None:
        import pytest

        pytest.skip("openssl is not installed")
    key = rsa_key(2048, slot=2)
    certificate = coordinator_certificate(key)
    pki = organisation_pki()
    key_file, cert_file, chain_file, out = (
        folder / n for n in ("key.pem", "cert.pem", "chain.pem", "id.p12")
    )
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    chain_file.write_bytes(
        b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (pki.issuing, pki.root))
    )
    subprocess.run(
        [openssl, "pkcs12", "-export", "-inkey", str(key_file), "-in", str(cert_file),
         "-certfile", str(chain_file), "-name", "samordnare", "-out", str(out),
         "-passout", "env:P12_PASSWORD"],
        env={**os.environ, "P12_PASSWORD": password},
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    key_file.unlink()
    return out.read_bytes()
