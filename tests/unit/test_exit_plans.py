"""services.exit_plans against a real vault: save, revise, read back field by field, audit."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from test_flows_exit_plan import TODAY, filled

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows import ExitPlanFlow, MeasureDraft
from kopingplan.services import drafts, exit_plans, vault_health
from kopingplan.storage import audit


@pytest.fixture
def case_id(session: Any) -> int:
    case = m.Case("Bertil i skolan", m.Level.INDIVIDUAL, m.Orientation.RIGHT, date(2026, 1, 5))
    return int(session.save(case).id)


def actions(session: Any) -> list[tuple[str, str, int | None]]:
    rows = audit.entries(session.vault.conn, limit=1000)
    return [(e.action, e.entity, e.entity_id) for e in reversed(rows)]


def flow_for(case_id: int) -> ExitPlanFlow:
    flow = filled(case_id)
    flow.measures.append(
        MeasureDraft(
            description="Praktikplats via Arbetsförmedlingen 🛠",
            actor_kind=m.ActorKind.EMPLOYMENT_SERVICE,
            actor_text="Handläggare Åke",
            starts_on=TODAY + timedelta(days=7),
            follow_up_on=TODAY + timedelta(days=60),
            status=m.MeasureStatus.ONGOING,
        )
    )
    return flow


def test_a_new_plan_is_stored_with_its_measures_and_follow_up(session: Any, case_id: int) -> None:
    flow = flow_for(case_id)
    created = datetime(2026, 3, 10, 8, 15, tzinfo=UTC)
    records = flow.build(created)
    drafts.save_draft(session, "exit_plan", exit_plans.draft_ref(case_id), flow.to_draft())
    before = len(actions(session))

    saved = exit_plans.save_exit_plan(session, records, draft=exit_plans.draft_ref(case_id))

    detail = exit_plans.current_plan(session, case_id)
    assert detail is not None
    plan = detail.plan
    assert plan.id == saved.plan.id
    # Field by field: what the flow built is what the vault gives back.
    expected = dataclasses.replace(records.plan, id=plan.id, revision=1, supersedes_id=None)
    for field in dataclasses.fields(m.ExitPlan):
        assert getattr(plan, field.name) == getattr(expected, field.name), field.name
    assert len(detail.measures) == 2
    for stored, built in zip(detail.measures, records.measures, strict=True):
        expected_measure = dataclasses.replace(built, id=stored.id, plan_id=plan.id)
        for field in dataclasses.fields(m.Measure):
            assert getattr(stored, field.name) == getattr(expected_measure, field.name)
    (follow_up,) = detail.follow_ups
    assert follow_up.plan_id == plan.id and follow_up.due_on == TODAY + timedelta(days=90)
    assert follow_up.description == "Följa upp planen"
    # The draft went with the save, in the same transaction.
    assert drafts.load_draft(session, "exit_plan", exit_plans.draft_ref(case_id)) is None
    new = actions(session)[before:]
    assert new[0] == ("exit_plans.create", "exit_plans", plan.id)
    assert [a for a, _, _ in new[1:4]] == [
        "measures.create",
        "measures.create",
        "follow_ups.create",
    ]
    assert new[-1] == ("exit_plans.view", "exit_plans", plan.id)  # reading it back is logged
    assert vault_health.check(session).ok


def test_a_revision_keeps_the_plan_before_it(session: Any, case_id: int) -> None:
    first = exit_plans.save_exit_plan(session, flow_for(case_id).build())
    flow = exit_plans.start_flow(session, case_id, TODAY)
    assert flow.base_plan_id == first.plan.id and flow.revision == 2
    assert [d.description for d in flow.measures] == [x.description for x in first.measures]
    flow.situation = "Har fått egen lägenhet"
    flow.measures[0].status = m.MeasureStatus.DONE
    flow.measures[0].outcome = "Genomfört, fem samtal"
    flow.boundary_confirmed = True

    second = exit_plans.save_exit_plan(session, flow.build())

    assert second.plan.revision == 2 and second.plan.supersedes_id == first.plan.id
    history = exit_plans.plan_history(session, case_id)
    assert [(p.revision, p.situation) for p in history] == [
        (1, first.plan.situation),
        (2, "Har fått egen lägenhet"),
    ]
    # The first revision is untouched, measures and all.
    old = exit_plans.plan_detail(session, first.plan.id)
    assert old.plan == first.plan
    assert [x.status for x in old.measures] == [m.MeasureStatus.PLANNED, m.MeasureStatus.ONGOING]
    current = exit_plans.current_plan(session, case_id)
    assert current is not None and current.plan.id == second.plan.id
    assert current.measures[0].status is m.MeasureStatus.DONE
    assert current.measures[0].outcome == "Genomfört, fem samtal"
    assert ("exit_plans.revise", "exit_plans", second.plan.id) in actions(session)


def test_the_revision_number_comes_from_the_vault_not_the_flow(session: Any, case_id: int) -> None:
    stale = flow_for(case_id)  # started before anything was saved: thinks it is revision 1
    exit_plans.save_exit_plan(session, flow_for(case_id).build())
    saved = exit_plans.save_exit_plan(session, stale.build())
    assert saved.plan.revision == 2


def test_an_invalid_record_writes_nothing(session: Any, case_id: int) -> None:
    records = flow_for(case_id).build()
    broken = dataclasses.replace(
        records, measures=(dataclasses.replace(records.measures[0], description=" "),)
    )
    before = len(actions(session))
    with pytest.raises(errors.InvalidInput) as raised:
        exit_plans.save_exit_plan(session, broken)
    assert raised.value.field == "description"
    assert exit_plans.plan_history(session, case_id) == []
    assert len(actions(session)) == before


def test_a_plan_for_a_case_that_is_not_there(session: Any) -> None:
    with pytest.raises(errors.NotFound):
        exit_plans.start_flow(session, 999)
    with pytest.raises(errors.NotFound):
        exit_plans.save_exit_plan(session, filled(999).build())


def test_the_responsible_choices_come_from_the_registry(session: Any) -> None:
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    session.save(m.Organisation("Arbetsförmedlingen", m.OrganisationKind.EMPLOYMENT_SERVICE))
    staff = session.save(m.Person("Örjan", "Ek", organisation_id=police.id, title="kontaktpolis"))
    session.save(m.Person("Anhörig", "Utan Organisation"))
    assert [c.label for c in exit_plans.organisations(session)] == [
        "Arbetsförmedlingen",
        "Polisen Köping",
    ]
    assert exit_plans.staff(session) == [
        exit_plans.Choice(staff.id, "Örjan Ek", "kontaktpolis, Polisen Köping")
    ]
