"""The lägesbild (situation picture): entries, the current picture, and what changed since a
day or since the last meeting of a working group.

"There shall always be a current situation picture" (the action plan): the current picture is
the newest entry of every milieu and orientation, with how many entries lie behind it and how
many are recent. "What changed" lists the milieus and orientations with entries since a day,
marking those that are new in the picture; the day can be the last meeting of a group, so a
brief for the next meeting can start from what is new since the last one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from kopingplan.domain import model as m
from kopingplan.services.session import Session
from kopingplan.storage import reading, repositories
from kopingplan.storage.repositories import situation_picture as picture
from kopingplan.storage.repositories.tables import title_sort_key

PictureRow = picture.PictureRow
ChangeRow = picture.ChangeRow

# "Recent" in the current picture: the last quarter of a year.
RECENT_DAYS = 90


entry_page = reading.query(picture.entry_page)


entry_count = reading.query(picture.entry_count)


def milieus(session: Session) -> list[str]:
    """The milieus named so far, in Swedish order (for filters and for typing a new entry)."""
    return sorted(reading.run(session, repositories.milieus), key=title_sort_key)


def save_entry(session: Session, entry: m.SituationEntry) -> m.SituationEntry:
    """Validated, stored and audited like every record (Session.save)."""
    return session.save(entry)


@dataclass(frozen=True)
class CurrentPicture:
    rows: list[PictureRow]
    recent_since: date

    @property
    def recent_entries(self) -> int:
        return sum(row.recent_entries for row in self.rows)


def current_picture(
    session: Session,
    *,
    orientation: m.Orientation | None = None,
    today: date | None = None,
) -> CurrentPicture:
    """The newest entry per milieu and orientation; orientations in the order of the model,
    milieus in Swedish order within each."""
    recent_since = (today or date.today()) - timedelta(days=RECENT_DAYS)
    rows = reading.run(
        session, picture.current_picture, recent_since=recent_since, orientation=orientation
    )
    order = {value: index for index, value in enumerate(m.Orientation)}
    rows.sort(key=lambda r: (order[r.latest.orientation], title_sort_key(r.latest.milieu)))
    return CurrentPicture(rows, recent_since)


@dataclass(frozen=True)
class Changes:
    since: date
    rows: list[ChangeRow]

    @property
    def new_entries(self) -> int:
        return sum(row.new_entries for row in self.rows)

    @property
    def new_in_picture(self) -> int:
        return sum(1 for row in self.rows if row.first_time)


def changes_since(session: Session, since: date) -> Changes:
    """Milieus and orientations with entries observed on or after ``since``."""
    rows = reading.run(session, picture.changes_since, since)
    order = {value: index for index, value in enumerate(m.Orientation)}
    rows.sort(key=lambda r: (order[r.orientation], title_sort_key(r.milieu)))
    return Changes(since, rows)


def last_meeting_day(
    session: Session, group_id: int, *, now: datetime | None = None
) -> date | None:
    """The day of the group's latest meeting that has begun; None if it has had none.

    The day is the UTC day of the meeting's start; meetings are held in office hours, when the
    Swedish and the UTC day are the same.
    """
    start = reading.run(session, picture.last_meeting_start, group_id, now or datetime.now(UTC))
    return None if start is None else start.date()
