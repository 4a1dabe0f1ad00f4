"""Keys, certificates and vaults for the exchange tests, made with ``cryptography`` and cached:
RSA-3072 key generation takes up to a second. The tests at the end check that the helpers make
what they claim, so a broken helper fails here rather than as a puzzling refusal elsewhere."""

from __future__ import annotations

import functools
import io
import json
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.exchange import package
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as repo
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, PASSPHRASE

NOW = datetime.now(UTC)


@functools.cache
def police_identity() -> Identity:
    """The police liaison: a recipient of exports and a sender of replies."""
    return create_identity("Kontaktpolis Karin Berg", "Polisen lokalpolisområde Köping")


@functools.cache
def second_police_identity() -> Identity:
    return create_identity("Kommunpolis Omar Haddad", "Polisen lokalpolisområde Arboga")


@functools.cache
def stranger_identity() -> Identity:
    """Someone nobody registered."""
    return create_identity("Okänd Avsändare", "Någonstans")


@functools.cache
def private_key(identity: Identity) -> rsa.RSAPrivateKey:
    """Parsed once: loading validates an RSA-3072 key, which takes a tenth of a second."""
    return identity.private_key()


def pem(identity: Identity) -> bytes:
    return identity.certificate_pem


def key_pem(identity: Identity) -> bytes:
    return private_key(identity).private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def certificate(
    key: Any = None,
    *,
    name: str = "Testmottagare",
    organisation: str = "Polisen",
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    ca: bool | None = None,
    issuer_key: Any = None,
    issuer_name: x509.Name | None = None,
    key_usage: x509.KeyUsage | None = None,
) -> x509.Certificate:
    """A certificate for ``key`` (default: a fresh RSA-2048 key; tests that only look at the
    certificate do not need 3072 bits), self-signed unless an issuer is given."""
    key = key or _rsa_2048()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
        ]
    )
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name or subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=365))
    )
    if ca is not None:
        builder = builder.add_extension(x509.BasicConstraints(ca=ca, path_length=None), True)
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    return builder.sign(issuer_key or key, hashes.SHA256())


@functools.cache
def _rsa_2048() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def open_vault(folder: Path, identity: Identity, name: str, organisation: str) -> Session:
    return Session.create(
        VaultPaths(folder),
        PASSPHRASE,
        name=name,
        organisation=organisation,
        kdf_params=FAST_KDF,
        identity=identity,
    )


def register(session: Session, identity: Identity, *, verified: bool = True) -> repo.RecipientRow:
    """Registers ``identity``'s certificate in ``session`` and, by default, verifies it."""
    from kopingplan.services import exchange

    row = exchange.add_recipient(session, identity.certificate_pem)
    if verified:
        row = exchange.verify_recipient(session, row.id, identity.fingerprint)
    return row


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def reply_zip(
    sender: Identity,
    data: dict[str, Any],
    *,
    package_id: str = "svar-0001-polisen",
    manifest_changes: dict[str, Any] | None = None,
    extra_files: dict[str, bytes] | None = None,
    version: int = package.VERSION,
) -> bytes:
    """A package ZIP as a liaison without Köpingplan makes it (manifest written by hand). From
    version 2 each file's type is the one its name's extension says (the content may differ)."""
    data_json = json.dumps(data, ensure_ascii=False).encode("utf-8")
    files = {"data.json": data_json, **(extra_files or {})}
    manifest: dict[str, Any] = {
        "format": package.FORMAT,
        "version": version,
        "package_id": package_id,
        "created": "2026-11-24T15:30:00+01:00",
        "sender": {"fingerprint": sender.fingerprint.replace(" ", ":")},
        "items": [
            {"name": name, "sha256": _sha256(content), "size": len(content)}
            | ({"type": _type_of(name)} if version > 1 else {})
            for name, content in files.items()
        ],
    }
    manifest.update(manifest_changes or {})
    return zip_of({"manifest.json": json.dumps(manifest).encode(), **files})


def _type_of(name: str) -> str:
    from kopingplan import filetypes

    if name == package.DATA:
        return package.JSON_TYPE
    kind = filetypes.kind_of_name(name)
    return filetypes.MEDIA_TYPES[kind] if kind is not None else "application/octet-stream"


def _sha256(content: bytes) -> str:
    import hashlib

    return hashlib.sha256(content).hexdigest()


def openssl(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["openssl", *map(str, args)], cwd=cwd, capture_output=True, check=False)


# --- The helpers make what they claim -----------------------------------------------------------


def test_the_test_identities_are_distinct_rsa_3072() -> None:
    identities = [police_identity(), second_police_identity(), stranger_identity()]
    assert len({i.fingerprint for i in identities}) == 3
    for identity in identities:
        assert identity.private_key().key_size == 3072


def test_a_hand_made_reply_lists_its_files_in_the_manifest() -> None:
    made = reply_zip(police_identity(), {"messages": [{"text": "Hej"}]})
    with zipfile.ZipFile(io.BytesIO(made)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert [item["name"] for item in manifest["items"]] == ["data.json"]
        assert manifest["items"][0]["sha256"] == _sha256(archive.read("data.json"))
