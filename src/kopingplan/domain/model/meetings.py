"""Working groups, their composition over time, and their meetings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain.model.kinds import AgendaItemKind, GroupKind

# --- Working groups and meetings -------------------------------------------------------------


@dataclass
class Group:
    name: str
    kind: GroupKind
    description: str = ""
    kind_name: str = ""  # what kind of group, in words, when ``kind`` is OTHER (else empty)
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
