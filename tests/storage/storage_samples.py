"""Fictional records for the storage tests: one of every domain class, every field set.

All names, numbers and events are invented. The identity numbers are the test numbers
Skatteverket publishes for examples (19121212-1212 and friends).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Any

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo

T0 = datetime(2026, 3, 2, 9, 30, 15, 250000, tzinfo=UTC)
D0 = date(2026, 3, 2)
SHA_A = "a" * 64
SHA_B = "0123456789abcdef" * 4


@dataclass
class World:
    """Two parents of every kind, so a foreign key can be changed to another valid row."""

    organisations: tuple[int, int]
    persons: tuple[int, int]
    groups: tuple[int, int]
    cases: tuple[int, int]
    plans: tuple[int, int]
    supports: tuple[int, int]
    meetings: tuple[int, int]
    agenda_items: tuple[int, int]


def build_world(conn: Any) -> World:
    ins = mapping.insert
    orgs = (
        ins(conn, repo.ORGANISATIONS, m.Organisation("Polisen Köping", m.OrganisationKind.POLICE)),
        ins(conn, repo.ORGANISATIONS, m.Organisation("Fritidsgården", m.OrganisationKind.OTHER)),
    )
    persons = (
        ins(conn, repo.PERSONS, m.Person("Sara", "Öberg", organisation_id=orgs[0])),
        ins(conn, repo.PERSONS, m.Person("Ali", "Ahmadi")),
    )
    groups = (
        ins(conn, repo.GROUPS, m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP)),
        ins(conn, repo.GROUPS, m.Group("Insatsgrupp 1", m.GroupKind.INTERVENTION_GROUP)),
    )
    cases = (
        ins(conn, repo.CASES, m.Case("Ärende A", m.Level.INDIVIDUAL, m.Orientation.RIGHT, D0)),
        ins(conn, repo.CASES, m.Case("Ärende B", m.Level.SPECIFIC, m.Orientation.LEFT, D0)),
    )
    plans = (
        ins(conn, repo.EXIT_PLANS, m.ExitPlan(cases[0], T0, revision=1)),
        ins(conn, repo.EXIT_PLANS, m.ExitPlan(cases[0], T0, revision=2)),
    )
    supports = (
        ins(conn, repo.RELATIVE_SUPPORTS, m.RelativeSupport(D0, "mamma", case_id=cases[0])),
        ins(conn, repo.RELATIVE_SUPPORTS, m.RelativeSupport(D0, "bror")),
    )
    meetings = (
        ins(conn, repo.MEETINGS, m.Meeting(groups[0], T0)),
        ins(conn, repo.MEETINGS, m.Meeting(groups[1], T0)),
    )
    agenda = (
        ins(
            conn, repo.AGENDA_ITEMS, m.AgendaItem(meetings[0], 1, m.AgendaItemKind.OTHER, "Övrigt")
        ),
        ins(conn, repo.AGENDA_ITEMS, m.AgendaItem(meetings[0], 2, m.AgendaItemKind.OTHER, "Läget")),
    )
    return World(orgs, persons, groups, cases, plans, supports, meetings, agenda)


def full_samples(w: World) -> list[Any]:
    """One object of every stored class with every field away from its default."""
    return [
        m.Case(
            "Åsa – ärende",
            m.Level.SPECIFIC,
            m.Orientation.ISLAMIST,
            D0,
            status=m.CaseStatus.CLOSED,
            summary="Sammanfattning\nrad två",
            responsible_group_id=w.groups[0],
            responsible_person_id=w.persons[0],
            closed_on=D0 + timedelta(days=30),
            close_reason="Avslutat enligt plan",
        ),
        m.LevelChange(w.cases[0], m.Level.INDIVIDUAL, D0, "Oro ökade", m.Level.SPECIFIC),
        m.Person(
            "Åke",
            "Ärlig",
            identity_number="191212121212",
            birth_year=1912,
            phone="0221-123 45",
            email="ake@example.se",
            address="Storgatan 1\nKöping",
            organisation_id=w.organisations[1],
            title="fältassistent",
            notes="Ring efter 16",
        ),
        m.CaseParticipant(w.cases[0], w.persons[1], m.CaseRole.RELATIVE, "pappa"),
        m.Organisation(
            "Studieförbundet",
            m.OrganisationKind.IOP_PARTNER,
            phone="0221-1",
            email="info@example.se",
            address="Box 1",
            notes="Kontakt via rektor",
        ),
        m.Contact(
            T0,
            m.Channel.HOME_VISIT,
            "Hembesök, samtal om skolan",
            person_id=w.persons[0],
            organisation_id=w.organisations[0],
            case_id=w.cases[0],
            follow_up_on=D0 + timedelta(days=7),
        ),
        m.Note(w.cases[0], T0, "Uppgift från polisen", source="Polisen, kontaktpolis"),
        m.SituationEntry(
            D0,
            "Skolgården",
            m.Orientation.LEFT,
            "Klistermärken",
            "Skolan",
            assessment="Låg",
            reliability=m.Reliability.PROBABLE,
        ),
        m.Group(
            "Insatsgrupp 2",
            m.GroupKind.INTERVENTION_GROUP,
            description="BoU, SoA, polis",
            kind_name="Insatsgrupp",  # stored for any kind; the service keeps it only for OTHER
        ),
        m.GroupMembership(
            w.groups[0],
            "ordförande",
            D0,
            person_id=w.persons[0],
            organisation_id=w.organisations[0],
            to_date=date(2026, 12, 31),
        ),
        m.Meeting(w.groups[0], T0, place="Stadshuset", minutes="Protokoll"),
        m.MeetingAttendee(w.meetings[0], w.persons[1], present=True),
        m.AgendaItem(
            w.meetings[0],
            3,
            m.AgendaItemKind.CASE,
            "Ärende A",
            case_id=w.cases[0],
            notes="Läget",
            decision="Fortsätt",
        ),
        m.MeetingAction(
            w.meetings[0],
            "Kalla till möte",
            D0,
            agenda_item_id=w.agenda_items[0],
            responsible_person_id=w.persons[0],
            responsible_text="Sara",
            done_on=D0 + timedelta(days=1),
            outcome="Klart",
        ),
        m.ExitPlan(
            w.cases[1],
            T0,
            revision=3,
            situation="Bor hemma",
            prerequisites="Stöd",
            needs="Arbete",
            motivation=4,
            motivation_reason="Vill byta liv",
            milieu_to_leave="Nätverket",
            assessment_participants="SoA, polis",
            social_items=(
                m.SocialItem(m.SocialKind.PARTNER, "Sambo", m.Influence.SUPPORTS),
                m.SocialItem(m.SocialKind.FRIEND, "Gamla vänner", m.Influence.PULLS_BACK),
            ),
            practical_needs=(
                m.PracticalNeed(m.PracticalArea.HOUSING, m.NeedStatus.PRESENT, "Akut"),
                m.PracticalNeed(m.PracticalArea.WORK_OR_STUDIES),
            ),
            no_measures_reason="",
            boundary_confirmed=True,
            police_sharing_note="Enligt OSL 10:2",
            supersedes_id=w.plans[0],
        ),
        m.Measure(
            w.plans[0],
            "Praktikplats",
            m.ActorKind.EMPLOYMENT_SERVICE,
            D0,
            follow_up_on=D0 + timedelta(days=14),
            actor_organisation_id=w.organisations[1],
            actor_person_id=w.persons[1],
            actor_text="Af Köping",
            status=m.MeasureStatus.ONGOING,
            outcome="Startat",
        ),
        m.FollowUp(
            D0,
            "Följ upp",
            case_id=w.cases[0],
            plan_id=w.plans[0],
            relative_support_id=w.supports[0],
            done_on=D0,
            outcome="Gjort",
        ),
        m.RelativeSupport(
            D0,
            "moster",
            person_id=w.persons[1],
            pseudonym="M",
            callback="ring 070-000 00 00",
            case_id=w.cases[1],
        ),
        m.RelativeSupportContact(
            w.supports[0],
            T0,
            m.Channel.PHONE,
            "Orolig för sonen",
            signs=("isolation", "new_friends"),
            signs_other="Nya kläder",
            advice="Prata",
            referral_organisation_ids=(w.organisations[0],),
            consent_to_record=True,
            consent_to_contact_others=True,
            follow_up_on=D0 + timedelta(days=3),
        ),
        m.Disclosure(
            T0,
            "Polisen",
            "Lägesbild v. 10",
            SHA_A,
            "OSL 10 kap. 2 §",
            "Anna L",
            decided_by_role="samordnare",
            purpose="Samverkan",
            legal_basis_note="Nödvändigt",
            recipient_fingerprint="ab:cd",
            case_ids=(w.cases[0], w.cases[1]),
            recipient_kind=m.OrganisationKind.POLICE,
        ),
        m.Incident(
            D0,
            m.IncidentKind.THREAT,
            "Hot via telefon",
            "Handläggare X",
            reported_to_police=True,
            support_given="Samtal",
            follow_up_on=D0,
            case_id=w.cases[0],
            follow_up_done_on=D0,
        ),
        m.PlanRevision(2, D0, "Kommunfullmäktige", "Planens text", change_summary="Nya rutiner"),
    ]


def _other_enum(value: Any) -> Any:
    members: list[Any] = list(type(value).__members__.values())
    return members[(members.index(value) + 1) % len(members)]


def _other_id(field: str, value: int | None, w: World) -> int:
    pools = {
        "case_id": w.cases, "person_id": w.persons, "organisation_id": w.organisations,
        "group_id": w.groups, "plan_id": w.plans, "supersedes_id": w.plans,
        "relative_support_id": w.supports, "meeting_id": w.meetings,
        "agenda_item_id": w.agenda_items, "responsible_group_id": w.groups,
        "responsible_person_id": w.persons, "actor_organisation_id": w.organisations,
        "actor_person_id": w.persons,
    }  # fmt: skip
    pool = pools[field]
    return pool[1] if value == pool[0] else pool[0]


def other_value(obj: Any, field: str, w: World) -> Any:
    """A value for ``field`` that differs from the object's and still fits the schema."""
    value = getattr(obj, field)
    if field.endswith("_id"):
        return _other_id(field, value, w)
    special: dict[str, Any] = {
        "identity_number": "198112189876",
        "birth_year": 1981,
        "content_sha256": SHA_B,
        "motivation": 2,
        "revision": 7,
        "position": 9,
        "signs": ("isolation",),
        "referral_organisation_ids": (w.organisations[1], w.organisations[0]),
        "case_ids": (w.cases[1],),
        "social_items": (m.SocialItem(m.SocialKind.CHILD, "Dotter"),),
        "practical_needs": (
            m.PracticalNeed(m.PracticalArea.HOUSING, m.NeedStatus.NOT_PRESENT, "Akut"),
            m.PracticalNeed(m.PracticalArea.WORK_OR_STUDIES),
        ),
        "to_date": date(2027, 1, 1),
    }
    if field in special:
        return special[field]
    if isinstance(value, bool):
        return not value
    if isinstance(value, datetime):
        return value + timedelta(hours=1)
    if isinstance(value, date):
        return value + timedelta(days=1)
    if isinstance(value, Enum):
        return _other_enum(value)
    if isinstance(value, str):
        return value + " ändrad"
    raise AssertionError(f"no other value for {type(obj).__name__}.{field}")


def same_instant_elsewhere(value: datetime) -> datetime:
    """The same instant written in Swedish summer time: not a change."""
    return value.astimezone(timezone(timedelta(hours=2)))


def fields_of(obj: Any) -> list[str]:
    return [f.name for f in dataclasses.fields(obj) if f.name != "id"]
