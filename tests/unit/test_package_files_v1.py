"""A package made by Köpingplan before packages carried more than PDFs (format version 1) still
imports exactly as before. ``tests/data/package-v1/`` holds the ZIP as that code wrote it (an
export of a case, a note, a message and a PDF case file), with the fictional sender's
certificate and key to sign it again: never regenerate it."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from kopingplan.crypto.identity import Identity
from kopingplan.exchange import cms, content, package
from kopingplan.services import exchange
from kopingplan.services.session import Session

from support import all_bytes, shared_identity

DATA = Path(__file__).parents[1] / "data" / "package-v1"
MADE = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)  # the package's "created"


def _sender() -> Identity:
    return Identity(
        certificate_pem=(DATA / "sender.pem").read_bytes(),
        private_key_der=(DATA / "sender-key.der").read_bytes(),
    )


def test_the_stored_package_is_format_version_1_with_a_pdf() -> None:
    with zipfile.ZipFile(BytesIO((DATA / "package.zip").read_bytes())) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["format"], manifest["version"]) == ("kopingplan-exchange", 1)
    assert [item["name"] for item in manifest["items"]] == [
        "data.json", "attachments/Orosanmalan.pdf"
    ]  # fmt: skip
    assert all(set(item) == {"name", "sha256", "size"} for item in manifest["items"])


def test_a_version_1_package_reads_as_before() -> None:
    read = package.read((DATA / "package.zip").read_bytes())
    assert read.manifest.sender_name == "Samordnare Testsson"
    assert read.manifest.created == MADE
    pdf = (DATA / "attachment.pdf").read_bytes()
    assert read.attachments == (package.Attachment("Orosanmalan.pdf", pdf),)
    incoming = content.read(
        read.data_json,
        package_id=read.manifest.package_id,
        attachments={a.name: a.content for a in read.attachments},
    )
    assert [r.kind for r in incoming.records] == ["message", "case", "note", "attachment"]
    assert incoming.records[-1].title == "Orosanmalan.pdf"
    assert incoming.records[-1].attachment == pdf
    assert incoming.sender_terms.legal_basis == "OSL 10 kap. 18 a §"
    assert incoming.sender_terms.decided_by == "Anna Lindqvist, samordnare"


def test_a_version_1_package_imports_as_before(session: Session) -> None:
    sender = _sender()
    later = MADE + timedelta(hours=1)
    row = exchange.add_recipient(session, sender.certificate_pem, now=later)
    exchange.verify_recipient(session, row.id, sender.fingerprint, now=later)
    key = serialization.load_der_private_key(sender.private_key_der, None)
    signed = cms.sign((DATA / "package.zip").read_bytes(), sender.certificate, key,  # type: ignore[arg-type]
                      signing_time=later)  # fmt: skip
    sealed = cms.encrypt(signed, [shared_identity().certificate])
    preview = exchange.open_package(session, sealed, now=later)
    assert preview.sender.fingerprint == sender.fingerprint
    result = exchange.accept_import(session, preview, now=later)
    items = {i.id: i for i in exchange.incoming_items(session)}
    stored = [items[i] for i in result.item_ids]
    assert [i.kind for i in stored] == ["message", "case", "note", "attachment"]
    pdf = (DATA / "attachment.pdf").read_bytes()
    assert stored[-1].title == "Orosanmalan.pdf" and stored[-1].attachment == pdf
    assert b"Fixturbilaga" not in all_bytes(session.vault_folder)
