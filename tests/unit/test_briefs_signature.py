"""Signed briefs as a recipient checks them: our verifier, poppler's pdfsig and pyHanko agree
that a fresh brief is valid, and all three catch one flipped byte and an appended update."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from test_briefs_support import (
    Prepared,
    need,
    page_texts,
    pdfsig,
    prepare,
    pyhanko_validate,
    run,
    save,
)

from kopingplan.briefs import labels, verify
from kopingplan.briefs.document import BriefKind
from kopingplan.briefs.render import render
from kopingplan.briefs.sign import FIELD_NAME, BriefSigner
from kopingplan.crypto.identity import create_identity
from kopingplan.services import briefs
from kopingplan.services import identity as identity_service
from kopingplan.services.session import Session

from support import shared_identity


@pytest.fixture
def signed(session: Session, tmp_path: Path) -> tuple[Path, Path, Prepared]:
    """A signed meeting brief and the coordinator's certificate (PEM) beside it."""
    prepared = prepare(session, cases=16)
    brief = briefs.meeting_brief(session, prepared.meeting_id)
    path = save(session, brief, tmp_path, "mote.pdf")[0]
    certificate = tmp_path / "samordnare.pem"
    certificate.write_bytes(shared_identity().certificate_pem)
    return path, certificate, prepared


def _flip_inside_signed_range(data: bytes) -> bytes:
    """One bit changed in the middle of a page's content stream, well inside /ByteRange."""
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)", data)
    assert found is not None
    start, first_length = (int(x) for x in found.groups())
    streams = [m.end() for m in re.finditer(rb"stream\r?\n", data) if m.end() < first_length - 100]
    position = streams[len(streams) // 2] + 20
    assert start <= position < start + first_length
    changed = bytearray(data)
    changed[position] ^= 0x01
    return bytes(changed)


def _append_forged_page(data: bytes) -> bytes:
    """An incremental update that replaces the first page's content, as a forger would."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (Inget att se) Tj ET")
    page[generic.NameObject("/Contents")] = writer.add_object(forged)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_fresh_brief_is_valid_for_all_three(
    session: Session, signed: tuple[Path, Path, Prepared]
) -> None:
    path, certificate, _ = signed
    ours = briefs.verify(path.read_bytes(), session)
    assert ours.ok, ours
    assert ours.signer == "Anna Lindqvist, Köpings kommun"
    assert ours.fingerprint == shared_identity().fingerprint
    assert ours.signed_at is not None
    assert abs((datetime.now(UTC) - ours.signed_at).total_seconds()) < 3600

    report = pdfsig(path)
    assert "Signature is Valid." in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report  # PAdES, not the older adbe.pkcs7 form
    valid, said = pyhanko_validate(path, certificate)
    assert valid, said


def test_one_flipped_byte_is_caught_by_all_three(
    session: Session, signed: tuple[Path, Path, Prepared], tmp_path: Path
) -> None:
    path, certificate, _ = signed
    tampered = tmp_path / "andrad.pdf"
    tampered.write_bytes(_flip_inside_signed_range(path.read_bytes()))

    ours = briefs.verify(tampered.read_bytes(), session)
    assert not ours.intact and ours.problem == verify.CHANGED
    report = pdfsig(tampered)
    assert "Signature is Valid." not in report
    assert "Digest Mismatch" in report
    valid, said = pyhanko_validate(tampered, certificate)
    assert not valid, said


def test_an_appended_update_is_caught_by_all_three(
    session: Session, signed: tuple[Path, Path, Prepared], tmp_path: Path
) -> None:
    path, certificate, _ = signed
    forged = tmp_path / "forfalskad.pdf"
    forged.write_bytes(_append_forged_page(path.read_bytes()))

    ours = briefs.verify(forged.read_bytes(), session)
    assert not ours.intact and ours.problem == verify.APPENDED
    assert ours.signer == "Anna Lindqvist, Köpings kommun"  # still says who signed the original
    assert "Not total document signed" in pdfsig(forged)
    valid, said = pyhanko_validate(forged, certificate)
    assert not valid, said


def test_an_unknown_signer_is_named_but_not_trusted(signed: tuple[Path, Path, Prepared]) -> None:
    path, _, _ = signed
    stranger = create_identity("Någon Annan", "Okänd kommun").certificate

    for trusted in ([], [stranger]):
        result = verify.verify_pdf(path.read_bytes(), trusted)
        assert result.intact and not result.trusted and not result.ok
        assert result.problem == verify.UNTRUSTED
        assert result.fingerprint == shared_identity().fingerprint


def test_unsigned_or_not_a_pdf(session: Session) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    signer = briefs.signer_for(session)
    unsigned = render(brief, signer.facts()).data

    assert verify.verify_pdf(unsigned, [signer.certificate]).problem == verify.NO_SIGNATURE
    assert verify.verify_pdf(b"%PDF-1.7 nonsense", []).problem == verify.NOT_A_PDF
    assert verify.verify_pdf(unsigned[: len(unsigned) // 2], []).intact is False


def test_the_signature_block_is_visible_on_the_last_page(
    session: Session, signed: tuple[Path, Path, Prepared], tmp_path: Path
) -> None:
    path, _, _ = signed
    result = briefs.verify(path.read_bytes(), session)
    pages = page_texts(path)
    last = " ".join(pages[-1].split())
    assert "Undertecknad av: Anna Lindqvist, Köpings kommun" in last
    assert result.signed_at is not None
    assert f"Tidpunkt: {labels.timestamp(result.signed_at)}" in last  # the signed time itself
    assert shared_identity().fingerprint[:19] in last

    # The signature field lies on the last page, over the block.
    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        signature = reader.embedded_signatures[0]
        widget = signature.sig_field
        assert signature.field_name == FIELD_NAME
        x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
        last_page = reader.root["/Pages"]["/Kids"][-1].get_object()
        assert widget["/P"].get_object() == last_page
    assert x2 - x1 > 200 and y2 - y1 > 60

    # And it is drawn: the block's area of the rendered page has ink in it.
    need("pdftoppm")
    count = len(pages)
    prefix = tmp_path / "sida"
    result_png = run("pdftoppm", "-r", "60", "-png", "-f", str(count), "-l", str(count),
                     str(path), str(prefix))  # fmt: skip
    assert result_png.returncode == 0, result_png.stderr
    image = Image.open(next(tmp_path.glob("sida*.png"))).convert("L")
    scale = 60 / 72
    height = image.height
    box = (int(x1 * scale), int(height - y2 * scale), int(x2 * scale), int(height - y1 * scale))
    dark = sum(image.crop(box).histogram()[:128])
    assert dark > 200


def test_one_signer_signs_every_copy(session: Session) -> None:
    prepared = prepare(session, cases=12)
    brief = briefs.case_brief(session, prepared.case_ids[0])
    signer = BriefSigner.from_identity(identity_service.active_identity(session))
    copies = briefs.produce(session, brief, copies=3, signer=signer)

    assert brief.kind is BriefKind.CASE
    assert len({copy.sha256 for copy in copies}) == 3
    for copy in copies:
        assert verify.verify_pdf(copy.data, [signer.certificate]).ok
