"""Individual exit plans: start the wizard's flow, save a plan or a revision, read the history.

A revision never overwrites: it is stored beside the plan in force as the next revision, with
``supersedes_id`` pointing back, and its measures and follow-ups are stored with it in the
same transaction. Every save and every reading of a plan is written to the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from kopingplan.domain import exit_assessment, rules
from kopingplan.domain import model as m
from kopingplan.domain.flows.exit_plan import DRAFT_KIND, ExitPlanFlow, ExitPlanRecords
from kopingplan.services.session import Session
from kopingplan.storage import audit, drafts, mapping, reading, repositories
from kopingplan.storage.repositories import plans

R = TypeVar("R")

Choice = plans.Choice


@dataclass(frozen=True)
class PlanDetail:
    """One revision with what was saved with it."""

    plan: m.ExitPlan
    measures: list[m.Measure]
    follow_ups: list[m.FollowUp]


def draft_ref(case_id: int) -> str:
    """The draft of a case's exit plan, one per case (see ``drafts.save_draft``)."""
    return str(case_id)


def current_plan(session: Session, case_id: int) -> PlanDetail | None:
    """The revision in force with its measures and follow-ups; None if the case has no plan.
    The reading is audited: a plan is case content."""
    detail = reload_current_plan(session, case_id)
    if detail is not None:
        assert detail.plan.id is not None
        session.record("exit_plans.view", "exit_plans", detail.plan.id)
    return detail


def reload_current_plan(session: Session, case_id: int) -> PlanDetail | None:
    """:func:`current_plan` without an audit row: only to show again a plan whose viewing a
    window already recorded (see :func:`kopingplan.services.cases.reload_case`)."""
    with session.vault.read() as conn:
        plan = repositories.current_exit_plan(conn, case_id)
        if plan is None:
            return None
        assert plan.id is not None
        return PlanDetail(
            plan, plans.plan_measures(conn, plan.id), plans.plan_follow_ups(conn, plan.id)
        )


def plan_detail(session: Session, plan_id: int) -> PlanDetail:
    """Any revision, e.g. one from :func:`plan_history` (audited)."""
    with session.vault.read() as conn:
        plan = mapping.get(conn, repositories.EXIT_PLANS, plan_id)
        session.record("exit_plans.view", "exit_plans", plan_id)
        return PlanDetail(
            plan, plans.plan_measures(conn, plan_id), plans.plan_follow_ups(conn, plan_id)
        )


# Every revision of the case's plan, revision 1 first.
plan_history = reading.query(repositories.exit_plan_history)


def assessment_trend(session: Session, case_id: int) -> exit_assessment.AssessmentTrend:
    """The assessments of the plan's latest revisions side by side (the case window's chart).

    Shown with the plan in force, whose reading :func:`current_plan` audits; the older
    revisions' ratings are part of that one act of opening the plan, not another."""
    return exit_assessment.trend(plan_history(session, case_id))


def start_flow(session: Session, case_id: int, today: date | None = None) -> ExitPlanFlow:
    """A new plan, or a revision starting from the plan in force (measures included)."""
    reading.run(session, mapping.get, repositories.CASES, case_id)  # NotFound for a wrong id
    detail = current_plan(session, case_id)
    if detail is None:
        return ExitPlanFlow(case_id, today)
    return ExitPlanFlow.from_plan(detail.plan, detail.measures, today)


organisations = reading.query(plans.organisation_choices)


def staff(session: Session) -> list[Choice]:
    """Persons of an organisation in the registry: who can be responsible for a measure."""
    return reading.run(session, plans.person_choices, staff_only=True)


def save_exit_plan(
    session: Session, records: ExitPlanRecords, *, draft: str | None = None
) -> PlanDetail:
    """Stores a new plan or the next revision, its measures and follow-ups, in one transaction
    with audit rows; ``draft`` (a :func:`draft_ref`) is discarded in the same transaction.

    The revision number and ``supersedes_id`` are decided here from the plan in force at the
    moment of saving, whatever the flow started from: two windows cannot overwrite each other.
    """
    case_id = records.plan.case_id
    with session.vault.transaction() as conn:
        mapping.get(conn, repositories.CASES, case_id)
        current = repositories.current_exit_plan(conn, case_id)
        plan = replace(
            records.plan,
            id=None,
            revision=current.revision + 1 if current else 1,
            supersedes_id=current.id if current else None,
        )
        rules.validate(plan)
        # Everything is checked before anything is written; the placeholder plan id passes.
        for record in (*records.measures, *records.follow_ups):
            rules.validate(record)
        plan = replace(plan, id=mapping.insert(conn, repositories.EXIT_PLANS, plan))
        assert plan.id is not None
        audit.append(
            conn,
            session.actor,
            "exit_plans.revise" if current else "exit_plans.create",
            "exit_plans",
            plan.id,
            {
                "revision": plan.revision,
                "supersedes": plan.supersedes_id,
                "measures": len(records.measures),
                "follow_ups": len(records.follow_ups),
            },
        )
        # Each measure and follow-up under the new plan, with its own "<table>.create" row.
        measures = [session.save_in(conn, _under(plan.id, r)) for r in records.measures]
        follow_ups = [session.save_in(conn, _under(plan.id, r)) for r in records.follow_ups]
        if draft is not None:
            drafts.discard(conn, DRAFT_KIND, draft)
    return PlanDetail(plan, measures, follow_ups)


def _under(plan_id: int, record: R) -> R:
    """A plan's measure or follow-up as a new record of the plan ``plan_id``."""
    return replace(record, id=None, plan_id=plan_id)  # type: ignore[type-var]
