"""The vault's own attachments of the chosen cases in an export package (issue 17): ticked files
go into the package (their bytes inside the encrypted file only, the same bytes the recipient
opens), the preview lists them, the disclosure record names them and the audit row counts them
by id; a file larger than a package may carry, or of a case not chosen, is refused with nothing
made; no attached brief copy is recorded for them. Files of every kind: test_package_files."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from test_exchange_fixtures import police_identity, private_key
from test_exchange_service import Filled, _raw_audit, _request, filled, police

import attachment_samples as samples
from kopingplan.domain import model
from kopingplan.exchange import cms, package
from kopingplan.exchange import errors as ex
from kopingplan.services import attachments, exchange
from kopingplan.services.exchange import case_files
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as repo

from support import all_bytes, shared_identity

__all__ = ["filled", "police"]


def _attach(session: Session, owner: model.AttachmentOwner, owner_id: int, name: str,
            data: bytes) -> int:  # fmt: skip
    stored = attachments.attach_bytes(session, owner, owner_id, name, data)
    assert stored.id is not None
    return stored.id


def test_ticked_pdfs_leave_in_the_package_and_are_recorded(
    session: Session, filled: Filled, police: repo.RecipientRow, tmp_path: Path
) -> None:
    case_id = filled.case.id
    assert case_id is not None and filled.notes[0].id is not None
    letter = samples.pdf(pages=2)
    on_case = _attach(session, model.AttachmentOwner.CASE, case_id, "Orosanmälan.pdf", letter)
    on_note = _attach(session, model.AttachmentOwner.NOTE, filled.notes[0].id, "Foto.png",
                      samples.png())  # fmt: skip
    listed = case_files.of_cases(session, [case_id])
    assert [(c, a.id, case_files.can_leave(a)) for c, a in listed] == [
        (case_id, on_case, True), (case_id, on_note, True)
    ]  # fmt: skip
    preview = exchange.preview_export(
        session, _request([police], case_id, attachment_ids=(on_case,))
    )
    assert [a.name for a in preview.attachments] == ["Orosanmalan.pdf"]
    assert preview.data["attachments"] == ["Orosanmalan.pdf"]
    # The record names the file by its number and kind, never by its name (issue 16).
    assert f"bilagor: ärendets bilaga {on_case} (PDF)" in preview.description
    assert "Orosanm" not in preview.description
    before = len(_raw_audit(session))
    out = tmp_path / "paket.p7m"
    result = exchange.export_package(session, preview, out)
    identity = police_identity()
    message = cms.read_signed(cms.decrypt(out.read_bytes(), identity.certificate,
                                          private_key(identity)))  # fmt: skip
    zipped = zipfile.ZipFile(BytesIO(cms.verify(message, shared_identity().certificate)))
    assert zipped.read("attachments/Orosanmalan.pdf") == letter
    # One disclosure for the package; no brief copy is recorded for a case file.
    assert len(result.disclosure_ids) == 1
    logged = _raw_audit(session)[before:]
    assert [row[0] for row in logged] == ["disclosures.create", "exchange.export"]
    assert logged[1][3]["case_files"] == [on_case] and logged[1][3]["attachments"] == 1
    # The marker inside the file is in no file of the vault folder, nor in the package in plain.
    assert samples.MARKER_BYTES not in all_bytes(session.vault_folder)
    assert samples.MARKER_BYTES not in out.read_bytes()


@pytest.mark.parametrize("which", ["too large", "other case"])
def test_a_file_that_cannot_leave_is_refused_before_anything_is_made(
    session: Session,
    filled: Filled,
    police: repo.RecipientRow,
    which: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_id = filled.case.id
    assert case_id is not None
    other = session.save(model.Case("Annat ärende", model.Level.GENERAL,
                                    model.Orientation.UNCLEAR, filled.case.opened_on))  # fmt: skip
    if which == "too large":
        chosen = _attach(session, model.AttachmentOwner.CASE, case_id, "Foto.png", samples.png())
        monkeypatch.setattr(package, "MAX_ATTACHMENT_BYTES", 1000)
        error: type[Exception] = ex.AttachmentTooLarge
    else:
        chosen = _attach(session, model.AttachmentOwner.CASE, other.id, "Annan.pdf",
                         samples.pdf())  # fmt: skip
        error = case_files.AttachmentNotOfCase
    before = len(_raw_audit(session))
    with pytest.raises(error):
        exchange.preview_export(session, _request([police], case_id, attachment_ids=(chosen,)))
    assert len(_raw_audit(session)) == before and exchange.disclosures(session) == []
