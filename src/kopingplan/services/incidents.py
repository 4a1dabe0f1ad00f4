"""Incidents against staff: threats, harassment, undue pressure, violence (the employer's
responsibility in the action plan), with the support given and whether the police know.

Opening an incident is written to the audit log: it names a member of staff and what they
went through.

Following up (schema v7): an incident can name the case it arose in and the lägesbild entries
it belongs with; the support given is recorded as dated entries (what, when, by whom); its
follow-up day is in Att göra until :func:`complete_follow_up` marks it done, which records
what the follow-up found as a support entry of its own. Each refusal raises before anything is
written. Audit rows (``incidents.support``, ``incidents.link``, ``incidents.follow_up_done``)
hold ids, kinds and days, never the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.repositories import incidents as queries
from kopingplan.storage.repositories.incidents import INCIDENT_SUPPORTS
from kopingplan.storage.repositories.tables import CASES, INCIDENTS

NO_FOLLOW_UP = QT_TRANSLATE_NOOP("Errors", "has no follow-up day to mark done")


# Incidents newest first.
incident_page = reading.query(queries.incident_page)


incident_count = reading.query(queries.incident_count)


incident_years = reading.query(queries.incident_years)


def open_incident(session: Session, incident_id: int) -> m.Incident:
    """One incident, to read or change; the opening is audited."""
    incident = session.get(m.Incident, incident_id)
    session.record("incidents.open", "incidents", incident_id)
    return incident


def save_incident(
    session: Session, incident: m.Incident, *, entries: Sequence[int] | None = None
) -> m.Incident:
    """Stores a new or changed incident, and with ``entries`` the lägesbild entries linked to
    it. A case or an entry that is not there is refused (field ``case_id`` or
    ``situation_entries``) before anything is written. A new follow-up day opens the
    follow-up again: it is in Att göra until it is marked done."""
    with session.vault.read() as conn:
        if incident.case_id is not None and case_title(session, incident.case_id) is None:
            raise errors.InvalidInput("case_id", rules.INVALID_ID)
        if entries is not None and queries.missing_entries(conn, entries):
            raise errors.InvalidInput("situation_entries", rules.INVALID_ID)
        if incident.id is not None:
            # Done is marked only by complete_follow_up; a form's copy cannot undo or fake it.
            stored = mapping.get(conn, INCIDENTS, incident.id)
            same_day = stored.follow_up_on == incident.follow_up_on
            done_on = stored.follow_up_done_on if same_day else None
            incident = replace(incident, follow_up_done_on=done_on)
        else:
            incident = replace(incident, follow_up_done_on=None)
    stored = session.save(incident)
    if entries is not None and stored.id is not None:
        link_entries(session, stored.id, entries)
    return stored


def case_title(session: Session, case_id: int) -> str | None:
    """The title of a case to link, or None when there is no such case (no audit row: the
    coordinator sees titles in the case list too)."""
    try:
        return reading.run(session, mapping.get, CASES, case_id).title
    except errors.NotFound:
        return None


# --- Support given ---------------------------------------------------------------------------


# The support given after one incident, oldest first (read with the incident, whose
# opening is audited).
supports = reading.query(queries.supports_of)


def add_support(session: Session, support: m.IncidentSupport) -> m.IncidentSupport:
    """Records one piece of support given; who recorded it is the session's actor.

    ``InvalidInput`` for a blank or too long text, a day after today or before the incident,
    ``NotFound`` for an incident that is not there; nothing is written then.
    """
    support = replace(support, recorded_by=session.actor, id=None)
    rules.validate(support)
    with session.vault.transaction() as conn:
        incident = mapping.get(conn, INCIDENTS, support.incident_id)
        if support.given_on < incident.occurred_on:
            raise errors.InvalidInput("given_on", rules.BEFORE_INCIDENT)
        new_id = mapping.insert(conn, INCIDENT_SUPPORTS, support)
        details = {"support": new_id, "kind": m.IncidentSupportKind(support.kind).value}
        audit.append(conn, session.actor, "incidents.support", "incidents", incident.id, details)
    return replace(support, id=new_id)


def complete_follow_up(session: Session, incident_id: int, outcome: str, on: date) -> None:
    """Marks an incident's follow-up done on ``on`` and records what it found as a support
    entry (kind ``follow_up``, given by the session's actor). Already done: nothing changes."""
    text = rules.normalise_text(outcome)
    support = m.IncidentSupport(
        incident_id, on, m.IncidentSupportKind.FOLLOW_UP, text, session.actor, session.actor
    )
    rules.validate(support)
    with session.vault.transaction() as conn:
        incident = mapping.get(conn, INCIDENTS, incident_id)
        if incident.follow_up_on is None:
            raise errors.InvalidInput("follow_up_on", NO_FOLLOW_UP)
        if incident.follow_up_done_on is not None:
            return
        if on < incident.occurred_on:
            raise errors.InvalidInput("on", rules.BEFORE_INCIDENT)
        mapping.update(conn, INCIDENTS, replace(incident, follow_up_done_on=on))
        new_id = mapping.insert(conn, INCIDENT_SUPPORTS, support)
        details = {"support": new_id, "done_on": on.isoformat()}
        audit.append(
            conn, session.actor, "incidents.follow_up_done", "incidents", incident_id, details
        )


# --- Lägesbild entries linked -----------------------------------------------------------------


def linked_entries(session: Session, incident_id: int) -> list[m.SituationEntry]:
    if not mapping.storable(incident_id):
        return []  # an id SQLite cannot hold names no record
    with session.vault.read() as conn:
        return queries.entries_by_id(conn, queries.linked_entry_ids(conn, incident_id))


def entries_near(session: Session, day: date) -> list[m.SituationEntry]:
    """Lägesbild entries observed near ``day``, nearest first: the ones to offer for a link."""
    return reading.run(session, queries.entries_near, day)


def link_entries(session: Session, incident_id: int, entry_ids: Sequence[int]) -> None:
    """Makes ``entry_ids`` the lägesbild entries linked to the incident (audited when the set
    changes). An entry that is not there is refused and nothing changes."""
    wanted = sorted(set(entry_ids))
    with session.vault.transaction() as conn:
        mapping.get(conn, INCIDENTS, incident_id)
        if queries.missing_entries(conn, wanted):
            raise errors.InvalidInput("situation_entries", rules.INVALID_ID)
        if queries.linked_entry_ids(conn, incident_id) == wanted:
            return
        queries.set_linked_entries(conn, incident_id, wanted)
        details = {"situation_entries": wanted}
        audit.append(conn, session.actor, "incidents.link", "incidents", incident_id, details)
