"""A recipient with OpenSSL alone opens and checks what Köpingplan exports, and answers with a
package Köpingplan imports. The commands are those of src/kopingplan/exchange/OPENSSL.md, run
as written (a test below checks they are still written there)."""

from __future__ import annotations

import hashlib
import json
import shlex
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_exchange_fixtures import key_pem, police_identity, register, second_police_identity

from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import package
from kopingplan.services import exchange
from kopingplan.services import identity as identity_service
from kopingplan.services.session import Session

from support import shared_identity

GUIDE = Path(package.__file__).with_name("OPENSSL.md").read_text(encoding="utf-8")

OPEN = [
    "openssl cms -decrypt -binary -inform DER -in paket.p7m -recip polis.pem -inkey polis.key"
    " -out paket.signed.der",
    "openssl cms -verify -binary -inform DER -in paket.signed.der -CAfile samordnare.pem"
    " -out paket.zip",
]
ANSWER = [
    "python3 -m zipfile -c svar.zip manifest.json data.json",
    "openssl cms -sign -binary -nodetach -md sha256 -outform DER -in svar.zip -signer polis.pem"
    " -inkey polis.key -out svar.signed.der",
    "openssl cms -encrypt -binary -outform DER -in svar.signed.der -aes-256-gcm"
    " -recip samordnare.pem -keyopt rsa_padding_mode:oaep -keyopt rsa_oaep_md:sha256"
    " -out svar.p7m",
]


def run(command: str, folder: Path) -> subprocess.CompletedProcess[bytes]:
    argv = shlex.split(command)
    if argv[0] == "python3":
        argv[0] = sys.executable  # the test's Python, whatever it is called here
    return subprocess.run(argv, cwd=folder, capture_output=True, check=False)


def test_the_guide_shows_these_commands() -> None:
    for command in OPEN + ANSWER:
        assert command in GUIDE, command


@pytest.fixture
def desk(session: Session, tmp_path: Path) -> Path:
    """The liaison's folder: their certificate and key, and the coordinator's certificate."""
    folder = tmp_path / "polis"
    folder.mkdir()
    (folder / "polis.pem").write_bytes(police_identity().certificate_pem)
    (folder / "polis.key").write_bytes(key_pem(police_identity()))
    identity_service.export_certificate(session, folder / "samordnare.pem")
    return folder


def _case(session: Session) -> int:
    case = session.save(
        model.Case("Ärende Norr", model.Level.INDIVIDUAL, model.Orientation.ISLAMIST,
                   date(2026, 2, 1), summary="Avhopparstöd pågår.")
    )  # fmt: skip
    assert case.id is not None
    session.save(model.Note(case.id, datetime(2026, 2, 2, 8, tzinfo=UTC), "Samtal på skolan."))
    return case.id


def test_openssl_opens_and_verifies_an_export(session: Session, desk: Path) -> None:
    police = register(session, police_identity())
    case_id = _case(session)
    pdf = b"%PDF-1.7\n% en liten bilaga\n%%EOF\n"
    preview = exchange.preview_export(
        session,
        exchange.ExportRequest(
            recipient_ids=(police.id,),
            terms=DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "Samordning"),
            cases=(exchange.CasePart(case_id, all_notes=True),),
            attachments=(package.Attachment("Mötesunderlag.pdf", pdf),),
        ),
    )
    result = exchange.export_package(session, preview, desk / "paket.p7m")
    for command in OPEN:
        done = run(command, desk)
        assert done.returncode == 0, (command, done.stderr)
    assert b"CMS Verification successful" in done.stderr
    zipped = (desk / "paket.zip").read_bytes()
    [disclosure] = exchange.disclosures(session, channel="export")
    assert hashlib.sha256(zipped).hexdigest() == disclosure.content_sha256 == result.content_sha256
    unpacked = run(f"python3 -m zipfile -e paket.zip {desk / 'paket'}", desk)
    assert unpacked.returncode == 0, unpacked.stderr
    assert (desk / "paket" / "data.json").read_bytes() == preview.data_json
    attached = (desk / "paket" / "attachments" / "Motesunderlag.pdf").read_bytes()
    assert attached == pdf
    # The brief in it is a disclosure of its own, identified by the PDF OpenSSL took out.
    [copy] = exchange.disclosures(session, channel="brief")
    assert copy.content_sha256 == hashlib.sha256(attached).hexdigest()
    data = json.loads((desk / "paket" / "data.json").read_text(encoding="utf-8"))
    assert data["cases"][0]["notes"][0]["text"] == "Samtal på skolan."
    manifest = json.loads((desk / "paket" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sender"]["fingerprint"] == shared_identity().fingerprint


def test_openssl_refuses_an_export_that_was_changed_or_is_not_for_it(
    session: Session, desk: Path
) -> None:
    police = register(session, police_identity())
    preview = exchange.preview_export(
        session,
        exchange.ExportRequest(
            recipient_ids=(police.id,),
            terms=DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "Samordning"),
            message="Hej",
        ),
    )
    exchange.export_package(session, preview, desk / "paket.p7m")
    sealed = bytearray((desk / "paket.p7m").read_bytes())
    sealed[-40] ^= 1
    (desk / "paket.p7m").write_bytes(bytes(sealed))
    assert run(OPEN[0], desk).returncode != 0
    (desk / "polis.pem").write_bytes(second_police_identity().certificate_pem)
    (desk / "polis.key").write_bytes(key_pem(second_police_identity()))
    exchange.export_package(
        session, exchange.preview_export(session, preview.request), desk / "paket.p7m"
    )
    assert run(OPEN[0], desk).returncode != 0


def test_every_recipient_opens_a_package_for_several(session: Session, desk: Path) -> None:
    first, second = (
        register(session, police_identity()),
        register(session, second_police_identity()),
    )
    preview = exchange.preview_export(
        session,
        exchange.ExportRequest(
            recipient_ids=(first.id, second.id),
            terms=DisclosureTerms("osl-10-2", "Anna Lindqvist", "samordnare", "Samordning"),
            message="Till er båda.",
        ),
    )
    exchange.export_package(session, preview, desk / "paket.p7m")
    for identity in (police_identity(), second_police_identity()):
        (desk / "polis.pem").write_bytes(identity.certificate_pem)
        (desk / "polis.key").write_bytes(key_pem(identity))
        for command in OPEN:
            done = run(command, desk)
            assert done.returncode == 0, (command, done.stderr)
        assert (desk / "paket.zip").read_bytes() == preview.zip_bytes
        (desk / "paket.zip").unlink()


def test_an_answer_made_with_openssl_alone_is_imported(session: Session, desk: Path) -> None:
    police = register(session, police_identity())
    case_id = _case(session)
    data = {"messages": [{"text": "Personen är känd hos polisen sedan 2025.",
                          "reference": str(case_id), "date": "2026-11-24"}]}  # fmt: skip
    (desk / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fingerprint = run("openssl x509 -in polis.pem -noout -fingerprint -sha256", desk)
    package_id = run("openssl rand -hex 16", desk).stdout.decode().strip()
    raw = (desk / "data.json").read_bytes()
    manifest = {
        "format": "kopingplan-exchange", "version": 1, "package_id": package_id,
        "created": "2026-11-24T15:30:00+01:00",
        "sender": {"fingerprint": fingerprint.stdout.decode().strip().split("=", 1)[1]},
        "items": [{"name": "data.json", "size": len(raw),
                   "sha256": hashlib.sha256(raw).hexdigest()}],
    }  # fmt: skip
    (desk / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    for command in ANSWER:
        done = run(command, desk)
        assert done.returncode == 0, (command, done.stderr)

    preview = exchange.open_package(session, (desk / "svar.p7m").read_bytes())
    assert preview.sender == police and preview.package_id == package_id
    [record] = preview.records
    assert (record.kind, record.reference, record.dated) == ("message", str(case_id), "2026-11-24")
    exchange.accept_import(session, preview, links={0: case_id})
    [item] = exchange.incoming_items(session, case_id=case_id)
    assert item.text == "Personen är känd hos polisen sedan 2025."
    assert item.source == police.label and item.sender_fingerprint == police.fingerprint


WITH_FILES = "python3 -m zipfile -c svar.zip manifest.json data.json attachments"


def test_an_answer_with_files_made_with_openssl_alone_is_imported(
    session: Session, desk: Path
) -> None:
    """Format version 2 as the guide describes it: each file with its media type."""
    import attachment_samples as samples

    assert WITH_FILES in GUIDE
    register(session, police_identity())
    (desk / "attachments").mkdir()
    files = {"Foto.png": samples.png(), "Rapport.docx": samples.docx()}
    for name, content in files.items():
        (desk / "attachments" / name).write_bytes(content)
    raw = json.dumps({"messages": [{"text": "Bild och rapport bifogade."}]}).encode()
    (desk / "data.json").write_bytes(raw)
    fingerprint = run("openssl x509 -in polis.pem -noout -fingerprint -sha256", desk)
    types = {"data.json": "application/json", "attachments/Foto.png": "image/png",
             "attachments/Rapport.docx": "application/vnd.openxmlformats-officedocument"
             ".wordprocessingml.document"}  # fmt: skip
    assert all(t in GUIDE for t in types.values())
    manifest = {
        "format": "kopingplan-exchange", "version": 2, "package_id": "svar-med-filer-0001",
        "created": "2026-11-24T15:30:00+01:00",
        "sender": {"fingerprint": fingerprint.stdout.decode().strip().split("=", 1)[1]},
        "items": [{"name": name, "type": media_type,
                   "size": len((desk / name).read_bytes()),
                   "sha256": hashlib.sha256((desk / name).read_bytes()).hexdigest()}
                  for name, media_type in types.items()],
    }  # fmt: skip
    (desk / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    for command in [WITH_FILES, *ANSWER[1:]]:
        done = run(command, desk)
        assert done.returncode == 0, (command, done.stderr)

    preview = exchange.open_package(session, (desk / "svar.p7m").read_bytes())
    assert {r.title: r.attachment for r in preview.records if r.kind == "attachment"} == files
