"""Search over everything stays quick without changing what it shows (issue 17): person hits
come in Swedish name order however many persons match (real SQLCipher databases)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo

SEARCH_REPO = sys.modules["kopingplan.storage.repositories.search"]

# Family names whose Swedish order differs from the code-point order and from the order of
# unaccented letters: å ä ö after z, é with e, case ignored.
FAMILY = ["Öberg", "Zetterlund", "ahl", "Åkesson", "Ek", "Ärlig", "Éden", "Berg", "Andersson"]
GIVEN = ["Anna", "Ada", "Alma", "Agnes", "Ali", "Axel", "Amir", "Albin", "Aron", "Ayla", "Asta"]


def _names(hits: list[m.SearchHit]) -> list[str]:
    return [h.snippet.replace(repo.HIT_START, "").replace(repo.HIT_END, "") for h in hits]


def _swedish(given: str, family: str) -> tuple[str, str]:
    # The order a Swedish reader expects, written out by hand rather than by the program's key.
    alphabet = "abcdefghijklmnopqrstuvwxyzåäö"

    def key(word: str) -> str:
        folded = word.casefold().replace("é", "e")
        return "".join(chr(ord("a") + alphabet.index(c)) for c in folded)

    return key(family), key(given)


@pytest.fixture
def persons(conn: Any) -> list[tuple[str, str]]:
    """99 persons who all match "a" (every given name starts with A), inserted in an order
    unrelated to their names, and one who does not."""
    people = [(g, f) for f in FAMILY for g in GIVEN]
    people.sort(key=lambda p: hash(p[1] + p[0]) % 997)
    for given, family in people:
        mapping.insert(conn, repo.PERSONS, m.Person(given, family))
    mapping.insert(conn, repo.PERSONS, m.Person("Bo", "Ek"))
    return people


@pytest.mark.parametrize("word", ["a", "A", "an", "al"])
def test_the_first_person_hits_are_the_first_names_in_swedish_order(
    conn: Any, persons: list[tuple[str, str]], word: str
) -> None:
    matching = [p for p in persons if any(n.lower().startswith(word.lower()) for n in p)]
    expected = sorted(matching, key=lambda p: _swedish(*p))
    hits = repo.search(conn, word, limit=50, kind="person")
    assert _names(hits) == [f"{g} {f}" for g, f in expected[:50]]


def test_person_hits_keep_their_order_when_few_or_many_match(
    conn: Any, persons: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways of finding the first persons by name give the same list: reading the name
    index (many matches) and sorting the matches (few)."""
    for word in ("a", "ayla", "ek"):
        many = _names(repo.search(conn, word, limit=20, kind="person"))
        monkeypatch.setattr(SEARCH_REPO, "PERSONS_SORTED_UP_TO", 10**6)
        sorted_few = _names(repo.search(conn, word, limit=20, kind="person"))
        monkeypatch.setattr(SEARCH_REPO, "PERSONS_SORTED_UP_TO", 0)
        read_by_index = _names(repo.search(conn, word, limit=20, kind="person"))
        monkeypatch.undo()
        assert many == sorted_few == read_by_index, word
    assert _names(repo.search(conn, "ek", kind="person"))[:2] == ["Ada Ek", "Agnes Ek"]
    assert _names(repo.search(conn, "ek", kind="person"))[-1] == "Bo Ek"


def test_a_person_hit_among_the_other_kinds_keeps_swedish_order(
    conn: Any, persons: list[tuple[str, str]]
) -> None:
    today = datetime.now(UTC).date()
    case = mapping.insert(
        conn, repo.CASES, m.Case("Ett ärende", m.Level.GENERAL, m.Orientation.LEFT, today)
    )
    for i in range(60):
        mapping.insert(conn, repo.NOTES, m.Note(case, datetime.now(UTC), f"anteckning {i}"))
    hits = [h for h in repo.search(conn, "a", limit=50) if h.kind == "person"]
    assert len(hits) >= 10
    expected = sorted(persons, key=lambda p: _swedish(*p))
    assert _names(hits) == [f"{g} {f}" for g, f in expected[: len(hits)]]


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (1, {"case": 1}),
        (10, {"case": 1, "person": 3, "note": 3, "contact": 3}),
        (20, {"case": 1, "person": 8, "note": 8, "contact": 3}),
        (50, {"case": 1, "person": 12, "note": 30, "contact": 3}),
    ],
)
def test_the_hits_are_shared_out_over_the_kinds_newest_first(
    conn: Any, limit: int, expected: dict[str, int]
) -> None:
    """Each kind that matched gets hits in turn, one per round, until the limit: the same list
    however many hits each kind's first reading took."""
    now = datetime.now(UTC)
    case = mapping.insert(
        conn,
        repo.CASES,
        m.Case("Gemensamt ärende", m.Level.GENERAL, m.Orientation.LEFT, now.date()),
    )
    notes = [
        mapping.insert(conn, repo.NOTES, m.Note(case, now, f"gemensam {i}")) for i in range(30)
    ]
    for i in range(3):
        mapping.insert(
            conn, repo.CONTACTS, m.Contact(now, m.Channel.PHONE, f"gemensam {i}", case_id=case)
        )
    for given in [*GIVEN, "Bo"]:
        mapping.insert(conn, repo.PERSONS, m.Person(given, "Gemensamsson"))
    hits = repo.search(conn, "gemensam", limit=limit)
    counts: dict[str, int] = {}
    for hit in hits:
        counts[hit.kind] = counts.get(hit.kind, 0) + 1
    assert counts == expected
    assert [h.id for h in hits if h.kind == "note"] == notes[::-1][: expected.get("note", 0)]
    for first_share in (1, 100):
        SEARCH_REPO.FIRST_SHARE, before = first_share, SEARCH_REPO.FIRST_SHARE
        try:
            assert repo.search(conn, "gemensam", limit=limit) == hits
        finally:
            SEARCH_REPO.FIRST_SHARE = before
