"""The rules of a concern taken in and screened, of a case's triage flags and of the support
given after an incident."""

from __future__ import annotations

from collections.abc import Iterator

from kopingplan.domain import model as m
from kopingplan.domain.rules.engine import (
    BEFORE_CONCERN_RECEIVED,
    REQUIRED,
    Problem,
    register,
)
from kopingplan.errors import QT_TRANSLATE_NOOP

NEEDS_PERSON = QT_TRANSLATE_NOOP(
    "Errors", "must name the person who raised the concern (from the registry or in words)"
)
ANONYMOUS_NAMED = QT_TRANSLATE_NOOP(
    "Errors", "an anonymous concern cannot name an organisation or a person of the registry"
)
NEEDS_CASE = QT_TRANSLATE_NOOP("Errors", "must name the case that was opened")
NOT_DECIDED_YET = QT_TRANSLATE_NOOP("Errors", "belongs to a decision, and none is recorded")
NEEDS_DECIDER = QT_TRANSLATE_NOOP("Errors", "must say who decided")


def _check_concern(concern: m.Concern) -> Iterator[Problem]:
    source = m.ConcernSource(concern.source) if concern.source in set(m.ConcernSource) else None
    if source is m.ConcernSource.ORGANISATION and concern.organisation_id is None:
        # "Fill in" like any required field: the form opens with this source chosen.
        yield Problem("organisation_id", REQUIRED)
    if source is m.ConcernSource.PERSON and concern.person_id is None and not concern.raised_by:
        yield Problem("person_id", NEEDS_PERSON)
    if source is m.ConcernSource.ANONYMOUS and (
        concern.organisation_id is not None or concern.person_id is not None
    ):
        yield Problem("source", ANONYMOUS_NAMED)
    decision = concern.decision
    if decision is None:
        for name in ("decided_on", "case_id", "referred_to", "decision_reason"):
            if getattr(concern, name) not in (None, ""):
                yield Problem(name, NOT_DECIDED_YET)
        return
    if concern.decided_on is None:
        yield Problem("decided_on", REQUIRED)
    elif concern.decided_on < concern.received_on:
        yield Problem("decided_on", BEFORE_CONCERN_RECEIVED)
    if not concern.decided_by.strip():
        yield Problem("decided_by", NEEDS_DECIDER)
    if decision == m.ConcernDecision.CASE_OPENED:
        if concern.case_id is None:
            yield Problem("case_id", NEEDS_CASE)
    elif concern.case_id is not None:
        yield Problem("case_id", NOT_DECIDED_YET)
    if decision == m.ConcernDecision.REFERRED and not concern.referred_to.strip():
        yield Problem("referred_to", REQUIRED)
    if decision in (m.ConcernDecision.REFERRED, m.ConcernDecision.NO_ACTION) and (
        not concern.decision_reason.strip()
    ):
        yield Problem("decision_reason", REQUIRED)


register(
    m.Concern,
    "description recorded_by",
    "raised_by decided_by referred_to recorded_by",
    _check_concern,
    "received_on decided_on",
)


NEEDS_CLEAR_REASON = QT_TRANSLATE_NOOP("Errors", "must say why the flag no longer applies")


def _check_flag(flag: m.CaseFlag) -> Iterator[Problem]:
    if flag.cleared_at is not None and not flag.clear_reason.strip():
        yield Problem("clear_reason", NEEDS_CLEAR_REASON)


register(m.CaseFlag, "reason set_by", "set_by cleared_by", _check_flag)


register(m.IncidentSupport, "description given_by", "given_by recorded_by", happened="given_on")
