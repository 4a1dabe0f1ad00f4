"""The vault's own attachments of the chosen cases, for an export package (issue 17).

The export wizard lists the attachments of the cases chosen to leave (the case's own, its
notes' and its concerns'); the coordinator ticks those that go with the package. A package
carries every kind the vault accepts (PDFs, images, Office and OpenDocument files, e-mail; each
with its type in the signed manifest, ``exchange/package.py``); only a file larger than a
package may carry is listed but cannot be ticked. The bytes are read from the vault into memory at
the preview and go into the package, which is signed and encrypted for the recipients; they
are never written in plain. An attachment that is not of a chosen case, or no longer in the
vault, is refused before anything is made.
"""

from __future__ import annotations

from collections.abc import Sequence

from kopingplan.domain.model.attachments import Attachment
from kopingplan.errors import QT_TRANSLATE_NOOP, KopingplanError
from kopingplan.exchange import errors as ex
from kopingplan.exchange import package
from kopingplan.filetypes import FileKind
from kopingplan.services.session import Session
from kopingplan.storage.repositories import attachments as repo


class AttachmentNotOfCase(KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The attachment “{name}” does not belong to a case chosen for this export. Nothing was "
        "made; choose its case too, or leave it out.",
    )


def can_leave(attachment: Attachment) -> bool:
    """Whether the file can go into a package: a kind the vault accepts (every stored file is
    one), no larger than a package's file may be."""
    return attachment.kind in set(FileKind) and attachment.size <= package.MAX_ATTACHMENT_BYTES


def of_cases(session: Session, case_ids: Sequence[int]) -> list[tuple[int, Attachment]]:
    """(case, attachment) for the attachments of the cases (with their notes' and concerns'),
    case by case, oldest first within a case; records only, never bytes."""
    found: list[tuple[int, Attachment]] = []
    with session.vault.read() as conn:
        for case_id in dict.fromkeys(case_ids):
            found += [(case_id, a) for a in reversed(repo.of_case_and_notes(conn, case_id))]
    return found


def package_files(
    session: Session, attachment_ids: Sequence[int], case_ids: Sequence[int]
) -> tuple[tuple[package.Attachment, ...], tuple[Attachment, ...]]:
    """The chosen attachments as package files (name and bytes, in memory) with their
    records, in the order chosen. Refuses one not of ``case_ids`` and one too large."""
    chosen = set(case_ids)
    files: list[package.Attachment] = []
    records: list[Attachment] = []
    with session.vault.read() as conn:
        for attachment_id in dict.fromkeys(attachment_ids):
            attachment = repo.get(conn, attachment_id)
            if repo.case_of(conn, attachment) not in chosen:
                raise AttachmentNotOfCase(name=attachment.file_name)
            if not can_leave(attachment):
                raise ex.AttachmentTooLarge(
                    limit_mib=package.MAX_ATTACHMENT_BYTES // package.MIB,
                    total_mib=package.MAX_FILES_BYTES // package.MIB,
                )
            files.append(package.Attachment(attachment.file_name, repo.data(conn, attachment_id)))
            records.append(attachment)
    return tuple(files), tuple(records)
