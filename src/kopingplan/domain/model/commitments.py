"""The action plan's commitments (åtaganden): what a revision of the plan promises to do.

A revision of the plan commits the municipality to work ("unggruppen träffas varje månad",
"all personal på högstadieskolorna utbildad senast hösten 2027"). A commitment is a text, an
optional day by which it is due, and the working groups, activities (general level) and
partner organisations that carry it out. It names no person and holds no personal data; the
yearly follow-up counts what the linked groups, activities and partners did in a year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Commitment:
    """One commitment of a plan revision (``revision_id`` is the revision's record id)."""

    revision_id: int
    text: str
    due_on: date | None = None
    group_ids: tuple[int, ...] = ()
    activity_ids: tuple[int, ...] = ()
    organisation_ids: tuple[int, ...] = ()
    id: int | None = None
