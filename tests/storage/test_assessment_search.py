"""The lägesbild's overall assessments are found by search (v9/95_assessment_search.sql): by a
word of their text, as their own kind, dated by when they were written; a correction is found
by its new words and no longer by the replaced ones; a deleted assessment leaves neither a hit
nor its words in the index."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories.situation_periods import SITUATION_ASSESSMENTS

WRITTEN = datetime(2026, 11, 4, 8, 30, tzinfo=UTC)


def _index_bytes(conn: Any) -> bytes:
    blocks = conn.execute("SELECT block FROM search_index_data").fetchall()
    content = conn.execute("SELECT * FROM search_index_content").fetchall()
    return b"".join(bytes(b[0]) for b in blocks) + repr(content).encode()


def _assessment(conn: Any, text: str) -> SituationAssessment:
    made = SituationAssessment(date(2026, 1, 1), date(2026, 6, 30), text, "Anna", WRITTEN)
    made.id = mapping.insert(conn, SITUATION_ASSESSMENTS, made)
    return made


def test_an_assessment_is_found_by_a_word_of_its_text(conn: Any) -> None:
    made = _assessment(conn, "Rekryteringen kring Centrumskolan har ökat.")
    hits = repo.search(conn, "centrumskolan")
    assert [(h.kind, h.id, h.case_id) for h in hits] == [("situation_assessment", made.id, None)]
    assert hits[0].when == WRITTEN
    assert repo.search(conn, "centrumskolan", kind="situation_assessment") == hits
    assert repo.search(conn, "centrumskolan", kind="situation_entry") == []


def test_a_correction_is_found_by_its_new_words_only(conn: Any) -> None:
    made = _assessment(conn, "Lugnt i Ängen.")
    mapping.update(conn, SITUATION_ASSESSMENTS, replace(made, text="Oroligt vid Busstationen."))
    assert [h.id for h in repo.search(conn, "busstationen")] == [made.id]
    assert repo.search(conn, "ängen") == []


def test_a_deleted_assessment_leaves_no_hit_and_no_word(conn: Any) -> None:
    made = _assessment(conn, "Klistermärkesord vid idrottsplatsen.")
    mapping.delete(conn, SITUATION_ASSESSMENTS, int(made.id or 0))
    assert repo.search(conn, "klistermärkesord") == []
    assert "klistermärkesord".encode() not in _index_bytes(conn)
