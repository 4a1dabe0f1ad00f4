"""The v1 domain schema: enumerations match model.py, and deletes leave no orphans."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum
from typing import Any

import pytest
import sqlcipher3

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo

from storage_samples import D0, T0, World, build_world, full_samples


@pytest.fixture
def world(conn: Any) -> World:
    return build_world(conn)


def _enum_fields() -> list[tuple[type, str, type[Enum]]]:
    """(record class, field, enum) for every enum-typed field, also inside Optional."""
    import typing

    found = []
    for table in repo.ALL_TABLES:
        hints = typing.get_type_hints(table.cls)
        for f in dataclasses.fields(table.cls):
            hint = hints[f.name]
            candidates = typing.get_args(hint) or (hint,)
            for candidate in candidates:
                if isinstance(candidate, type) and issubclass(candidate, Enum):
                    found.append((table.cls, f.name, candidate))
    return found


@pytest.mark.parametrize(
    ("cls", "field", "enum"), _enum_fields(), ids=lambda v: getattr(v, "__name__", str(v))
)
def test_every_enum_member_is_accepted_by_the_schema(
    conn: Any, world: World, cls: type, field: str, enum: type[Enum]
) -> None:
    """The CHECK lists in 10_domain.sql cannot drift from model.py unnoticed."""
    table: mapping.Table[Any] = repo.table_for(cls)
    base: Any = next(obj for obj in full_samples(world) if type(obj) is cls)
    for member in enum:
        obj = dataclasses.replace(base, **{field: member})
        if cls is m.LevelChange and field == "from_level":
            obj = dataclasses.replace(obj, to_level=m.Level.GENERAL)
        if cls is m.Case and field == "status" and member is m.CaseStatus.OPEN:
            obj = dataclasses.replace(obj, closed_on=None)
        new_id = mapping.insert(conn, table, obj)
        assert getattr(mapping.get(conn, table, new_id), field) is member
        mapping.delete(conn, table, new_id)
    row_id = mapping.insert(conn, table, obj)
    with pytest.raises(sqlcipher3.IntegrityError):
        conn.execute(f"UPDATE {table.name} SET {field} = 'no_such_value' WHERE id = ?", (row_id,))


def test_json_columns_hold_frozen_dataclasses_readably(conn: Any, world: World) -> None:
    plan = next(obj for obj in full_samples(world) if isinstance(obj, m.ExitPlan))
    plan_id = mapping.insert(conn, repo.EXIT_PLANS, plan)
    text = conn.execute("SELECT social_items FROM exit_plans WHERE id = ?", (plan_id,))
    assert text.fetchone()[0].startswith('[{"kind":"partner","description":"Sambo"')


def _count(conn: Any, sql: str, *params: Any) -> int:
    return int(conn.execute(sql, params).fetchone()[0])


def test_deleting_a_case_deletes_everything_that_holds_its_content(conn: Any, world: World) -> None:
    case_id = world.cases[0]
    for obj in full_samples(world):
        mapping.insert(conn, repo.table_for(type(obj)), obj)
    mapping.insert(conn, repo.NOTES, m.Note(case_id, T0, "hemligt ord zyxwvut"))
    mapping.insert(conn, repo.CONTACTS, m.Contact(T0, m.Channel.PHONE, "samtal", case_id=case_id))
    direct = [
        "level_changes",
        "case_participants",
        "contacts",
        "notes",
        "exit_plans",
        "relative_supports",
        "agenda_items",
        "follow_ups",
    ]
    assert all(_count(conn, f"SELECT count(*) FROM {t} WHERE case_id = ?", case_id) for t in direct)
    plan_ids = [
        r[0] for r in conn.execute("SELECT id FROM exit_plans WHERE case_id = ?", (case_id,))
    ]
    support_ids = [
        r[0] for r in conn.execute("SELECT id FROM relative_supports WHERE case_id = ?", (case_id,))
    ]

    mapping.delete(conn, repo.CASES, case_id)

    for t in direct:
        assert _count(conn, f"SELECT count(*) FROM {t} WHERE case_id = ?", case_id) == 0, t
    for plan_id in plan_ids:
        assert _count(conn, "SELECT count(*) FROM measures WHERE plan_id = ?", plan_id) == 0
        assert _count(conn, "SELECT count(*) FROM follow_ups WHERE plan_id = ?", plan_id) == 0
    for support_id in support_ids:
        assert (
            _count(
                conn,
                "SELECT count(*) FROM relative_support_contacts WHERE relative_support_id = ?",
                support_id,
            )
            == 0
        )
    # The meeting action decided under the case's agenda item went with it.
    assert (
        _count(
            conn,
            "SELECT count(*) FROM meeting_actions WHERE agenda_item_id IS NOT NULL "
            "AND agenda_item_id NOT IN (SELECT id FROM agenda_items)",
        )
        == 0
    )
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # And its text is gone from the search index as well.
    assert repo.search(conn, "zyxwvut") == []
    assert _count(conn, "SELECT count(*) FROM search_index WHERE case_id = ?", case_id) == 0
    # The other case and the disclosure record (which names the case) are untouched.
    assert _count(conn, "SELECT count(*) FROM cases WHERE id = ?", world.cases[1]) == 1
    assert _count(conn, "SELECT count(*) FROM disclosures") == 1


def test_deleting_a_person_unlinks_references_and_removes_links(conn: Any, world: World) -> None:
    person = world.persons[0]
    case = m.Case("x", m.Level.GENERAL, m.Orientation.OTHER, D0, responsible_person_id=person)
    case_id = mapping.insert(conn, repo.CASES, case)
    mapping.insert(
        conn, repo.CASE_PARTICIPANTS, m.CaseParticipant(case_id, person, m.CaseRole.SUBJECT)
    )
    contact_id = mapping.insert(
        conn, repo.CONTACTS, m.Contact(T0, m.Channel.PHONE, "s", person_id=person, case_id=case_id)
    )
    mapping.delete(conn, repo.PERSONS, person)
    assert mapping.get(conn, repo.CASES, case_id).responsible_person_id is None
    assert mapping.get(conn, repo.CONTACTS, contact_id).person_id is None
    assert _count(conn, "SELECT count(*) FROM case_participants WHERE person_id = ?", person) == 0


def test_a_contact_cannot_be_left_attached_to_nothing(conn: Any, world: World) -> None:
    person = world.persons[1]
    mapping.insert(conn, repo.CONTACTS, m.Contact(T0, m.Channel.PHONE, "s", person_id=person))
    # SET NULL would leave the summary behind with no owner: the delete fails instead, and the
    # service must delete the contact deliberately first.
    with pytest.raises(sqlcipher3.IntegrityError):
        mapping.delete(conn, repo.PERSONS, person)
    with pytest.raises(sqlcipher3.IntegrityError):
        mapping.insert(conn, repo.CONTACTS, m.Contact(T0, m.Channel.PHONE, "s"))


def test_a_group_with_meetings_cannot_be_deleted(conn: Any, world: World) -> None:
    with pytest.raises(sqlcipher3.IntegrityError):
        mapping.delete(conn, repo.GROUPS, world.groups[0])
    case = m.Case(
        "x", m.Level.GENERAL, m.Orientation.OTHER, D0, responsible_group_id=world.groups[0]
    )
    case_id = mapping.insert(conn, repo.CASES, case)
    conn.execute("DELETE FROM meetings WHERE group_id = ?", (world.groups[0],))
    mapping.delete(conn, repo.GROUPS, world.groups[0])
    assert mapping.get(conn, repo.CASES, case_id).responsible_group_id is None


def test_exit_plan_revisions_are_unique_per_case(conn: Any, world: World) -> None:
    with pytest.raises(sqlcipher3.IntegrityError):
        mapping.insert(conn, repo.EXIT_PLANS, m.ExitPlan(world.cases[0], T0, revision=1))


def test_every_foreign_key_column_has_an_index(conn: Any) -> None:
    """Without one, each parent delete scans the child table (500,000 notes)."""
    missing = []
    for table in repo.ALL_TABLES:
        indexed = set()
        for index in conn.execute(f"PRAGMA index_list({table.name})"):
            first = conn.execute(f"PRAGMA index_info({index[1]})").fetchone()
            indexed.add(first[2])
        for fk in conn.execute(f"PRAGMA foreign_key_list({table.name})"):
            if fk[3] not in indexed:
                missing.append(f"{table.name}.{fk[3]}")
    assert missing == []


def test_closed_case_needs_its_closing_day(conn: Any) -> None:
    closed = m.Case("x", m.Level.GENERAL, m.Orientation.OTHER, D0, status=m.CaseStatus.CLOSED)
    with pytest.raises(sqlcipher3.IntegrityError):
        mapping.insert(conn, repo.CASES, closed)
    mapping.insert(conn, repo.CASES, dataclasses.replace(closed, closed_on=date(2026, 5, 1)))
