"""The domain of DOMAIN.md as plain dataclasses.

Names follow the glossary (code name column). Nothing here knows about Qt or SQL: the storage
package maps these to rows, the services validate them with :mod:`kopingplan.domain.rules` and
write them with an audit entry. ``id`` is ``None`` until a record is stored.

Times are timezone-aware UTC ``datetime``; calendar days (a meeting day, a follow-up date) are
``date``. Lists inside a record (the social items of an exit plan, say) are tuples so that a
record compares and hashes by value, which the audit's "what changed" relies on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Level(StrEnum):
    """The three working levels of the action plan (nivå)."""

    GENERAL = "general"  # generell
    SPECIFIC = "specific"  # specifik
    INDIVIDUAL = "individual"  # individinriktad


class Orientation(StrEnum):
    """Extremist orientation (inriktning)."""

    RIGHT = "right"
    LEFT = "left"
    ISLAMIST = "islamist"
    OTHER = "other"
    UNCLEAR = "unclear"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CaseRole(StrEnum):
    """How a person takes part in a case."""

    SUBJECT = "subject"  # the individual the case is about
    RELATIVE = "relative"  # anhörig
    PROFESSIONAL = "professional"  # handläggare, polis, lärare …
    OTHER = "other"


class OrganisationKind(StrEnum):
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"  # Social och Arbetsmarknad
    SCHOOL = "school"  # Barn och Utbildning
    CULTURE_LEISURE = "culture_leisure"  # Kultur och Fritid
    MUNICIPAL_FEDERATION = "municipal_federation"  # Västra Mälardalens kommunalförbund
    MUNICIPALITY = "municipality"  # neighbouring municipalities, other units
    HEALTH_CARE = "health_care"
    EMPLOYMENT_SERVICE = "employment_service"
    CIVIL_SOCIETY = "civil_society"
    IOP_PARTNER = "iop_partner"
    FAITH_COMMUNITY = "faith_community"
    SPORTS_CLUB = "sports_club"
    HOUSING_COMPANY = "housing_company"
    OTHER = "other"


class Channel(StrEnum):
    """How a contact took place."""

    PHONE = "phone"
    MEETING = "meeting"
    HOME_VISIT = "home_visit"
    EMAIL = "email"
    LETTER = "letter"
    DIGITAL_MEETING = "digital_meeting"
    OTHER = "other"


class Reliability(StrEnum):
    """How far a lägesbild entry's source and content can be trusted."""

    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    DOUBTFUL = "doubtful"
    UNKNOWN = "unknown"


class GroupKind(StrEnum):
    YOUTH_GROUP = "youth_group"  # unggruppen
    INTERVENTION_GROUP = "intervention_group"  # insatsgrupp


class AgendaItemKind(StrEnum):
    CASE = "case"
    SITUATION = "situation"  # a lägesbild topic
    OTHER = "other"


class NeedStatus(StrEnum):
    PRESENT = "present"
    NOT_PRESENT = "not_present"
    UNKNOWN = "unknown"


class PracticalArea(StrEnum):
    """The practical dimension of exit support, as named by the national strategy."""

    WORK_OR_STUDIES = "work_or_studies"
    HOUSING = "housing"
    HEALTH = "health"
    PSYCHIATRIC_SUPPORT = "psychiatric_support"
    RELOCATION_PROTECTION = "relocation_protection"
    RELOCATION_OTHER = "relocation_other"
    ECONOMY = "economy"
    SUBSTANCE_ABUSE = "substance_abuse"
    NEUROPSYCHIATRIC_ASSESSMENT = "neuropsychiatric_assessment"


class SocialKind(StrEnum):
    RELATIVE = "relative"
    PARTNER = "partner"
    CHILD = "child"
    FRIEND = "friend"
    WORK = "work"
    STUDIES = "studies"
    FAMILY_LIFE = "family_life"
    OTHER = "other"


class Influence(StrEnum):
    """Whether someone in the social dimension supports the change or pulls back."""

    SUPPORTS = "supports"
    PULLS_BACK = "pulls_back"
    NEUTRAL = "neutral"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


class ActorKind(StrEnum):
    """Who is responsible for a measure (the strategy's list of actors)."""

    MUNICIPAL_UNIT = "municipal_unit"
    POLICE = "police"
    HEALTH_CARE = "health_care"
    EMPLOYMENT_SERVICE = "employment_service"
    CIVIL_SOCIETY = "civil_society"
    FAMILY = "family"
    OTHER = "other"


class IncidentKind(StrEnum):
    THREAT = "threat"
    HARASSMENT = "harassment"
    PRESSURE = "pressure"  # otillåten påverkan in the narrow sense
    VIOLENCE = "violence"
    OTHER = "other"


# --- Cases, people, organisations ----------------------------------------------------------


@dataclass
class Case:
    title: str  # a working title; need not name the person
    level: Level
    orientation: Orientation
    opened_on: date
    status: CaseStatus = CaseStatus.OPEN
    summary: str = ""
    responsible_group_id: int | None = None
    responsible_person_id: int | None = None  # the professional who holds the case
    closed_on: date | None = None
    close_reason: str = ""
    id: int | None = None


@dataclass
class LevelChange:
    """One move of a case between levels; the first row records the level it started on."""

    case_id: int
    to_level: Level
    changed_on: date
    reason: str
    from_level: Level | None = None
    id: int | None = None


@dataclass
class Person:
    given_name: str
    family_name: str
    identity_number: str | None = None  # canonical 12 digits, see identity_number.py
    birth_year: int | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    organisation_id: int | None = None  # for professionals and contact persons
    title: str = ""  # role at the organisation, e.g. "fältassistent"
    notes: str = ""
    id: int | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class CaseParticipant:
    case_id: int
    person_id: int
    role: CaseRole
    relation: str = ""  # e.g. "mamma", "socialsekreterare"
    id: int | None = None


@dataclass
class Organisation:
    name: str
    kind: OrganisationKind
    phone: str = ""
    email: str = ""
    address: str = ""
    agreement: str = ""  # e.g. an IOP agreement: what it covers
    agreement_until: date | None = None
    notes: str = ""
    id: int | None = None


# --- Dated records ---------------------------------------------------------------------------


@dataclass
class Contact:
    """A dated interaction with a person or organisation, linked to a case or not."""

    occurred_at: datetime
    channel: Channel
    summary: str
    person_id: int | None = None
    organisation_id: int | None = None
    case_id: int | None = None
    follow_up_on: date | None = None
    id: int | None = None


@dataclass
class Note:
    case_id: int
    written_at: datetime
    text: str
    source: str = ""  # e.g. "Polisen, kontaktpolis" for information received from outside
    id: int | None = None


@dataclass
class SituationEntry:
    """A dated entry of the local situation picture (lägesbildspost)."""

    observed_on: date
    milieu: str
    orientation: Orientation
    observation: str
    source: str
    assessment: str = ""
    reliability: Reliability = Reliability.UNKNOWN
    id: int | None = None


# --- Working groups and meetings -------------------------------------------------------------


@dataclass
class Group:
    name: str
    kind: GroupKind
    description: str = ""
    id: int | None = None


@dataclass
class GroupMembership:
    """A member of a group over a period: a person, an organisation, or a person for one."""

    group_id: int
    role: str
    from_date: date
    person_id: int | None = None
    organisation_id: int | None = None
    to_date: date | None = None
    id: int | None = None


@dataclass
class Meeting:
    group_id: int
    starts_at: datetime
    place: str = ""
    minutes: str = ""
    id: int | None = None


@dataclass
class MeetingAttendee:
    meeting_id: int
    person_id: int
    present: bool = False
    id: int | None = None


@dataclass
class AgendaItem:
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    case_id: int | None = None
    notes: str = ""
    decision: str = ""
    id: int | None = None


@dataclass
class MeetingAction:
    """An action decided at a meeting; it appears in "Att göra" until done."""

    meeting_id: int
    description: str
    due_on: date
    agenda_item_id: int | None = None
    responsible_person_id: int | None = None
    responsible_text: str = ""
    done_on: date | None = None
    outcome: str = ""
    id: int | None = None


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


# --- Accountability ----------------------------------------------------------------------------


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
    id: int | None = None


@dataclass
class PlanRevision:
    """A revision of the municipality's action plan: the plan is a living document."""

    revision: int
    adopted_on: date
    adopted_by: str
    text: str
    change_summary: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "case", "note", "contact", "situation_entry"
    id: int
    case_id: int | None
    snippet: str


@dataclass(frozen=True)
class VaultCounts:
    """How much the vault holds: shown by ``info`` and restore, never content."""

    values: dict[str, int] = field(default_factory=dict)
