"""Attachments (bilagor): a file kept with a case, a note, a meeting, an incident, a concern or
a revision of the action plan.

The file itself (its bytes) lives inside the vault and is never a field here: the record says
what it is (its kind by content, see :mod:`kopingplan.filetypes`), how large, its SHA-256, the
name it had when it was attached, and who added it when. Exactly one owner is set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AttachmentOwner(StrEnum):
    """What an attachment belongs to (the command line's ``KIND`` in ``KIND:ID``)."""

    CASE = "case"
    NOTE = "note"
    MEETING = "meeting"
    INCIDENT = "incident"
    CONCERN = "concern"
    PLAN_REVISION = "plan"  # a revision of the action plan (its adopted text as a PDF)


@dataclass
class Attachment:
    file_name: str  # the name it had when attached (a base name, no folder)
    kind: str  # a kopingplan.filetypes.FileKind value, by content
    size: int  # bytes
    sha256: str  # 64 lower-case hex digits of the bytes
    added_at: datetime
    added_by: str
    case_id: int | None = None
    note_id: int | None = None
    meeting_id: int | None = None
    incident_id: int | None = None
    concern_id: int | None = None
    plan_revision_id: int | None = None
    pages: int | None = None  # a PDF's page count, checked when attached
    id: int | None = None

    @property
    def owner(self) -> tuple[AttachmentOwner, int]:
        for owner, value in (
            (AttachmentOwner.CASE, self.case_id),
            (AttachmentOwner.NOTE, self.note_id),
            (AttachmentOwner.MEETING, self.meeting_id),
            (AttachmentOwner.INCIDENT, self.incident_id),
            (AttachmentOwner.CONCERN, self.concern_id),
            (AttachmentOwner.PLAN_REVISION, self.plan_revision_id),
        ):
            if value is not None:
                return owner, value
        raise ValueError("an attachment has an owner")
