"""Triage over time (issue 17): flags with a reason, who and when, cleared but kept; a
priority; both in the case list (filtered in SQL) and taken with the case by retention. Every
refusal leaves the vault as it was."""

from __future__ import annotations

from datetime import date

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import cases, retention, triage
from kopingplan.services.cases import CaseFilter
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import retention as retention_store

DAY = date(2026, 3, 2)
W, T = m.FlagKind.WEAPONS, m.FlagKind.TRAVEL_PLANS


def _case(session: Session, title: str) -> int:
    case = session.save(m.Case(title, m.Level.INDIVIDUAL, m.Orientation.ISLAMIST, DAY))
    assert case.id is not None
    return case.id


def _snapshot(session: Session) -> tuple[object, ...]:
    conn = session.vault.conn
    return tuple(
        conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("case_flags", "case_priorities", "audit_log")
    )


def test_a_flag_has_its_reason_who_and_when_and_clearing_keeps_it(session: Session) -> None:
    case_id = _case(session, "Adam")
    flag = triage.set_flag(session, case_id, W, "Bilder med vapen i sociala medier")
    assert (flag.kind, flag.set_by, flag.in_force) == (W, session.actor, True)
    assert flag.set_at.tzinfo is not None
    cleared = triage.clear_flag(session, flag.id or 0, "Polisen: leksaksvapen")
    assert (cleared.in_force, cleared.cleared_by) == (False, session.actor)
    again = triage.set_flag(session, case_id, W, "Ny uppgift från skolan")
    (now, before) = triage.flags_of(session, case_id)
    assert (now.id, now.in_force) == (again.id, True)
    assert (before.reason, before.clear_reason) == (
        "Bilder med vapen i sociala medier",
        "Polisen: leksaksvapen",
    )
    assert [f.id for f in triage.flags_of(session, case_id, cleared=False)] == [again.id]
    actions = [e.action for e in audit.entries(session.vault.conn, entity="cases")][:3]
    assert actions == ["cases.flag", "cases.unflag", "cases.flag"]
    assert "vapen" not in str([e.details for e in audit.entries(session.vault.conn)])


def test_refusals_change_nothing(session: Session) -> None:
    case_id = _case(session, "Bertil")
    flag = triage.set_flag(session, case_id, W, "Skäl")
    before = _snapshot(session)
    with pytest.raises(triage.FlagAlreadySet):
        triage.set_flag(session, case_id, W, "En gång till")
    with pytest.raises(errors.InvalidInput) as problem:
        triage.set_flag(session, case_id, T, "  ")
    assert problem.value.field == "reason"
    with pytest.raises(errors.InvalidInput):
        triage.set_flag(session, case_id, "lunch", "Skäl")  # type: ignore[arg-type]
    with pytest.raises(errors.NotFound):
        triage.set_flag(session, 999, T, "Skäl")
    with pytest.raises(errors.InvalidInput) as problem:
        triage.clear_flag(session, flag.id or 0, "")
    assert problem.value.field == "clear_reason"
    with pytest.raises(errors.NotFound):
        triage.set_priority(session, 999, m.Priority.HIGH)
    triage.set_priority(session, case_id, m.Priority.NORMAL)  # unchanged: no row
    assert _snapshot(session) == before


def test_the_case_list_shows_and_filters_by_flags_and_priority(session: Session) -> None:
    adam, bertil, cesar = (_case(session, name) for name in ("Adam", "Bertil", "Cesar"))
    triage.set_flag(session, adam, W, "Skäl")
    triage.set_flag(session, adam, T, "Skäl")
    old = triage.set_flag(session, bertil, T, "Skäl")
    triage.clear_flag(session, old.id or 0, "Resan blev inte av")
    triage.set_priority(session, bertil, m.Priority.HIGH)
    triage.set_priority(session, cesar, m.Priority.LOW)

    def titles(**chosen: object) -> list[str]:
        found = CaseFilter(**chosen)  # type: ignore[arg-type]
        rows = cases.list_cases(session, found)
        assert cases.count_cases(session, found) == len(rows)
        return [row.title for row in rows]

    rows = {row.title: row for row in cases.list_cases(session)}
    assert rows["Adam"].flags == (T, W)
    assert (rows["Bertil"].flags, rows["Bertil"].priority) == ((), m.Priority.HIGH)
    assert titles(flag="any") == ["Adam"]
    assert titles(flag="travel_plans") == ["Adam"]  # Bertil's was cleared
    assert titles(priority=m.Priority.HIGH) == ["Bertil"]
    assert titles(priority=m.Priority.NORMAL) == ["Adam"]
    assert titles(priority=m.Priority.LOW, text="ces") == ["Cesar"]
    triage.set_priority(session, bertil, m.Priority.NORMAL)
    assert titles(priority=m.Priority.NORMAL) == ["Adam", "Bertil"]
    marks = triage.case_marks(session, [adam, bertil, cesar])
    assert marks == {adam: (m.Priority.NORMAL, (T, W)), cesar: (m.Priority.LOW, ())}


def test_flags_and_priority_go_with_the_case(session: Session) -> None:
    case_id = _case(session, "Adam")
    flag = triage.set_flag(session, case_id, W, "Skäl")
    triage.clear_flag(session, flag.id or 0, "Inte längre")
    triage.set_flag(session, case_id, W, "Igen")
    triage.set_priority(session, case_id, m.Priority.HIGH)
    conn = session.vault.conn
    parts = retention_store.parts(conn, "case", case_id)
    assert (parts["case_flags"], parts["case_priorities"]) == (2, 1)
    cases.close_case(session, case_id, "Klart", DAY)
    retention.delete(session, [(RetentionKind.CLOSED_CASE, case_id)], today=date(2045, 1, 1))
    assert conn.execute("SELECT count(*) FROM case_flags").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM case_priorities").fetchone() == (0,)
