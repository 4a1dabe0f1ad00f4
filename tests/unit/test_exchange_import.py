"""Every refusal of an incoming package leaves the vault exactly as it was: the same bytes on
disk, the same rows, the same audit log. Packages here are built the way a sender would build
them (sign, then encrypt), with one thing wrong each."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from test_exchange_fixtures import (
    police_identity,
    private_key,
    register,
    reply_zip,
    second_police_identity,
    stranger_identity,
    zip_of,
)

from kopingplan.crypto.identity import Identity
from kopingplan.exchange import cms, package
from kopingplan.exchange import errors as ex
from kopingplan.services import exchange
from kopingplan.services.session import Session
from kopingplan.storage import repositories
from kopingplan.storage.repositories import exchange as repo

from support import shared_identity, snapshot

MESSAGE = {"messages": [{"text": "Personen är känd hos polisen.", "reference": "12"}]}


def seal(
    zip_bytes: bytes, *, signer: Identity | None = None, to: list[Identity] | None = None
) -> bytes:
    signer = signer or police_identity()
    signed = cms.sign(zip_bytes, signer.certificate, private_key(signer))
    return cms.encrypt(signed, [i.certificate for i in (to or [shared_identity()])])


def _state(session: Session) -> tuple[Any, ...]:
    conn = session.vault.conn
    head = conn.execute("SELECT max(seq), count(*) FROM audit_log").fetchone()
    return (
        snapshot(session.vault_folder),
        repositories.counts(conn),
        repo.exchange_counts(conn),
        tuple(head),
    )


@contextlib.contextmanager
def unchanged(session: Session) -> Iterator[None]:
    before = _state(session)
    yield
    after = _state(session)
    assert after[1:] == before[1:]  # rows and audit first: the clearer message
    assert after[0] == before[0]  # then every byte of the vault's files


@pytest.fixture
def police(session: Session) -> repo.RecipientRow:
    return register(session, police_identity())


def _refused(session: Session, data: bytes, error: type[Exception], **open_options: Any) -> Any:
    with unchanged(session), pytest.raises(error) as caught:
        exchange.open_package(session, data, **open_options)
    return caught.value


def test_a_good_package_is_previewed_without_any_change_then_accepted(
    session: Session, police: repo.RecipientRow
) -> None:
    data = seal(reply_zip(police_identity(), MESSAGE))
    with unchanged(session):
        preview = exchange.open_package(session, data)
    assert preview.sender == police
    assert [(r.kind, r.text, r.reference) for r in preview.records] == [
        ("message", "Personen är känd hos polisen.", "12")
    ]
    result = exchange.accept_import(session, preview)
    assert len(result.item_ids) == 1
    assert repo.exchange_counts(session.vault.conn)["imported_packages"] == 1


def test_a_package_not_addressed_to_us(session: Session, police: repo.RecipientRow) -> None:
    data = seal(reply_zip(police_identity(), MESSAGE), to=[second_police_identity()])
    refused = _refused(session, data, ex.NotAddressedToUs)
    assert refused.params["fingerprint"] == shared_identity().fingerprint


def test_an_unknown_signer(session: Session, police: repo.RecipientRow) -> None:
    stranger = stranger_identity()
    data = seal(reply_zip(stranger, MESSAGE), signer=stranger)
    refused = _refused(session, data, ex.UnknownSigner)
    assert refused.params["fingerprint"] == stranger.fingerprint


def test_an_unverified_signer(session: Session, police: repo.RecipientRow) -> None:
    other = second_police_identity()
    register(session, other, verified=False)
    refused = _refused(session, seal(reply_zip(other, MESSAGE), signer=other), ex.UnverifiedSigner)
    assert "Omar Haddad" in refused.params["name"]


def test_a_signer_whose_certificate_has_expired(
    session: Session, police: repo.RecipientRow
) -> None:
    data = seal(reply_zip(police_identity(), MESSAGE))
    later = police.not_after + timedelta(days=1)
    _refused(session, data, ex.SignerCertificateExpired, now=later)


def test_a_bad_signature(session: Session, police: repo.RecipientRow) -> None:
    zip_bytes = reply_zip(police_identity(), MESSAGE)
    identity = police_identity()
    signed = bytearray(cms.sign(zip_bytes, identity.certificate, private_key(identity)))
    at = bytes(signed).index(zip_bytes[:64]) + 40  # inside the signed ZIP
    signed[at] ^= 0x01
    data = cms.encrypt(bytes(signed), [shared_identity().certificate])
    _refused(session, data, ex.BadSignature)


def test_a_signature_by_another_key_under_a_registered_name(
    session: Session, police: repo.RecipientRow
) -> None:
    # A forger copies the liaison's certificate into the package but signs with their own key.
    from asn1crypto import cms as a_cms

    honest = cms.sign(reply_zip(police_identity(), MESSAGE), police_identity().certificate,
                      private_key(police_identity()))  # fmt: skip
    stranger = stranger_identity()
    forged_signature = cms.sign(
        reply_zip(police_identity(), MESSAGE), stranger.certificate, private_key(stranger)
    )
    info = a_cms.ContentInfo.load(honest)
    forged = a_cms.ContentInfo.load(forged_signature)
    info["content"]["signer_infos"][0]["signature"] = forged["content"]["signer_infos"][0][
        "signature"
    ]
    data = cms.encrypt(info.dump(force=True), [shared_identity().certificate])
    _refused(session, data, ex.BadSignature)


@pytest.mark.parametrize("where", ["ciphertext", "tag", "key", "end"])
def test_altered_ciphertext(session: Session, police: repo.RecipientRow, where: str) -> None:
    data = bytearray(seal(reply_zip(police_identity(), MESSAGE)))
    positions = {"ciphertext": len(data) - 200, "tag": len(data) - 3, "key": 300, "end": None}
    position = positions[where]
    if position is None:
        data = data[:-1]  # cut short
        _refused(session, bytes(data), ex.PackageProblem)
        return
    data[position] ^= 0x80
    _refused(session, bytes(data), ex.PackageDamaged)


def test_a_wrong_schema(session: Session, police: repo.RecipientRow) -> None:
    made = reply_zip(police_identity(), MESSAGE, manifest_changes={"version": 3})
    refused = _refused(session, seal(made), ex.WrongSchema)
    assert refused.params["found"] == "kopingplan-exchange 3"


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"not json", "json"), (json.dumps({"messages": "text"}).encode(), "field"),
     (json.dumps({"messages": [{"text": "x", "secret_field": 1}]}).encode(), "unknown_field"),
     (b"{}", "empty")],
    ids=["not-json", "wrong-type", "unknown-field", "empty"],
)  # fmt: skip
def test_malformed_content(
    session: Session, police: repo.RecipientRow, data: bytes, problem: str
) -> None:
    files = {"data.json": data}
    manifest = {
        "format": "kopingplan-exchange", "version": 1, "package_id": "svar-0002-polisen",
        "created": "2026-11-24T12:00:00Z",
        "sender": {"fingerprint": police_identity().fingerprint},
        "items": [{"name": "data.json", "sha256": hashlib.sha256(data).hexdigest(),
                   "size": len(data)}],
    }  # fmt: skip
    made = zip_of({"manifest.json": json.dumps(manifest).encode(), **files})
    refused = _refused(session, seal(made), ex.PackageMalformed)
    assert refused.params["problem"] == ex.PACKAGE_PROBLEMS[problem]


def test_oversized_packages(
    session: Session, police: repo.RecipientRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _refused(session, b"\x30" * (exchange.MAX_PACKAGE_BYTES + 1), ex.PackageTooLarge)
    monkeypatch.setattr(package, "MAX_DATA_BYTES", 100)
    big = reply_zip(police_identity(), {"messages": [{"text": "x" * 500}]})
    refused = _refused(session, seal(big), ex.PackageMalformed)
    assert refused.params["problem"] == ex.PACKAGE_PROBLEMS["size"]


def test_a_zip_bomb(session: Session, police: repo.RecipientRow) -> None:
    bomb = zip_of({"manifest.json": b"{}", "data.json": b" " * (15 * 1024 * 1024)})
    refused = _refused(session, seal(bomb), ex.PackageMalformed)
    assert refused.params["problem"] == ex.PACKAGE_PROBLEMS["ratio"]


@pytest.mark.parametrize(
    "name", ["../../../tmp/evil.pdf", "/etc/cron.d/evil", "attachments/../../evil.pdf"]
)
def test_zip_paths_that_escape(
    session: Session, police: repo.RecipientRow, name: str, tmp_path: Path
) -> None:
    made = reply_zip(police_identity(), MESSAGE, extra_files={name: b"%PDF-1.4 evil"})
    refused = _refused(session, seal(made), ex.PackageMalformed)
    assert refused.params["problem"] == ex.PACKAGE_PROBLEMS["name"]
    assert not Path("/tmp/evil.pdf").exists() and not (tmp_path.parent / "evil.pdf").exists()


def test_a_package_claiming_another_sender(session: Session, police: repo.RecipientRow) -> None:
    claims = {"sender": {"fingerprint": second_police_identity().fingerprint}}
    made = reply_zip(police_identity(), MESSAGE, manifest_changes=claims)
    _refused(session, seal(made), ex.SenderMismatch)


def test_a_duplicate_import_by_id_or_by_content(
    session: Session, police: repo.RecipientRow
) -> None:
    made = reply_zip(police_identity(), MESSAGE)
    first = seal(made)
    preview = exchange.open_package(session, first)
    exchange.accept_import(session, preview)
    refusals: list[Callable[[], object]] = [
        lambda: exchange.open_package(session, first),  # the same file again
        lambda: exchange.open_package(session, seal(made)),  # encrypted anew, same ZIP
        lambda: exchange.open_package(  # another ZIP with the same package id
            session, seal(reply_zip(police_identity(), {"messages": [{"text": "Annat"}]}))
        ),
        lambda: exchange.accept_import(session, preview),  # a preview accepted twice
    ]
    for attempt in refusals:
        with unchanged(session), pytest.raises(ex.DuplicateImport):
            attempt()


def test_linking_to_a_case_that_does_not_exist_changes_nothing(
    session: Session, police: repo.RecipientRow
) -> None:
    from kopingplan import errors

    preview = exchange.open_package(session, seal(reply_zip(police_identity(), MESSAGE)))
    with unchanged(session), pytest.raises(errors.NotFound):
        exchange.accept_import(session, preview, case_id=4242)


def test_arbitrary_files_are_refused_as_not_a_package(
    session: Session, police: repo.RecipientRow
) -> None:
    for junk in (b"", b"PK\x03\x04 a zip, not a package", b"%PDF-1.7", bytes(range(256))):
        _refused(session, junk, ex.NotAPackage)
