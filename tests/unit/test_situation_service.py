"""The lägesbild service: pages of entries, the current picture, and changes since a day or the
last meeting of a group."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kopingplan.domain import model
from kopingplan.services import situation
from kopingplan.services.session import Session

R, L, U = model.Orientation.RIGHT, model.Orientation.LEFT, model.Orientation.UNCLEAR


def entry(
    day: date, milieu: str, orientation: model.Orientation, text: str = "obs"
) -> model.SituationEntry:
    return model.SituationEntry(day, milieu, orientation, text, "Polisen")


@pytest.fixture
def filled(session: Session) -> Session:
    for spec in (
        (date(2026, 1, 10), "Östra skolan", U, "första"),
        (date(2026, 3, 1), "Östra skolan", U, "andra"),
        (date(2026, 3, 1), "Ängen", R, "klotter"),
        (date(2026, 5, 2), "Arenan", R, "möte"),
        (date(2026, 5, 20), "Ängen", R, "flygblad"),
        (date(2026, 6, 1), "Zonen", L, "ny miljö"),
    ):
        situation.save_entry(session, entry(*spec))
    return session


def test_entries_page_newest_first_with_filters(filled: Session) -> None:
    page = situation.entry_page(filled, limit=3)
    assert [(e.observed_on, e.milieu) for e in page] == [
        (date(2026, 6, 1), "Zonen"),
        (date(2026, 5, 20), "Ängen"),
        (date(2026, 5, 2), "Arenan"),
    ]
    assert [e.observation for e in situation.entry_page(filled, limit=3, offset=3)] == [
        "klotter",
        "andra",
        "första",
    ]
    assert situation.entry_count(filled) == 6
    assert situation.entry_count(filled, orientation=R) == 3
    assert [e.observation for e in situation.entry_page(filled, milieu="Ängen")] == [
        "flygblad",
        "klotter",
    ]
    assert situation.entry_count(filled, since=date(2026, 5, 2)) == 3
    assert situation.milieus(filled) == ["Arenan", "Zonen", "Ängen", "Östra skolan"]


def test_the_current_picture_is_the_newest_entry_per_milieu(filled: Session) -> None:
    current = situation.current_picture(filled, today=date(2026, 6, 15))
    assert [
        (r.latest.orientation, r.latest.milieu, r.latest.observation, r.entries, r.recent_entries)
        for r in current.rows
    ] == [
        (R, "Arenan", "möte", 1, 1),
        (R, "Ängen", "flygblad", 2, 1),
        (L, "Zonen", "ny miljö", 1, 1),
        (U, "Östra skolan", "andra", 2, 0),
    ]
    assert current.recent_since == date(2026, 3, 17)
    assert current.recent_entries == 3
    rights = situation.current_picture(filled, orientation=R, today=date(2026, 6, 15))
    assert [r.latest.milieu for r in rights.rows] == ["Arenan", "Ängen"]


def test_changes_since_a_day_mark_what_is_new_in_the_picture(filled: Session) -> None:
    changes = situation.changes_since(filled, date(2026, 5, 1))
    assert [(r.milieu, r.new_entries, r.first_time) for r in changes.rows] == [
        ("Arenan", 1, True),
        ("Ängen", 1, False),  # it was there before
        ("Zonen", 1, True),
    ]
    assert changes.new_entries == 3 and changes.new_in_picture == 2
    assert situation.changes_since(filled, date(2026, 7, 1)).rows == []


def test_since_the_last_meeting_of_a_group(filled: Session) -> None:
    group = filled.save(model.Group("Unggruppen", model.GroupKind.YOUTH_GROUP))
    assert group.id is not None
    assert situation.last_meeting_day(filled, group.id) is None
    for day in (date(2026, 2, 3), date(2026, 5, 15)):
        filled.save(model.Meeting(group.id, datetime(day.year, day.month, day.day, 9, tzinfo=UTC)))
    filled.save(model.Meeting(group.id, datetime(2030, 1, 1, 9, tzinfo=UTC)))  # planned, ahead
    now = datetime(2026, 6, 15, 12, tzinfo=UTC)
    day = situation.last_meeting_day(filled, group.id, now=now)
    assert day == date(2026, 5, 15)
    assert [r.milieu for r in situation.changes_since(filled, day).rows] == ["Ängen", "Zonen"]
