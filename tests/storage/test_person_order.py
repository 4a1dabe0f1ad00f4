"""The person list is in Swedish order from a stored, indexed key (persons.name_key, v9):
å, ä and ö after z, upper and lower case alike, family name before given name; a vault from
before v9 gets the key for every person it already holds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage.repositories import people
from kopingplan.storage.repositories.tables import PERSONS, person_sort_key
from kopingplan.storage.vault import Vault, VaultPaths

from support import PASSPHRASE

DATA = Path(__file__).resolve().parent.parent / "data"


def _add(conn: Any, given: str, family: str) -> int:
    return mapping.insert(conn, PERSONS, m.Person(given_name=given, family_name=family))


def _names(rows: list[people.PersonRow]) -> list[str]:
    return [f"{row.family_name}, {row.given_name}" for row in rows]


def test_persons_in_swedish_order_from_the_stored_key(conn: Any) -> None:
    for given, family in [
        ("Östen", "öberg"),
        ("Zara", "Zetterlund"),
        ("ärla", "Ängström"),
        ("Åsa", "Åberg"),
        ("anna", "Andersson"),
        ("Axel", "ANDERSSON"),
        ("Émile", "Eriksson"),
        ("Bo", "åberg"),
    ]:
        _add(conn, given, family)

    rows = people.person_page(conn, limit=100)

    assert _names(rows) == [
        "Andersson, anna",
        "ANDERSSON, Axel",
        "Eriksson, Émile",
        "Zetterlund, Zara",
        "åberg, Bo",
        "Åberg, Åsa",
        "Ängström, ärla",
        "öberg, Östen",
    ]
    # A page further on continues the same order; the filter folds case and keeps å ä ö apart.
    assert _names(people.person_page(conn, limit=2, offset=4)) == ["åberg, Bo", "Åberg, Åsa"]
    assert _names(people.person_page(conn, "ÅBERG")) == ["åberg, Bo", "Åberg, Åsa"]
    assert people.person_count(conn, "aberg") == 0
    # Read from the index, with no function of ours on the connection.
    plan = " ".join(
        str(row[-1])
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM persons AS p ORDER BY p.name_key, p.id LIMIT 5"
        )
    )
    assert "persons_name_key" in plan and "TEMP B-TREE" not in plan


def test_a_renamed_person_moves_in_the_list(conn: Any) -> None:
    first = _add(conn, "Bo", "Berg")
    _add(conn, "Cia", "Carlsson")
    person = mapping.get(conn, PERSONS, first)
    mapping.update(conn, PERSONS, m.Person(**{**vars(person), "family_name": "Ödman"}))

    assert _names(people.person_page(conn)) == ["Carlsson, Cia", "Ödman, Bo"]
    stored = conn.execute("SELECT name_key FROM persons WHERE id = ?", (first,)).fetchone()[0]
    assert stored == person_sort_key("Ödman", "Bo")


def test_a_vault_from_before_v9_gets_the_key_of_every_person(tmp_path: Path) -> None:
    folder = tmp_path / "vault-v1"
    shutil.copytree(DATA / "vault-v1", folder)
    with Vault.open(VaultPaths(folder), PASSPHRASE) as vault:
        rows = vault.conn.execute(
            "SELECT family_name, given_name, name_key FROM persons"
        ).fetchall()
        listed = people.person_page(vault.conn, limit=1000)
    assert len(rows) == 37
    assert all(key == person_sort_key(family, given) for family, given, key in rows)
    keys = [person_sort_key(row.family_name, row.given_name) for row in listed]
    assert keys == sorted(keys) and len(listed) == 37
