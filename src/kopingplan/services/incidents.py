"""Incidents against staff: threats, harassment, undue pressure, violence (the employer's
responsibility in the action plan), with the support given and whether the police know.

Opening an incident is written to the audit log: it names a member of staff and what they
went through.
"""

from __future__ import annotations

from kopingplan.domain import model as m
from kopingplan.services.session import Session
from kopingplan.storage.repositories import incidents as queries


def incident_page(
    session: Session,
    *,
    kind: m.IncidentKind | None = None,
    year: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[m.Incident]:
    """Incidents newest first."""
    return queries.incident_page(
        session.vault.conn, kind=kind, year=year, limit=limit, offset=offset
    )


def incident_count(
    session: Session, *, kind: m.IncidentKind | None = None, year: int | None = None
) -> int:
    return queries.incident_count(session.vault.conn, kind=kind, year=year)


def incident_years(session: Session) -> list[int]:
    return queries.incident_years(session.vault.conn)


def open_incident(session: Session, incident_id: int) -> m.Incident:
    """One incident, to read or change; the opening is audited."""
    incident = session.get(m.Incident, incident_id)
    session.record("incidents.open", "incidents", incident_id)
    return incident


def save_incident(session: Session, incident: m.Incident) -> m.Incident:
    return session.save(incident)
