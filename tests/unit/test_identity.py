"""The coordinator's certificate: usable for PDF signatures and CMS key transport."""

from __future__ import annotations

import re

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kopingplan.crypto.identity import DOCUMENT_SIGNING, certificate_fingerprint

from support import shared_identity


def test_certificate_names_the_coordinator_and_the_organisation() -> None:
    certificate = shared_identity().certificate
    assert certificate.subject.rfc4514_string() == "C=SE,O=Köpings kommun,CN=Anna Lindqvist"
    assert certificate.issuer == certificate.subject


def test_key_usages_fit_signing_and_key_transport() -> None:
    certificate = shared_identity().certificate
    usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and usage.key_encipherment
    assert not usage.key_cert_sign
    extended = certificate.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert DOCUMENT_SIGNING in list(extended)


def test_key_is_rsa_3072_and_matches_the_certificate() -> None:
    identity = shared_identity()
    key = identity.private_key()
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size >= 3072
    signature = key.sign(b"brief", padding.PKCS1v15(), hashes.SHA256())
    public = identity.certificate.public_key()
    assert isinstance(public, rsa.RSAPublicKey)
    public.verify(signature, b"brief", padding.PKCS1v15(), hashes.SHA256())


def test_fingerprint_reads_in_groups_of_four() -> None:
    fingerprint = certificate_fingerprint(shared_identity().certificate)
    assert re.fullmatch(r"([0-9A-F]{4} ){15}[0-9A-F]{4}", fingerprint)
