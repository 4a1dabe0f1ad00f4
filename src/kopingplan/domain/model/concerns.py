"""Inkommande oro: a concern that reached the coordinator, and its screening decision.

Work comes in as concerns: a school calls about a pupil, a parent is worried, the police pass
on a signal. A concern records who raised it (an organisation or a person of the registry, or
someone anonymous), how it came in, when, what was said, and the orientation and level it seems
to concern. Until it is screened it is open (and shows in Att göra); the screening decision,
with its day and who decided, says whether a case was opened (the concern then belongs to that
case), the concern was referred elsewhere (to whom, why), or it led to no action (why). A
concern that led to no action has its own, shorter retention period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kopingplan.domain.model.kinds import Level, Orientation


class ConcernSource(StrEnum):
    """Who raised a concern."""

    ORGANISATION = "organisation"
    PERSON = "person"
    ANONYMOUS = "anonymous"


class ConcernChannel(StrEnum):
    """How a concern came in."""

    PHONE = "phone"
    LETTER = "letter"
    MEETING = "meeting"
    PACKAGE = "package"  # an encrypted package (from the police liaison, say)


class ConcernDecision(StrEnum):
    """The screening decision on a concern."""

    CASE_OPENED = "case_opened"
    REFERRED = "referred"
    NO_ACTION = "no_action"


@dataclass
class Concern:
    """One incoming concern. ``decision`` is None while it is open; a decided concern names
    the day and who decided, and its case (case opened), recipient (referred) or reason."""

    received_on: date
    source: ConcernSource
    channel: ConcernChannel
    description: str  # what was said, in words
    recorded_at: datetime
    recorded_by: str
    organisation_id: int | None = None  # who raised it, when an organisation of the registry
    person_id: int | None = None  # who raised it, when a person of the registry
    raised_by: str = ""  # a name or role in words ("rektor", "mamma"); may be empty
    orientation: Orientation = Orientation.UNCLEAR
    level: Level | None = None  # the level it seems to concern; None: not yet clear
    decision: ConcernDecision | None = None
    decided_on: date | None = None
    decided_by: str = ""
    case_id: int | None = None  # the case opened from it (decision "case opened")
    referred_to: str = ""  # to whom it was referred (decision "referred")
    decision_reason: str = ""  # why (required for "referred" and "no action")
    id: int | None = None

    @property
    def is_open(self) -> bool:
        return self.decision is None
