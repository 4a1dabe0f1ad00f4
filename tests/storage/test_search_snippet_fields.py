"""A search hit shows where one of a record's texts ends and the next begins: the index body
joins them with line breaks, and a one-line snippet that made those spaces read an activity's
title, target group and description as one sentence (the coordinator's walk, session 9)."""

from __future__ import annotations

from datetime import date
from typing import Any

from kopingplan.domain import model as m
from kopingplan.storage import mapping
from kopingplan.storage import repositories as repo
from kopingplan.storage.repositories.activities import ACTIVITIES
from kopingplan.storage.repositories.long_snippet import LONG, SEPARATOR


def _plain(hit: m.SearchHit) -> str:
    return hit.snippet.replace(repo.HIT_START, "").replace(repo.HIT_END, "")


def _activity(conn: Any, description: str) -> None:
    mapping.insert(
        conn,
        ACTIVITIES,
        m.Activity(
            date(2026, 10, 14),
            m.ActivityKind.DIALOGUE,
            "Dialogmöte med trossamfunden",
            target_group="företrädare för trossamfund",
            description=description,
        ),
    )


def test_an_activitys_hit_shows_its_title_and_target_group_apart(conn: Any) -> None:
    _activity(conn, "Samtal om kvällar.\n\nNy träff.")
    [hit] = repo.search(conn, "trossamfund", kind="activity")
    assert _plain(hit) == (
        "Dialogmöte med trossamfunden · företrädare för trossamfund · "
        "Samtal om kvällar. · Ny träff."
    )
    assert SEPARATOR == " · "


def test_a_long_activitys_hit_shows_its_texts_apart_too(conn: Any) -> None:
    """A row longer than long_snippet.LONG gets its snippet made in Python, not by FTS5."""
    _activity(conn, "Samtal om kvällarna " + "fyll " * (LONG // 4))
    [hit] = repo.search(conn, "trossamfund", kind="activity")
    assert _plain(hit).startswith(
        "Dialogmöte med trossamfunden · företrädare för trossamfund · Samtal om kvällarna fyll"
    )
    assert "\n" not in hit.snippet
