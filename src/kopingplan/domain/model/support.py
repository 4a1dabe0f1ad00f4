"""Exit support (individual exit plans, measures, follow-ups) and support to relatives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain.model.kinds import (
    ActorKind,
    Channel,
    Influence,
    MeasureStatus,
    NeedStatus,
    PracticalArea,
    SocialKind,
)

# --- Exit support ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SocialItem:
    kind: SocialKind
    description: str
    influence: Influence = Influence.NEUTRAL


@dataclass(frozen=True)
class PracticalNeed:
    area: PracticalArea
    status: NeedStatus = NeedStatus.UNKNOWN
    note: str = ""


@dataclass
class ExitPlan:
    """One revision of an individual exit plan. A revision never overwrites: it supersedes."""

    case_id: int
    created_at: datetime
    revision: int = 1
    situation: str = ""
    prerequisites: str = ""
    needs: str = ""
    motivation: int | None = None  # 1 (none) … 5 (strong)
    motivation_reason: str = ""
    milieu_to_leave: str = ""
    assessment_participants: str = ""
    social_items: tuple[SocialItem, ...] = ()
    practical_needs: tuple[PracticalNeed, ...] = ()
    no_measures_reason: str = ""
    boundary_confirmed: bool = False  # support, not criminal investigation or intelligence
    police_sharing_note: str = ""
    supersedes_id: int | None = None
    id: int | None = None


@dataclass
class Measure:
    plan_id: int
    description: str
    actor_kind: ActorKind
    starts_on: date
    follow_up_on: date | None = None
    actor_organisation_id: int | None = None
    actor_person_id: int | None = None
    actor_text: str = ""
    status: MeasureStatus = MeasureStatus.PLANNED
    outcome: str = ""
    id: int | None = None


@dataclass
class FollowUp:
    """A dated follow-up for "Att göra": of a case, an exit plan or a relative-support thread."""

    due_on: date
    description: str
    case_id: int | None = None
    plan_id: int | None = None
    relative_support_id: int | None = None
    done_on: date | None = None
    outcome: str = ""
    id: int | None = None


# --- Relative support --------------------------------------------------------------------------


@dataclass
class RelativeSupport:
    """A relative's support thread (anhörigstöd); later calls attach as contacts."""

    opened_on: date
    relation: str  # the caller's relation to the person of concern
    person_id: int | None = None  # None when the relative is anonymous
    pseudonym: str = ""
    callback: str = ""  # how to call back an anonymous relative
    case_id: int | None = None
    id: int | None = None


# Keys of the common-signs checklist in a relative-support contact; the GUI owns the labels.
RELATIVE_SIGNS = (
    "isolation",
    "new_friends",
    "online_propaganda",
    "us_and_them",
    "justifies_violence",
    "symbols_clothing",
    "school_absence",
    "secrecy",
    "changed_habits",
    "travel_plans",
)


@dataclass
class RelativeSupportContact:
    relative_support_id: int
    occurred_at: datetime
    channel: Channel
    worry: str
    signs: tuple[str, ...] = ()  # keys of the common-signs checklist
    signs_other: str = ""
    advice: str = ""
    referral_organisation_ids: tuple[int, ...] = ()
    consent_to_record: bool = False
    consent_to_contact_others: bool = False
    follow_up_on: date | None = None
    id: int | None = None
