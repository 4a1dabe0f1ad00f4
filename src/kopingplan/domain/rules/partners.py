"""The rules of the partner work of the action plan: an organisation's agreements, the
activities, the plan's commitments. Whether a named organisation, group or activity is stored is
checked by the services (it needs the vault)."""

from __future__ import annotations

from collections.abc import Iterator

from kopingplan.domain import model as m
from kopingplan.domain.rules.engine import (
    BEFORE_ACTIVITY,
    BEFORE_FROM_DATE,
    DUPLICATE,
    NOT_NEGATIVE,
    Problem,
    register,
)
from kopingplan.errors import QT_TRANSLATE_NOOP

NO_END = QT_TRANSLATE_NOOP("Errors", "belongs to an agreement with an end day")
DONE_WITHOUT_OUTCOME = QT_TRANSLATE_NOOP("Errors", "must say what was decided")
OUTCOME_NOT_DONE = QT_TRANSLATE_NOOP("Errors", "belongs to a reminder marked done")


def _check_agreement(agreement: m.Agreement) -> Iterator[Problem]:
    if agreement.ends_on is not None and agreement.ends_on < agreement.starts_on:
        yield Problem("ends_on", BEFORE_FROM_DATE)
    if agreement.reminder_done_on is not None:
        if agreement.ends_on is None:
            yield Problem("reminder_done_on", NO_END)
        if not agreement.reminder_outcome.strip():
            yield Problem("reminder_outcome", DONE_WITHOUT_OUTCOME)
    elif agreement.reminder_outcome.strip():
        yield Problem("reminder_outcome", OUTCOME_NOT_DONE)


register(m.Agreement, "title", "title", _check_agreement, "reminder_done_on")


ORGANISER_AS_PARTNER = QT_TRANSLATE_NOOP(
    "Errors", "names the organiser as a partner too; the organiser is named once"
)
NOTE_NEEDS_DAY = QT_TRANSLATE_NOOP("Errors", "must be given when the follow-up has a note")


def _check_activity(activity: m.Activity) -> Iterator[Problem]:
    if activity.participants is not None and activity.participants < 0:
        yield Problem("participants", NOT_NEGATIVE)
    if activity.follow_up_on is not None and activity.follow_up_on < activity.held_on:
        yield Problem("follow_up_on", BEFORE_ACTIVITY)
    if activity.follow_up_note.strip() and activity.follow_up_on is None:
        yield Problem("follow_up_on", NOTE_NEEDS_DAY)
    if activity.organiser_id is not None and activity.organiser_id in activity.partner_ids:
        yield Problem("partner_ids", ORGANISER_AS_PARTNER)


register(m.Activity, "title", "title target_group", _check_activity, "held_on")


def _check_commitment(commitment: m.Commitment) -> Iterator[Problem]:
    for name in ("group_ids", "activity_ids", "organisation_ids"):
        ids = getattr(commitment, name)
        if len(set(ids)) != len(ids):
            yield Problem(name, DUPLICATE)


register(m.Commitment, "text", check=_check_commitment)
