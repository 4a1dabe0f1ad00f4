"""Incidents against staff are followed up (issue 17): support as dated entries, a case and
lägesbild entries linked, the follow-up day in Att göra until it is marked done, and what
retention does to each. Every refusal leaves the vault as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from days import on_the_test_day
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import cases, follow_ups, incidents, retention
from kopingplan.services.retention import RetentionKind
from kopingplan.services.session import Session
from kopingplan.storage import audit

DAY = date(2026, 3, 2)
TALK = m.IncidentSupportKind.TALK


def _incident(session: Session, **changes: object) -> m.Incident:
    record = m.Incident(DAY, m.IncidentKind.THREAT, "Hotades i telefon", "Anna Berg")
    for name, value in changes.items():
        setattr(record, name, value)
    return incidents.save_incident(session, record)


def _case(session: Session) -> m.Case:
    return session.save(m.Case("Ärende Väst", m.Level.SPECIFIC, m.Orientation.RIGHT, DAY))


def _entry(session: Session, day: date = DAY) -> m.SituationEntry:
    return session.save(
        m.SituationEntry(day, "Väst", m.Orientation.RIGHT, "Klistermärken vid skolan", "Polisen")
    )


def _changed(incident: m.Incident) -> m.Incident:
    return m.Incident(**{**vars(incident), "description": "Ändrad text"})


def _snapshot(session: Session) -> tuple[object, ...]:
    conn = session.vault.conn
    return tuple(
        conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("incidents", "incident_supports", "incident_situation_entries", "audit_log")
    )


def test_support_is_recorded_as_dated_entries_with_who_gave_it(session: Session) -> None:
    incident = _incident(session)
    assert incident.id is not None
    police = m.IncidentSupport(
        incident.id, DAY, m.IncidentSupportKind.POLICE_REPORT, "Anmälan K123", "Chefen Eva"
    )
    talk = m.IncidentSupport(incident.id, DAY + timedelta(1), TALK, "Samtal med chef", "Eva")
    incidents.add_support(session, talk)
    incidents.add_support(session, police)
    given = incidents.supports(session, incident.id)
    assert [(s.given_on, s.kind, s.given_by) for s in given] == [
        (DAY, m.IncidentSupportKind.POLICE_REPORT, "Chefen Eva"),
        (DAY + timedelta(1), TALK, "Eva"),
    ]
    assert {s.recorded_by for s in given} == {session.actor}
    rows = audit.entries(session.vault.conn, entity="incidents")
    assert [e.action for e in rows][:2] == ["incidents.support", "incidents.support"]
    assert "Samtal" not in str([e.details for e in rows])  # ids and kinds, never the words


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"description": " "}, "description"),
        ({"given_by": ""}, "given_by"),
        ({"given_on": DAY - timedelta(1)}, "given_on"),  # before the incident
        ({"given_on": lambda: date.today() + timedelta(1)}, "given_on"),
    ],
)
def test_bad_support_is_refused_and_changes_nothing(
    session: Session, changes: dict[str, object], field: str
) -> None:
    incident = _incident(session)
    assert incident.id is not None
    support = m.IncidentSupport(incident.id, DAY, TALK, "Samtal", "Eva")
    for name, value in on_the_test_day(changes).items():
        setattr(support, name, value)
    before = _snapshot(session)
    with pytest.raises(errors.InvalidInput) as problem:
        incidents.add_support(session, support)
    assert problem.value.field == field
    assert _snapshot(session) == before


def test_support_for_an_incident_that_is_not_there_changes_nothing(session: Session) -> None:
    before = _snapshot(session)
    with pytest.raises(errors.NotFound):
        incidents.add_support(session, m.IncidentSupport(999, DAY, TALK, "Samtal", "Eva"))
    assert _snapshot(session) == before


def test_follow_up_is_due_until_marked_done_and_the_outcome_is_kept(session: Session) -> None:
    case = _case(session)
    incident = _incident(session, follow_up_on=DAY + timedelta(14), case_id=case.id)
    assert incident.id is not None
    due = [i for i in follow_ups.due(session, DAY + timedelta(30)) if i.kind == "incident"]
    assert [(i.id, i.due_on, i.case_id) for i in due] == [
        (incident.id, DAY + timedelta(14), case.id)
    ]
    assert due[0].description.startswith("Anna Berg: Hotades")
    assert not [i for i in follow_ups.due(session, DAY + timedelta(13)) if i.kind == "incident"]

    follow_ups.mark_done(session, "incident", incident.id, "Mår bättre", DAY + timedelta(15))
    assert not [i for i in follow_ups.due(session, DAY + timedelta(30)) if i.kind == "incident"]
    stored = incidents.open_incident(session, incident.id)
    assert stored.follow_up_done_on == DAY + timedelta(15)
    (entry,) = incidents.supports(session, incident.id)
    assert (entry.kind, entry.description, entry.given_on) == (
        m.IncidentSupportKind.FOLLOW_UP,
        "Mår bättre",
        DAY + timedelta(15),
    )
    # Saving the form unchanged keeps it done; a new follow-up day opens it again.
    incidents.save_incident(session, stored)
    assert incidents.open_incident(session, incident.id).follow_up_done_on is not None
    incidents.save_incident(
        session, m.Incident(**{**vars(stored), "follow_up_on": DAY + timedelta(60)})
    )
    due = [i for i in follow_ups.due(session, DAY + timedelta(90)) if i.kind == "incident"]
    assert [i.due_on for i in due] == [DAY + timedelta(60)]


def test_marking_done_refusals_change_nothing(session: Session) -> None:
    without = _incident(session)
    with_day = _incident(session, follow_up_on=DAY + timedelta(7))
    assert without.id is not None and with_day.id is not None
    before = _snapshot(session)
    with pytest.raises(errors.InvalidInput):
        follow_ups.mark_done(session, "incident", without.id, "Klart", DAY)
    with pytest.raises(errors.InvalidInput):
        follow_ups.mark_done(session, "incident", with_day.id, " ", DAY)
    with pytest.raises(errors.InvalidInput):
        follow_ups.mark_done(session, "incident", with_day.id, "Klart", DAY - timedelta(1))
    with pytest.raises(errors.NotFound):
        follow_ups.mark_done(session, "incident", 999, "Klart", DAY)
    assert _snapshot(session) == before


def test_a_case_and_lagesbild_entries_are_linked(session: Session) -> None:
    case = _case(session)
    near, far = _entry(session, DAY - timedelta(3)), _entry(session, DAY - timedelta(400))
    incident = _incident(session, case_id=case.id)
    assert incident.id is not None and near.id is not None and far.id is not None
    assert incidents.open_incident(session, incident.id).case_id == case.id
    assert [e.id for e in incidents.entries_near(session, DAY)] == [near.id]
    incidents.link_entries(session, incident.id, [near.id, far.id])
    assert {e.id for e in incidents.linked_entries(session, incident.id)} == {near.id, far.id}
    assert audit.entries(session.vault.conn, entity="incidents")[0].action == "incidents.link"

    before = _snapshot(session)
    with pytest.raises(errors.InvalidInput) as problem:
        incidents.link_entries(session, incident.id, [near.id, 999])
    assert problem.value.field == "situation_entries"
    with pytest.raises(errors.InvalidInput) as problem:
        incidents.save_incident(session, m.Incident(**{**vars(incident), "case_id": 999}))
    assert problem.value.field == "case_id"
    with pytest.raises(errors.InvalidInput) as problem:
        incidents.save_incident(session, _changed(incident), entries=[near.id, 999])
    assert problem.value.field == "situation_entries"
    incidents.link_entries(session, incident.id, [far.id, near.id])  # the same set: no row
    assert _snapshot(session) == before
    incidents.save_incident(session, incident, entries=[near.id])
    assert [e.id for e in incidents.linked_entries(session, incident.id)] == [near.id]


def test_retention_takes_links_and_keeps_the_employers_record(session: Session) -> None:
    case = _case(session)
    entry = _entry(session, DAY - timedelta(3))
    incident = _incident(session, case_id=case.id, follow_up_on=DAY + timedelta(7))
    assert incident.id is not None and entry.id is not None and case.id is not None
    incidents.link_entries(session, incident.id, [entry.id])
    incidents.add_support(session, m.IncidentSupport(incident.id, DAY, TALK, "Samtal", "Eva"))
    cases.close_case(session, case.id, "Klart", DAY)
    later = date(2045, 1, 1)
    retention.delete(
        session,
        [(RetentionKind.CLOSED_CASE, case.id), (RetentionKind.SITUATION_ENTRY, entry.id)],
        today=later,
    )
    stored = incidents.open_incident(session, incident.id)
    assert stored.case_id is None  # the link goes with the case; the incident stays
    assert incidents.linked_entries(session, incident.id) == []
    assert len(incidents.supports(session, incident.id)) == 1
    due = [i for i in follow_ups.due(session, later) if i.kind == "incident"]
    assert [i.case_id for i in due] == [None]
    # The incident's own parts go with it.
    session.delete(m.Incident, incident.id)
    conn = session.vault.conn
    assert conn.execute("SELECT count(*) FROM incident_supports").fetchone()[0] == 0
