"""Incidents against staff: newest first, filtered by kind and year, opening audited."""

from __future__ import annotations

from datetime import date

import pytest

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.services import incidents
from kopingplan.services.session import Session
from kopingplan.storage import audit

T, H = model.IncidentKind.THREAT, model.IncidentKind.HARASSMENT


def incident(day: date, kind: model.IncidentKind, staff: str) -> model.Incident:
    return model.Incident(day, kind, "Hot via telefon", staff)


def test_incidents_newest_first_with_filters(session: Session) -> None:
    for day, kind, staff in (
        (date(2025, 3, 1), T, "Anna"),
        (date(2026, 1, 5), H, "Bo"),
        (date(2026, 6, 1), T, "Cia"),
    ):
        incidents.save_incident(session, incident(day, kind, staff))
    assert [i.staff_member for i in incidents.incident_page(session)] == ["Cia", "Bo", "Anna"]
    assert [i.staff_member for i in incidents.incident_page(session, kind=T)] == ["Cia", "Anna"]
    assert [i.staff_member for i in incidents.incident_page(session, year=2026)] == ["Cia", "Bo"]
    assert incidents.incident_count(session, kind=T, year=2026) == 1
    assert [i.staff_member for i in incidents.incident_page(session, limit=1, offset=1)] == ["Bo"]
    assert incidents.incident_years(session) == [2026, 2025]


def test_opening_is_audited_and_the_rules_hold(session: Session) -> None:
    saved = incidents.save_incident(session, incident(date(2026, 2, 2), T, "Dan"))
    assert saved.id is not None
    assert incidents.open_incident(session, saved.id) == saved
    actions = [e.action for e in audit.entries(session.vault.conn, entity="incidents")]
    assert actions == ["incidents.open", "incidents.create"]
    with pytest.raises(errors.InvalidInput) as problem:
        incidents.save_incident(session, model.Incident(date(2026, 2, 2), T, "x", " "))
    assert problem.value.field == "staff_member"
