"""Checks a signed brief: who signed it, when, and whether it is exactly what was signed.

A brief counts as intact only when its one signature is cryptographically valid, the signed
bytes hash to what was signed, and the signature covers the whole file. The last point is
stricter than PDF readers: they accept later incremental updates (a filled-in form, an added
comment) as long as they look harmless, but a brief is a finished document — anything appended
after signing, even a harmless-looking annotation, is reported.

Whether the signer is trusted is a separate question (``trusted``): a brief can be intact and
still signed by someone the reader does not know. ``problem`` names the first thing wrong, as
an English text marked for translation in context "Verification"; ``None`` when all is well.
"""

from __future__ import annotations

import io
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from kopingplan import files
from kopingplan.crypto.identity import certificate_fingerprint
from kopingplan.errors import QT_TRANSLATE_NOOP, log_failure

NOT_A_PDF = QT_TRANSLATE_NOOP("Verification", "The file is not a readable PDF document.")
NO_SIGNATURE = QT_TRANSLATE_NOOP("Verification", "The document is not signed.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Verification", "The signature is damaged and cannot be checked; do not rely on the content."
)
CHANGED = QT_TRANSLATE_NOOP(
    "Verification",
    "The document was changed after it was signed; do not rely on the content.",
)
INVALID = QT_TRANSLATE_NOOP(
    "Verification", "The signature does not match the signer's certificate."
)
APPENDED = QT_TRANSLATE_NOOP(
    "Verification",
    "Something was added to the document after it was signed; do not rely on the content.",
)
SIGNED_TWICE = QT_TRANSLATE_NOOP(
    "Verification", "The document carries more than one signature; a brief has exactly one."
)
UNTRUSTED = QT_TRANSLATE_NOOP(
    "Verification",
    "The document is intact, but the signer's certificate is not one you trust. Compare its "
    "fingerprint with the one the signer gave you.",
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class VerificationResult:
    intact: bool
    signer: str  # "Name, Organisation" from the signing certificate; "" when none was found
    fingerprint: str  # SHA-256 of the signing certificate, as crypto.identity writes it
    signed_at: datetime | None  # the signer's claimed time (B-B has no time-stamp token)
    problem: str | None
    trusted: bool = False  # the signing certificate is one of ``trusted``

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and self.problem is None


def _describe_signer(certificate: asn1_x509.Certificate) -> tuple[str, str]:
    parsed = x509.load_der_x509_certificate(certificate.dump())
    names = [
        str(attribute.value)
        for oid in (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATION_NAME)
        for attribute in parsed.subject.get_attributes_for_oid(oid)
    ]
    return ", ".join(names), certificate_fingerprint(parsed)


def read_brief_file(path: str | os.PathLike[str]) -> bytes:
    """A signed brief's bytes, refused before reading if it is not a regular file of at most
    :data:`kopingplan.files.BRIEF_LIMIT` (a :class:`kopingplan.files.FileError`)."""
    return files.read_input(path, files.BRIEF_LIMIT)


def _covers_to_the_end(signature: Any, size: int) -> bool:
    """The signed byte range starts at the first byte and ends at the last: not one byte
    (an appended object, a line end) follows what was signed. pyHanko's own validation
    accepts an appended unreferenced object as an allowed modification."""
    try:
        first, first_length, second, second_length = (
            int(n) for n in signature.sig_object["/ByteRange"]
        )
    except (KeyError, TypeError, ValueError):
        return False
    return first == 0 and second + second_length == size and first_length <= second


def verify_pdf(data: bytes, trusted: Sequence[x509.Certificate]) -> VerificationResult:
    """Checks the signature of a brief against the ``trusted`` certificates."""

    def failed(problem: str, signer: str = "", fingerprint: str = "") -> VerificationResult:
        return VerificationResult(False, signer, fingerprint, None, problem)

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_regular_signatures
    except Exception:  # pyHanko raises many kinds of errors for a broken file
        log_failure(_log, "unreadable PDF", level=logging.DEBUG)
        return failed(NOT_A_PDF)
    if not signatures:
        return failed(NO_SIGNATURE)
    signature = signatures[0]
    try:
        certificate = signature.signer_cert
        signer, fingerprint = _describe_signer(certificate)
    except Exception:
        log_failure(_log, "no readable signer certificate", level=logging.DEBUG)
        return failed(DAMAGED)
    roots = [
        asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        for cert in trusted
    ]
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        # Later updates are judged below by coverage alone, so pyHanko's analysis of what
        # they changed is not needed.
        status = validate_pdf_signature(signature, context, skip_diff=True)
    except Exception:
        log_failure(_log, "signature could not be validated", level=logging.DEBUG)
        return failed(DAMAGED, signer, fingerprint)
    signed_at = status.signer_reported_dt
    problem: str | None = None
    if not status.intact:
        problem = CHANGED
    elif not status.valid:
        problem = INVALID
    elif len(signatures) > 1:
        problem = SIGNED_TWICE
    elif status.coverage != SignatureCoverageLevel.ENTIRE_FILE or not _covers_to_the_end(
        signature, len(data)
    ):
        problem = APPENDED
    intact = problem is None
    # With no roots of our own, pyHanko would fall back to the system's trust store, whose
    # public CAs say nothing about who a coordinator is.
    is_trusted = bool(roots) and bool(status.trusted)
    if intact and not is_trusted:
        problem = UNTRUSTED
    return VerificationResult(intact, signer, fingerprint, signed_at, problem, is_trusted)
