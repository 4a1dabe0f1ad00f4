"""Recipient certificates: every usual file form reads, the fingerprint is what OpenSSL prints,
and certificates Köpingplan cannot serve are refused with a message that says why."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from test_exchange_fixtures import NOW, certificate, der, ec_key, openssl, police_identity

from kopingplan.exchange import certificates
from kopingplan.exchange import errors as ex


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def test_pem_der_and_pkcs7_give_the_same_certificate() -> None:
    police = police_identity().certificate
    bundle_pem = pkcs7.serialize_certificates([police], serialization.Encoding.PEM)
    bundle_der = pkcs7.serialize_certificates([police], serialization.Encoding.DER)
    for data in (_pem(police), der(police), bundle_pem, bundle_der, b"\r\n" + _pem(police)):
        assert certificates.choose(data) == police


def test_a_bundle_with_the_issuing_ca_yields_the_personal_certificate() -> None:
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = certificate(ca_key, name="Polisens CA", ca=True)
    leaf_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = certificate(leaf_key, name="Kontaktpolis", issuer_key=ca_key, issuer_name=ca.subject)
    for encoding in (serialization.Encoding.PEM, serialization.Encoding.DER):
        bundle = pkcs7.serialize_certificates([ca, leaf], encoding)
        assert certificates.choose(bundle) == leaf
    assert certificates.choose(_pem(ca) + _pem(leaf)) == leaf


def test_two_personal_certificates_need_a_fingerprint_to_choose() -> None:
    first, second = certificate(name="Ett"), certificate(ec_key(), name="Två")
    both = _pem(first) + _pem(second)
    with pytest.raises(ex.CertificateAmbiguous) as caught:
        certificates.choose(both)
    assert caught.value.params["count"] == 2
    wanted = certificates.describe(second).fingerprint.lower().replace(" ", ":")
    assert certificates.choose(both, wanted) == second
    with pytest.raises(ex.FingerprintMismatch):
        certificates.choose(both, "AB" * 32)


@pytest.mark.parametrize(
    "junk",
    [b"", b"hello", b"-----BEGIN CERTIFICATE-----\nnonsense\n-----END CERTIFICATE-----\n",
     b"\x30\x03\x02\x01\x01", b"\x00" * (2 * 1024 * 1024)],
    ids=["empty", "text", "broken-pem", "other-der", "too-large"],
)  # fmt: skip
def test_a_file_that_is_no_certificate_is_refused(junk: bytes) -> None:
    with pytest.raises(ex.CertificateUnreadable):
        certificates.choose(junk)


def test_a_certificate_of_an_unknown_x509_version_is_refused() -> None:
    """cryptography raises InvalidVersion, not ValueError, for it (found by hypothesis)."""
    data = der(police_identity().certificate)
    v3 = b"\xa0\x03\x02\x01\x02"  # [0] EXPLICIT INTEGER 2: X.509 version 3
    assert v3 in data
    for version in (b"\x03", b"\x07"):
        with pytest.raises(ex.CertificateUnreadable):
            certificates.choose(data.replace(v3, v3[:-1] + version, 1))
    bundle = pkcs7.serialize_certificates(
        [police_identity().certificate], serialization.Encoding.PEM
    )
    assert certificates.choose(bundle) == police_identity().certificate


def test_the_fingerprint_is_openssls_sha256_in_groups_of_four(tmp_path: Path) -> None:
    police = police_identity()
    (tmp_path / "police.pem").write_bytes(police.certificate_pem)
    result = openssl("x509", "-in", "police.pem", "-noout", "-fingerprint", "-sha256", cwd=tmp_path)
    assert result.returncode == 0
    printed = result.stdout.decode().strip().split("=", 1)[1]  # "AB:CD:…"
    info = certificates.describe(police.certificate)
    assert info.fingerprint == police.fingerprint
    groups = info.fingerprint.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert certificates.normalise_fingerprint(printed) == info.fingerprint.replace(" ", "")
    assert certificates.group_fingerprint(info.fingerprint.replace(" ", "")) == info.fingerprint


def test_what_the_coordinator_is_shown() -> None:
    info = certificates.check_usable(police_identity().certificate)
    assert info.common_name == "Kontaktpolis Karin Berg"
    assert info.organisation == "Polisen lokalpolisområde Köping"
    assert "CN=Kontaktpolis Karin Berg" in info.subject
    assert info.issuer == info.subject  # self-signed
    assert info.key_description == "RSA 3072"
    assert info.can_encrypt and info.can_sign
    assert info.not_before < NOW < info.not_after
    assert not info.expires_soon(NOW)


def test_an_ec_certificate_is_refused_because_key_agreement_is_not_implemented() -> None:
    with pytest.raises(ex.CertificateKeyAgreement) as caught:
        certificates.check_usable(certificate(ec_key()))
    assert "RSA" in str(caught.value) and "EC" in str(caught.value)


def test_other_key_types_and_short_rsa_keys_are_refused() -> None:
    with pytest.raises(ex.CertificateKeyUnsupported) as unsupported:
        signer = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        edwards = ed25519.Ed25519PrivateKey.generate()
        certificates.check_usable(certificate(edwards, issuer_key=signer))
    assert unsupported.value.params["kind"] == "Ed25519"
    short = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    with pytest.raises(ex.CertificateKeyTooShort) as too_short:
        certificates.check_usable(certificate(short))
    assert too_short.value.params["bits"] == 1024


def test_expired_and_not_yet_valid_certificates_are_refused() -> None:
    expired = certificate(not_before=NOW - timedelta(days=400), not_after=NOW - timedelta(days=2))
    with pytest.raises(ex.CertificateExpired) as caught:
        certificates.check_usable(expired, NOW)
    assert caught.value.params["date"] == (NOW - timedelta(days=2)).date().isoformat()
    future = certificate(not_before=NOW + timedelta(days=3))
    with pytest.raises(ex.CertificateNotYetValid):
        certificates.check_usable(future, NOW)
    assert certificates.check_usable(future, NOW + timedelta(days=4))


def test_expiry_is_warned_about_thirty_days_ahead() -> None:
    ending = certificates.check_usable(certificate(not_after=NOW + timedelta(days=29)), NOW)
    assert ending.expires_soon(NOW) and ending.days_left(NOW) == 28
    later = certificates.check_usable(certificate(not_after=NOW + timedelta(days=31)), NOW)
    assert not later.expires_soon(NOW)


def test_a_signing_only_certificate_says_it_cannot_encrypt() -> None:
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=False, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip
    info = certificates.check_usable(certificate(key_usage=usage))
    assert info.can_sign and not info.can_encrypt
