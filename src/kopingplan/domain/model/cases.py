"""Cases, people, organisations, and the dated records of a case: contacts, notes, and the
situation picture's entries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain.model.kinds import (
    CaseRole,
    CaseStatus,
    Channel,
    Level,
    OrganisationKind,
    Orientation,
    Reliability,
)

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
    notes: str = ""
    # The coordinator's own unit: sharing with it is no disclosure. Social services, school,
    # leisure and the police are separate for secrecy even within one municipality (OSL 8 kap.
    # 2 §), so an organisation is outside unless marked (schema v4).
    own_unit: bool = False
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
