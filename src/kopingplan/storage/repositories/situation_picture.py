"""The lägesbild as the coordinator reads it: pages of entries, the current picture (the newest
entry per milieu and orientation) and what changed since a day.

``situation.situation_entries`` (the existing query) lists entries since a day without paging;
the list in the app needs pages and a count, which are here. Orientation and milieu filters
walk the ``(orientation, observed_on)`` and ``(milieu, observed_on)`` indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kopingplan.domain import model as m
from kopingplan.storage.mapping import (
    Connection,
    from_sql_date,
    from_sql_datetime,
    to_sql_date,
    to_sql_datetime,
)
from kopingplan.storage.repositories.tables import SITUATION_ENTRIES
from kopingplan.storage.where import Where, enum_value

_ORIENTATION_ORDER = (
    "CASE orientation WHEN 'right' THEN 0 WHEN 'left' THEN 1 WHEN 'islamist' THEN 2 "
    "WHEN 'other' THEN 3 ELSE 4 END"
)


def _where(
    orientation: m.Orientation | None,
    milieu: str | None,
    since: date | None,
) -> Where:
    where = Where().equal("orientation", orientation, enum_value(m.Orientation))
    return where.equal("milieu", milieu).compare("observed_on", ">=", since, to_sql_date)


def entry_page(
    conn: Connection,
    *,
    orientation: m.Orientation | None = None,
    milieu: str | None = None,
    since: date | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[m.SituationEntry]:
    """Entries newest first (by day, then as entered)."""
    where = _where(orientation, milieu, since)
    return where.select(conn, SITUATION_ENTRIES, "observed_on DESC, id DESC", limit, offset)


def entry_count(
    conn: Connection,
    *,
    orientation: m.Orientation | None = None,
    milieu: str | None = None,
    since: date | None = None,
) -> int:
    return _where(orientation, milieu, since).count(conn, SITUATION_ENTRIES)


@dataclass(frozen=True)
class PictureRow:
    """One milieu and orientation in the current picture: its newest entry and how much there
    is behind it."""

    latest: m.SituationEntry
    entries: int  # all entries of the milieu and orientation
    first_observed_on: date
    recent_entries: int  # entries observed on or after the ``recent_since`` day


def current_picture(
    conn: Connection,
    *,
    recent_since: date,
    orientation: m.Orientation | None = None,
) -> list[PictureRow]:
    """The newest entry of every milieu and orientation, by orientation then milieu (BINARY
    order; the service sorts the milieus for display)."""
    where, params = _where(orientation, None, None).pair()
    columns = SITUATION_ENTRIES.select_list()
    rows = conn.execute(
        f"""
        SELECT {columns}, n, first_on, recent FROM (
            SELECT {columns},
                   row_number() OVER win AS position,
                   count(*) OVER parts AS n,
                   min(observed_on) OVER parts AS first_on,
                   sum(observed_on >= ?) OVER parts AS recent
            FROM situation_entries{where}
            WINDOW parts AS (PARTITION BY milieu, orientation),
                   win AS (PARTITION BY milieu, orientation ORDER BY observed_on DESC, id DESC)
        )
        WHERE position = 1
        ORDER BY {_ORIENTATION_ORDER}, milieu
        """,
        (to_sql_date(recent_since), *params),
    ).fetchall()
    width = len(SITUATION_ENTRIES.columns)
    return [
        PictureRow(
            latest=SITUATION_ENTRIES.from_row(row[:width]),
            entries=int(row[width]),
            first_observed_on=from_sql_date(row[width + 1]),
            recent_entries=int(row[width + 2] or 0),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class ChangeRow:
    """A milieu and orientation with entries since the day asked about."""

    milieu: str
    orientation: m.Orientation
    new_entries: int
    latest_observed_on: date
    first_time: bool  # no entry of it before that day: it is new in the picture


def changes_since(conn: Connection, since: date) -> list[ChangeRow]:
    rows = conn.execute(
        f"""
        SELECT e.milieu, e.orientation, count(*), max(e.observed_on),
               NOT EXISTS (SELECT 1 FROM situation_entries AS o
                           WHERE o.milieu = e.milieu AND o.orientation = e.orientation
                             AND o.observed_on < ?1)
        FROM situation_entries AS e
        WHERE e.observed_on >= ?1
        GROUP BY e.milieu, e.orientation
        ORDER BY {_ORIENTATION_ORDER.replace("orientation", "e.orientation")}, e.milieu
        """,
        (to_sql_date(since),),
    ).fetchall()
    return [
        ChangeRow(r[0], m.Orientation(r[1]), int(r[2]), from_sql_date(r[3]), bool(r[4]))
        for r in rows
    ]


def last_meeting_start(conn: Connection, group_id: int, before: datetime) -> datetime | None:
    """When the group's latest meeting before ``before`` began; None if it has had none."""
    row = conn.execute(
        "SELECT max(starts_at) FROM meetings WHERE group_id = ? AND starts_at < ?",
        (group_id, to_sql_datetime(before)),
    ).fetchone()
    return None if row is None or row[0] is None else from_sql_datetime(row[0])
