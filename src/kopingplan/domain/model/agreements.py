"""Partners over time: an organisation's agreements with the municipality.

Civil society partners work under agreements: an IOP (idéburet offentligt partnerskap) or
another agreement, each for a period. An agreement names its organisation, what it covers (a
line), the day it starts and, if it has one, the day it ends, and a note. Att göra reminds a
set time before the end; the reminder is marked done with what was decided (renewed, ended,
a new agreement being prepared), which keeps it from coming back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class AgreementKind(StrEnum):
    """What kind of agreement."""

    IOP = "iop"  # idéburet offentligt partnerskap
    OTHER = "other"


@dataclass
class Agreement:
    """One agreement of an organisation of the registry, for a period."""

    organisation_id: int
    kind: AgreementKind
    title: str  # what it covers, in a line
    starts_on: date
    ends_on: date | None = None  # None: until further notice
    note: str = ""
    reminder_done_on: date | None = None  # the end's reminder was handled that day
    reminder_outcome: str = ""  # and what was decided
    id: int | None = None
