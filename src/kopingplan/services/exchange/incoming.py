"""Import: a package addressed to the vault identity is decrypted, its signer checked against
the registered and verified certificates, read strictly and shown as a preview, all without a
write; on acceptance its records are stored as incoming items with their source."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from cryptography import x509

from kopingplan import files, filetypes
from kopingplan.domain import model
from kopingplan.domain.model.attachments import Attachment
from kopingplan.exchange import certificates, content, package
from kopingplan.exchange import errors as ex
from kopingplan.services.attachments import OpenedAttachment
from kopingplan.services.exchange.recipients import RecipientRow, now_or
from kopingplan.services.identity import decrypt_package
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading, repositories
from kopingplan.storage.repositories import exchange as repo

if TYPE_CHECKING:
    # CMS (asn1crypto) is imported where a package is read: the GUI imports this module
    # at start-up, and asn1crypto's ~4 MB stayed resident with the main window.
    from kopingplan.exchange import cms

IncomingItemRow = repo.IncomingItemRow
MAX_PACKAGE_BYTES = files.PACKAGE_LIMIT  # the ZIP (package.MAX_ZIP_BYTES) plus CMS overhead


@dataclass(frozen=True)
class ImportPreview:
    sender: RecipientRow
    package_id: str
    created: datetime
    signing_time: datetime | None
    content_sha256: str  # of the signed ZIP
    records: tuple[model.IncomingRecord, ...]
    sender_terms: model.SenderTerms


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    item_ids: tuple[int, ...]
    case_ids: tuple[int, ...] = field(default=())


def read_package_file(path: str | os.PathLike[str]) -> bytes:
    """A package file's bytes, refused before reading if it is not a regular file of at
    most :data:`MAX_PACKAGE_BYTES` (a :class:`kopingplan.files.FileError`)."""
    return files.read_input(path, MAX_PACKAGE_BYTES)


def open_package(session: Session, data: bytes, *, now: datetime | None = None) -> ImportPreview:
    """Decrypts, verifies and reads a package addressed to the vault identity. Writes nothing;
    every refusal is a :class:`~kopingplan.exchange.errors.PackageProblem`. This is also the
    whole of ``kopingplan verify FILE``."""
    now = now_or(now)
    if len(data) > MAX_PACKAGE_BYTES:
        raise ex.PackageTooLarge(limit_mib=MAX_PACKAGE_BYTES // package.MIB)
    from kopingplan.exchange import cms  # here, not at start-up: see TYPE_CHECKING above

    # Every identity the vault holds, active first: a package may be addressed to the
    # certificate the coordinator had before importing an organisation-issued one.
    signed = decrypt_package(session, data)
    message = cms.read_signed(signed)
    sender = _signer(session, message)
    certificate = x509.load_der_x509_certificate(sender.certificate_der)
    zip_bytes = cms.verify(message, certificate)
    if now > sender.not_after:
        raise ex.SignerCertificateExpired(
            name=sender.label, date=sender.not_after.date().isoformat()
        )
    unpacked = package.read(zip_bytes)
    manifest = unpacked.manifest
    claimed = certificates.normalise_fingerprint(manifest.sender_fingerprint)
    if claimed != certificates.normalise_fingerprint(sender.fingerprint):
        raise ex.SenderMismatch()
    incoming = content.read(
        unpacked.data_json,
        package_id=manifest.package_id,
        attachments={a.name: a.content for a in unpacked.attachments},
    )
    reading.run(session, _not_imported_before, manifest.package_id, unpacked.sha256)
    return ImportPreview(
        sender=sender,
        package_id=manifest.package_id,
        created=manifest.created,
        signing_time=message.signing_time,
        content_sha256=unpacked.sha256,
        records=incoming.records,
        sender_terms=incoming.sender_terms,
    )


def _signer(session: Session, message: cms.SignedMessage) -> RecipientRow:
    """The registered, verified recipient the signature names (not yet checked)."""
    named = [
        row
        for row in reading.run(session, repo.recipients)
        if message.signed_by(x509.load_der_x509_certificate(row.certificate_der))
    ]
    verified = [row for row in named if row.verified]
    if verified:
        return verified[0]
    if named:
        raise ex.UnverifiedSigner(name=named[0].label)
    carried = message.carried_signer()
    fingerprint = certificates.describe(carried).fingerprint if carried else "?"
    raise ex.UnknownSigner(fingerprint=fingerprint)


def _not_imported_before(conn: mapping.Connection, package_id: str, content_sha256: str) -> None:
    """Refuses a package imported before (the same id or the same content), naming the day:
    when it is opened, and again when it is accepted (it may have been imported meanwhile)."""
    earlier = repo.imported_package(conn, package_id, content_sha256)
    if earlier is not None:
        raise ex.DuplicateImport(date=earlier.imported_at.date().isoformat())


def accept_import(
    session: Session,
    preview: ImportPreview,
    *,
    links: Mapping[int, int | None] | None = None,
    case_id: int | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Stores the previewed records as incoming items. ``links`` maps a record's index to the
    case it belongs to here (``None``: no case); records not in it go to ``case_id``."""
    now = now_or(now)
    links = links or {}
    chosen = [links.get(i, case_id) for i in range(len(preview.records))]
    with session.vault.transaction() as conn:
        _not_imported_before(conn, preview.package_id, preview.content_sha256)
        for target in {c for c in chosen if c is not None}:
            mapping.get(conn, repositories.CASES, target)  # NotFound before anything is written
        repo.insert_imported_package(
            conn,
            package_id=preview.package_id,
            content_sha256=preview.content_sha256,
            sender_fingerprint=preview.sender.fingerprint,
            created_at=preview.created.isoformat(),
            imported_at=now,
            items=len(preview.records),
        )
        item_ids = []
        for record, linked in zip(preview.records, chosen, strict=True):
            item = repo.IncomingItemRow(
                **vars(record),
                package_id=preview.package_id,
                received_at=now,
                source=preview.sender.label,
                sender_fingerprint=preview.sender.fingerprint,
                case_id=linked,
                sender_terms=preview.sender_terms,
            )
            item_ids.append(repo.insert_incoming_item(conn, item))
        linked_cases = tuple(sorted({c for c in chosen if c is not None}))
        audit.append(
            conn,
            session.actor,
            "exchange.import",
            details={
                "package_id": preview.package_id,
                "sha256": preview.content_sha256,
                "sender": preview.sender.fingerprint,
                "items": len(item_ids),
                "cases": list(linked_cases),
            },
        )
    return ImportResult(preview.package_id, tuple(item_ids), linked_cases)


incoming_items = reading.query(repo.incoming_items)


def open_incoming(session: Session, *, limit: int = 100) -> list[IncomingItemRow]:
    """Every incoming item, newest first, for the window that lists them: opening it is
    written to the audit log with the number of items shown (the items are personal data).
    Showing the list again in an open window is :func:`incoming_items`, which writes nothing;
    a case's items are shown as part of opening the case."""
    items = incoming_items(session, limit=limit)
    session.record("incoming_items.list", "incoming_items", None, {"items": len(items)})
    return items


def incoming_file_kind(item: IncomingItemRow) -> filetypes.FileKind | None:
    """The kind of an item's attached file, by its content (None: no file, or none known)."""
    return None if item.attachment is None else filetypes.sniff(item.attachment)


def incoming_file_extension(item: IncomingItemRow) -> str:
    """The extension (without the dot) a copy of an item's file is saved with: its name's if
    that fits its content, else its kind's usual one ("bin" for a file of no known kind)."""
    kind = incoming_file_kind(item)
    if kind is None:
        return "bin"
    extension = os.path.splitext(item.title)[1].lower()
    return (
        extension if extension in filetypes.EXTENSIONS[kind] else filetypes.EXTENSIONS[kind][0]
    )[1:]


def open_incoming_file(item: IncomingItemRow) -> OpenedAttachment | None:
    """An item's attached file as the attachment viewer shows it, from memory: the item was
    read with its bytes when the list was opened (which the audit log records), so nothing is
    read or written here. None when the item holds no file, or one the program cannot show
    (an Office file or an e-mail: "Save a copy" only). A PDF's pages are counted by pdfium
    (call it off the GUI thread)."""
    kind = incoming_file_kind(item)
    if item.attachment is None or kind not in filetypes.SHOWN_IN_PROGRAM:
        return None
    pages = None
    if kind is filetypes.FileKind.PDF:
        try:
            pages = filetypes.pdf_page_count(item.attachment)
        except ValueError:
            pages = None  # the viewer then says the page cannot be shown
    record = Attachment(
        file_name=item.title or f"{item.id}",
        kind=str(kind),
        size=len(item.attachment),
        sha256=hashlib.sha256(item.attachment).hexdigest(),
        added_at=item.received_at,
        added_by=item.source,
        pages=pages,
        id=item.id,
    )
    return OpenedAttachment(record, item.attachment)
