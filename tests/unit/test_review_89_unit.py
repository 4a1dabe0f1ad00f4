"""Review of the evening's folds (helper-89), below the GUI.

Removing a record recorded by mistake is now one ``delete_checked``; the statistics' grouped
counts one ``_grouped``. The audit rows a reviewer reads and the values a report counts must be
what they were: the same details per kind, nothing written for a refused or missing record,
and counts typed as the report expects (a yes/no as a bool, an unknown kind as None).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import activities, agreements, partner_contacts, plan
from kopingplan.services.session import Session
from kopingplan.storage import audit, drafts
from kopingplan.storage.repositories import statistics


def _rows(session: Session) -> list[Any]:
    return audit.entries(session.vault.conn, limit=-1)


def _drafts(session: Session) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref, _saved in drafts.listing(session.vault.conn)}


def _keep_draft(session: Session, kind: str, ref: str) -> None:
    with session.vault.transaction() as conn:
        drafts.save(conn, kind, ref, {"values": {"title": "halvskrivet"}})


def test_each_removal_writes_its_own_details_and_takes_the_records_draft(
    session: Session,
) -> None:
    partner = session.save(m.Organisation("Föreningen Bron", m.OrganisationKind.CIVIL_SOCIETY))
    assert partner.id is not None
    revision = plan.add_revision(
        session, m.PlanRevision(4, date(2026, 1, 20), "Kommunfullmäktige", "Planen")
    )
    assert revision.id is not None
    activity = activities.add_activity(
        session, m.Activity(date(2026, 2, 10), m.ActivityKind.TRAINING, "Utbildning")
    )
    agreement = agreements.add_agreement(
        session, m.Agreement(partner.id, m.AgreementKind.IOP, "IOP fritid", date(2026, 1, 5))
    )
    commitment = plan.add_commitment(session, m.Commitment(revision.id, "Utbilda personal"))
    contact = partner_contacts.add_contact(
        session,
        m.Contact(datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.PHONE, "Ringde",
                  organisation_id=partner.id),
    )  # fmt: skip
    assert None not in (activity.id, agreement.id, commitment.id, contact.id)
    _keep_draft(session, "activity", str(activity.id))
    _keep_draft(session, "agreement", f"{partner.id}:{agreement.id}")
    _keep_draft(session, "commitment", f"{revision.id}:{commitment.id}")
    _keep_draft(session, "partner_contact", f"{partner.id}:{contact.id}")
    _keep_draft(session, "agreement", f"{partner.id}:new")  # a new one's: kept

    activities.delete_activity(session, activity.id)  # type: ignore[arg-type]
    agreements.delete_agreement(session, agreement.id)  # type: ignore[arg-type]
    plan.delete_commitment(session, commitment.id)  # type: ignore[arg-type]
    partner_contacts.delete_contact(session, contact.id)  # type: ignore[arg-type]

    deleted = [(r.action, r.entity, r.entity_id, r.details) for r in _rows(session)[:4]]
    assert deleted == [
        ("contacts.delete", "contacts", contact.id, {"organisation": partner.id}),
        ("commitments.delete", "commitments", commitment.id, {"revision": 4}),
        ("agreements.delete", "agreements", agreement.id, {"organisation": partner.id}),
        ("activities.delete", "activities", activity.id, {"on": "2026-02-10"}),
    ]
    assert _drafts(session) == {("agreement", f"{partner.id}:new")}


def test_a_refused_or_missing_removal_writes_and_deletes_nothing(session: Session) -> None:
    case = session.save(
        m.Case("Ärendet", m.Level.SPECIFIC, m.Orientation.UNCLEAR, date(2026, 1, 2))
    )
    case_contact = session.save(
        m.Contact(datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.PHONE, "Ringde",
                  case_id=case.id),
    )  # fmt: skip
    assert case_contact.id is not None
    before = len(_rows(session))
    with pytest.raises(errors.InvalidInput):  # a case's contact is never removed here
        partner_contacts.delete_contact(session, case_contact.id)
    assert session.get(m.Contact, case_contact.id) == case_contact
    for remove in (
        activities.delete_activity,
        agreements.delete_agreement,
        plan.delete_commitment,
        partner_contacts.delete_contact,
    ):
        with pytest.raises(errors.NotFound):
            remove(session, 9999)
    assert len(_rows(session)) == before


def test_grouped_counts_keep_their_types(session: Session) -> None:
    """A yes/no counted as a bool, an unknown kind as None, a birth year that is missing as
    None: the report's tables tell them apart by type."""
    session.save(
        m.Incident(date(2026, 2, 2), m.IncidentKind.THREAT, "Hot", "A", reported_to_police=True)
    )
    session.save(m.Incident(date(2026, 2, 3), m.IncidentKind.THREAT, "Hot igen", "A"))
    session.save(m.Case("Utan år", m.Level.GENERAL, m.Orientation.RIGHT, date(2026, 1, 5)))
    period = statistics.Period(
        date(2026, 1, 1),
        date(2026, 12, 31),
        datetime(2026, 1, 1, tzinfo=UTC),
        datetime(2027, 1, 1, tzinfo=UTC),
    )
    with session.vault.read() as conn:
        incidents = sorted(statistics.incidents(conn, period))
        cases = statistics.active_cases(conn, period)
        moves = statistics.level_moves(conn, period)
    assert incidents == [("threat", False, 1), ("threat", True, 1)]
    assert [type(value) for value in incidents[1]] == [str, bool, int]
    assert cases == [("general", "right", None, 1)]
    assert moves == []
