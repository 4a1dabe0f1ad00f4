"""Each audited opening has a reload beside it that reads the same and writes no row: what a
window uses to show again the record it opened (the GUI side: tests/gui/
test_access_log_honest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.services import cases, exit_plans, registry
from kopingplan.services.session import Session


@pytest.fixture
def ids(session: Session) -> dict[str, int]:
    case = session.save(
        m.Case("Bertil i skolan", m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 3, 2))
    )
    assert case.id is not None
    session.save(m.Note(case.id, datetime(2026, 3, 3, 9, tzinfo=UTC), "Samtal med mentorn."))
    plan = session.save(m.ExitPlan(case.id, datetime(2026, 3, 6, tzinfo=UTC)))
    school = session.save(m.Organisation("Västra skolan", m.OrganisationKind.SCHOOL))
    mentor = session.save(m.Person("Maja", "Mentorsson", organisation_id=school.id))
    session.save(m.CaseParticipant(case.id, mentor.id, m.CaseRole.PROFESSIONAL))
    assert plan.id is not None and mentor.id is not None and school.id is not None
    return {"case": case.id, "plan": plan.id, "person": mentor.id, "organisation": school.id}


def _audit_rows(session: Session) -> int:
    return int(session.vault.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _cases(ids: dict[str, int]) -> list[tuple[str, Callable[..., Any], Callable[..., Any], str]]:
    case, person, organisation = ids["case"], ids["person"], ids["organisation"]
    return [
        (
            "cases.open",
            lambda s: cases.open_case(s, case),
            lambda s: cases.reload_case(s, case),
            "case",
        ),
        (
            "persons.open",
            lambda s: registry.open_person(s, person),
            lambda s: registry.reload_person(s, person),
            "person",
        ),
        (
            "organisations.open",
            lambda s: registry.open_organisation(s, organisation),
            lambda s: registry.reload_organisation(s, organisation),
            "organisation",
        ),
        (
            "exit_plans.view",
            lambda s: exit_plans.current_plan(s, case),
            lambda s: exit_plans.reload_current_plan(s, case),
            "plan",
        ),
    ]


def test_a_reload_reads_what_the_opening_read_and_writes_no_row(
    session: Session, ids: dict[str, int]
) -> None:
    for action, opening, reload, kind in _cases(ids):
        before = _audit_rows(session)
        opened = opening(session)
        assert _audit_rows(session) == before + 1
        (row,) = session.vault.conn.execute(
            "SELECT action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchall()
        assert tuple(row) == (action, ids[kind])
        again = reload(session)
        assert again == opened
        assert _audit_rows(session) == before + 1
