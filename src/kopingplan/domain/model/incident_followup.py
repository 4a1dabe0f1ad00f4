"""Following up an incident against staff (otillåten påverkan, schema v7).

The employer's responsibility in the action plan is shown by what was done, not by a free text:
each piece of support is a dated entry saying what was given (a talk, occupational health care,
a police report, protective measures …), on which day and by whom. An incident's follow-up day
is in Att göra until it is marked done; marking it done records a support entry of kind
``follow_up`` with the outcome, so the history says what the follow-up found.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class IncidentSupportKind(StrEnum):
    TALK = "talk"  # samtal (with the manager, a colleague, the coordinator)
    OCCUPATIONAL_HEALTH = "occupational_health"  # företagshälsovård
    POLICE_REPORT = "police_report"  # polisanmälan
    PROTECTION = "protection"  # skyddsåtgärder (changed routines, alarm, company …)
    FOLLOW_UP = "follow_up"  # uppföljning: what a follow-up found
    OTHER = "other"


@dataclass
class IncidentSupport:
    """One piece of support given to the member of staff after an incident."""

    incident_id: int
    given_on: date
    kind: IncidentSupportKind
    description: str
    given_by: str  # who gave it: a manager, "Företagshälsovården", the coordinator …
    recorded_by: str = ""  # who entered it (the session's actor), set by the service
    id: int | None = None
