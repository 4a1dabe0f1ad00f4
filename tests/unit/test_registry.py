"""Persons and organisations: paged lists in Swedish order, SQL-side filters, audited details,
and identity numbers stored canonical and never twice."""

from __future__ import annotations

from datetime import date

import pytest

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.domain.identity_number import luhn_check_digit
from kopingplan.services import registry
from kopingplan.services.session import Session
from kopingplan.storage import audit


def number(born: str, serial: str = "123") -> str:
    """A valid identity number YYYYMMDD-NNNC for ``born`` (YYYYMMDD)."""
    return f"{born}-{serial}{luhn_check_digit(born[2:] + serial)}"


def person(given: str, family: str, **fields: object) -> model.Person:
    return model.Person(given_name=given, family_name=family, **fields)  # type: ignore[arg-type]


@pytest.fixture
def people(session: Session) -> dict[str, int]:
    police = session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
    school = session.save(model.Organisation("Åbyskolan", model.OrganisationKind.SCHOOL))
    session.save(model.Organisation("Ekbackens IF", model.OrganisationKind.SPORTS_CLUB))
    made = {}
    for given, family, extra in (
        ("Örjan", "Öberg", {}),
        ("Åsa", "Åberg", {"organisation_id": police.id, "title": "kommunpolis"}),
        ("Adam", "Andersson", {}),
        ("Ärla", "ärlig", {}),
        ("Zoran", "Zetterlund", {"organisation_id": school.id}),
        ("Lena", "Müller", {}),
        ("Lars", "Myrberg", {}),
    ):
        made[family] = session.save(person(given, family, **extra)).id
    made["police"], made["school"] = police.id, school.id
    return made


def test_persons_are_listed_by_family_name_in_swedish_order(
    session: Session, people: dict[str, int]
) -> None:
    rows = registry.person_page(session)
    # å ä ö after z, in that order; case does not matter; ü sorts as y.
    assert [r.family_name for r in rows] == [
        "Andersson",
        "Müller",
        "Myrberg",
        "Zetterlund",
        "Åberg",
        "ärlig",
        "Öberg",
    ]
    assert registry.person_count(session) == 7
    assert [r.family_name for r in registry.person_page(session, limit=2, offset=4)] == [
        "Åberg",
        "ärlig",
    ]
    aberg = rows[4]
    assert (aberg.organisation_name, aberg.title) == ("Polisen Köping", "kommunpolis")


def test_the_text_filter_needs_every_word_in_the_name(
    session: Session, people: dict[str, int]
) -> None:
    assert [r.full_name for r in registry.person_page(session, "ÅBERG")] == ["Åsa Åberg"]
    assert [r.full_name for r in registry.person_page(session, "åsa åb")] == ["Åsa Åberg"]
    assert [r.full_name for r in registry.person_page(session, "berg")] == [
        "Lars Myrberg",
        "Åsa Åberg",
        "Örjan Öberg",
    ]
    assert registry.person_page(session, "berg zoran") == []
    assert registry.person_count(session, "berg") == 3
    assert registry.person_page(session, "100%") == []  # LIKE wildcards are plain text


def test_digits_in_the_filter_look_at_the_identity_number(session: Session) -> None:
    saved = registry.save_person(session, person("Ida", "Ek", identity_number=number("19900101")))
    registry.save_person(session, person("Ivar", "Ek"))
    rows = registry.person_page(session, "19900101")
    assert [r.id for r in rows] == [saved.id]
    assert rows[0].has_identity_number
    assert not hasattr(rows[0], "identity_number")  # lists never carry the number itself


def test_professionals_and_responsible_persons(session: Session, people: dict[str, int]) -> None:
    assert [r.family_name for r in registry.professionals(session)] == ["Zetterlund", "Åberg"]
    assert registry.responsible_persons(session) == []
    session.save(
        model.Case(
            "Oro i skolan",
            model.Level.GENERAL,
            model.Orientation.UNCLEAR,
            date(2026, 1, 5),
            responsible_person_id=people["Åberg"],
        )
    )
    assert [r.full_name for r in registry.responsible_persons(session)] == ["Åsa Åberg"]


def test_opening_a_person_is_audited_and_shows_their_cases(
    session: Session, people: dict[str, int]
) -> None:
    case = session.save(
        model.Case(
            "Zara, anhörigsamtal",
            model.Level.SPECIFIC,
            model.Orientation.RIGHT,
            date(2026, 2, 1),
            responsible_person_id=people["Åberg"],
        )
    )
    assert case.id is not None
    session.save(
        model.CaseParticipant(case.id, people["Åberg"], model.CaseRole.PROFESSIONAL, "polis")
    )
    detail = registry.open_person(session, people["Åberg"])
    assert detail.person.full_name == "Åsa Åberg"
    assert detail.organisation is not None and detail.organisation.name == "Polisen Köping"
    assert sorted((c.case_id, c.role, c.relation) for c in detail.cases) == [
        (case.id, "professional", "polis"),
        (case.id, "responsible", ""),
    ]
    entries = audit.entries(session.vault.conn, entity="persons", entity_id=people["Åberg"])
    assert entries[0].action == "persons.open"


def test_identity_numbers_are_stored_canonical_and_only_once(session: Session) -> None:
    typed = number("19900101")
    saved = registry.save_person(session, person("Ida", "Ek", identity_number=typed))
    assert saved.identity_number == typed.replace("-", "")
    assert saved.birth_year == 1990  # taken from the number
    short = typed[2:]  # YYMMDD-NNNC
    with pytest.raises(errors.InvalidInput) as taken:
        registry.save_person(session, person("Ida", "Eklund", identity_number=short))
    assert (taken.value.field, taken.value.problem) == (
        "identity_number",
        registry.IDENTITY_NUMBER_TAKEN,
    )
    again = registry.save_person(session, saved)  # the person's own number is no clash
    assert again.identity_number == saved.identity_number
    with pytest.raises(errors.InvalidInput) as wrong:
        registry.save_person(session, person("Ola", "Ek", identity_number="19900101-1234"))
    assert wrong.value.field == "identity_number"
    assert "19900101" not in str(wrong.value)  # the number never goes into the message
    assert registry.canonical_identity_number("  ") is None


def test_organisations_by_name_and_kind(session: Session, people: dict[str, int]) -> None:
    assert [o.name for o in registry.organisation_page(session)] == [
        "Ekbackens IF",
        "Polisen Köping",
        "Åbyskolan",
    ]
    schools = registry.organisation_page(session, kind=model.OrganisationKind.SCHOOL)
    assert [(o.name, o.person_count) for o in schools] == [("Åbyskolan", 1)]
    assert registry.organisation_count(session, "köping") == 1
    detail = registry.open_organisation(session, people["police"])
    assert [p.full_name for p in detail.people] == ["Åsa Åberg"]
    entries = audit.entries(session.vault.conn, entity="organisations", entity_id=people["police"])
    assert entries[0].action == "organisations.open"


def test_groups_and_support_threads(session: Session, people: dict[str, int]) -> None:
    session.save(model.Group("Insatsgrupp", model.GroupKind.INTERVENTION_GROUP))
    session.save(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
    assert [g.name for g in registry.groups(session)] == ["Unggruppen", "Insatsgrupp"]

    case = session.save(
        model.Case("Oro", model.Level.INDIVIDUAL, model.Orientation.ISLAMIST, date(2026, 1, 2))
    )
    assert case.id is not None
    anonymous = session.save(
        model.RelativeSupport(date(2026, 2, 1), "mamma", pseudonym="Mamma A", case_id=case.id)
    )
    named = session.save(
        model.RelativeSupport(
            date(2026, 3, 1), "pappa", person_id=people["Myrberg"], case_id=case.id
        )
    )
    threads = registry.case_support_threads(session, case.id)
    assert [(t.id, t.relative_name, t.relation, t.contact_count) for t in threads] == [
        (named.id, "Lars Myrberg", "pappa", 0),
        (anonymous.id, "Mamma A", "mamma", 0),
    ]
