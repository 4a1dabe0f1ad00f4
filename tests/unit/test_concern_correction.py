"""Correcting a concern's intake (issue 17): the intake fields change, the concern as it was is
kept with the reason, the screening decision stays as decided, the audit row names the fields
only, and each refusal leaves the vault's bytes as they were. Versions go with their concern
and lose a removed person's reference with it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from days import on_the_test_day
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.services import concerns
from kopingplan.services.session import Session
from kopingplan.storage import audit

from support import snapshot

WORDS = "Rektorn oroar sig för en elev"


def _concern(session: Session, **changes: Any) -> m.Concern:
    values: dict[str, Any] = {
        "received_on": date.today() - timedelta(days=5),
        "source": m.ConcernSource.ANONYMOUS,
        "channel": m.ConcernChannel.PHONE,
        "description": WORDS,
        "recorded_at": datetime.now(UTC),
        "recorded_by": "Anna Lindqvist",
        "orientation": m.Orientation.UNCLEAR,
    }
    values.update(changes)
    return concerns.add_concern(session, m.Concern(**values))


def test_the_intake_is_corrected_and_the_earlier_version_kept(session: Session) -> None:
    school = session.save(m.Organisation("Norra skolan", m.OrganisationKind.SCHOOL))
    stored = _concern(session)
    assert stored.id is not None
    corrected = concerns.correct_intake(
        session,
        stored.id,
        dataclasses.replace(
            stored,
            source=m.ConcernSource.ORGANISATION,
            organisation_id=school.id,
            raised_by="rektor",
            channel=m.ConcernChannel.LETTER,
            received_on=date.today() - timedelta(days=6),
            description="Rektorn skrev om en elev  ",
            orientation=m.Orientation.RIGHT,
            level=m.Level.SPECIFIC,
        ),
        "Fel avsändare vid mottagandet",
    )
    again = concerns.get_concern(session, stored.id)
    assert again == corrected
    assert (again.source, again.organisation_id, again.raised_by) == (
        m.ConcernSource.ORGANISATION, school.id, "rektor"
    )  # fmt: skip
    assert again.description == "Rektorn skrev om en elev" and again.level is m.Level.SPECIFIC
    (earlier,) = concerns.concern_versions(session, stored.id)
    assert earlier.record == stored and earlier.reason == "Fel avsändare vid mottagandet"
    assert earlier.replaced_by == session.actor
    row = audit.entries(session.vault.conn, limit=1)[0]
    assert (row.action, row.entity_id) == ("concerns.correct", stored.id)
    assert "Rektorn" not in str(row.details) and "Fel avsändare" not in str(row.details)
    assert set(row.details["fields"]) == {
        "source", "organisation_id", "raised_by", "channel", "received_on", "description",
        "orientation", "level",
    }  # fmt: skip
    # The search finds the corrected words, not the earlier ones.
    from kopingplan.services import search

    assert search.search(session, "skrev") and not search.search(session, "oroar")


def test_the_decision_stays_as_decided(session: Session) -> None:
    stored = _concern(session)
    assert stored.id is not None
    decided = concerns.decide(session, stored.id, "referred", date.today(), "Anna",
                              referred_to="BoU", reason="Skolfråga")  # fmt: skip
    attempt = dataclasses.replace(
        decided,
        description="Rättad text",
        decision=m.ConcernDecision.NO_ACTION,
        referred_to="Någon annan",
        decision_reason="Annat skäl",
        decided_by="Bertil",
    )
    corrected = concerns.correct_intake(session, stored.id, attempt, "Stavfel")
    assert corrected.description == "Rättad text"
    assert (corrected.decision, corrected.referred_to, corrected.decision_reason) == (
        m.ConcernDecision.REFERRED, "BoU", "Skolfråga"
    )  # fmt: skip
    assert corrected.decided_by == "Anna" and corrected.recorded_by == stored.recorded_by


def test_nothing_changed_writes_nothing(session: Session) -> None:
    stored = _concern(session)
    assert stored.id is not None
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    assert concerns.correct_intake(session, stored.id, stored, "Ingen ändring") == stored
    assert snapshot(session.vault_folder) == before
    assert concerns.concern_versions(session, stored.id) == []


@pytest.mark.parametrize(
    ("change", "reason", "field"),
    [
        ({"description": "Ny text"}, "  ", "reason"),
        ({"description": "   "}, "Skäl", "description"),
        ({"received_on": lambda: date.today() + timedelta(days=1)}, "Skäl", "received_on"),
        ({"received_on": date.today}, "Skäl", "received_on"),  # after the decision's day
        ({"source": m.ConcernSource.ORGANISATION}, "Skäl", "organisation_id"),
        ({"source": m.ConcernSource.ANONYMOUS, "person_id": 1}, "Skäl", "source"),
        ({"source": m.ConcernSource.PERSON, "person_id": 999}, "Skäl", None),  # not in vault
    ],
)
def test_each_refusal_changes_nothing(
    session: Session, change: dict[str, Any], reason: str, field: str | None
) -> None:
    session.save(m.Person(given_name="Åsa", family_name="Berg"))
    stored = _concern(session)
    assert stored.id is not None
    concerns.decide(session, stored.id, "no_action", date.today() - timedelta(days=1), "Anna",
                    reason="Inget att göra")  # fmt: skip
    change = on_the_test_day(change)
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(session.vault_folder)
    with pytest.raises((errors.InvalidInput, errors.NotFound)) as raised:
        concerns.correct_intake(session, stored.id, dataclasses.replace(stored, **change), reason)
    if field is not None:
        assert isinstance(raised.value, errors.InvalidInput) and raised.value.field == field
    else:
        assert isinstance(raised.value, errors.NotFound)
    assert snapshot(session.vault_folder) == before


def test_versions_go_with_the_concern_and_forget_a_removed_person(session: Session) -> None:
    person = session.save(m.Person(given_name="Åsa", family_name="Berg"))
    stored = _concern(session, source=m.ConcernSource.PERSON, person_id=person.id)
    assert stored.id is not None
    concerns.correct_intake(
        session, stored.id, dataclasses.replace(stored, raised_by="mamma"), "Lade till roll"
    )
    session.delete(m.Person, person.id)
    (earlier,) = concerns.concern_versions(session, stored.id)
    assert (
        earlier.record.person_id is None
        and concerns.get_concern(session, stored.id).person_id is None
    )
    with session.vault.transaction() as conn:  # as retention deletes it
        conn.execute("DELETE FROM concerns WHERE id = ?", (stored.id,))
    count = session.vault.conn.execute("SELECT count(*) FROM concern_versions").fetchone()[0]
    assert count == 0
