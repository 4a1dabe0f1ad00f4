"""The disclosure log's queries (utlämnanden): the log filtered by period, recipient, case,
person and channel; its totals counted in SQL; whom each disclosure is about
(disclosure_subjects, schema v9); the oral disclosures made at a meeting. Nothing here begins or
commits a transaction; the services own transactions and the audit log.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict, Unpack

from kopingplan.domain import model
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, to_sql_datetime
from kopingplan.storage.repositories.tables import DISCLOSURES, PERSONS
from kopingplan.storage.where import Where, escape_like


class LogFilter(TypedDict, total=False):
    """Which disclosures: in [since, until), to a recipient (a part of the name, or the exact
    certificate fingerprint), about a case, about a person, by a channel; each when given."""

    since: datetime | None
    until: datetime | None
    recipient: str | None
    case_id: int | None
    person_id: int | None
    channel: str | None


def _disclosure_filter(chosen: LogFilter) -> tuple[str, list[Any]]:
    where = Where().compare("disclosed_at", ">=", chosen.get("since"), to_sql_datetime)
    where.compare("disclosed_at", "<", chosen.get("until"), to_sql_datetime)
    recipient = chosen.get("recipient")
    if recipient:
        # A fingerprint matches exactly; any other text matches inside the recipient's name.
        where.add(
            "(recipient_fingerprint = ? OR recipient LIKE ? ESCAPE '\\')",
            recipient,
            f"%{escape_like(recipient)}%",
        )
    where.optional(
        "EXISTS (SELECT 1 FROM json_each(case_ids) WHERE value = ?)", chosen.get("case_id")
    )
    where.optional(
        "id IN (SELECT disclosure_id FROM disclosure_subjects WHERE person_id = ?)",
        chosen.get("person_id"),
    )
    where.equal("channel", chosen.get("channel") or None)
    return where.conditions, list(where.params)


def disclosures(
    conn: Connection, *, limit: int | None = None, offset: int = 0, **chosen: Unpack[LogFilter]
) -> list[model.Disclosure]:
    """The disclosures ``chosen`` names (:class:`LogFilter`), newest first."""
    where, params = _disclosure_filter(chosen)
    return mapping.select(
        conn, DISCLOSURES, where, params, order_by="disclosed_at DESC, id DESC",
        limit=limit, offset=offset,
    )  # fmt: skip


def disclosure_count(conn: Connection, **chosen: Unpack[LogFilter]) -> int:
    where, params = _disclosure_filter(chosen)
    return mapping.count(conn, DISCLOSURES, where, params)


@dataclass(frozen=True)
class DisclosureTotals:
    """Counts over every disclosure of a filter, for a report's totals: numbers only."""

    disclosures: int = 0
    cases: int = 0  # distinct cases named
    persons: int = 0  # distinct persons they were about
    by_channel: dict[str, int] = field(default_factory=dict)
    by_basis: dict[str, int] = field(default_factory=dict)
    by_recipient: dict[str, int] = field(default_factory=dict)
    # (recipient_kind or None, whether a register extract) → count: an extract has no kind
    # because it went to the person themself, not because the registry lacks the recipient.
    by_kind: dict[tuple[str | None, bool], int] = field(default_factory=dict)


def disclosure_totals(conn: Connection, **chosen: Unpack[LogFilter]) -> DisclosureTotals:
    """The totals of the disclosures :func:`disclosures` would list, counted in SQL (a report
    over many thousands reads a few rows, not all of them)."""
    where, params = _disclosure_filter(chosen)
    rows = conn.execute(
        f"WITH chosen AS (SELECT * FROM disclosures{f' WHERE {where}' if where else ''})"
        " SELECT 'channel', channel, 0, count(*) FROM chosen GROUP BY 2"
        " UNION ALL SELECT 'basis', legal_basis, 0, count(*) FROM chosen GROUP BY 2"
        " UNION ALL SELECT 'recipient', recipient, 0, count(*) FROM chosen GROUP BY 2"
        " UNION ALL SELECT 'kind', recipient_kind, channel = 'extract', count(*) FROM chosen"
        " GROUP BY 2, 3"
        " UNION ALL SELECT 'cases', NULL, 0, count(DISTINCT c.value)"
        " FROM chosen, json_each(chosen.case_ids) AS c"
        " UNION ALL SELECT 'persons', NULL, 0, count(DISTINCT s.person_id)"
        " FROM disclosure_subjects AS s WHERE s.disclosure_id IN (SELECT id FROM chosen)",
        params,
    ).fetchall()
    groups: dict[str, dict[Any, int]] = {}
    for group, key, extract, number in rows:
        if group == "kind":
            key = (key, bool(extract))
        groups.setdefault(group, {})[key] = int(number)
    by_channel = groups.get("channel", {})
    return DisclosureTotals(
        disclosures=sum(by_channel.values()),
        cases=groups["cases"][None],
        persons=groups["persons"][None],
        by_channel=by_channel,
        by_basis=groups.get("basis", {}),
        by_recipient=groups.get("recipient", {}),
        by_kind=groups.get("kind", {}),
    )


def insert_disclosure(
    conn: Connection,
    disclosure: model.Disclosure,
    *,
    about: Sequence[int] = (),
    of_cases: bool = True,
) -> int:
    """Stores the disclosure and whom it is about: the persons ``about`` and, unless
    ``of_cases`` is false, the people of its cases as they are now in every role but
    'professional' (the subject, relatives, others). A person not in the vault is refused."""
    new_id = mapping.insert(conn, DISCLOSURES, disclosure)
    if of_cases and disclosure.case_ids:
        conn.execute(
            "INSERT OR IGNORE INTO disclosure_subjects (disclosure_id, person_id)"
            " SELECT DISTINCT ?, person_id FROM case_participants"
            " WHERE role <> 'professional' AND case_id IN (SELECT value FROM json_each(?))",
            (new_id, json.dumps(list(disclosure.case_ids))),
        )
    for person_id in dict.fromkeys(about):
        mapping.get(conn, PERSONS, person_id)  # NotFound, in the caller's transaction
        conn.execute(
            "INSERT OR IGNORE INTO disclosure_subjects (disclosure_id, person_id) VALUES (?, ?)",
            (new_id, person_id),
        )
    return new_id


def oral_disclosures_at(conn: Connection, meeting_id: int) -> list[model.Disclosure]:
    """The oral disclosures made at a meeting, in the order they were made."""
    return mapping.select(
        conn,
        DISCLOSURES,
        "meeting_id = ? AND channel = 'oral'",
        (meeting_id,),
        order_by="disclosed_at, id",
    )


def disclosure_subjects(
    conn: Connection, disclosure_ids: Sequence[int]
) -> dict[int, tuple[int, ...]]:
    """The persons each disclosure is about (ids, ascending); a disclosure about nobody
    known is absent. The ids are bound as one JSON array."""
    found: dict[int, list[int]] = {}
    for disclosure_id, person_id in conn.execute(
        "SELECT disclosure_id, person_id FROM disclosure_subjects"
        " WHERE disclosure_id IN (SELECT value FROM json_each(?))"
        " ORDER BY disclosure_id, person_id",
        (json.dumps(list(disclosure_ids)),),
    ):
        found.setdefault(int(disclosure_id), []).append(int(person_id))
    return {key: tuple(value) for key, value in found.items()}
