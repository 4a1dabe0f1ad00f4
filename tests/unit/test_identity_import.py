"""Importing an organisation-issued PKCS#12 identity: what is shown, what is refused without a
change, and that briefs and packages keep working across the switch."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from test_briefs_support import pdfsig, prepare, pyhanko_validate, save
from test_exchange_fixtures import open_vault, police_identity, register

from identity_pki import (
    P12_PASSWORD,
    UNIT,
    coordinator_certificate,
    ec_p12,
    openssl_p12,
    organisation_pki,
    p12,
    rsa_key,
)
from kopingplan.crypto.identity import certificate_fingerprint
from kopingplan.domain.model import DisclosureTerms
from kopingplan.services import briefs, exchange
from kopingplan.services import identity as identity_service
from kopingplan.services.session import Session
from kopingplan.storage.vault import VaultPaths

from support import PASSPHRASE, all_bytes, raw_connection, shared_identity, snapshot


def _audit(session: Session) -> list[tuple[str, dict[str, Any]]]:
    rows = session.vault.conn.execute("SELECT action, details FROM audit_log ORDER BY seq")
    return [(row[0], json.loads(row[1])) for row in rows.fetchall()]


def _issued_fingerprint(data: bytes) -> str:
    loaded = pkcs12.load_pkcs12(data, P12_PASSWORD.encode())
    assert loaded.cert is not None
    return certificate_fingerprint(loaded.cert.certificate)


# --- What the coordinator is shown ------------------------------------------------------------


def test_the_file_is_described_before_anything_is_stored(session: Session) -> None:
    data = p12()
    before = snapshot(session.vault_folder)

    info = identity_service.inspect_pkcs12(data, P12_PASSWORD)

    assert info.subject == f"C=SE,O=Köpings kommun,OU={UNIT},CN=Anna Lindqvist"
    assert info.issuer == "C=SE,O=Köpings kommun,CN=Köpings kommun Utfärdande CA"
    assert info.fingerprint == _issued_fingerprint(data)
    groups = info.fingerprint.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert (info.key_type, info.key_size, info.key_description) == ("RSA", 2048, "RSA 2048")
    assert info.key_usages == ("digitalSignature", "nonRepudiation", "keyEncipherment")
    assert info.chain_length == 2
    assert info.not_before < datetime.now(UTC) < info.not_after
    assert snapshot(session.vault_folder) == before


def test_a_refused_key_is_named_as_any_certificate_names_it(session: Session) -> None:
    """The preview beside a refusal names the key as the recipients' certificates do (the
    curve of an EC key), not by a bit count some keys do not have."""
    info = identity_service.inspect_pkcs12(ec_p12(), P12_PASSWORD)
    assert (info.key_type, info.key_description) == ("EC", "EC secp256r1")
    with pytest.raises(identity_service.EcKeyRefused, match=r"\(EC secp256r1\)"):
        identity_service.check_usable(session, info)


# --- Importing ---------------------------------------------------------------------------------


def test_the_import_becomes_active_and_the_self_signed_identity_is_kept(
    session: Session,
) -> None:
    data = p12()
    old = shared_identity().fingerprint

    info = identity_service.import_pkcs12(session, data, P12_PASSWORD)

    assert (
        identity_service.active_identity(session).fingerprint
        == info.fingerprint
        == _issued_fingerprint(data)
    )
    assert [certificate_fingerprint(c) for c in identity_service.own_certificates(session)] == [
        info.fingerprint,
        old,
    ]
    history = identity_service.history(session)
    assert [(e.fingerprint, e.source, e.active) for e in history] == [
        (info.fingerprint, "pkcs12", True),
        (old, "self_signed", False),
    ]
    assert history[0].chain_length == 2 and history[1].chain_length == 0
    assert abs(datetime.now(UTC) - history[0].since) < timedelta(minutes=1)
    chain = identity_service.active_chain(session)
    assert [c.subject for c in chain] == [organisation_pki().issuing.subject,
                                          organisation_pki().root.subject]  # fmt: skip
    action, details = _audit(session)[-1]
    assert action == "identity.import"
    assert details == {"fingerprint": info.fingerprint, "replaced": old, "chain": 2}


def test_a_file_made_by_openssl_imports(session: Session, tmp_path: Path) -> None:
    data = openssl_p12(tmp_path)

    info = identity_service.import_pkcs12(session, data, P12_PASSWORD)

    assert identity_service.active_identity(session).fingerprint == info.fingerprint
    assert info.chain_length == 2 and info.key_type == "RSA"


def test_a_file_without_a_password_imports_with_an_empty_one(session: Session) -> None:
    info = identity_service.import_pkcs12(session, p12(password=""), "")
    assert identity_service.active_identity(session).fingerprint == info.fingerprint


def test_the_password_is_stored_and_logged_nowhere(
    session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(identity_service.WrongPkcs12Password):
        identity_service.import_pkcs12(session, p12(), P12_PASSWORD + "x")
    identity_service.import_pkcs12(session, p12(), P12_PASSWORD)
    folder = session.vault_folder
    session.close()

    secret = P12_PASSWORD.encode()
    assert secret not in all_bytes(folder)
    assert P12_PASSWORD not in caplog.text
    conn = raw_connection(VaultPaths(folder), PASSPHRASE)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():
            assert not any(secret in _as_bytes(value) for value in row), table
    # The key is in the vault, in the clear only inside the encrypted database.
    stored = conn.execute("SELECT private_key_der FROM identities WHERE active = 1").fetchone()
    key = serialization.load_der_private_key(bytes(stored[0]), password=None)
    assert key.public_key().public_numbers() == rsa_key().public_key().public_numbers()  # type: ignore[union-attr]
    conn.close()


def _as_bytes(value: object) -> bytes:
    return value if isinstance(value, bytes) else str(value).encode()


# --- Refusals, each with nothing changed --------------------------------------------------------


def _without_usage(**changes: bool) -> bytes:
    values = dict(digital_signature=True, content_commitment=True, key_encipherment=True,
                  data_encipherment=False, key_agreement=False, key_cert_sign=False,
                  crl_sign=False, encipher_only=False, decipher_only=False)  # fmt: skip
    values.update(changes)
    key = rsa_key()
    return p12(key, coordinator_certificate(key, usage=x509.KeyUsage(**values)))


def _mismatched() -> bytes:
    """A key beside a personal certificate that is not its own."""
    other = coordinator_certificate(rsa_key(2048, slot=1))
    return pkcs12.serialize_key_and_certificates(
        b"x", rsa_key(), None, [other], serialization.BestAvailableEncryption(b"pw")
    )


def _certificate_only() -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"x", None, coordinator_certificate(rsa_key()), None,
        serialization.BestAvailableEncryption(b"pw"),
    )  # fmt: skip


def _key_only() -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"x", rsa_key(), None, None, serialization.BestAvailableEncryption(b"pw")
    )


def _short_key() -> bytes:
    key = rsa_key(1024)
    return p12(key, coordinator_certificate(key))


def _expired() -> bytes:
    key = rsa_key()
    start = datetime.now(UTC) - timedelta(days=400)
    return p12(key, coordinator_certificate(key, not_before=start, days=365))


def _not_yet_valid() -> bytes:
    key = rsa_key()
    start = datetime.now(UTC) + timedelta(days=10)
    return p12(key, coordinator_certificate(key, not_before=start))


def _self_signed_by_the_vault() -> bytes:
    identity = shared_identity()
    return pkcs12.serialize_key_and_certificates(
        b"x", identity.private_key(), identity.certificate, None,
        serialization.BestAvailableEncryption(P12_PASSWORD.encode()),
    )  # fmt: skip


REFUSALS: list[tuple[str, Callable[[], bytes], str, type[Exception], str]] = [
    ("wrong password", p12, "fel lösenord", identity_service.WrongPkcs12Password, ""),
    ("not PKCS#12", lambda: b"%PDF-1.7 not a p12", P12_PASSWORD, identity_service.NotPkcs12, ""),
    ("truncated", lambda: p12()[:-40], P12_PASSWORD, identity_service.NotPkcs12, ""),
    ("no private key", _certificate_only, "pw", identity_service.NoPrivateKey, ""),
    ("no certificate", _key_only, "pw", identity_service.NoCertificate, ""),
    ("key of another", _mismatched, "pw", identity_service.KeyMismatch, ""),
    ("expired", _expired, P12_PASSWORD, identity_service.IdentityExpired, ""),
    ("not yet valid", _not_yet_valid, P12_PASSWORD, identity_service.IdentityNotYetValid, ""),
    ("no nonRepudiation", lambda: _without_usage(content_commitment=False), P12_PASSWORD,
     identity_service.MissingKeyUsage, "lacks the key usage nonRepudiation,"),
    ("no digitalSignature", lambda: _without_usage(digital_signature=False), P12_PASSWORD,
     identity_service.MissingKeyUsage, "lacks the key usage digitalSignature,"),
    ("no key usage at all", lambda: p12(rsa_key(), coordinator_certificate(rsa_key(), usage=None)),
     P12_PASSWORD, identity_service.MissingKeyUsage, "digitalSignature, nonRepudiation"),
    ("EC key", ec_p12, P12_PASSWORD, identity_service.EcKeyRefused, "RSA-OAEP"),
    ("RSA-1024", _short_key, P12_PASSWORD, identity_service.KeyTooShort, "only 1024 bits"),
    ("already active", _self_signed_by_the_vault, P12_PASSWORD, identity_service.AlreadyActive,
     "already your active"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "password", "refusal", "says"),
    [pytest.param(*r[1:], id=r[0]) for r in REFUSALS],
)
def test_a_refused_file_changes_nothing(
    session: Session,
    data: Callable[[], bytes],
    password: str,
    refusal: type[Exception],
    says: str,
) -> None:
    content = data()
    before = snapshot(session.vault_folder)
    audit_rows = len(_audit(session))

    with pytest.raises(refusal) as raised:
        identity_service.import_pkcs12(session, content, password)

    assert says in str(raised.value)
    assert "Nothing was changed" in str(raised.value)
    assert identity_service.active_identity(session).fingerprint == shared_identity().fingerprint
    assert len(_audit(session)) == audit_rows
    assert snapshot(session.vault_folder) == before


def test_an_earlier_identity_can_be_made_active_again(session: Session) -> None:
    """Re-importing the file of an identity replaced since is a switch, not a refusal."""
    first, second = p12(), p12(rsa_key(2048, slot=1), coordinator_certificate(rsa_key(2048, 1)))
    identity_service.import_pkcs12(session, first, P12_PASSWORD)
    identity_service.import_pkcs12(session, second, P12_PASSWORD)
    info = identity_service.import_pkcs12(session, first, P12_PASSWORD)
    assert identity_service.active_identity(session).fingerprint == info.fingerprint
    assert [e.active for e in identity_service.history(session)] == [True, False, False, False]


# --- Briefs and packages across the switch ---------------------------------------------------


def test_briefs_before_and_after_the_switch_verify(session: Session, tmp_path: Path) -> None:
    prepared = prepare(session, cases=4)
    old = save(session, briefs.meeting_brief(session, prepared.meeting_id), tmp_path, "fore.pdf")[0]
    info = identity_service.import_pkcs12(session, p12(), P12_PASSWORD)

    signer = identity_service.brief_signer(session)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    new = save(session, brief, tmp_path, "efter.pdf", signer=signer)[0]

    before = briefs.verify(old.read_bytes(), session)
    assert before.ok, before
    assert before.signer == "Anna Lindqvist, Köpings kommun"
    assert before.fingerprint == shared_identity().fingerprint
    after = briefs.verify(new.read_bytes(), session)
    assert after.ok, after
    assert after.fingerprint == info.fingerprint
    assert after.signer == "Anna Lindqvist, Köpings kommun"

    # A recipient who trusts only the organisation's root CA validates it from the file alone.
    root = tmp_path / "ca.pem"
    root.write_bytes(organisation_pki().root_pem())
    valid, said = pyhanko_validate(new, root)
    assert valid, said
    assert "TRUSTED" in said and "UNTRUSTED" not in said
    assert briefs.verify(new.read_bytes(), None, [organisation_pki().root]).ok
    report = pdfsig(new)
    assert "Signature is Valid." in report
    assert f"OU={UNIT},CN=Anna Lindqvist" in report
    assert UNIT not in pdfsig(old)
    # The CA chain is in the signature; the self-signed brief carries no CA.
    assert not briefs.verify(old.read_bytes(), None, [organisation_pki().root]).trusted


def test_a_package_to_the_earlier_certificate_still_opens(session: Session, tmp_path: Path) -> None:
    police = open_vault(tmp_path / "police", police_identity(), "Kontaktpolis Karin Berg",
                        "Polisen")  # fmt: skip
    with police:
        register(session, police_identity())
        old_recipient = register(police, shared_identity())
        identity_service.import_pkcs12(session, p12(), P12_PASSWORD)
        new_identity = identity_service.active_identity(session)
        new_recipient = register(police, new_identity)
        for recipient, file in ((old_recipient, "till-gamla.p7m"), (new_recipient, "ny.p7m")):
            answer = exchange.preview_export(
                police,
                exchange.ExportRequest(
                    recipient_ids=(recipient.id,),
                    terms=DisclosureTerms("osl-10-28", "Karin Berg", "kontaktpolis", "Svar"),
                    message=f"Svar till {file}",
                ),
            )
            exchange.export_package(police, answer, tmp_path / file)

    for file in ("till-gamla.p7m", "ny.p7m"):
        preview = exchange.open_package(session, (tmp_path / file).read_bytes())
        exchange.accept_import(session, preview)
    texts = sorted(i.text for i in exchange.incoming_items(session))
    assert texts == ["Svar till ny.p7m", "Svar till till-gamla.p7m"]
