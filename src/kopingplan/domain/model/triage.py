"""Triage over time (issue 17): flags a case carries and its priority.

A flag says what the coordinator must keep in mind about a case (a threat to others, weapons,
travel plans, a child in the home …), with the reason, who set it and when. Clearing a flag
keeps it, with who cleared it, when and why: the history of what was feared is part of the
case. A case's priority is high, normal (the default) or low. Both show in the case list,
filter it and put the case's items first in Att göra.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class FlagKind(StrEnum):
    THREAT_TO_OTHERS = "threat_to_others"
    WEAPONS = "weapons"
    TRAVEL_PLANS = "travel_plans"  # e.g. to a conflict zone
    CHILD_IN_HOME = "child_in_home"
    OTHER = "other"


class Priority(StrEnum):
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


@dataclass
class CaseFlag:
    case_id: int
    kind: FlagKind
    reason: str
    set_at: datetime
    set_by: str
    cleared_at: datetime | None = None
    cleared_by: str = ""
    clear_reason: str = ""
    id: int | None = None

    @property
    def in_force(self) -> bool:
        return self.cleared_at is None
