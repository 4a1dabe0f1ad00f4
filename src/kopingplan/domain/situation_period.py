"""The lägesbild for a period: the coordinator's overall assessment (samlad bedömning).

"There shall always be a current situation picture" (the action plan); once a period (a
half-year, a year) the coordinator sums it up in words: what the entries of the period say
about the milieus and orientations, and how it differs from the period before. An assessment
is about the picture, not about a case or a person. It names who wrote it and when; a
correction keeps the earlier text (storage/repositories/versions.py), as a note's does.

Its rules are in domain/rules/situation.py, as every record's are in domain/rules/.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.errors import QT_TRANSLATE_NOOP

BEFORE_FIRST_DAY = QT_TRANSLATE_NOOP("Errors", "must not be before the start of the period")


@dataclass
class SituationAssessment:
    """The overall assessment of the situation picture for ``first_day``…``last_day`` (both
    included), as ``written_by`` last wrote it at ``written_at``."""

    first_day: date
    last_day: date
    text: str
    written_by: str = ""
    written_at: datetime | None = None
    id: int | None = None
