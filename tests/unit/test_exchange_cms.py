"""CMS: what Köpingplan signs and encrypts opens in OpenSSL 3, what OpenSSL makes opens here, and
nothing altered or misaddressed opens at all."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_exchange_fixtures import (
    key_pem,
    openssl,
    pem,
    police_identity,
    private_key,
    second_police_identity,
    stranger_identity,
)

from kopingplan.exchange import cms
from kopingplan.exchange import errors as ex

from support import shared_identity

CONTENT = bytes(range(256)) * 40 + b"\r\n\n\r slut"  # binary, with line ends OpenSSL could mangle
SMALL = CONTENT[:600]


def _files(folder: Path, **identities: object) -> None:
    for name, identity in identities.items():
        (folder / f"{name}.pem").write_bytes(pem(identity))  # type: ignore[arg-type]
        (folder / f"{name}.key").write_bytes(key_pem(identity))  # type: ignore[arg-type]


def _sealed(content: bytes = CONTENT) -> bytes:
    coordinator = shared_identity()
    signed = cms.sign(content, coordinator.certificate, private_key(coordinator))
    return cms.encrypt(signed, [police_identity().certificate])


def test_openssl_decrypts_and_verifies_what_we_make(tmp_path: Path) -> None:
    _files(tmp_path, coordinator=shared_identity(), police=police_identity())
    (tmp_path / "package.p7m").write_bytes(_sealed())
    decrypt = openssl(
        "cms", "-decrypt", "-binary", "-inform", "DER", "-in", "package.p7m",
        "-recip", "police.pem", "-inkey", "police.key", "-out", "signed.der", cwd=tmp_path,
    )  # fmt: skip
    assert decrypt.returncode == 0, decrypt.stderr
    verify = openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", "signed.der",
        "-CAfile", "coordinator.pem", "-out", "content.bin", cwd=tmp_path,
    )  # fmt: skip
    assert verify.returncode == 0, verify.stderr
    assert (tmp_path / "content.bin").read_bytes() == CONTENT


def test_openssl_refuses_the_wrong_key_and_the_wrong_signer(tmp_path: Path) -> None:
    _files(tmp_path, coordinator=shared_identity(), police=police_identity())
    _files(tmp_path, other=second_police_identity())
    (tmp_path / "package.p7m").write_bytes(_sealed())
    wrong = openssl(
        "cms", "-decrypt", "-binary", "-inform", "DER", "-in", "package.p7m",
        "-recip", "other.pem", "-inkey", "other.key", "-out", "x.der", cwd=tmp_path,
    )  # fmt: skip
    assert wrong.returncode != 0
    assert (tmp_path / "x.der").read_bytes() == b""  # with -recip nothing is written
    (tmp_path / "signed.der").write_bytes(
        cms.sign(CONTENT, shared_identity().certificate, private_key(shared_identity()))
    )
    untrusted = openssl(
        "cms", "-verify", "-binary", "-inform", "DER", "-in", "signed.der",
        "-CAfile", "other.pem", "-out", "y.bin", cwd=tmp_path,
    )  # fmt: skip
    assert untrusted.returncode != 0


def _openssl_package(folder: Path, *, encrypt_options: list[str], sign_options: list[str]) -> bytes:
    _files(folder, coordinator=shared_identity(), police=police_identity())
    (folder / "content.bin").write_bytes(CONTENT)
    signed = openssl(
        "cms", "-sign", "-binary", "-nodetach", "-outform", "DER", "-in", "content.bin",
        "-signer", "police.pem", "-inkey", "police.key", "-md", "sha256", *sign_options,
        "-out", "signed.der", cwd=folder,
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    encrypted = openssl(
        "cms", "-encrypt", "-binary", "-inform", "DER", "-outform", "DER", "-in", "signed.der",
        "-recip", "coordinator.pem", *encrypt_options, "-out", "package.p7m", cwd=folder,
    )  # fmt: skip
    assert encrypted.returncode == 0, encrypted.stderr
    return (folder / "package.p7m").read_bytes()


OAEP_GCM = ["-aes-256-gcm", "-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"]


@pytest.mark.parametrize(
    "sign_options",
    [[], ["-keyopt", "rsa_padding_mode:pss"], ["-noattr"]],
    ids=["pkcs1-signature", "pss-signature", "no-signed-attributes"],
)
def test_we_open_what_openssl_makes(tmp_path: Path, sign_options: list[str]) -> None:
    made = _openssl_package(tmp_path, encrypt_options=OAEP_GCM, sign_options=sign_options)
    coordinator = shared_identity()
    message = cms.read_signed(cms.decrypt(made, coordinator.certificate, private_key(coordinator)))
    assert message.signed_by(police_identity().certificate)
    assert cms.verify(message, police_identity().certificate) == CONTENT
    with pytest.raises(ex.BadSignature):
        cms.verify(message, second_police_identity().certificate)


@pytest.mark.parametrize(
    ("encrypt_options", "problem"),
    [
        (["-aes-256-gcm"], "pkcs1"),
        (["-aes-256-cbc", "-keyopt", "rsa_padding_mode:oaep"], "not_gcm"),
    ],
    ids=["pkcs1-key-transport", "cbc-content"],
)
def test_weaker_openssl_choices_are_refused_with_what_to_change(
    tmp_path: Path, encrypt_options: list[str], problem: str
) -> None:
    made = _openssl_package(tmp_path, encrypt_options=encrypt_options, sign_options=[])
    coordinator = shared_identity()
    with pytest.raises(ex.UnsupportedEncryption) as caught:
        cms.decrypt(made, coordinator.certificate, private_key(coordinator))
    assert caught.value.params["problem"] == ex.ENCRYPTION_PROBLEMS[problem]
    assert "-keyopt" in str(caught.value) or "-aes-256-gcm" in str(caught.value)


def test_every_recipient_of_a_package_opens_it(tmp_path: Path) -> None:
    coordinator = shared_identity()
    recipients = [police_identity(), second_police_identity()]
    signed = cms.sign(CONTENT, coordinator.certificate, private_key(coordinator))
    sealed = cms.encrypt(signed, [r.certificate for r in recipients])
    (tmp_path / "package.p7m").write_bytes(sealed)
    for index, recipient in enumerate(recipients):
        assert cms.decrypt(sealed, recipient.certificate, private_key(recipient)) == signed
        _files(tmp_path, **{f"r{index}": recipient})
        result = openssl(
            "cms", "-decrypt", "-binary", "-inform", "DER", "-in", "package.p7m",
            "-recip", f"r{index}.pem", "-inkey", f"r{index}.key", "-out", f"r{index}.der",
            cwd=tmp_path,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert (tmp_path / f"r{index}.der").read_bytes() == signed
    stranger = stranger_identity()
    with pytest.raises(ex.NotAddressedToUs) as caught:
        cms.decrypt(sealed, stranger.certificate, private_key(stranger))
    assert caught.value.params["fingerprint"] == stranger.fingerprint


def test_a_changed_content_fails_the_signature() -> None:
    coordinator = shared_identity()
    signed = cms.sign(CONTENT, coordinator.certificate, private_key(coordinator))
    position = signed.index(CONTENT[1000:1032]) + 5
    altered = signed[:position] + bytes([signed[position] ^ 1]) + signed[position + 1 :]
    message = cms.read_signed(altered)
    assert message.content != CONTENT
    with pytest.raises(ex.BadSignature):
        cms.verify(message, coordinator.certificate)
    assert cms.verify(cms.read_signed(signed), coordinator.certificate) == CONTENT


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_a_flipped_byte_never_opens_to_other_content(data: st.DataObject) -> None:
    sealed = _small_sealed()
    position = data.draw(st.integers(0, len(sealed) - 1))
    bit = data.draw(st.integers(0, 7))
    altered = sealed[:position] + bytes([sealed[position] ^ (1 << bit)]) + sealed[position + 1 :]
    police = police_identity()
    try:
        opened = cms.decrypt(altered, police.certificate, private_key(police))
    except ex.PackageProblem:
        return
    # A flip in a field GCM does not cover (a recipient's issuer name spelt another way, say)
    # may still open, but only ever to the very bytes that were sealed.
    assert cms.verify(cms.read_signed(opened), shared_identity().certificate) == SMALL


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_refused_with_a_typed_error(junk: bytes) -> None:
    police = police_identity()
    with pytest.raises(ex.PackageProblem):
        cms.decrypt(junk, police.certificate, private_key(police))
    with pytest.raises(ex.PackageProblem):
        cms.read_signed(junk)


@functools.cache
def _small_sealed() -> bytes:
    return _sealed(SMALL)
