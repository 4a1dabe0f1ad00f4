"""The domain of DOMAIN.md as plain dataclasses.

Names follow the glossary (code name column). Nothing here knows about Qt or SQL: the storage
package maps these to rows, the services validate them with :mod:`kopingplan.domain.rules` and
write them with an audit entry. ``id`` is ``None`` until a record is stored.

Times are timezone-aware UTC ``datetime``; calendar days (a meeting day, a follow-up date) are
``date``. Lists inside a record (the social items of an exit plan, say) are tuples so that a
record compares and hashes by value, which the audit's "what changed" relies on.

One module per part of the domain (:mod:`.kinds` holds the enums); import the package, as
``from kopingplan.domain import model`` and ``model.Case``: every name is here.
"""

from __future__ import annotations

from kopingplan.domain.model.accountability import (
    Disclosure,
    DisclosureTerms,
    Incident,
    PlanRevision,
    SearchHit,
    VaultCounts,
)
from kopingplan.domain.model.activities import Activity, ActivityKind
from kopingplan.domain.model.agreements import Agreement, AgreementKind
from kopingplan.domain.model.attachments import Attachment, AttachmentOwner
from kopingplan.domain.model.cases import (
    Case,
    CaseParticipant,
    Contact,
    LevelChange,
    Note,
    Organisation,
    Person,
    SituationEntry,
)
from kopingplan.domain.model.commitments import Commitment
from kopingplan.domain.model.concerns import (
    Concern,
    ConcernChannel,
    ConcernDecision,
    ConcernSource,
)
from kopingplan.domain.model.incident_followup import IncidentSupport, IncidentSupportKind
from kopingplan.domain.model.incoming import IncomingRecord, SenderTerms
from kopingplan.domain.model.kinds import (
    ActorKind,
    AgendaItemKind,
    CaseRole,
    CaseStatus,
    Channel,
    DisclosureChannel,
    GroupKind,
    IncidentKind,
    Influence,
    Level,
    MeasureStatus,
    NeedStatus,
    OrganisationKind,
    Orientation,
    PracticalArea,
    Reliability,
    SocialKind,
)
from kopingplan.domain.model.meetings import (
    AgendaItem,
    Group,
    GroupMembership,
    Meeting,
    MeetingAction,
    MeetingAttendee,
)
from kopingplan.domain.model.support import (
    RELATIVE_SIGNS,
    ExitPlan,
    FollowUp,
    Measure,
    PracticalNeed,
    RelativeSupport,
    RelativeSupportContact,
    SocialItem,
)
from kopingplan.domain.model.triage import CaseFlag, FlagKind, Priority

__all__ = [
    "RELATIVE_SIGNS",
    "Activity",
    "ActivityKind",
    "ActorKind",
    "AgendaItem",
    "AgendaItemKind",
    "Agreement",
    "AgreementKind",
    "Attachment",
    "AttachmentOwner",
    "Case",
    "CaseFlag",
    "CaseParticipant",
    "CaseRole",
    "CaseStatus",
    "Channel",
    "Commitment",
    "Concern",
    "ConcernChannel",
    "ConcernDecision",
    "ConcernSource",
    "Contact",
    "Disclosure",
    "DisclosureChannel",
    "DisclosureTerms",
    "ExitPlan",
    "FlagKind",
    "FollowUp",
    "Group",
    "GroupKind",
    "GroupMembership",
    "Incident",
    "IncidentKind",
    "IncidentSupport",
    "IncidentSupportKind",
    "IncomingRecord",
    "Influence",
    "Level",
    "LevelChange",
    "Measure",
    "MeasureStatus",
    "Meeting",
    "MeetingAction",
    "MeetingAttendee",
    "NeedStatus",
    "Note",
    "Organisation",
    "OrganisationKind",
    "Orientation",
    "Person",
    "PlanRevision",
    "PracticalArea",
    "PracticalNeed",
    "Priority",
    "RelativeSupport",
    "RelativeSupportContact",
    "Reliability",
    "SearchHit",
    "SenderTerms",
    "SituationEntry",
    "SocialItem",
    "SocialKind",
    "VaultCounts",
]
