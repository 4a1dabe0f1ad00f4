"""Counts for the report to kommunstyrelsen (lägesrapport): grouped SQL over one period.

Every function answers for one period of whole days ``first``…``last`` (both included; days
are compared as the stored 'YYYY-MM-DD' text) and, for records kept as instants, the same
period as [since, until) instants. They return codes and counts only — never a name, a case
number or a text — so nothing the report must not show can leave this module.

A case is *active* in a period when it was opened on or before the last day and not closed
before the first. Its level in the period is the level it had at the period's end (or on the
day it was closed, if earlier), read from the level history; a case without history counts at
its current level. Its age is that of its subject (the first registered), from the birth year
or, when that is missing, from the identity number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kopingplan.storage.mapping import Connection, to_sql_date, to_sql_datetime


@dataclass(frozen=True)
class Period:
    """Whole days ``first``…``last`` and the same period as [since, until) instants."""

    first: date
    last: date
    since: datetime
    until: datetime

    def params(self) -> dict[str, str]:
        return {
            "first": to_sql_date(self.first),
            "last": to_sql_date(self.last),
            "since": to_sql_datetime(self.since),
            "until": to_sql_datetime(self.until),
        }


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` for a column that may be NULL (kept as None)."""
    return lambda value: None if value is None else convert(value)


def _grouped(
    conn: Connection, period: Period, columns: tuple[Callable[[Any], Any], ...], sql: str
) -> list[tuple[Any, ...]]:
    """The rows of a grouped query over ``period``, each column made a Python value by its
    function in ``columns`` (codes as text, flags as bool, counts as int)."""
    rows = conn.execute(sql, period.params()).fetchall()
    return [
        tuple(convert(value) for convert, value in zip(columns, row, strict=True)) for row in rows
    ]


# The day a case's level is read at: the period's last day, or its closing day if earlier.
_AT = "(CASE WHEN c.closed_on IS NOT NULL AND c.closed_on < :last THEN c.closed_on ELSE :last END)"

# Case ``c``'s level at the period's end (or its closing day), from its level history; a case
# without history at its current level. Also used by the plan's yearly follow-up.
LEVEL_AT_END = f"""COALESCE(
            (SELECT lc.to_level FROM level_changes lc
              WHERE lc.case_id = c.id AND lc.changed_on <= {_AT}
              ORDER BY lc.changed_on DESC, lc.id DESC LIMIT 1),
            (SELECT lc.from_level FROM level_changes lc
              WHERE lc.case_id = c.id AND lc.changed_on > {_AT}
              ORDER BY lc.changed_on, lc.id LIMIT 1),
            c.level)"""

_ACTIVE_CASES = f"""
    SELECT
        {LEVEL_AT_END} AS level,
        c.orientation AS orientation,
        (SELECT COALESCE(p.birth_year, CAST(substr(p.identity_number, 1, 4) AS INTEGER))
           FROM case_participants cp JOIN persons p ON p.id = cp.person_id
          WHERE cp.case_id = c.id AND cp.role = 'subject'
          ORDER BY cp.id LIMIT 1) AS birth_year
    FROM cases c
    WHERE c.opened_on <= :last AND (c.closed_on IS NULL OR c.closed_on >= :first)
"""


def active_cases(conn: Connection, period: Period) -> list[tuple[str, str, int | None, int]]:
    """(level, orientation, subject's birth year or None, number of cases) for the cases
    active in ``period``."""
    return _grouped(
        conn,
        period,
        (str, str, _optional(int), int),
        "SELECT level, orientation, birth_year, count(*) "
        f"FROM ({_ACTIVE_CASES}) GROUP BY level, orientation, birth_year",
    )


def opened_and_closed(conn: Connection, period: Period) -> tuple[int, int]:
    """(cases opened, cases closed) in ``period``; a case reopened since counts as not
    closed (the vault keeps only its latest closing)."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM cases WHERE opened_on BETWEEN :first AND :last), "
        "(SELECT count(*) FROM cases WHERE closed_on BETWEEN :first AND :last)",
        period.params(),
    ).fetchone()
    return int(row[0]), int(row[1])


def level_moves(conn: Connection, period: Period) -> list[tuple[str, str, int]]:
    """(from level, to level, number of moves) in ``period``; the opening entry of a case's
    history (no from level) is not a move."""
    return _grouped(
        conn,
        period,
        (str, str, int),
        "SELECT from_level, to_level, count(*) FROM level_changes "
        "WHERE from_level IS NOT NULL AND from_level <> to_level "
        "AND changed_on BETWEEN :first AND :last GROUP BY from_level, to_level",
    )


def exit_plans(conn: Connection, period: Period) -> tuple[int, int, int]:
    """(cases with an exit plan active in the period, of which the plan was first made in the
    period, cases with an exit plan closed in the period). A plan has no end of its own: it
    ends with its case."""
    row = conn.execute(
        """
        WITH planned AS (
            SELECT e.case_id, min(e.created_at) AS made
              FROM exit_plans e GROUP BY e.case_id HAVING min(e.created_at) < :until
        )
        SELECT
            count(*),
            coalesce(sum(planned.made >= :since), 0),
            coalesce(sum(c.closed_on BETWEEN :first AND :last), 0)
          FROM planned JOIN cases c ON c.id = planned.case_id
         WHERE c.closed_on IS NULL OR c.closed_on >= :first
        """,
        period.params(),
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def relative_support(conn: Connection, period: Period) -> tuple[int, int, int]:
    """(relative-support contacts in the period, threads they belong to, threads opened in
    the period)."""
    row = conn.execute(
        "SELECT count(*), count(DISTINCT relative_support_id) FROM relative_support_contacts "
        "WHERE occurred_at >= :since AND occurred_at < :until",
        period.params(),
    ).fetchone()
    opened = conn.execute(
        "SELECT count(*) FROM relative_supports WHERE opened_on BETWEEN :first AND :last",
        period.params(),
    ).fetchone()
    return int(row[0]), int(row[1]), int(opened[0])


def disclosures(conn: Connection, period: Period) -> list[tuple[str, str, int]]:
    """(legal basis as recorded, channel, number of disclosures) in ``period``."""
    return _grouped(
        conn,
        period,
        (str, str, int),
        "SELECT legal_basis, channel, count(*) FROM disclosures "
        "WHERE disclosed_at >= :since AND disclosed_at < :until "
        "GROUP BY legal_basis, channel",
    )


def incidents(conn: Connection, period: Period) -> list[tuple[str, bool, int]]:
    """(kind, reported to the police, number of incidents) in ``period``."""
    return _grouped(
        conn,
        period,
        (str, bool, int),
        "SELECT kind, reported_to_police, count(*) FROM incidents "
        "WHERE occurred_on BETWEEN :first AND :last GROUP BY kind, reported_to_police",
    )


def recipient_kinds(conn: Connection, period: Period) -> list[tuple[str | None, bool, int]]:
    """(kind of recipient or None, whether a register extract, number of disclosures) in
    ``period``; the kind is the organisation kind the disclosure recorded (schema v9), None
    for a recipient outside the registry and for a register extract (the person themself)."""
    return _grouped(
        conn,
        period,
        (_optional(str), bool, int),
        "SELECT recipient_kind, channel = 'extract', count(*) FROM disclosures "
        "WHERE disclosed_at >= :since AND disclosed_at < :until "
        "GROUP BY recipient_kind, channel = 'extract'",
    )


def activities(conn: Connection, period: Period) -> list[tuple[str, int, int]]:
    """(kind, activities held in ``period``, participants recorded for them) per kind; an
    activity without a number of participants adds none."""
    return _grouped(
        conn,
        period,
        (str, int, int),
        "SELECT kind, count(*), coalesce(sum(participants), 0) FROM activities "
        "WHERE held_on BETWEEN :first AND :last GROUP BY kind",
    )
