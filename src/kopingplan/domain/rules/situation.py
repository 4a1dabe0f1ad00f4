"""The rules of the situation picture's overall assessment for a period
(domain/situation_period.py)."""

from __future__ import annotations

from collections.abc import Iterator

from kopingplan.domain.rules.engine import REQUIRED, Problem, register
from kopingplan.domain.situation_period import BEFORE_FIRST_DAY, SituationAssessment


def _check(assessment: SituationAssessment) -> Iterator[Problem]:
    if assessment.last_day < assessment.first_day:
        yield Problem("last_day", BEFORE_FIRST_DAY)
    if assessment.written_at is None:
        yield Problem("written_at", REQUIRED)


register(SituationAssessment, "text written_by", "written_by", _check)
