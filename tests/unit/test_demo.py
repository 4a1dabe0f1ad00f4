"""The demo generator: reproducible, complete, valid, chunked and cancellable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kopingplan.domain import model, rules
from kopingplan.domain.identity_number import IdentityNumber
from kopingplan.services import cases, demo, search, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import repositories
from kopingplan.storage.vault import VaultPaths

from support import FAST_KDF, ORGANISATION, OWNER, PASSPHRASE, shared_identity

SMALL = 30  # cases: one chunk, and still every table gets rows


def _new_session(folder: Path) -> Session:
    return Session.create(VaultPaths(folder), PASSPHRASE, name=OWNER, organisation=ORGANISATION,
                          kdf_params=FAST_KDF, identity=shared_identity())  # fmt: skip


@pytest.fixture
def other_session(tmp_path: Path) -> Iterator[Session]:
    with _new_session(tmp_path / "other") as opened:
        yield opened


def _records(session: Session) -> dict[str, list[Any]]:
    """Every stored record, read back through the session; ids of a fresh vault are 1..n."""
    counts = vault_health.info(session).counts
    return {
        table.name: [session.get(table.cls, i) for i in range(1, counts[table.name] + 1)]
        for table in repositories.ALL_TABLES
    }


def _titles(session: Session) -> list[str]:
    return [row.title for row in cases.list_cases(session, sort="id", limit=10_000)]


def test_same_seed_gives_the_same_vault(session: Session, other_session: Session) -> None:
    first = demo.fill(session, cases=SMALL, seed=7)
    second = demo.fill(other_session, cases=SMALL, seed=7)

    assert first == second
    assert _titles(session) == _titles(other_session)
    hits = [(h.kind, h.id, h.snippet) for h in search.search(session, "skolan", limit=500)]
    assert hits == [
        (h.kind, h.id, h.snippet) for h in search.search(other_session, "skolan", limit=500)
    ]
    assert _records(session) == _records(other_session)


def test_another_seed_gives_other_data(session: Session, other_session: Session) -> None:
    demo.fill(session, cases=SMALL, seed=1)
    demo.fill(other_session, cases=SMALL, seed=2)

    assert _titles(session) != _titles(other_session)


def test_every_table_gets_rows_and_the_counts_are_true(session: Session) -> None:
    counts = demo.fill(session, cases=SMALL, seed=3, notes_per_case=5)

    assert counts == vault_health.info(session).counts
    assert [name for name, number in counts.items() if number == 0] == []
    assert counts["cases"] == SMALL
    assert counts["notes"] == SMALL * 5
    assert counts["plan_revisions"] == 2
    assert counts["groups"] == 2


def test_every_record_is_valid_and_consistent(session: Session) -> None:
    demo.fill(session, cases=SMALL, seed=4)
    records = _records(session)

    for rows in records.values():
        for record in rows:
            rules.validate(record)  # they went through Batch.add; nothing changed them since
    conn = session.vault.conn
    for case in records["cases"]:
        history = repositories.level_history(conn, case.id)
        assert history[0].from_level is None
        assert history[-1].to_level == case.level, "the case is on its latest level"
        assert all(h.reason for h in history[1:]), "every move has a reason"
        if case.status is model.CaseStatus.CLOSED:
            assert case.close_reason
        assert case.opened_on <= demo.REFERENCE_DATE
    for note in records["notes"]:
        assert note.written_at.date() <= min(demo.REFERENCE_DATE, date.today())
    numbered = [p for p in records["persons"] if p.identity_number]
    assert numbered, "some persons have an identity number"
    for person in numbered:
        number = IdentityNumber(person.identity_number)
        assert number.is_coordination_number
        assert number.birth_date.year == person.birth_year
    anonymous = [r for r in records["relative_supports"] if r.person_id is None]
    assert anonymous and all(r.pseudonym for r in anonymous)
    assert any(plan.revision == 2 and plan.supersedes_id for plan in records["exit_plans"])
    assert any(len(d.case_ids) >= 1 for d in records["disclosures"])
    assert any(m.to_date for m in records["group_memberships"]), "composition changes over time"
    assert vault_health.check(session).ok


def test_texts_are_swedish(session: Session) -> None:
    demo.fill(session, cases=SMALL, seed=5)
    hits = search.search(session, "hen", limit=300)
    notes = [session.get(model.Note, hit.id).text for hit in hits if hit.kind == "note"]

    joined = " ".join(notes)
    assert all(letter in joined for letter in "åäö")
    assert 250 <= sum(map(len, notes)) / len(notes) <= 600, "notes are about 400 characters"
    assert len(search.search(session, demo.COMMON_WORD, limit=1000)) > SMALL * 25 // 4
    assert any("å" in title or "ä" in title or "ö" in title for title in _titles(session))


def test_progress_reports_each_chunk(session: Session) -> None:
    calls: list[tuple[int, int]] = []
    demo.fill(session, cases=demo.CHUNK_CASES + 10, seed=1, notes_per_case=1,
              progress=lambda done, total: calls.append((done, total)))  # fmt: skip

    total = demo.CHUNK_CASES + 10
    assert calls == [(0, total), (demo.CHUNK_CASES, total), (total, total)]


def test_cancel_stops_between_chunks(session: Session) -> None:
    chunks_done: list[int] = []
    counts = demo.fill(
        session, cases=3 * demo.CHUNK_CASES, seed=1, notes_per_case=1,
        progress=lambda done, _total: chunks_done.append(done),
        cancelled=lambda: len(chunks_done) >= 2,  # setup and the first chunk, then stop
    )  # fmt: skip

    assert counts["cases"] == demo.CHUNK_CASES
    assert counts == vault_health.info(session).counts
    assert cases.count_cases(session) == demo.CHUNK_CASES
    # Each case written is whole: its subject and its notes are there.
    for row in cases.list_cases(session, sort="id", limit=demo.CHUNK_CASES):
        roles = [p.role for p, _ in repositories.participants(session.vault.conn, row.id)]
        assert model.CaseRole.SUBJECT in roles
    assert vault_health.check(session).ok


def test_cancel_before_anything_writes_nothing(session: Session) -> None:
    counts = demo.fill(session, cases=10, cancelled=lambda: True)

    assert set(counts.values()) == {0}
    assert set(vault_health.info(session).counts.values()) == {0}


def test_a_vault_with_data_gets_more(session: Session) -> None:
    first = demo.fill(session, cases=10, seed=1, notes_per_case=2)
    # The same seed again: the same identity numbers would be drawn, and the plan's revision
    # numbers are unique; neither may stop the second fill.
    second = demo.fill(session, cases=10, seed=1, notes_per_case=2)

    assert second["cases"] == first["cases"] == 10
    assert second["plan_revisions"] == 0, "a vault that has a plan keeps it"
    assert cases.count_cases(session) == 20
    assert vault_health.check(session).ok


def test_refuses_negative_sizes(session: Session) -> None:
    with pytest.raises(ValueError):
        demo.fill(session, cases=-1)
    with pytest.raises(ValueError):
        demo.fill(session, cases=1, notes_per_case=-1)
