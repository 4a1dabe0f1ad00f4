"""Disclosures, incidents against staff, the action plan's revisions, and what the vault
reports about itself (search hits, counts)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kopingplan.domain.model.kinds import DisclosureChannel, IncidentKind, OrganisationKind

# --- Accountability ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DisclosureTerms:
    """Why information may leave the vault: the sekretessprövning as the coordinator records
    it, the same for every disclosure (an export package, an oral disclosure, a brief's copy)."""

    legal_basis: str  # a code or title from the legal bases list
    decided_by: str
    decided_by_role: str
    purpose: str
    legal_basis_note: str = ""

    def required(self) -> tuple[str, str, str, str]:
        """The terms every disclosure needs, as given (the note to the basis is optional)."""
        return (self.legal_basis, self.decided_by, self.decided_by_role, self.purpose)

    def recorded(self, basis_title: str) -> dict[str, Any]:
        """The :class:`Disclosure` fields that record these terms, the legal basis by the
        title the register shows (``Disclosure(**terms.recorded(title), …)``)."""
        return {
            "legal_basis": basis_title,
            "decided_by": self.decided_by,
            "decided_by_role": self.decided_by_role,
            "purpose": self.purpose,
            "legal_basis_note": self.legal_basis_note,
        }


@dataclass
class Disclosure:
    """A record that information left the vault (utlämnande). Never the content itself."""

    disclosed_at: datetime
    recipient: str
    content_description: str
    content_sha256: str
    legal_basis: str
    decided_by: str
    decided_by_role: str = ""
    purpose: str = ""
    legal_basis_note: str = ""
    recipient_fingerprint: str = ""
    case_ids: tuple[int, ...] = ()
    # How it left (schema v4): "export" (an encrypted package) or "oral" (said at a meeting or
    # on the phone; content_sha256 is then of the recorded words).
    channel: DisclosureChannel = DisclosureChannel.EXPORT
    # Schema v9: the kind of the registry's organisation the recipient is or works at; None
    # when the registry does not know the recipient, or for an extract given to the person.
    recipient_kind: OrganisationKind | None = None
    # Schema v9: the meeting an oral disclosure was made at (its minutes list it).
    meeting_id: int | None = None
    id: int | None = None


@dataclass
class Incident:
    """Threats or pressure against staff (otillåten påverkan)."""

    occurred_on: date
    kind: IncidentKind
    description: str
    staff_member: str
    reported_to_police: bool = False
    support_given: str = ""
    follow_up_on: date | None = None
    # Schema v7: the case it arose in (cleared if the case is deleted), and the day the
    # follow-up was marked done (Att göra lists it until then).
    case_id: int | None = None
    follow_up_done_on: date | None = None
    id: int | None = None


@dataclass
class PlanRevision:
    """A revision of the municipality's action plan: the plan is a living document."""

    revision: int
    adopted_on: date
    adopted_by: str
    text: str
    change_summary: str = ""
    # Schema v9: the decision's diary number (diarienummer), e.g. "KS 2026/123"; "" unknown.
    diary_number: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    """One record found by search. ``kind`` is what opens ("case", "note", "contact",
    "situation_entry", "concern", "person", "organisation", "exit_plan", "relative_support",
    "meeting", "incident", "incoming_item", "situation_assessment", "activity", "commitment",
    "plan_revision", "attachment": storage.repositories.search.KIND_RANGES is the list); ``id``
    is that record's id (a meeting for a hit in its agenda, an exit plan for one in its
    measures, a relative-support thread for one in its contacts); ``when`` the day or instant
    of the text found, if any."""

    kind: str
    id: int
    case_id: int | None
    snippet: str
    when: date | datetime | None = None


@dataclass(frozen=True)
class VaultCounts:
    """How much the vault holds: shown by ``info`` and restore, never content."""

    values: dict[str, int] = field(default_factory=dict)
