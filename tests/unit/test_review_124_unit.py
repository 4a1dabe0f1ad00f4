"""Hostile review of session 9's changes (helper 124): odd input that the new code must survive."""

from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

import pytest
import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model as m
from kopingplan.domain.flows.export import DRAFT_KIND
from kopingplan.services import drafts
from kopingplan.services.session import Session
from kopingplan.storage import migrations
from kopingplan.storage import repositories as repo

ORAL = "oral_disclosure"


def a_case(session: Session, title: str) -> int:
    case = session.save(m.Case(title, m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 2, 1)))
    assert case.id is not None
    return case.id


def stored(session: Session) -> set[tuple[str, str]]:
    return {(kind, ref) for kind, ref, _saved in drafts.list_drafts(session)}


def test_a_draft_naming_a_case_number_beyond_sqlites_integers_does_not_stop_a_deletion(
    session: Session,
) -> None:
    """A draft edited by hand (or damaged) may name a case id SQLite cannot bind: deleting a
    case (by hand, or at gallring) must still work, and such a draft names no case there is."""
    gone_case = a_case(session, "Ärende Södra")
    drafts.save_draft(session, DRAFT_KIND, "new", {"fields": {"case_ids": [2**70]}})
    drafts.save_draft(session, DRAFT_KIND, "case:x", {"fields": {"case_ids": [-(2**64)]}})

    session.delete(m.Case, gone_case)

    with pytest.raises(errors.NotFound):
        session.get(m.Case, gone_case)
    assert stored(session) == set()


def test_a_draft_naming_more_cases_than_sqlite_takes_in_one_query_does_not_stop_a_deletion(
    session: Session,
) -> None:
    """An oral disclosure's cases are typed (or pasted) by hand; 300,000 numbers are more
    than one statement may bind. (Stored now, the numbers the vault lacks are taken out:
    this one is as an earlier version kept it.)"""
    gone_case, kept_case = a_case(session, "Ärende Södra"), a_case(session, "Ärende Norra")
    typed = ", ".join(str(n) for n in range(100, 300_100))
    with session.vault.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts (kind, ref, payload, saved_at) VALUES (?, 'new', ?, "
            "'2026-12-06T05:00:00+00:00')",
            (ORAL, json.dumps({"values": {"cases": typed}})),
        )
    drafts.save_draft(session, ORAL, f"case:{kept_case}", {"values": {"cases": str(kept_case)}})

    session.delete(m.Case, gone_case)

    with pytest.raises(errors.NotFound):
        session.get(m.Case, gone_case)
    assert stored(session) == {(ORAL, f"case:{kept_case}")}


@pytest.fixture
def plan_vault() -> Any:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn)
    return conn


def test_a_word_all_through_a_long_plan_revision_is_found_at_once(plan_vault: Any) -> None:
    """FTS5's snippet() costs the square of a row's hits: a revision (up to 1,000,000
    characters) with the word 40,000 times took ~12 s for its one hit (120,000 times: 107 s),
    holding the vault's connection all the while."""
    text = "Handlingsplanen " + "planord " * 40_000 + "sista"
    plan_vault.execute(
        "INSERT INTO plan_revisions (id, revision, adopted_on, adopted_by, text, diary_number) "
        "VALUES (7, 1, '2026-01-20', 'KS', ?, 'KS 2026/45')",
        (text,),
    )
    started = time.perf_counter()
    hits = repo.search(plan_vault, "planord")
    assert time.perf_counter() - started < 3
    assert [h.kind for h in hits] == ["plan_revision"]
    assert hits[0].snippet.startswith(f"Handlingsplanen {repo.HIT_START}planord{repo.HIT_END} ")


def test_a_long_texts_snippet_shows_the_words_found_where_they_are(plan_vault: Any) -> None:
    """The snippet of a long activity is the text around the first word found, each found
    word marked, cut at words, on one line, as FTS5's own."""
    description = (
        "Inledning.\n"
        + "fyll " * 4_000
        + "Samtal med Moskéns imam\nom kvällarna. "
        + "slut " * 2_000
    )
    plan_vault.execute(
        "INSERT INTO activities (held_on, kind, title, description) "
        "VALUES ('2026-05-04', 'dialogue', 'Dialog', ?)",
        (description,),
    )
    (hit,) = repo.search(plan_vault, "moské kvällar")
    plain = hit.snippet.replace(repo.HIT_START, "[").replace(repo.HIT_END, "]")
    assert "fyll Samtal med [Moskéns] imam · om [kvällarna]. slut" in plain
    assert plain.startswith("…fyll ") and plain.endswith("…")
    assert "\n" not in plain
