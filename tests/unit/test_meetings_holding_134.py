"""A group's list of meetings starts with its newest ones and, asked to hold one of them (a
meeting opened from search), reaches down to it however old it is, newest first as ever."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.services import meetings

SHOWN = meetings.MEETINGS_SHOWN


@pytest.fixture
def group(session: Any) -> tuple[int, list[int]]:
    """A group with more meetings than the list starts with, oldest first; two share a start."""
    group = session.save(m.Group("Unggruppen", m.GroupKind.YOUTH_GROUP))
    start = datetime(2019, 3, 4, 15, tzinfo=UTC)
    days = [start + timedelta(weeks=week) for week in range(SHOWN + 20)]
    days.insert(3, days[3])  # the fourth and fifth meetings start at the same time
    ids = [session.save(m.Meeting(group.id, day)).id for day in days]
    return group.id, ids


def _ids(found: list[m.Meeting]) -> list[int]:
    return [meeting.id for meeting in found if meeting.id is not None]


def test_the_list_starts_with_the_newest(session: Any, group: tuple[int, list[int]]) -> None:
    group_id, ids = group
    found = meetings.meetings(session, group_id)
    assert len(found) == SHOWN
    assert found[0].id == ids[-1]
    newest = [meeting.starts_at for meeting in found]
    assert newest == sorted(newest, reverse=True)


@pytest.mark.parametrize("position", [0, 3, 4, 5, 20])  # the oldest, the two alike, …
def test_an_old_meeting_asked_for_is_the_last_listed(
    session: Any, group: tuple[int, list[int]], position: int
) -> None:
    group_id, ids = group
    wanted = ids[position]
    found = _ids(meetings.meetings(session, group_id, holding=wanted))
    assert found[-1] == wanted
    assert found == _ids(meetings.meetings(session, group_id, limit=len(ids)))[: len(found)]


def test_a_recent_or_foreign_meeting_changes_nothing(
    session: Any, group: tuple[int, list[int]]
) -> None:
    group_id, ids = group
    first_page = _ids(meetings.meetings(session, group_id))
    assert _ids(meetings.meetings(session, group_id, holding=ids[-2])) == first_page
    other = session.save(m.Group("Insatsgruppen", m.GroupKind.INTERVENTION_GROUP))
    elsewhere = session.save(m.Meeting(other.id, datetime(2001, 1, 1, tzinfo=UTC)))
    assert _ids(meetings.meetings(session, group_id, holding=elsewhere.id)) == first_page
    assert _ids(meetings.meetings(session, group_id, holding=999_999)) == first_page
