"""Export (utlämnande): the preview of exactly what leaves, then the signed and encrypted
package, written together with its disclosure records and audit rows."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kopingplan import files
from kopingplan.domain import model
from kopingplan.exchange import content, gather, package, schema
from kopingplan.exchange import errors as ex
from kopingplan.exchange.gather import CasePart
from kopingplan.exchange.legal_bases import LegalBasis
from kopingplan.filetypes import FileKind
from kopingplan.services import brief_disclosures, consents
from kopingplan.services import identity as identity_service
from kopingplan.services.exchange import brief_copies, case_files
from kopingplan.services.exchange.recipients import (
    RecipientRow,
    describe_recipient,
    legal_bases,
    now_or,
    usable,
)
from kopingplan.services.extract_attachments import KIND_WORDS
from kopingplan.services.pending_outputs import recorded_output
from kopingplan.services.session import OWNER_NAME, OWNER_ORGANISATION, Session
from kopingplan.storage import audit, identities, mapping, reading, repositories
from kopingplan.storage.repositories import exchange as repo


@dataclass(frozen=True)
class ExportRequest:
    recipient_ids: tuple[int, ...]
    terms: model.DisclosureTerms  # the legal basis by a code or title from legal_bases()
    cases: tuple[CasePart, ...] = ()
    situation_entry_ids: tuple[int, ...] = ()
    attachments: tuple[package.Attachment, ...] = ()  # files given by name and bytes: a brief
    # The vault's own attachments of the chosen cases that go with the package (any kind the
    # vault accepts; issue 17)
    attachment_ids: tuple[int, ...] = ()
    message: str = ""  # a covering note to the recipient


@dataclass(frozen=True)
class ExportPreview:
    """Exactly what would leave: ``data_json`` and ``attachments`` inside ``zip_bytes``."""

    request: ExportRequest
    recipients: tuple[RecipientRow, ...]
    legal_basis: LegalBasis
    terms: model.DisclosureTerms  # the request's, checked and normalised
    package_id: str
    created: datetime
    data_json: bytes
    attachments: tuple[package.Attachment, ...]
    zip_bytes: bytes
    content_sha256: str  # of zip_bytes: what `openssl cms -verify` writes out
    description: str  # the disclosure record's "what", without content
    case_ids: tuple[int, ...]
    counts: dict[str, int]
    expiring: tuple[RecipientRow, ...]  # recipients to warn about (within 30 days of expiry)
    case_files: tuple[Any, ...] = ()  # the records of the vault attachments that leave
    # Each attached brief in the disclosure record's words (its document id and copy as the
    # log recorded them, never its file name), in the order of ``briefs``
    brief_words: tuple[str, ...] = ()

    @property
    def briefs(self) -> tuple[package.Attachment, ...]:
        """The attached briefs as they leave (the case files follow them in ``attachments``)."""
        return self.attachments[: len(self.request.attachments)]

    @property
    def data(self) -> Any:
        return schema.loads(self.data_json)


@dataclass(frozen=True)
class ExportResult:
    package_id: str
    content_sha256: str
    disclosure_ids: tuple[int, ...]
    size: int
    destination: Path


def preview_export(
    session: Session, request: ExportRequest, *, now: datetime | None = None
) -> ExportPreview:
    """Checks the request and gathers what would leave; reads only, writes nothing."""
    now = now_or(now)
    if not request.recipient_ids:
        raise ex.NoRecipient()
    recipients = tuple(
        reading.run(session, repo.recipient, i) for i in dict.fromkeys(request.recipient_ids)
    )
    for row in recipients:
        usable(row, now)
    basis, terms = brief_disclosures.checked_terms(legal_bases(session), request.terms)
    _check_consent(session, recipients, basis, request, now)
    counts = dict.fromkeys(
        ("cases", "case_details", "subjects", "notes", "measures", "situation_entries"), 0
    )
    cases = [
        reading.run(session, gather.case_entry, part, counts)
        for part in gather.unique_parts(request.cases)
    ]
    entries = [
        content.situation_entry(
            reading.run(session, mapping.get, repositories.SITUATION_ENTRIES, i)
        )
        for i in dict.fromkeys(request.situation_entry_ids)
    ]
    counts["situation_entries"] = len(entries)
    chosen_cases = [part.case_id for part in gather.unique_parts(request.cases)]
    files, records = case_files.package_files(session, request.attachment_ids, chosen_cases)
    attachments = gather.attachments((*request.attachments, *files))
    # Case numbers alone carry nothing the recipient could use (and the reader would refuse
    # the package as empty): something beyond them must be chosen.
    carried = sum(v for k, v in counts.items() if k != "cases")
    if not carried and not attachments and not request.message.strip():
        raise ex.NothingSelected()
    identity = identity_service.active_identity(session)
    sender = content.party(
        reading.run(session, identities.get_setting, OWNER_NAME),
        reading.run(session, identities.get_setting, OWNER_ORGANISATION),
        identity.fingerprint,
    )
    package_id = package.new_package_id()
    data: dict[str, Any] = {
        "package_id": package_id,
        "created": now.isoformat(timespec="seconds"),
        "sender": sender,
        "recipients": [content.party(r.name, r.organisation, r.fingerprint) for r in recipients],
        "legal_basis": {
            "code": basis.code,
            "title": basis.title,
            "description": basis.description,
            "note": terms.legal_basis_note,
        },
        "decided_by": {"name": terms.decided_by, "role": terms.decided_by_role},
        "purpose": terms.purpose,
    }
    if request.message.strip():
        data["messages"] = [{"text": request.message.strip()}]
    if cases:
        data["cases"] = cases
    if entries:
        data["situation_entries"] = entries
    if attachments:
        data["attachments"] = [a.name for a in attachments]
    data_json = schema.dumps(data)
    zip_bytes = package.build(
        package_id=package_id,
        created=now,
        sender_fingerprint=identity.fingerprint,
        sender_name=sender["name"],
        sender_organisation=sender["organisation"],
        data_json=data_json,
        attachments=attachments,
    )
    case_ids = tuple(int(c["reference"]) for c in cases)
    words = tuple(_brief_words(session, a.content) for a in request.attachments)
    return ExportPreview(
        request=request,
        recipients=recipients,
        legal_basis=basis,
        terms=terms,
        package_id=package_id,
        created=now,
        data_json=data_json,
        attachments=attachments,
        zip_bytes=zip_bytes,
        content_sha256=hashlib.sha256(zip_bytes).hexdigest(),
        description=gather.description(
            case_ids,
            counts,
            [*words, *(gather.case_file_words(r.id, _kind_words(r.kind)) for r in records)],
            bool(request.message.strip()),
        ),
        case_ids=case_ids,
        counts=counts,
        expiring=tuple(r for r in recipients if describe_recipient(r).expires_soon(now)),
        case_files=records,
        brief_words=words,
    )


def _kind_words(kind: str) -> str:
    """A file's kind in the register's Swedish words, whatever the program's language."""
    try:
        return KIND_WORDS[FileKind(kind)]
    except (KeyError, ValueError):
        return "annan fil"


def _brief_words(session: Session, data: bytes) -> str:
    copy = brief_copies.recorded(session, data)
    if copy is None:
        return gather.brief_words()
    return gather.brief_words(copy.document_id, copy.copy, copy.copies)


def export_package(
    session: Session,
    preview: ExportPreview,
    destination: Path,
    *,
    now: datetime | None = None,
    overwrite: bool = True,
    gate: contextlib.AbstractContextManager[Callable[[], None]] | None = None,
) -> ExportResult:
    """Signs and encrypts the previewed ZIP, records the disclosure and writes the file.
    ``overwrite=False`` (the command line without --force) refuses an existing file; a
    folder, a device or a link to one is never written (:mod:`kopingplan.files`). ``gate`` is
    entered around the save and gives what is called once the package is written (under a
    temporary name), before its disclosure is recorded: the export wizard's, which refuses
    there once a lock has stopped waiting for it (so nothing is recorded behind the locked
    vault) and from there on is waited for by a lock."""
    now = now_or(now)
    destination = Path(destination)
    files.check_output(destination, overwrite=overwrite)  # before anything is signed
    current = tuple(reading.run(session, repo.recipient, r.id) for r in preview.recipients)
    if any(
        c.fingerprint != p.fingerprint for c, p in zip(current, preview.recipients, strict=True)
    ):
        raise ex.PreviewOutdated()
    recipient_certificates = [usable(row, now) for row in current]
    # Again at the moment of export: a consent may have been withdrawn since the preview.
    _check_consent(session, current, preview.legal_basis, preview.request, now)
    # CMS (asn1crypto, ~4 MB) only when a package is made, not with the window at start-up.
    from kopingplan.exchange import cms

    identity = identity_service.active_identity(session)
    signed = cms.sign(preview.zip_bytes, identity.certificate, identity.private_key())
    encrypted = cms.encrypt(signed, recipient_certificates)
    # The package is put under its name only once its disclosures are committed.
    with (
        gate or contextlib.nullcontext() as begin,
        recorded_output(
            session, destination, encrypted, overwrite=overwrite, before_recording=begin
        ) as conn,
    ):
        disclosure_ids = []
        words = preview.brief_words or (gather.brief_words(),) * len(preview.briefs)
        attached = [(w, a.content) for w, a in zip(words, preview.briefs, strict=True)]
        for row in current:
            ref = consents.export_recipient(conn, row.label, row.organisation)
            disclosure = model.Disclosure(
                **preview.terms.recorded(preview.legal_basis.title),
                disclosed_at=now,
                recipient=row.label,
                content_description=preview.description,
                content_sha256=preview.content_sha256,
                recipient_fingerprint=row.fingerprint,
                case_ids=preview.case_ids,
                recipient_kind=ref.organisation_kind,
            )
            disclosure_ids.append(brief_disclosures.store(conn, session.actor, disclosure))
            # Each attached brief is a copy of its own for this recipient (issue 16).
            disclosure_ids += brief_disclosures.record_attached(
                conn, session.actor, disclosure, attached, preview.package_id
            )
        audit.append(
            conn,
            session.actor,
            "exchange.export",
            details={
                "package_id": preview.package_id,
                "sha256": preview.content_sha256,
                "recipients": [row.fingerprint for row in current],
                "disclosures": disclosure_ids,
                "cases": list(preview.case_ids),
                **{k: v for k, v in preview.counts.items() if k != "cases"},
                "attachments": len(preview.attachments),
                "case_files": [a.id for a in preview.case_files],
                "bytes": len(encrypted),
            },
        )
    return ExportResult(
        package_id=preview.package_id,
        content_sha256=preview.content_sha256,
        disclosure_ids=tuple(disclosure_ids),
        size=len(encrypted),
        destination=destination,
    )


def _check_consent(
    session: Session,
    recipients: tuple[RecipientRow, ...],
    basis: LegalBasis,
    request: ExportRequest,
    now: datetime,
) -> None:
    """Citing consent (OSL 12 kap. 2 §) needs a valid consent of every case for every
    recipient's organisation and the purpose (services/consents.py); reads only."""
    with session.vault.read() as conn:
        consents.check_cited(
            conn,
            basis.code,
            [part.case_id for part in gather.unique_parts(request.cases)],
            [consents.export_recipient(conn, r.label, r.organisation) for r in recipients],
            request.terms.purpose,
            consents.local_day(now),
        )
