"""A day of something that has happened (opened, observed, contact made, consent given or
withdrawn, adopted, received, decided, held, done …) cannot be after today; a planned day (due,
follow-up, valid until, a meeting, an agreement's start) may be. The rule is the domain's
(``rules.problems`` names the field with the others at once), "today" is the coordinator's
local day and is injected as every ``today`` of the code is, and the services refuse such a
record writing nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver, ConsentState
from kopingplan.services import activities, agreements, concerns, consents, incidents, plan
from kopingplan.services.session import Session

# The services register their own records' rules on import.
assert activities and agreements and concerns and incidents

DAY = date(2030, 6, 14)  # "today" as the tests inject it
NEXT = DAY + timedelta(days=1)
NOON = datetime(2020, 1, 1, 12, tzinfo=UTC)
SHA = "0" * 64


def _at(day: date, hour: int = 12) -> datetime:
    """``hour`` o'clock of ``day`` on the machine's clock (the coordinator's local time)."""
    return datetime.combine(day, time(hour)).astimezone()


# Each record with the day of what happened; the field's name; how to put a day in it.
HAPPENED: dict[str, tuple[Any, str]] = {
    "case opened": (m.Case("T", m.Level.GENERAL, m.Orientation.RIGHT, DAY), "opened_on"),
    "case closed": (
        m.Case("T", m.Level.GENERAL, m.Orientation.RIGHT, date(2030, 1, 1),
               status=m.CaseStatus.CLOSED, closed_on=DAY),
        "closed_on",
    ),
    "level changed": (m.LevelChange(1, m.Level.SPECIFIC, DAY, "Skärpt"), "changed_on"),
    "contact made": (m.Contact(_at(DAY), m.Channel.PHONE, "Samtal", case_id=1), "occurred_at"),
    "note written": (m.Note(1, _at(DAY), "Text"), "written_at"),
    "situation observed": (
        m.SituationEntry(DAY, "Miljö", m.Orientation.RIGHT, "Sågs", "Polisen"), "observed_on"
    ),
    "meeting action done": (m.MeetingAction(1, "Ring", DAY, done_on=DAY), "done_on"),
    "exit follow-up done": (m.FollowUp(DAY, "Möte", done_on=DAY), "done_on"),
    "relative support opened": (m.RelativeSupport(DAY, "Mamma"), "opened_on"),
    "relative contact made": (
        m.RelativeSupportContact(1, _at(DAY), m.Channel.PHONE, "Oro"), "occurred_at"
    ),
    "disclosed": (m.Disclosure(_at(DAY), "Polisen", "PM", SHA, "OSL", "Anna"), "disclosed_at"),
    "incident occurred": (m.Incident(DAY, m.IncidentKind.THREAT, "Hot", "Per"), "occurred_on"),
    "incident follow-up done": (
        m.Incident(date(2030, 1, 1), m.IncidentKind.THREAT, "Hot", "Per",
                   follow_up_on=date(2030, 2, 1), follow_up_done_on=DAY),
        "follow_up_done_on",
    ),
    "plan adopted": (m.PlanRevision(1, DAY, "KF", "Plan"), "adopted_on"),
    "activity held": (m.Activity(DAY, m.ActivityKind.TRAINING, "Utbildning"), "held_on"),
    "agreement reminder done": (
        m.Agreement(1, m.AgreementKind.IOP, "IOP", date(2029, 1, 1), ends_on=date(2031, 1, 1),
                    reminder_done_on=DAY, reminder_outcome="Förlängs"),
        "reminder_done_on",
    ),
    "concern received": (
        m.Concern(DAY, m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro", NOON, "Anna"),
        "received_on",
    ),
    "concern screened": (
        m.Concern(date(2030, 1, 1), m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro",
                  NOON, "Anna", decision=m.ConcernDecision.NO_ACTION, decided_on=DAY,
                  decided_by="Anna", decision_reason="Inget"),
        "decided_on",
    ),
    "incident support given": (
        m.IncidentSupport(1, DAY, m.IncidentSupportKind.TALK, "Samtal", "Chefen"), "given_on"
    ),
    "consent given": (
        Consent(1, ConsentGiver.SUBJECT, ("Stöd",), DAY, ConsentForm.WRITTEN, NOON, "Anna",
                organisation_kinds=("police",)),
        "given_on",
    ),
    "consent withdrawn": (
        Consent(1, ConsentGiver.SUBJECT, ("Stöd",), date(2030, 1, 1), ConsentForm.WRITTEN, NOON,
                "Anna", organisation_kinds=("police",), withdrawn_on=DAY,
                withdrawal_form=ConsentForm.ORAL),
        "withdrawn_on",
    ),
}  # fmt: skip

# Planned days: after today is what they are for.
PLANNED: dict[str, tuple[Any, str]] = {
    "contact follow-up": (
        m.Contact(_at(DAY), m.Channel.PHONE, "Samtal", case_id=1, follow_up_on=DAY),
        "follow_up_on",
    ),
    "consent valid until": (
        Consent(1, ConsentGiver.SUBJECT, ("Stöd",), DAY, ConsentForm.WRITTEN, NOON, "Anna",
                organisation_kinds=("police",), valid_until=DAY),
        "valid_until",
    ),
    "meeting action due": (m.MeetingAction(1, "Ring", DAY), "due_on"),
    "exit follow-up due": (m.FollowUp(DAY, "Möte"), "due_on"),
    "measure starts": (m.Measure(1, "Praktik", m.ActorKind.MUNICIPAL_UNIT, DAY), "starts_on"),
    "incident follow-up": (
        m.Incident(DAY, m.IncidentKind.THREAT, "Hot", "Per", follow_up_on=DAY), "follow_up_on"
    ),
    "agreement starts": (m.Agreement(1, m.AgreementKind.IOP, "IOP", DAY), "starts_on"),
    "commitment due": (m.Commitment(1, "Utbilda", DAY), "due_on"),
    "meeting planned": (m.Meeting(1, _at(DAY)), "starts_at"),
    "membership from": (m.GroupMembership(1, "Ledamot", DAY, person_id=1), "from_date"),
    "activity follow-up": (
        m.Activity(DAY, m.ActivityKind.TRAINING, "Utbildning", follow_up_on=DAY), "follow_up_on"
    ),
}  # fmt: skip


def _later(value: Any, days: int = 1) -> Any:
    return value + timedelta(days=days)


def _field_problems(record: Any, field: str, today: date) -> list[str]:
    return [p.problem for p in rules.problems(record, today=today) if p.field == field]


@pytest.mark.parametrize("name", list(HAPPENED))
def test_a_day_of_what_happened_may_be_today_but_not_tomorrow(name: str) -> None:
    record, field = HAPPENED[name]
    assert _field_problems(record, field, DAY) == []
    tomorrow = replace(record, **{field: _later(getattr(record, field))})
    assert _field_problems(tomorrow, field, DAY) == [rules.NOT_AFTER_TODAY]
    # "Today" is injected: on the next day the same record passes.
    assert _field_problems(tomorrow, field, NEXT) == []
    with pytest.raises(errors.InvalidInput) as refused:
        rules.validate(tomorrow, today=DAY)
    assert refused.value.field == field


@pytest.mark.parametrize("name", list(PLANNED))
def test_a_planned_day_may_be_after_today(name: str) -> None:
    record, field = PLANNED[name]
    later = replace(record, **{field: _later(getattr(record, field), 400)})
    assert _field_problems(later, field, DAY) == []


def test_a_time_counts_by_the_coordinators_local_day() -> None:
    """Late this evening is still today; just after midnight is tomorrow."""
    contact = m.Contact(_at(DAY, 23), m.Channel.PHONE, "Samtal", case_id=1)
    assert rules.problems(contact, today=DAY) == []
    just_after = replace(contact, occurred_at=datetime.combine(NEXT, time(0, 1)).astimezone())
    assert _field_problems(just_after, "occurred_at", DAY) == [rules.NOT_AFTER_TODAY]


def test_the_day_is_reported_with_the_other_problems_at_once() -> None:
    case = m.Case(" ", m.Level.GENERAL, m.Orientation.RIGHT, NEXT)
    found = {(p.field, p.problem) for p in rules.problems(case, today=DAY)}
    assert found == {("title", rules.REQUIRED), ("opened_on", rules.NOT_AFTER_TODAY)}


def test_without_a_today_the_machines_local_day_is_used() -> None:
    today = date.today()
    case = m.Case("T", m.Level.GENERAL, m.Orientation.RIGHT, today)
    assert rules.problems(case) == []
    assert _field_problems(replace(case, opened_on=today + timedelta(days=1)), "opened_on",
                           today) == [rules.NOT_AFTER_TODAY]  # fmt: skip
    assert [p.field for p in rules.problems(replace(case, opened_on=_later(today)))] == [
        "opened_on"
    ]


def test_a_consent_of_a_later_day_is_still_not_yet_valid_on_an_earlier_disclosure() -> None:
    """ConsentState.NOT_YET is about the disclosure's day, not about today."""
    consent, _ = HAPPENED["consent given"]
    assert consent.state(DAY - timedelta(days=3)) == ConsentState.NOT_YET
    assert consent.state(DAY) == ConsentState.VALID


# --- The services refuse, writing nothing -------------------------------------------------------


def _rows(session: Session, table: str) -> list[Any]:
    return list(session.vault.conn.execute(f"SELECT * FROM {table} ORDER BY id"))


def _audit(session: Session) -> int:
    return int(session.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _refused(session: Session, table: str, act: Callable[[], Any], field: str) -> None:
    before, audited = _rows(session, table), _audit(session)
    with pytest.raises(errors.InvalidInput) as refused:
        act()
    assert (refused.value.field, refused.value.problem) == (field, rules.NOT_AFTER_TODAY)
    assert _rows(session, table) == before and _audit(session) == audited


def test_the_services_refuse_tomorrow_and_accept_today(session: Session) -> None:
    today = date.today()
    tomorrow = today + timedelta(days=1)
    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.RIGHT, today))
    assert case.id is not None
    consent = Consent(case.id, ConsentGiver.SUBJECT, ("Stöd",), tomorrow, ConsentForm.WRITTEN,
                      datetime.now(UTC), "Anna", organisation_kinds=("police",))  # fmt: skip
    _refused(session, "consents", lambda: consents.add_consent(session, consent), "given_on")
    stored = consents.add_consent(session, replace(consent, given_on=today))
    assert stored.id is not None
    _refused(
        session,
        "consents",
        lambda: consents.withdraw_consent(session, stored.id or 0, tomorrow, ConsentForm.ORAL),
        "withdrawn_on",
    )
    withdrawn = consents.withdraw_consent(session, stored.id, today, ConsentForm.ORAL)
    assert withdrawn.withdrawn_on == today

    revision = m.PlanRevision(1, tomorrow, "Kommunfullmäktige", "Handlingsplan")
    _refused(session, "plan_revisions", lambda: plan.add_revision(session, revision),
             "adopted_on")  # fmt: skip
    assert plan.add_revision(session, replace(revision, adopted_on=today)).id is not None

    _refused(
        session,
        "cases",
        lambda: session.save(replace(case, opened_on=tomorrow)),
        "opened_on",
    )


def test_a_batch_checks_against_its_own_today(session: Session) -> None:
    """Imports and tests that build a vault as it is on another day inject that day."""
    with session.batch("test.fill", today=NEXT) as batch:
        batch.add(m.PlanRevision(1, NEXT, "Kommunfullmäktige", "Handlingsplan"))
    with pytest.raises(errors.InvalidInput), session.batch("test.fill", today=DAY) as batch:
        batch.add(m.PlanRevision(2, NEXT, "Kommunfullmäktige", "Handlingsplan"))
    assert [r[0] for r in session.vault.conn.execute("SELECT revision FROM plan_revisions")] == [1]
