"""Work at the general level and partners over time. Activities recorded, listed newest
first, filtered and counted in SQL, corrected and removed with their audit rows (no content in
them), the v8 schema, and every refusal leaving the vault's bytes as they were; an
organisation's agreements, reminded in Att göra before they end until the reminder is marked
done."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest

from days import on_the_test_day
from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services import activities, agreements, follow_ups
from kopingplan.services.activities import ActivityFilter
from kopingplan.services.session import Session
from kopingplan.storage import audit, migrations

from support import snapshot

DAY = date(2026, 3, 12)


def _activity(**changes: Any) -> m.Activity:
    values: dict[str, Any] = {
        "held_on": DAY,
        "kind": m.ActivityKind.TRAINING,
        "title": "Utbildning om våldsbejakande extremism för skolpersonal",
        "target_group": "Personal på högstadieskolorna",
        "themes": (m.Orientation.RIGHT, m.Orientation.ISLAMIST),
        "participants": 42,
    }
    values.update(changes)
    return m.Activity(**values)


@pytest.fixture
def partners(session: Session) -> dict[str, m.Organisation]:
    return {
        "school": session.save(m.Organisation("Barn och utbildning", m.OrganisationKind.SCHOOL)),
        "mosque": session.save(
            m.Organisation("Köpings islamiska förening", m.OrganisationKind.FAITH_COMMUNITY)
        ),
    }


def _quiet_snapshot(session: Session) -> dict[str, bytes]:
    """The vault's bytes with the write-ahead log folded in: a refused transaction that
    wrote nothing leaves them as they were. The -shm file is SQLite's index of the log (no
    record is in it), and taking and letting go of the write lock changes it."""
    session.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {k: v for k, v in snapshot(session.vault_folder).items() if not k.endswith("-shm")}


def _actions(session: Session) -> list[str]:
    return [e.action for e in reversed(audit.entries(session.vault.conn, entity="activities"))]


def test_schema_v8_holds_activities(session: Session) -> None:
    assert migrations.LATEST >= 8
    columns = {r[1] for r in session.vault.conn.execute("PRAGMA table_info(activities)")}
    assert {"held_on", "kind", "organiser_id", "partner_ids", "themes", "participants"} <= columns
    # No field for a person: the participants are a number.
    assert not {c for c in columns if "person" in c or "name" in c}


def test_an_activity_is_stored_as_given_and_audited_without_content(
    session: Session, partners: dict[str, m.Organisation]
) -> None:
    school, mosque = partners["school"], partners["mosque"]
    stored = activities.add_activity(
        session,
        _activity(
            organiser_id=school.id,
            partner_ids=(mosque.id,),
            follow_up_on=DAY + timedelta(days=90),
            follow_up_note="Fråga skolorna om utbildningen behövs igen",
        ),
    )
    assert stored.id is not None
    again = activities.get_activity(session, stored.id)
    assert again == stored
    assert again.themes == (m.Orientation.RIGHT, m.Orientation.ISLAMIST)
    assert again.partner_ids == (mosque.id,)
    entries = audit.entries(session.vault.conn, entity="activities")
    assert [e.action for e in entries] == ["activities.add"]
    assert entries[0].details == {"kind": "training", "on": "2026-03-12"}
    assert "Utbildning" not in repr(entries[0])


def test_the_list_is_newest_first_filtered_and_counted(session: Session) -> None:
    activities.add_activity(session, _activity(held_on=date(2025, 5, 2), participants=10))
    activities.add_activity(
        session,
        _activity(held_on=date(2026, 1, 9), kind=m.ActivityKind.CAMPAIGN, participants=None),
    )
    activities.add_activity(session, _activity(held_on=date(2026, 2, 1), participants=30))
    days = [a.held_on for a in activities.activity_page(session)]
    assert days == [date(2026, 2, 1), date(2026, 1, 9), date(2025, 5, 2)]
    this_year = ActivityFilter(year=2026)
    assert activities.activity_count(session, this_year) == 2
    assert activities.activity_participants(session, this_year) == 30  # not counted adds none
    trainings = ActivityFilter(kind=m.ActivityKind.TRAINING)
    assert activities.activity_participants(session, trainings) == 40
    assert activities.activity_years(session) == [2026, 2025]
    assert [a.held_on for a in activities.activity_page(session, limit=1, offset=1)] == [
        date(2026, 1, 9)
    ]


def test_correcting_names_the_fields_and_an_unchanged_save_writes_nothing(
    session: Session, partners: dict[str, m.Organisation]
) -> None:
    stored = activities.save_activity(session, _activity())
    changed = activities.save_activity(
        session, dataclasses.replace(stored, participants=55, partner_ids=(partners["school"].id,))
    )
    activities.save_activity(session, changed)  # nothing changed: no row, no write
    entries = audit.entries(session.vault.conn, entity="activities")
    assert [e.action for e in entries] == ["activities.change", "activities.add"]
    assert entries[0].details == {
        "kind": "training",
        "on": "2026-03-12",
        "fields": ["partner_ids", "participants"],
    }


def test_removing_an_activity_is_audited(session: Session) -> None:
    stored = activities.add_activity(session, _activity())
    assert stored.id is not None
    activities.delete_activity(session, stored.id)
    assert activities.activity_count(session) == 0
    assert _actions(session) == ["activities.add", "activities.delete"]
    with pytest.raises(errors.NotFound):
        activities.delete_activity(session, stored.id)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"participants": -1}, "participants"),
        ({"follow_up_on": DAY - timedelta(days=1)}, "follow_up_on"),
        ({"follow_up_note": "Ring skolan"}, "follow_up_on"),
        ({"target_group": "två\nrader"}, "target_group"),
        ({"themes": (m.Orientation.LEFT, m.Orientation.LEFT)}, "themes"),
        ({"themes": ("no-such-orientation",)}, "themes"),
        ({"kind": "no-such-kind"}, "kind"),
    ],
)
def test_the_rules_refuse_and_nothing_is_written(
    session: Session, changes: dict[str, Any], field: str
) -> None:
    activity = _activity(**changes)
    assert field in {p.field for p in rules.problems(activity)}
    before = _quiet_snapshot(session)
    with pytest.raises(errors.InvalidInput) as refused:
        activities.add_activity(session, activity)
    assert refused.value.field == field
    assert _quiet_snapshot(session) == before


def test_the_organiser_is_not_a_partner_too(
    session: Session, partners: dict[str, m.Organisation]
) -> None:
    school = partners["school"]
    activity = _activity(organiser_id=school.id, partner_ids=(school.id,))
    before = _quiet_snapshot(session)
    with pytest.raises(errors.InvalidInput) as refused:
        activities.add_activity(session, activity)
    assert refused.value.field == "partner_ids"
    assert _quiet_snapshot(session) == before


@pytest.mark.parametrize("field", ["organiser_id", "partner_ids"])
def test_an_organisation_not_in_the_registry_is_refused(session: Session, field: str) -> None:
    value: Any = 999 if field == "organiser_id" else (999,)
    stored = activities.add_activity(session, _activity())
    before = _quiet_snapshot(session)
    for attempt in (_activity(), stored):
        with pytest.raises(errors.InvalidInput) as refused:
            activities.save_activity(session, dataclasses.replace(attempt, **{field: value}))
        assert refused.value.field == field
    assert _quiet_snapshot(session) == before


def test_correcting_an_activity_that_is_gone_writes_nothing(session: Session) -> None:
    stored = activities.add_activity(session, _activity())
    assert stored.id is not None
    activities.delete_activity(session, stored.id)
    before = _quiet_snapshot(session)
    with pytest.raises(errors.NotFound):
        activities.change_activity(session, dataclasses.replace(stored, participants=3))
    assert _quiet_snapshot(session) == before


# --- Partners over time: agreements --------------------------------------------------------------


def _agreement(organisation_id: int, **changes: Any) -> m.Agreement:
    values: dict[str, Any] = {
        "organisation_id": organisation_id,
        "kind": m.AgreementKind.IOP,
        "title": "IOP om mentorsstöd för unga som vill lämna",
        "starts_on": date.today() - timedelta(days=300),
        "ends_on": date.today() + timedelta(days=60),
    }
    values.update(changes)
    return m.Agreement(**values)


def _due_agreements(session: Session, until: date) -> list[Any]:
    return [item for item in follow_ups.due(session, until) if item.kind == "agreement"]


def test_an_organisations_agreements_newest_first_and_audited(
    session: Session, partners: dict[str, m.Organisation]
) -> None:
    mosque = partners["mosque"]
    assert mosque.id is not None
    older = agreements.add_agreement(
        session, _agreement(mosque.id, starts_on=date(2020, 1, 1), ends_on=date(2021, 12, 31))
    )
    newer = agreements.add_agreement(
        session, _agreement(mosque.id, kind=m.AgreementKind.OTHER, title="Lokalavtal", ends_on=None)
    )
    assert agreements.agreements_of(session, mosque.id) == [newer, older]
    entries = audit.entries(session.vault.conn, entity="agreements")
    assert [e.details for e in entries] == [
        {"organisation": mosque.id, "kind": "other"},
        {"organisation": mosque.id, "kind": "iop"},
    ]
    session.delete(m.Organisation, mosque.id)  # an agreement goes with its organisation
    assert agreements.agreements_of(session, mosque.id) == []


def test_att_gora_reminds_before_the_end_until_marked_done(
    session: Session, partners: dict[str, m.Organisation]
) -> None:
    mosque = partners["mosque"]
    assert mosque.id is not None
    ending = agreements.add_agreement(session, _agreement(mosque.id))
    agreements.add_agreement(
        session, _agreement(mosque.id, ends_on=date.today() + timedelta(days=400))
    )
    agreements.add_agreement(session, _agreement(mosque.id, ends_on=None))
    (item,) = _due_agreements(session, date.today())
    assert item.id == ending.id
    assert item.due_on == ending.ends_on - timedelta(days=agreements.REMINDER_DAYS)
    assert item.overdue and item.description.startswith("Köpings islamiska förening: IOP om")
    follow_ups.mark_done(session, "agreement", item.id, "Förnyas: beslut i KS i maj")
    assert _due_agreements(session, date.today()) == []
    done = agreements.get_agreement(session, item.id)
    assert done.reminder_done_on == date.today() and done.reminder_outcome.startswith("Förnyas")
    assert audit.entries(session.vault.conn, entity="agreements")[0].action == (
        "agreements.reminder_done"
    )
    # A new end day: the reminder is about that day now.
    agreements.change_agreement(
        session, dataclasses.replace(done, ends_on=date.today() + timedelta(days=30))
    )
    assert [i.id for i in _due_agreements(session, date.today())] == [ending.id]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": " "}, "title"),
        ({"ends_on": lambda: date.today() - timedelta(days=400)}, "ends_on"),
        ({"reminder_outcome": "Förnyat"}, "reminder_outcome"),
        (
            {"ends_on": None, "reminder_done_on": date.today, "reminder_outcome": "x"},
            "reminder_done_on",
        ),
    ],
)
def test_agreement_refusals_write_nothing(
    session: Session, partners: dict[str, m.Organisation], changes: dict[str, Any], field: str
) -> None:
    school = partners["school"]
    assert school.id is not None
    changes = on_the_test_day(changes)
    before = _quiet_snapshot(session)
    with pytest.raises(errors.InvalidInput) as refused:
        agreements.add_agreement(session, _agreement(school.id, **changes))
    assert refused.value.field == field
    with pytest.raises(errors.NotFound):
        agreements.add_agreement(session, _agreement(999))
    open_ended = agreements.add_agreement(session, _agreement(school.id, ends_on=None))
    assert open_ended.id is not None
    before = _quiet_snapshot(session)
    with pytest.raises(errors.InvalidInput):
        agreements.complete_reminder(session, open_ended.id, "Inget slut", date.today())
    assert _quiet_snapshot(session) == before
