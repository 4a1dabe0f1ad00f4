"""Work at the general level (generell nivå): activities that reach many, name no one.

The action plan's general level is inclusive society and information: information meetings,
trainings of staff, campaigns, dialogues with faith communities and associations, workshops in
schools. An activity records when it was held, who organised it (an organisation of the
registry, or the coordinator's own unit), the partners that took part, the target group in
words ("personal på högstadieskolorna"), the orientations it was about, how many took part and
when and how it is followed up. It holds no personal data and has no field for any: the
participants are a number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kopingplan.domain.model.kinds import Orientation


class ActivityKind(StrEnum):
    """What kind of activity at the general level."""

    INFORMATION_MEETING = "information_meeting"
    TRAINING = "training"  # utbildning of staff
    CAMPAIGN = "campaign"
    DIALOGUE = "dialogue"  # with faith communities and associations
    SCHOOL_WORKSHOP = "school_workshop"
    OTHER = "other"


@dataclass
class Activity:
    """One activity at the general level. ``organiser_id`` None: the coordinator's own unit
    organised it. Partner and organiser ids are organisations of the registry (a removed one
    is simply no longer named, as in a consent)."""

    held_on: date
    kind: ActivityKind
    title: str
    organiser_id: int | None = None
    partner_ids: tuple[int, ...] = ()
    target_group: str = ""
    themes: tuple[Orientation, ...] = ()
    participants: int | None = None  # None: not counted
    description: str = ""
    follow_up_on: date | None = None
    follow_up_note: str = ""
    id: int | None = None
