"""Read-only helpers the exchange screens need beside the use cases of this package: which legal
bases are shipped and which are cited by a disclosure already (so the lawyer's editor can keep
those), and the check that a PDF chosen as an attachment is a brief signed in this vault.

Nothing here writes to the vault or the disk. The lawyer's edited list is saved through
:func:`kopingplan.services.exchange.set_legal_bases`, which validates and audits it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from kopingplan import errors, files
from kopingplan.exchange import legal_bases as legal
from kopingplan.exchange import package
from kopingplan.exchange.legal_bases import LegalBasis
from kopingplan.services import briefs
from kopingplan.services.exchange import brief_copies
from kopingplan.services.exchange.recipients import disclosures
from kopingplan.services.session import Session

SHIPPED_LEGAL_BASES: tuple[LegalBasis, ...] = legal.DEFAULTS
SHIPPED_CODES = frozenset(b.code for b in SHIPPED_LEGAL_BASES)
MAX_ATTACHMENT_BYTES = package.MAX_ZIP_BYTES
_PAGE = 500


class NotOurBrief(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is not a brief signed in this vault, or it was changed after signing. "
        "Only such briefs can be attached; nothing was attached.",
    )


class AttachmentTooLarge(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors", "The file {name} is larger than {limit_mib} MiB; nothing was attached."
    )


def validate_legal_bases(bases: Sequence[LegalBasis]) -> None:
    """The checks :func:`set_legal_bases` makes, to say what is wrong before saving."""
    legal.validate(bases)


def cited_legal_bases(session: Session) -> set[str]:
    """The titles of legal bases some disclosure cites (compared case- and space-blind)."""
    cited: set[str] = set()
    offset = 0
    while True:
        page = disclosures(session, limit=_PAGE, offset=offset)
        cited.update(_key(d.legal_basis) for d in page)
        if len(page) < _PAGE:
            return cited
        offset += _PAGE


def is_cited(basis: LegalBasis, cited: set[str]) -> bool:
    return _key(basis.title) in cited


def _key(title: str) -> str:
    return " ".join(title.split()).casefold()


def with_shipped_texts(bases: Sequence[LegalBasis]) -> list[LegalBasis]:
    """The shipped bases with their shipped titles and descriptions, in the shipped order
    (a removed one comes back), followed by the municipality's own bases unchanged."""
    own = [b for b in bases if b.code not in SHIPPED_CODES]
    return [*SHIPPED_LEGAL_BASES, *own]


def new_code(bases: Sequence[LegalBasis]) -> str:
    """A free code for a municipality's own basis: ``egen-1``, ``egen-2``, …"""
    taken = {b.code for b in bases}
    number = 1
    while f"egen-{number}" in taken:
        number += 1
    return f"egen-{number}"


def edited(basis: LegalBasis, title: str, description: str) -> LegalBasis:
    return replace(basis, title=title.strip(), description=description.strip())


def brief_attachment(
    session: Session, path: Path, recipient_ids: Sequence[int] = ()
) -> package.Attachment:
    """The file as an attachment, if it is a brief signed with this vault's key (now or an
    earlier one), unchanged since, and the copy made for the package's recipients
    (``recipient_ids``; :func:`kopingplan.services.exchange.brief_copies.check_copy`, which
    refuses an unnamed copy, another recipient's and one the vault did not record);
    :class:`NotOurBrief` or the copy check's refusal otherwise. Reads the file, the vault's
    certificates and the audit log; may take a second (the PDF signature check)."""
    path = Path(path)
    try:  # a regular file, its size checked before it is read (kopingplan.files)
        data = files.read_input(path, MAX_ATTACHMENT_BYTES)
    except files.InputTooLarge:
        raise AttachmentTooLarge(
            name=path.name, limit_mib=MAX_ATTACHMENT_BYTES // package.MIB
        ) from None
    if not data.startswith(b"%PDF-") or not briefs.verify(data, session).ok:
        raise NotOurBrief(name=path.name)
    recipients = brief_copies.package_recipients(session, recipient_ids)
    brief_copies.check_copy(session, path.name, data, recipients)
    name = path.name if path.name.casefold().endswith(".pdf") else f"{path.name}.pdf"
    return package.Attachment(name, data)


def copies_for_package(
    session: Session, paths: Sequence[Path], recipient_ids: Sequence[int]
) -> tuple[list[package.Attachment], list[errors.KopingplanError]]:
    """The copies the brief window saved, each checked as :func:`brief_attachment` checks it:
    those made for the package's recipients, and the refusals of the others (made for
    another recipient or for none), which stay out. Any other refusal is raised."""
    accepted: list[package.Attachment] = []
    refused: list[errors.KopingplanError] = []
    for path in paths:
        try:
            accepted.append(brief_attachment(session, path, recipient_ids))
        except (brief_copies.CopyForAnother, brief_copies.CopyForNoRecipient) as error:
            refused.append(error)
    return accepted, refused


def copies_not_for(
    session: Session, attachments: Sequence[package.Attachment], recipient_ids: Sequence[int]
) -> dict[int, errors.KopingplanError]:
    """The attached briefs (by their place in ``attachments``) that are not the copy made for
    these recipients, with the refusal: after the recipients changed. Reads the log only
    (the signatures were checked when the briefs were attached)."""
    recipients = brief_copies.package_recipients(session, recipient_ids)
    refused: dict[int, errors.KopingplanError] = {}
    for index, attachment in enumerate(attachments):
        try:
            brief_copies.check_copy(session, attachment.name, attachment.content, recipients)
        except errors.KopingplanError as error:
            refused[index] = error
    return refused
