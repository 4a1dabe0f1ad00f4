"""services.follow_ups: every follow-up date and measure is due somewhere, and marking done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from test_flows_exit_plan import filled
from test_flows_relative_support import anonymous

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows import MeasureDraft
from kopingplan.services import exit_plans, follow_ups, relative_support, vault_health
from kopingplan.storage import audit

AT = datetime.now(UTC) - timedelta(days=3)


@dataclass
class Vault:
    case_id: int
    plan: Any  # exit_plans.PlanDetail
    rs_contact: m.RelativeSupportContact
    case_follow_up: m.FollowUp
    contact: m.Contact
    action: m.MeetingAction


@pytest.fixture
def vault(session: Any) -> Vault:
    case = session.save(m.Case("Åsa", m.Level.INDIVIDUAL, m.Orientation.LEFT, date.today()))
    flow = filled(case.id)
    flow.today = date.today()
    flow.measures = [
        MeasureDraft(
            description="Samtal",
            actor_text="Socialtjänsten",
            starts_on=date.today(),
            follow_up_on=date.today(),
        ),
        MeasureDraft(
            description="Avslutad kurs",
            actor_text="Komvux",
            starts_on=date.today() - timedelta(days=50),
            follow_up_on=date.today() - timedelta(days=20),
            status=m.MeasureStatus.DONE,
        ),
    ]
    flow.plan_follow_up_on = date.today() + timedelta(days=10)
    plan = exit_plans.save_exit_plan(session, flow.build())
    rs = anonymous()
    # Recorded three days ago with a follow-up yesterday: overdue now.
    rs.today, rs.now = AT.date(), lambda: datetime.now(UTC)
    rs.occurred_at = AT
    rs.follow_up_on = date.today() - timedelta(days=1)
    saved = relative_support.save_contact(session, rs.build())
    case_follow_up = session.save(
        m.FollowUp(
            due_on=date.today() + timedelta(days=3), description="Ring skolan", case_id=case.id
        )
    )
    contact = session.save(
        m.Contact(
            occurred_at=AT,
            channel=m.Channel.PHONE,
            summary="Samtal med kurator",
            case_id=case.id,
            follow_up_on=date.today(),
        )
    )
    group = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    meeting = session.save(m.Meeting(group.id, AT))
    action = session.save(
        m.MeetingAction(meeting.id, "Boka möte med familjen", date.today() + timedelta(days=1))
    )
    return Vault(case.id, plan, saved.contact, case_follow_up, contact, action)


def listed(session: Any, until: date) -> set[tuple[str, int]]:
    return {(item.kind, item.id) for item in follow_ups.due(session, until)}


def test_every_follow_up_date_and_open_measure_is_due(session: Any, vault: Vault) -> None:
    open_measure, done_measure = vault.plan.measures
    (plan_follow_up,) = vault.plan.follow_ups
    assert listed(session, date.today() + timedelta(days=30)) == {
        ("measure", open_measure.id),
        ("follow_up", plan_follow_up.id),
        ("relative_support_contact", vault.rs_contact.id),
        ("follow_up", vault.case_follow_up.id),
        ("contact", vault.contact.id),
        ("meeting_action", vault.action.id),
    }
    assert ("measure", done_measure.id) not in listed(session, date.today() + timedelta(days=30))
    items = follow_ups.due(session, date.today() + timedelta(days=30))
    assert items[0].kind == "relative_support_contact" and items[0].overdue  # overdue first
    # The case is found through the plan for measures and the plan's follow-up.
    linked = [i for i in items if i.kind in ("measure", "follow_up", "contact")]
    assert {item.case_id for item in linked} == {vault.case_id}


def test_due_today_is_today_and_what_is_overdue(session: Any, vault: Vault) -> None:
    assert {(i.kind, i.id) for i in follow_ups.due_today(session)} == {
        ("measure", vault.plan.measures[0].id),
        ("relative_support_contact", vault.rs_contact.id),
        ("contact", vault.contact.id),
    }


@pytest.mark.parametrize(
    "kind", ["follow_up", "measure", "meeting_action", "relative_support_contact", "contact"]
)
def test_marking_done_asks_for_an_outcome_and_takes_it_off_the_list(
    session: Any, vault: Vault, kind: str
) -> None:
    item_id = {
        "follow_up": vault.plan.follow_ups[0].id,
        "measure": vault.plan.measures[0].id,
        "meeting_action": vault.action.id,
        "relative_support_contact": vault.rs_contact.id,
        "contact": vault.contact.id,
    }[kind]
    until = date.today() + timedelta(days=30)
    with pytest.raises(errors.InvalidInput) as raised:
        follow_ups.mark_done(session, kind, item_id, "  \n ")
    assert raised.value.field == "outcome"
    assert (kind, item_id) in listed(session, until)
    rows = len(audit.entries(session.vault.conn, limit=1000))

    follow_ups.mark_done(session, kind, item_id, "  Klart – familjen nöjd 👍 ")

    assert (kind, item_id) not in listed(session, until)
    assert len(audit.entries(session.vault.conn, limit=1000)) == rows + 1
    assert vault_health.check(session).ok
    # Twice is once: nothing more is written.
    follow_ups.mark_done(session, kind, item_id, "igen")
    assert len(audit.entries(session.vault.conn, limit=1000)) == rows + 1


def test_the_outcome_is_stored_where_the_user_will_find_it(session: Any, vault: Vault) -> None:
    follow_ups.mark_done(session, "follow_up", vault.case_follow_up.id, "Skolan ringde upp")
    stored = session.get(m.FollowUp, vault.case_follow_up.id)
    assert (stored.done_on, stored.outcome) == (date.today(), "Skolan ringde upp")
    follow_ups.mark_done(session, "measure", vault.plan.measures[0].id, "Fem samtal")
    measure = session.get(m.Measure, vault.plan.measures[0].id)
    assert (measure.status, measure.outcome) == (m.MeasureStatus.DONE, "Fem samtal")
    follow_ups.mark_done(
        session, "relative_support_contact", vault.rs_contact.id, "Mamman ringde", date.today()
    )
    contacts = relative_support.thread_contacts(session, vault.rs_contact.relative_support_id)
    assert [c.worry for c in contacts][-1] == "Mamman ringde"
    assert contacts[-1].occurred_at > contacts[0].occurred_at
    assert contacts[-1].consent_to_record == contacts[0].consent_to_record
    action_day = date.today() - timedelta(days=1)
    follow_ups.mark_done(session, "meeting_action", vault.action.id, "Bokat", action_day)
    assert session.get(m.MeetingAction, vault.action.id).done_on == action_day


def test_a_follow_up_contact_cannot_be_dated_before_the_contact(session: Any, vault: Vault) -> None:
    with pytest.raises(errors.InvalidInput) as raised:
        follow_ups.mark_done(session, "contact", vault.contact.id, "x", AT.date() - timedelta(2))
    assert raised.value.field == "on"


def test_an_unknown_kind_is_a_programming_error(session: Any) -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        follow_ups.mark_done(session, "lunch", 1, "x")


def test_a_revision_lists_each_kept_measure_once(session: Any, vault: Vault) -> None:
    flow = exit_plans.start_flow(session, vault.case_id, date.today())
    flow.boundary_confirmed = True
    revised = exit_plans.save_exit_plan(session, flow.build())
    until = date.today() + timedelta(days=30)
    measures = {i for kind, i in listed(session, until) if kind == "measure"}
    assert measures == {revised.measures[0].id}


def test_the_case_titles_of_due_items_in_one_read(session: Any) -> None:
    first = session.save(m.Case("Åsa i skolan", m.Level.SPECIFIC, m.Orientation.LEFT, date.today()))
    second = session.save(m.Case("Bertil", m.Level.GENERAL, m.Orientation.RIGHT, date.today()))
    for case in (first, second, first):
        session.save(m.FollowUp(date.today(), "Ring", case_id=case.id))
    session.save(m.FollowUp(date.today(), "Utan ärende"))
    items = follow_ups.due(session, date.today())
    statements: list[str] = []
    session.vault.conn.set_trace_callback(statements.append)
    try:
        titles = follow_ups.case_titles(session, items)
    finally:
        session.vault.conn.set_trace_callback(None)
    assert titles == {first.id: "Åsa i skolan", second.id: "Bertil"}
    assert len(statements) == 1
    session.delete(m.Case, second.id)
    assert follow_ups.case_titles(session, items) == {first.id: "Åsa i skolan"}
