"""Retention covers every kind (issue 16): incidents against staff once followed up, contacts
and incoming items without a case, and meetings with their minutes. Each is listed when its
own period has run out (and not a day before), deleted for good with what it carries, kept
with a reason, and its period is a setting like the others."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from test_retention import _traces

from kopingplan.domain import model as m
from kopingplan.services import retention
from kopingplan.services.retention import RetentionKind, RetentionPolicy
from kopingplan.services.session import Session
from kopingplan.storage import audit

TODAY = date(2026, 11, 1)
MINUTES_MARKER = "Qzvprotokollmarkör"


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


@pytest.fixture
def old(session: Session) -> dict[str, Any]:
    org = session.save(m.Organisation("Idrottsklubben", m.OrganisationKind.SPORTS_CLUB))
    group = session.save(m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP))
    ids: dict[str, Any] = {
        # 2021-10-01 + 5 years = 2026-10-01: due; its follow-up was done the same year.
        "incident": session.save(
            m.Incident(date(2021, 10, 1), m.IncidentKind.THREAT, "Hot i telefon", "Anna",
                       follow_up_on=date(2021, 10, 20), follow_up_done_on=date(2021, 10, 20))
        ).id,
        # As old, but its follow-up is not done: the employer's work goes on, never due.
        "open_incident": session.save(
            m.Incident(date(2020, 1, 1), m.IncidentKind.PRESSURE, "Påtryckning", "Bo",
                       follow_up_on=date(2020, 2, 1))
        ).id,
        # 2023-10-15 + 3 years = 2026-10-15: due.
        "contact": session.save(
            m.Contact(_at(date(2023, 10, 15)), m.Channel.PHONE, "Samtal om lovaktiviteter",
                      organisation_id=org.id)
        ).id,
        # 2023-12-01 + 3 years: not yet.
        "fresh_contact": session.save(
            m.Contact(_at(date(2023, 12, 1)), m.Channel.PHONE, "Nytt samtal",
                      organisation_id=org.id)
        ).id,
        # 2016-09-01 + 10 years = 2026-09-01: due, with its agenda.
        "meeting": session.save(
            m.Meeting(group.id, _at(date(2016, 9, 1)), "Stadshuset", MINUTES_MARKER)
        ).id,
    }  # fmt: skip
    session.save(m.AgendaItem(ids["meeting"], 1, m.AgendaItemKind.OTHER, "Övrigt"))
    return ids


def _due(session: Session, today: date = TODAY) -> set[tuple[str, int]]:
    return {(item.kind.value, item.id) for item in retention.review_list(session, today)}


def test_each_kind_is_due_after_its_own_period_and_not_before(
    session: Session, old: dict[str, Any]
) -> None:
    due = _due(session)
    assert ("incident", old["incident"]) in due
    assert ("contact", old["contact"]) in due
    assert ("meeting", old["meeting"]) in due
    assert ("incident", old["open_incident"]) not in due
    assert ("contact", old["fresh_contact"]) not in due
    # A day earlier the incident (due 2026-10-01) is not listed.
    assert ("incident", old["incident"]) not in _due(session, date(2026, 9, 30))


def test_a_meeting_goes_for_good_with_its_agenda_and_the_audit_counts_it(
    session: Session, old: dict[str, Any]
) -> None:
    assert _traces(session, MINUTES_MARKER) > 0
    chosen = [(RetentionKind.MEETING, old["meeting"]), (RetentionKind.INCIDENT, old["incident"])]
    report = retention.delete(session, chosen, today=TODAY)
    assert report.deleted["meeting"] == 1 and report.deleted["incident"] == 1
    assert session.vault.conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0
    assert _traces(session, MINUTES_MARKER) == 0
    rows = [r for r in audit.entries(session.vault.conn, action="retention.delete", limit=-1)]
    meeting_row = next(r for r in rows if r.entity == "meetings")
    assert meeting_row.details["removed"]["agenda_items"] == 1
    assert MINUTES_MARKER not in str(meeting_row.details)


def test_a_contact_is_kept_with_a_reason_and_listed_again_on_its_review_day(
    session: Session, old: dict[str, Any]
) -> None:
    review = retention.keep(
        session, RetentionKind.CONTACT, old["contact"], "Avtalet förhandlas", date(2027, 3, 1),
        today=TODAY,
    )  # fmt: skip
    assert review == date(2027, 3, 1)
    assert ("contact", old["contact"]) not in _due(session)
    assert ("contact", old["contact"]) in _due(session, date(2027, 3, 1))


def test_the_new_periods_are_settings(session: Session, old: dict[str, Any]) -> None:
    assert retention.load_policy(session).months(RetentionKind.MEETING) == 120
    retention.save_policy(session, RetentionPolicy(meeting_months=600, contact_months=6))
    policy = retention.load_policy(session)
    assert (policy.meeting_months, policy.contact_months) == (600, 6)
    assert ("meeting", old["meeting"]) not in _due(session)
    assert ("contact", old["fresh_contact"]) in _due(session)
