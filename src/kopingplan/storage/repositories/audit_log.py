"""The audit log as a list to follow up (logguppföljning): filtered, paged, counted.

:mod:`kopingplan.storage.audit` writes and verifies the chain; this module reads it the way the
follow-up asks: by case, by action and by period. "By case" means every row that concerns the
case: the case itself, its records that carry a ``case_id`` (notes, contacts, the exit plan…)
while they exist, and rows whose details name it in a ``cases`` list (a brief, a disclosure,
an import). A row about a record retention has since deleted can no longer be traced to its
case through the record; the row itself stays in the log.

No new index: the v1 indexes on (entity, entity_id) and (action, at) serve the filters, and a
full scan of 100,000 rows takes a few tens of milliseconds (measured in the tests' vaults).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kopingplan.storage.mapping import Connection

# Tables whose rows carry a case_id: a row about one of them concerns that case.
CASE_CHILD_TABLES = (
    "notes",
    "contacts",
    "level_changes",
    "case_participants",
    "exit_plans",
    "relative_supports",
    "follow_ups",
    "agenda_items",
    "incoming_items",
)

# The case a row concerns, as text ("12", or "3, 7" for a brief about several): the case
# itself, the case of the record the row is about, or the details' "cases" list.
_CASE_OF_ROW = (
    "CASE a.entity WHEN 'cases' THEN CAST(a.entity_id AS TEXT) "
    + " ".join(
        f"WHEN '{table}' THEN (SELECT CAST(case_id AS TEXT) FROM {table} WHERE id = a.entity_id)"
        for table in CASE_CHILD_TABLES
    )
    + " ELSE CASE WHEN json_type(a.details, '$.cases') = 'array' THEN "
    "(SELECT group_concat(value, ', ') FROM json_each(a.details, '$.cases')) END END"
)


@dataclass(frozen=True)
class AccessRow:
    """One audit row as the follow-up shows it. ``cases`` is "" when it concerns no case."""

    seq: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    cases: str
    details: dict[str, Any]


@dataclass(frozen=True)
class AccessFilter:
    """[since, until) in aware datetimes; ``None`` leaves that filter out."""

    case_id: int | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


def _instant(moment: datetime) -> str:
    """The stored form of ``at`` (UTC, microseconds), so text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _where(chosen: AccessFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if chosen.action is not None:
        clauses.append("a.action = :action")
        params["action"] = chosen.action
    if chosen.since is not None:
        clauses.append("a.at >= :since")
        params["since"] = _instant(chosen.since)
    if chosen.until is not None:
        clauses.append("a.at < :until")
        params["until"] = _instant(chosen.until)
    if chosen.case_id is not None:
        children = " ".join(
            f"OR (a.entity = '{table}' AND a.entity_id IN "
            f"(SELECT id FROM {table} WHERE case_id = :case))"
            for table in CASE_CHILD_TABLES
        )
        clauses.append(
            "((a.entity = 'cases' AND a.entity_id = :case) "
            f"{children} "
            "OR (instr(a.details, '\"cases\"') > 0 "
            "AND json_type(a.details, '$.cases') = 'array' "
            "AND EXISTS (SELECT 1 FROM json_each(a.details, '$.cases') WHERE value = :case)))"
        )
        params["case"] = chosen.case_id
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return where, params


def rows(
    conn: Connection, chosen: AccessFilter, *, limit: int | None = 200, offset: int = 0
) -> list[AccessRow]:
    """Matching rows, newest first."""
    where, params = _where(chosen)
    paging = ""
    if limit is not None:
        paging = "LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    found = conn.execute(
        f"SELECT a.seq, a.at, a.actor, a.action, a.entity, a.entity_id, ({_CASE_OF_ROW}), "
        f"a.details FROM audit_log AS a {where} ORDER BY a.seq DESC {paging}",
        params,
    ).fetchall()
    return [
        AccessRow(
            seq=r[0],
            at=datetime.fromisoformat(r[1]),
            actor=r[2],
            action=r[3],
            entity=r[4],
            entity_id=r[5],
            cases=r[6] or "",
            details=json.loads(r[7]),
        )
        for r in found
    ]


def count(conn: Connection, chosen: AccessFilter) -> int:
    where, params = _where(chosen)
    sql = f"SELECT count(*) FROM audit_log AS a {where}"
    return int(conn.execute(sql, params).fetchone()[0])


def counts_by_action(conn: Connection, chosen: AccessFilter) -> list[tuple[str, int]]:
    """How many matching rows each action has, most frequent first."""
    where, params = _where(chosen)
    found = conn.execute(
        f"SELECT a.action, count(*) FROM audit_log AS a {where} "
        "GROUP BY a.action ORDER BY count(*) DESC, a.action",
        params,
    ).fetchall()
    return [(action, int(number)) for action, number in found]


def actions(conn: Connection) -> list[str]:
    """Every action the log holds, for the filter's choices (the (action, at) index)."""
    return [r[0] for r in conn.execute("SELECT DISTINCT action FROM audit_log ORDER BY action")]
