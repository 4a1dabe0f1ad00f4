"""The living plan is found by search (schema version 10, v10/10_plan_search.sql): an activity at
the general level, a commitment of the action plan and a revision of the plan, each by a word
of its own text, as kinds of their own, dated by the day the user knows them by; a correction
is found by its new words only, a removed record leaves neither a hit nor its words in the
index, and a vault made at version 9 finds the rows it already held once upgraded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
import sqlcipher3

from kopingplan.domain import model as m
from kopingplan.storage import mapping, migrations
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories.activities import ACTIVITIES
from kopingplan.storage.repositories.commitments import COMMITMENTS
from kopingplan.storage.repositories.tables import PLAN_REVISIONS

HELD = date(2026, 10, 14)
ADOPTED = date(2026, 3, 2)


def _index_bytes(conn: Any) -> bytes:
    blocks = conn.execute("SELECT block FROM search_index_data").fetchall()
    content = conn.execute("SELECT * FROM search_index_content").fetchall()
    return b"".join(bytes(b[0]) for b in blocks) + repr(content).encode()


def _activity(conn: Any, **fields: Any) -> m.Activity:
    made = m.Activity(HELD, m.ActivityKind.DIALOGUE, "Dialog med moskén", **fields)
    made.id = mapping.insert(conn, ACTIVITIES, made)
    return made


def _revision(conn: Any, text: str, changes: str = "", number: int = 1) -> m.PlanRevision:
    made = m.PlanRevision(number, ADOPTED, "Kommunfullmäktige", text, changes, "KS 2026/123")
    made.id = mapping.insert(conn, PLAN_REVISIONS, made)
    return made


def _commitment(conn: Any, revision: m.PlanRevision, text: str) -> m.Commitment:
    made = m.Commitment(int(revision.id or 0), text, due_on=date(2027, 6, 30))
    made.id = mapping.insert(conn, COMMITMENTS, made)
    return made


def _found(conn: Any, words: str) -> list[tuple[str, int, int | None]]:
    return [(h.kind, h.id, h.case_id) for h in repo.search(conn, words)]


def test_an_activity_is_found_by_its_title_and_texts_and_dated_by_its_day(conn: Any) -> None:
    made = _activity(
        conn,
        target_group="personal på Fritidsgården",
        description="Samtal om ungdomarnas kvällar",
        follow_up_note="Ny träff med imamen i vår",
    )
    for word in ("moskén", "fritidsgården", "ungdomarnas", "imamen"):
        assert _found(conn, word) == [("activity", made.id, None)], word
    [hit] = repo.search(conn, "moskén", kind="activity")
    assert hit.when == HELD
    # The kind is a code, not a word of the activity: "dialogue" finds nothing.
    assert repo.search(conn, "dialogue") == []


def test_a_commitment_is_found_and_dated_by_its_revision(conn: Any) -> None:
    revision = _revision(conn, "Handlingsplanens text.")
    made = _commitment(conn, revision, "All personal på högstadieskolorna utbildad")
    hits = repo.search(conn, "högstadieskolorna")
    assert [(h.kind, h.id, h.case_id) for h in hits] == [("commitment", made.id, None)]
    assert hits[0].when == ADOPTED  # the day the revision that made it was adopted


def test_a_revision_is_found_by_its_text_its_changes_and_its_diary_number(conn: Any) -> None:
    made = _revision(conn, "Planen mot våldsbejakande extremism.", "Nytt avsnitt om skolorna")
    for word in ("våldsbejakande", "avsnitt", "2026/123"):
        assert _found(conn, word) == [("plan_revision", made.id, None)], word
    assert repo.search(conn, "våldsbejakande")[0].when == ADOPTED
    assert repo.search(conn, "kommunfullmäktige") == []  # who adopted it: every revision


def test_a_correction_is_found_by_its_new_words_only(conn: Any) -> None:
    activity = _activity(conn)
    mapping.update(conn, ACTIVITIES, replace(activity, title="Workshop på Kyrkskolan"))
    assert _found(conn, "kyrkskolan") == [("activity", activity.id, None)]
    assert _found(conn, "moskén") == []
    revision = _revision(conn, "Gammal plantext om busstationen.")
    commitment = _commitment(conn, revision, "Unggruppen träffas varje månad")
    mapping.update(conn, COMMITMENTS, replace(commitment, text="Unggruppen träffas varje vecka"))
    assert _found(conn, "vecka") == [("commitment", commitment.id, None)]
    assert _found(conn, "månad") == []
    mapping.update(conn, PLAN_REVISIONS, replace(revision, text="Ny plantext om torget."))
    assert _found(conn, "torget") == [("plan_revision", revision.id, None)]
    assert _found(conn, "busstationen") == []


def test_a_removed_record_leaves_no_hit_and_no_word(conn: Any) -> None:
    activity = _activity(conn, description="Klistermärkesord vid idrottsplatsen")
    mapping.delete(conn, ACTIVITIES, int(activity.id or 0))
    revision = _revision(conn, "Plantext med ordet Fyrverkeriplan.")
    _commitment(conn, revision, "Åtagandet nämner Bokbussrutten")
    mapping.delete(conn, PLAN_REVISIONS, int(revision.id or 0))  # its commitments go with it
    for word in ("klistermärkesord", "fyrverkeriplan", "bokbussrutten"):
        assert repo.search(conn, word) == [], word
        assert word.encode() not in _index_bytes(conn).lower(), word


@pytest.fixture
def at_v9() -> Any:
    """A vault database made at version 9 by the same migration steps, holding an activity, a
    plan revision and a commitment as version 9 stored them (indexed by nothing)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.migrate(conn, 9)
    conn.execute(
        "INSERT INTO activities (held_on, kind, title, target_group) "
        "VALUES ('2026-05-04', 'training', 'Utbildning', 'Kvällsvandrarnätverket')"
    )
    conn.execute(
        "INSERT INTO plan_revisions (id, revision, adopted_on, adopted_by, text, diary_number) "
        "VALUES (7, 1, '2026-01-20', 'KS', 'Planen om Ekbackstorget', 'KS 2026/45')"
    )
    conn.execute("INSERT INTO commitments (revision_id, text) VALUES (7, 'Bokcaféträffarna')")
    assert repo.search(conn, "kvällsvandrarnätverket") == []  # not indexed at version 9
    return conn


def test_a_vault_made_at_version_9_finds_its_plan_once_upgraded(at_v9: Any) -> None:
    assert migrations.migrate(at_v9) == list(range(10, migrations.LATEST + 1))
    found = {
        word: [(h.kind, str(h.when)) for h in repo.search(at_v9, word)]
        for word in ("kvällsvandrarnätverket", "ekbackstorget", "bokcaféträffarna", "2026/45")
    }
    assert found == {
        "kvällsvandrarnätverket": [("activity", "2026-05-04")],
        "ekbackstorget": [("plan_revision", "2026-01-20")],
        "bokcaféträffarna": [("commitment", "2026-01-20")],
        "2026/45": [("plan_revision", "2026-01-20")],
    }
