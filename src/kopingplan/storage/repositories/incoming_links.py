"""Queries of an incoming item's link history (schema v9, ``incoming_item_links``): every link,
relink and unlink the coordinator made, with the reason. Nothing here begins or commits a
transaction; services/exchange/incoming_actions.py owns transactions and the audit rows."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from kopingplan.storage.mapping import Connection, from_sql_datetime, to_sql_datetime


@dataclass(frozen=True)
class LinkChange:
    """One change of an item's case: ``from_case`` None is a first link, ``to_case`` None an
    unlink, both set a move to another case."""

    item_id: int
    from_case: int | None
    to_case: int | None
    reason: str
    changed_by: str
    changed_at: datetime
    id: int | None = None


def insert_link_change(conn: Connection, change: LinkChange) -> int:
    cursor = conn.execute(
        "INSERT INTO incoming_item_links (item_id, from_case_id, to_case_id, reason,"
        " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (change.item_id, change.from_case, change.to_case, change.reason, change.changed_by,
         to_sql_datetime(change.changed_at)),
    )  # fmt: skip
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def link_history(conn: Connection, item_ids: Sequence[int]) -> dict[int, list[LinkChange]]:
    """The link history of each item asked for, oldest first (items without one are left
    out)."""
    if not item_ids:
        return {}
    rows = conn.execute(
        "SELECT id, item_id, from_case_id, to_case_id, reason, changed_by, changed_at"
        " FROM incoming_item_links WHERE item_id IN (SELECT value FROM json_each(?))"
        " ORDER BY item_id, id",
        (json.dumps([int(i) for i in item_ids]),),
    ).fetchall()
    found: dict[int, list[LinkChange]] = {}
    for row in rows:
        change = LinkChange(
            id=int(row[0]),
            item_id=int(row[1]),
            from_case=None if row[2] is None else int(row[2]),
            to_case=None if row[3] is None else int(row[3]),
            reason=str(row[4]),
            changed_by=str(row[5]),
            changed_at=from_sql_datetime(row[6]),
        )
        found.setdefault(change.item_id, []).append(change)
    return found
