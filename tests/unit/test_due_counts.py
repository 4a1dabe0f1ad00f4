"""The "To do" notice after unlocking counts every due item, not only the first page's."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from kopingplan.domain import model as m
from kopingplan.services import follow_ups


def test_the_notice_counts_today_s_items_behind_more_than_a_page_of_overdue_ones(
    session: Any,
) -> None:
    with session.batch("test data") as batch:
        case = batch.add(m.Case("Åsa", m.Level.INDIVIDUAL, m.Orientation.LEFT, date.today()))
        for n in range(1005):
            batch.add(m.FollowUp(date.today() - timedelta(days=1 + n % 30), f"Gammal {n}", case.id))
        for n in range(2):
            batch.add(m.FollowUp(date.today(), f"I dag {n}", case.id))
        batch.add(m.FollowUp(date.today() + timedelta(days=1), "I morgon", case.id))
        batch.add(
            m.FollowUp(date.today() - timedelta(days=2), "Klar", case.id, done_on=date.today())
        )

    listed = follow_ups.due(session, date.today(), today=date.today())
    assert len(listed) == 1000  # the list is a page, overdue first ...
    assert not [item for item in listed if item.due_on == date.today()]
    # ... but the notice counts today's, and says there are more than 1,000 overdue; neither
    # tomorrow's nor the done one counts.
    assert follow_ups.due_counts(session, date.today()) == (2, 1000, True)
    assert follow_ups.due_counts(session, date.today(), limit=2000) == (2, 1005, False)


def test_nothing_due_counts_nothing(session: Any) -> None:
    assert follow_ups.due_counts(session, date.today()) == (0, 0, False)
