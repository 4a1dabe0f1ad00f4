"""The demo generator: reproducible, complete, valid, chunked and cancellable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kopingplan import filetypes
from kopingplan.domain import model, rules
from kopingplan.domain.identity_number import IdentityNumber
from kopingplan.services import cases, demo, search, vault_health
from kopingplan.services.session import Session
from kopingplan.storage import mapping, repositories
from kopingplan.storage.repositories import attachments as attachments_store
from kopingplan.storage.repositories.every_table import MAPPED_TABLES
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
    """Every stored record of every mapped table (those outside ALL_TABLES too: agreements,
    concerns, attachments…), read back through the mapping in id order."""
    with session.vault.read() as conn:
        return {
            table.name: [
                mapping.get(conn, table, int(row[0]))
                for row in conn.execute(f"SELECT id FROM {table.name} ORDER BY id")
            ]
            for table in MAPPED_TABLES
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
    records = _records(session)
    assert [name for name, rows in records.items() if not rows] == [], "compared with rows"
    assert records == _records(other_session)


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
    assert counts["groups"] == 4, "unggruppen, the insatsgrupp, SSPF and the local BRÅ"


# Tables the demo leaves empty on purpose, each with the reason.
EMPTY_ON_PURPOSE = {
    "drafts": "a form's unsaved input: the demo saves every record whole",
    "retention_decisions": "the coordinator's own decision to keep a record past its time",
    "pending_outputs": "a file being saved outside the vault: a row lives only during a save",
}


def _schema_tables(session: Session) -> list[str]:
    """Every table of the vault as its schema makes it (the search index's own included)."""
    with session.vault.read() as conn:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    return sorted(str(row[0]) for row in rows)


def test_every_table_of_the_schema_gets_rows(session: Session) -> None:
    demo.fill(session, cases=SMALL, seed=3, notes_per_case=5, liaison=True)  # the demo vault's

    tables = _schema_tables(session)
    assert set(EMPTY_ON_PURPOSE) <= set(tables), "the allow-list names tables that exist"
    with session.vault.read() as conn:
        rows = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables
        }
    assert [name for name in tables if not rows[name] and name not in EMPTY_ON_PURPOSE] == []
    assert [name for name in EMPTY_ON_PURPOSE if rows[name]] == [], "or take it off the list"


def test_later_records_are_there_and_hang_together(session: Session) -> None:
    demo.fill(session, cases=SMALL, seed=6, notes_per_case=3)

    with session.vault.read() as conn:
        decisions = dict(
            conn.execute(
                "SELECT coalesce(decision, 'open'), count(*) FROM concerns GROUP BY 1"
            ).fetchall()
        )
        opened = conn.execute(
            "SELECT count(*) FROM concerns c JOIN cases k ON k.id = c.case_id"
            " WHERE c.decision = 'case_opened' AND c.received_on <= k.opened_on"
        ).fetchone()[0]
        kinds = {row[0] for row in conn.execute("SELECT kind FROM organisations")}
        group_kinds = {row[0] for row in conn.execute("SELECT kind FROM groups")}
        diary = [row[0] for row in conn.execute("SELECT diary_number FROM plan_revisions")]
        files = conn.execute("SELECT id, file_name, kind, pages FROM attachments").fetchall()
        owners = conn.execute(
            "SELECT count(case_id), count(note_id), count(meeting_id), count(incident_id),"
            " count(concern_id) FROM attachments"
        ).fetchone()
        partner_contacts = conn.execute(
            "SELECT count(*) FROM contacts WHERE case_id IS NULL AND organisation_id IS NOT NULL"
        ).fetchone()[0]
        stored = {row[0]: attachments_store.data(conn, row[0]) for row in files}
    assert set(decisions) == {"case_opened", "referred", "no_action", "open"}
    assert opened == decisions["case_opened"], "a concern that opened a case came before it"
    assert {"probation", "psychiatry", "security_company"} <= kinds
    assert {"sspf", "crime_prevention_council"} <= group_kinds
    assert all(diary), "each plan revision has its diary number"
    assert all(owners), "files on cases, notes, meetings, incidents and concerns"
    assert partner_contacts > 0
    for attachment_id, name, kind, pages in files:
        assert filetypes.inspect(name, stored[attachment_id]) == (kind, pages), name
    assert {kind for _, _, kind, _ in files} == {"pdf", "png"}
    assert vault_health.check(session).ok


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


# What a reason may say of the level it moves to, and words of worry growing or easing.
_LEVEL_WORDS = {
    model.Level.GENERAL: "generell",
    model.Level.SPECIFIC: "specifik",
    model.Level.INDIVIDUAL: "individuell",
}
_WORSE = ("oro efter", "vuxit", "radikaliser", "hot ")
_BETTER = ("positiv", "minskat", "stabil", "upphört")
_ORDER = (model.Level.GENERAL, model.Level.SPECIFIC, model.Level.INDIVIDUAL)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_level_move_reasons_agree_with_the_move(session: Session, seed: int) -> None:
    """A level move's reason says what the move did: a case lowered to the general level was
    said to be 'followed up on the specific level' (the demo vault's case 125), one raised to
    the specific level to 'need individual support'."""
    demo.fill(session, cases=SMALL, seed=seed, notes_per_case=1)
    moves = [
        change
        for row in cases.list_cases(session, sort="id", limit=10_000)
        for change in cases.reload_case(session, row.id).level_history
        if change.from_level is not None
    ]
    assert {(c.from_level, c.to_level) for c in moves} >= {
        (model.Level.GENERAL, model.Level.SPECIFIC),
        (model.Level.SPECIFIC, model.Level.INDIVIDUAL),
    }
    for change in moves:
        assert change.from_level is not None
        said = change.reason.lower()
        named = [level for level, word in _LEVEL_WORDS.items() if word in said]
        assert named in ([], [change.to_level]), (change.case_id, change.to_level, said)
        up = _ORDER.index(change.to_level) > _ORDER.index(change.from_level)
        against = _BETTER if up else _WORSE
        assert not [word for word in against if word in said], (change.case_id, up, said)


def test_the_demo_vaults_case_125_is_lowered_for_a_lowering_reason(session: Session) -> None:
    """The demo vault (200 cases, seed 1) lowers case 125 from specific to general."""
    demo.fill(session, cases=200, seed=1, liaison=True)  # as vaults.fill_demo
    (change,) = [c for c in cases.reload_case(session, 125).level_history if c.from_level]
    assert (change.from_level, change.to_level) == (model.Level.SPECIFIC, model.Level.GENERAL)
    assert "specifik" not in change.reason.lower()
