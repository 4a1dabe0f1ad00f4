"""What happened in a case (the timeline) and what is due ("Att göra")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from kopingplan.storage.mapping import (
    Connection,
    from_sql_date,
    from_sql_datetime,
    storable,
    to_sql_date,
)

# Longest text a list row carries; the full record is one get() away.
SUMMARY_CHARS = 200
# The earliest due day there is ("from the beginning").
FIRST_DAY = to_sql_date(date.min)


@dataclass(frozen=True)
class TimelineItem:
    """One event of a case, for the timeline.

    ``kind`` is "note", "contact", "level_change", "follow_up" or "measure"; ``id`` is the
    record's id in its table. Notes and contacts have a time (``at``, UTC); the others are
    calendar days (``at`` is None). ``on`` is the day either way (for timed items the UTC day:
    show ``at`` in local time when it is there). ``detail`` is, per kind: the note's source,
    the contact's channel, the new level, "open" or "done" for a follow-up, the measure's
    status (stored values; the GUI translates them).
    """

    kind: str
    id: int
    on: date
    at: datetime | None
    summary: str  # the first SUMMARY_CHARS characters of the record's main text
    detail: str


def case_timeline(conn: Connection, case_id: int, limit: int = 50) -> list[TimelineItem]:
    """The newest ``limit`` events of a case, all kinds merged, newest first.

    Each kind contributes at most ``limit`` rows through its own (case, time) index before the
    merge, so the cost does not grow with the case's history. Follow-ups count by due day and
    measures by start day; follow-ups and measures of the case's exit plans are included.
    On the same day, a timed event sorts before (newer than) a day-only one: the stored forms
    'YYYY-MM-DD' and 'YYYY-MM-DDTHH:…' compare that way, which is why they are kept as text.
    """
    if not storable(case_id):
        return []  # an id SQLite cannot hold names no record
    sql = """
        SELECT kind, id, at, summary, detail FROM (
            SELECT * FROM (
                SELECT 'note' AS kind, id, written_at AS at, substr(text, 1, ?3) AS summary,
                       source AS detail
                FROM notes WHERE case_id = ?1 ORDER BY written_at DESC, id DESC LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'contact', id, occurred_at, substr(summary, 1, ?3), channel
                FROM contacts WHERE case_id = ?1 ORDER BY occurred_at DESC, id DESC LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'level_change', id, changed_on, substr(reason, 1, ?3), to_level
                FROM level_changes WHERE case_id = ?1
                ORDER BY changed_on DESC, id DESC LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'follow_up', id, due_on, substr(description, 1, ?3),
                       CASE WHEN done_on IS NULL THEN 'open' ELSE 'done' END
                FROM follow_ups
                WHERE case_id = ?1
                   OR plan_id IN (SELECT id FROM exit_plans WHERE case_id = ?1)
                ORDER BY due_on DESC, id DESC LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'measure', id, starts_on, substr(description, 1, ?3), status
                FROM measures
                -- Only the current revision's measures: a revision copies the earlier ones.
                WHERE plan_id = (SELECT id FROM exit_plans WHERE case_id = ?1
                                 ORDER BY revision DESC LIMIT 1)
                ORDER BY starts_on DESC, id DESC LIMIT ?2)
        )
        ORDER BY at DESC, kind, id DESC
        LIMIT ?2
    """
    rows = conn.execute(sql, (case_id, limit, SUMMARY_CHARS)).fetchall()
    items = []
    for kind, item_id, stamp, summary, detail in rows:
        at = from_sql_datetime(stamp) if len(stamp) > 10 else None
        items.append(
            TimelineItem(
                kind=kind,
                id=item_id,
                on=at.date() if at is not None else from_sql_date(stamp),
                at=at,
                summary=summary,
                detail=detail,
            )
        )
    return items


def case_timeline_through(
    conn: Connection, case_id: int, kind: str, record_id: int, limit: int = 50
) -> tuple[list[TimelineItem], int]:
    """The newest events of a case down to the event ``(kind, record_id)``, at least ``limit``
    of them, and the limit that read them (:func:`case_timeline` with it reads them again): the
    timeline a case window shows to choose an event older than its first page (a search hit).
    The limit doubles until the event is among them, so a case of 500 notes is read in a few
    bounded steps; an event not in the case gives the whole timeline."""
    while True:
        items = case_timeline(conn, case_id, limit)
        if len(items) < limit or any(i.kind == kind and i.id == record_id for i in items):
            return items, limit
        limit *= 2


@dataclass(frozen=True)
class DueItem:
    """One entry of "Att göra".

    ``kind`` is "follow_up", "measure", "meeting_action", "relative_support_contact",
    "contact", "concern", "incident" or "agreement"; ``id`` is the record's id in its table;
    ``case_id`` the case it belongs to, if any (through the exit plan, agenda item or
    relative-support thread where it has no own).
    """

    kind: str
    id: int
    due_on: date
    description: str  # the first SUMMARY_CHARS characters
    case_id: int | None
    overdue: bool  # due before ``today``


# Each kind of open, dated item ("Att göra") due from ?4 to ?1, at most ?2 rows a kind (-1: all),
# with ?3 characters of its summary. Each kind walks its own (due day) index.
_DUE_KINDS = """
            SELECT * FROM (
                SELECT 'follow_up' AS kind, f.id AS id, f.due_on AS due_on,
                       substr(f.description, 1, ?3) AS description,
                       coalesce(f.case_id, ep.case_id, rs.case_id) AS case_id
                FROM follow_ups AS f
                LEFT JOIN exit_plans AS ep ON ep.id = f.plan_id
                LEFT JOIN relative_supports AS rs ON rs.id = f.relative_support_id
                WHERE f.done_on IS NULL AND f.due_on BETWEEN ?4 AND ?1
                ORDER BY f.due_on, f.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'measure', ms.id, ms.follow_up_on, substr(ms.description, 1, ?3),
                       ep.case_id
                FROM measures AS ms JOIN exit_plans AS ep ON ep.id = ms.plan_id
                WHERE ms.follow_up_on BETWEEN ?4 AND ?1 AND ms.status IN ('planned', 'ongoing')
                  -- A revision copies its measures: only the current plan's count.
                  AND NOT EXISTS (SELECT 1 FROM exit_plans AS later
                                  WHERE later.case_id = ep.case_id
                                    AND later.revision > ep.revision)
                ORDER BY ms.follow_up_on, ms.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'meeting_action', a.id, a.due_on, substr(a.description, 1, ?3),
                       ai.case_id
                FROM meeting_actions AS a
                LEFT JOIN agenda_items AS ai ON ai.id = a.agenda_item_id
                WHERE a.done_on IS NULL AND a.due_on BETWEEN ?4 AND ?1
                ORDER BY a.due_on, a.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'relative_support_contact', r.id, r.follow_up_on,
                       substr(r.worry, 1, ?3), rs.case_id
                FROM relative_support_contacts AS r
                JOIN relative_supports AS rs ON rs.id = r.relative_support_id
                WHERE r.follow_up_on BETWEEN ?4 AND ?1
                  AND NOT EXISTS (
                      SELECT 1 FROM relative_support_contacts AS later
                      WHERE later.relative_support_id = r.relative_support_id
                        AND (later.occurred_at, later.id) > (r.occurred_at, r.id))
                ORDER BY r.follow_up_on, r.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                SELECT 'contact', k.id, k.follow_up_on, substr(k.summary, 1, ?3), k.case_id
                FROM contacts AS k
                WHERE k.follow_up_on BETWEEN ?4 AND ?1
                  -- "A later contact with the same counterpart in the same matter", as one
                  -- look-up: through the case when there is one, else the person, else the
                  -- organisation (the CHECK on contacts guarantees one of them). The unary +
                  -- keeps the planner on that index: left to choose, it took the organisation
                  -- index for "organisation_id IS NULL" and the list took 12 s with 50,000
                  -- contacts.
                  AND NOT EXISTS (
                      SELECT 1 FROM contacts AS later
                      WHERE k.case_id IS NOT NULL
                        AND later.case_id = k.case_id
                        AND (later.occurred_at, later.id) > (k.occurred_at, k.id)
                        AND +later.person_id IS k.person_id
                        AND +later.organisation_id IS k.organisation_id)
                  AND NOT EXISTS (
                      SELECT 1 FROM contacts AS later
                      WHERE k.case_id IS NULL AND k.person_id IS NOT NULL
                        AND later.person_id = k.person_id
                        AND (later.occurred_at, later.id) > (k.occurred_at, k.id)
                        AND +later.case_id IS NULL
                        AND +later.organisation_id IS k.organisation_id)
                  AND NOT EXISTS (
                      SELECT 1 FROM contacts AS later
                      WHERE k.case_id IS NULL AND k.person_id IS NULL
                        AND later.organisation_id = k.organisation_id
                        AND (later.occurred_at, later.id) > (k.occurred_at, k.id)
                        AND +later.case_id IS NULL
                        AND +later.person_id IS NULL)
                ORDER BY k.follow_up_on, k.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                -- A concern not yet screened (schema v5) is due from the day it came in.
                SELECT 'concern', q.id, q.received_on, substr(q.description, 1, ?3), NULL
                FROM concerns AS q
                WHERE q.decision IS NULL AND q.received_on BETWEEN ?4 AND ?1
                ORDER BY q.received_on, q.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                -- An incident's follow-up (schema v7) until it is marked done; the kind of
                -- incident and the member of staff say which one it is.
                SELECT 'incident', i.id, i.follow_up_on,
                       substr(i.staff_member || ': ' || i.description, 1, ?3), i.case_id
                FROM incidents AS i
                WHERE i.follow_up_on BETWEEN ?4 AND ?1 AND i.follow_up_done_on IS NULL
                ORDER BY i.follow_up_on, i.id LIMIT ?2)
            UNION ALL
            SELECT * FROM (
                -- An agreement (schema v8) from 90 days before its end
                -- (services.agreements.REMINDER_DAYS) until the reminder is marked done; the
                -- organisation and what the agreement covers say which one it is.
                SELECT 'agreement', g.id, date(g.ends_on, '-90 days'),
                       substr(o.name || ': ' || g.title, 1, ?3), NULL
                FROM agreements AS g JOIN organisations AS o ON o.id = g.organisation_id
                WHERE g.ends_on BETWEEN date(?4, '+90 days') AND date(?1, '+90 days')
                  AND g.reminder_done_on IS NULL
                ORDER BY g.ends_on, g.id LIMIT ?2)
"""


def due_items(
    conn: Connection, until: date, *, today: date | None = None, limit: int = 1000
) -> list[DueItem]:
    """Everything open that is due on or before ``until``, overdue (earliest) first.

    What counts as open:
    - follow-ups and meeting actions without a ``done_on``;
    - measures with a ``follow_up_on`` that are planned or ongoing;
    - a relative-support contact's ``follow_up_on`` until a later contact is recorded in the
      same thread (the later call is the follow-up);
    - a contact's ``follow_up_on`` until a later contact with the same person and organisation
      in the same case is recorded.
    - a concern (inkommande oro) until its screening decision is recorded.
    - an incident's ``follow_up_on`` until its follow-up is marked done (schema v7); the
      case is the one the incident names, if any.
    - an agreement with an end day from 90 days before it ends until its reminder is marked
      done (schema v8); due on the first of those days.
    """
    today = date.today() if today is None else today
    # Each kind walks its own (due day) index and contributes at most ``limit`` rows, so the
    # list costs the same with 10 or 10,000 open items; the merge sorts at most 5 x limit.
    sql = f"""
        SELECT kind, id, due_on, description, case_id FROM ({_DUE_KINDS})
        ORDER BY due_on, kind, id
        LIMIT ?2
    """
    rows = conn.execute(sql, (to_sql_date(until), limit, SUMMARY_CHARS, FIRST_DAY)).fetchall()
    result = []
    for kind, item_id, due_text, description, case_id in rows:
        due_on = from_sql_date(due_text)
        result.append(
            DueItem(
                kind=kind,
                id=item_id,
                due_on=due_on,
                description=description,
                case_id=case_id,
                overdue=due_on < today,
            )
        )
    return result


class DueCounts(NamedTuple):
    """What the notice after unlocking says: due today, overdue, and whether more are overdue
    than ``overdue`` (it counts up to a limit)."""

    today: int
    overdue: int
    more_overdue: bool


def due_counts(conn: Connection, today: date, *, limit: int = 1000) -> DueCounts:
    """How many open items are due ``today`` (all of them), and how many are overdue, counted
    up to ``limit`` (as many as :func:`due_items` lists: counting every overdue item of a
    vault with thousands would fill the page cache for a figure nobody needs exactly)."""
    day = to_sql_date(today)
    (due_today,) = conn.execute(
        f"SELECT count(*) FROM ({_DUE_KINDS})", (day, -1, 0, day)
    ).fetchone()
    (overdue,) = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM ({_DUE_KINDS}) LIMIT ?2)",
        (to_sql_date(today - timedelta(days=1)), limit + 1, 0, FIRST_DAY),
    ).fetchone()
    return DueCounts(int(due_today), min(int(overdue), limit), int(overdue) > limit)
