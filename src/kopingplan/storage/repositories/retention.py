"""Retention (gallring) queries: what is due, the stored "keep" decisions, and real deletion.

Every kind of record that is not part of a case is kept for a limited time; each has a
*reference day* from which its retention period is counted (services/retention.py holds the
periods and why):

=====================  ==========================================================================
``case``               a closed case: its closing day, or the day of its latest note or contact
                       if that is later (a note written after closing restarts the clock)
``situation_entry``    a lägesbild entry: the day it was observed
``relative_support``   a relative's support thread that belongs to no case (a thread of a case is
                       case content and goes with the case): the day it was opened, or of its
                       latest contact or follow-up if that is later
``disclosure``         the record that information left the vault: the day it left
``concern``            an incoming concern that led to no action: the day it was decided
``incident``           an incident against staff whose follow-up is done (or had none): the
                       latest of the day it happened, of support given and of the follow-up
``contact``            a contact that belongs to no case (partner work, a call with a person):
                       its day, or its follow-up day if that is later
``incoming_item``      an incoming item not linked to a case: the day it came in
``meeting``            a meeting with its minutes, agenda, decisions and actions: its day
``situation_           an overall assessment of the lägesbild for a period (with its earlier
assessment``           versions): the period's last day, or the day it was last written or
                       corrected if that is later
=====================  ==========================================================================

Nothing here begins or commits a transaction; the service does, with the audit rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from kopingplan.storage.mapping import Connection, from_sql_date

KINDS = (
    "case",
    "situation_entry",
    "relative_support",
    "disclosure",
    "concern",
    "incident",
    "contact",
    "incoming_item",
    "meeting",
    "situation_assessment",
)

# The table each kind deletes from; the schema's ON DELETE CASCADE takes the rest (notes,
# contacts, exit plans, the thread's contacts …), and the FTS triggers take the index rows.
TABLES = {
    "case": "cases",
    "situation_entry": "situation_entries",
    "relative_support": "relative_supports",
    "disclosure": "disclosures",
    "concern": "concerns",
    "incident": "incidents",
    "contact": "contacts",
    "incoming_item": "incoming_items",
    "meeting": "meetings",
    "situation_assessment": "situation_assessments",
}

# Longest label a review row carries: enough to recognise the record, not to read it.
LABEL_CHARS = 120

# Per kind: SELECT id, reference day ('YYYY-MM-DD'), label. Instants are UTC; their first ten
# characters are the UTC day, which is precise enough for periods counted in months.
_REFERENCE_SQL = {
    "case": """
        SELECT c.id AS id,
               max(c.closed_on,
                   coalesce((SELECT substr(max(n.written_at), 1, 10) FROM notes n
                             WHERE n.case_id = c.id), ''),
                   coalesce((SELECT substr(max(k.occurred_at), 1, 10) FROM contacts k
                             WHERE k.case_id = c.id), '')) AS reference_on,
               c.title AS label
        FROM cases c WHERE c.status = 'closed'
    """,
    "situation_entry": """
        SELECT s.id AS id, s.observed_on AS reference_on,
               s.milieu || ': ' || replace(s.observation, char(10), ' ') AS label
        FROM situation_entries s WHERE 1
    """,
    "relative_support": """
        SELECT r.id AS id,
               max(r.opened_on,
                   coalesce((SELECT substr(max(k.occurred_at), 1, 10)
                             FROM relative_support_contacts k
                             WHERE k.relative_support_id = r.id), ''),
                   coalesce((SELECT max(f.due_on) FROM follow_ups f
                             WHERE f.relative_support_id = r.id), '')) AS reference_on,
               r.relation || CASE WHEN r.pseudonym = '' THEN '' ELSE ' (' || r.pseudonym || ')'
                             END AS label
        FROM relative_supports r WHERE r.case_id IS NULL
    """,
    "disclosure": """
        SELECT d.id AS id, substr(d.disclosed_at, 1, 10) AS reference_on,
               d.recipient || ': ' || replace(d.content_description, char(10), ' ') AS label
        FROM disclosures d WHERE 1
    """,
    "concern": """
        SELECT q.id AS id, q.decided_on AS reference_on,
               replace(q.description, char(10), ' ') AS label
        FROM concerns q WHERE q.decision = 'no_action'
    """,
    # An incident still waiting for its follow-up is not due: the employer's work goes on.
    "incident": """
        SELECT i.id AS id,
               max(i.occurred_on, coalesce(i.follow_up_done_on, ''),
                   coalesce((SELECT max(x.given_on) FROM incident_supports x
                             WHERE x.incident_id = i.id), '')) AS reference_on,
               i.kind || ': ' || replace(i.description, char(10), ' ') AS label
        FROM incidents i WHERE (i.follow_up_on IS NULL OR i.follow_up_done_on IS NOT NULL)
    """,
    "contact": """
        SELECT k.id AS id,
               max(substr(k.occurred_at, 1, 10), coalesce(k.follow_up_on, '')) AS reference_on,
               replace(k.summary, char(10), ' ') AS label
        FROM contacts k WHERE k.case_id IS NULL
    """,
    "incoming_item": """
        SELECT n.id AS id, substr(n.received_at, 1, 10) AS reference_on,
               n.source || ': ' || replace(coalesce(nullif(n.title, ''), n.text), char(10), ' ')
                   AS label
        FROM incoming_items n WHERE n.case_id IS NULL
    """,
    "meeting": """
        SELECT g.id AS id, substr(g.starts_at, 1, 10) AS reference_on,
               (SELECT w.name FROM groups w WHERE w.id = g.group_id) || ' '
                   || substr(g.starts_at, 1, 10) AS label
        FROM meetings g WHERE 1
    """,
    "situation_assessment": """
        SELECT a.id AS id, max(a.last_day, substr(a.written_at, 1, 10)) AS reference_on,
               a.first_day || ' – ' || a.last_day || ': ' || replace(a.text, char(10), ' ')
                   AS label
        FROM situation_assessments a WHERE 1
    """,
}

# Where the main query above names its own row: "c.id", "s.id" … (for the single-row check).
_ALIAS = {
    "case": "c",
    "situation_entry": "s",
    "relative_support": "r",
    "disclosure": "d",
    "concern": "q",
    "incident": "i",
    "contact": "k",
    "incoming_item": "n",
    "meeting": "g",
    "situation_assessment": "a",
}

# A day each reference day is at least as late as, on an indexed column: filtering on it first
# keeps the review list from computing the reference day of every case in the vault.
_LOWER_BOUND = {
    "case": "c.closed_on",
    "situation_entry": "s.observed_on",
    "relative_support": "r.opened_on",
    "disclosure": "substr(d.disclosed_at, 1, 10)",
    "concern": "q.decided_on",
    "incident": "i.occurred_on",
    "contact": "substr(k.occurred_at, 1, 10)",
    "incoming_item": "substr(n.received_at, 1, 10)",
    "meeting": "substr(g.starts_at, 1, 10)",
    "situation_assessment": "a.last_day",
}


@dataclass(frozen=True)
class DueRow:
    kind: str
    id: int
    reference_on: date
    label: str
    kept_reason: str | None  # the last "keep" decision, if its review day has come
    kept_until: date | None


@dataclass(frozen=True)
class KeepDecision:
    kind: str
    ref_id: int
    decided_at: str
    decided_by: str
    reason: str
    review_on: date


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"no retention kind {kind!r}")
    return kind


def due(conn: Connection, kind: str, cutoff: date, today: date) -> list[DueRow]:
    """Records of ``kind`` whose reference day is on or before ``cutoff``, oldest first.

    A record with a "keep" decision whose review day is after ``today`` is not due; once the
    review day has come it is listed again, with the earlier reason.
    """
    sql = f"""
        SELECT ref.id, ref.reference_on, substr(ref.label, 1, ?), d.reason, d.review_on
        FROM ({_REFERENCE_SQL[_check_kind(kind)]} AND {_LOWER_BOUND[kind]} <= ?) AS ref
        LEFT JOIN retention_decisions d ON d.kind = ? AND d.ref_id = ref.id
        WHERE ref.reference_on <= ? AND (d.review_on IS NULL OR d.review_on <= ?)
        ORDER BY ref.reference_on, ref.id
    """
    day = cutoff.isoformat()
    rows = conn.execute(sql, (LABEL_CHARS, day, kind, day, today.isoformat())).fetchall()
    return [
        DueRow(
            kind=kind,
            id=int(row[0]),
            reference_on=from_sql_date(row[1]),
            label=str(row[2] or ""),
            kept_reason=row[3],
            kept_until=None if row[4] is None else from_sql_date(row[4]),
        )
        for row in rows
    ]


def reference_day(conn: Connection, kind: str, ref_id: int) -> date | None:
    """The reference day of one record, or None when it does not exist or is not a candidate
    (an open case, a thread that belongs to a case)."""
    sql = f"SELECT reference_on FROM ({_REFERENCE_SQL[_check_kind(kind)]} AND "
    sql += f"{_ALIAS[kind]}.id = ?)"
    row = conn.execute(sql, (ref_id,)).fetchone()
    return None if row is None else from_sql_date(row[0])


def exists(conn: Connection, kind: str, ref_id: int) -> bool:
    """Whether the record is there at all (due or not)."""
    table = TABLES[_check_kind(kind)]
    return conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (ref_id,)).fetchone() is not None


# --- keep decisions -------------------------------------------------------------------------


def store_keep(
    conn: Connection,
    kind: str,
    ref_id: int,
    *,
    decided_at: str,
    decided_by: str,
    reason: str,
    review_on: date,
) -> None:
    """Stores (or replaces) the standing "keep" decision of one record."""
    conn.execute(
        "INSERT INTO retention_decisions (kind, ref_id, decided_at, decided_by, reason,"
        " review_on) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, ref_id) DO UPDATE SET"
        " decided_at = excluded.decided_at, decided_by = excluded.decided_by,"
        " reason = excluded.reason, review_on = excluded.review_on",
        (_check_kind(kind), ref_id, decided_at, decided_by, reason, review_on.isoformat()),
    )


def keep_decision(conn: Connection, kind: str, ref_id: int) -> KeepDecision | None:
    row = conn.execute(
        "SELECT decided_at, decided_by, reason, review_on FROM retention_decisions"
        " WHERE kind = ? AND ref_id = ?",
        (_check_kind(kind), ref_id),
    ).fetchone()
    if row is None:
        return None
    return KeepDecision(kind, ref_id, row[0], row[1], row[2], from_sql_date(row[3]))


# --- deletion -------------------------------------------------------------------------------

# What a case takes with it, counted for the audit row (numbers, never content).
_CASE_PARTS = {
    "notes": "SELECT count(*) FROM notes WHERE case_id IN ({ids})",
    "contacts": "SELECT count(*) FROM contacts WHERE case_id IN ({ids})",
    "exit_plans": "SELECT count(*) FROM exit_plans WHERE case_id IN ({ids})",
    "relative_supports": "SELECT count(*) FROM relative_supports WHERE case_id IN ({ids})",
    "agenda_items": "SELECT count(*) FROM agenda_items WHERE case_id IN ({ids})",
    "follow_ups": "SELECT count(*) FROM follow_ups WHERE case_id IN ({ids})",
    # Earlier versions of corrected notes and contacts, and the people taken out of the case
    # (schema v3): case content too, gone by cascade.
    "note_versions": (
        "SELECT count(*) FROM note_versions WHERE record_id IN"
        " (SELECT id FROM notes WHERE case_id IN ({ids}))"
    ),
    "contact_versions": (
        "SELECT count(*) FROM contact_versions WHERE record_id IN"
        " (SELECT id FROM contacts WHERE case_id IN ({ids}))"
    ),
    "participant_removals": "SELECT count(*) FROM participant_removals WHERE case_id IN ({ids})",
    # Consents on file (schema v4): the case's own, gone by cascade with it.
    "consents": "SELECT count(*) FROM consents WHERE case_id IN ({ids})",
    # Triage flags, in force and cleared, and the priority (schema v7): gone by cascade.
    "case_flags": "SELECT count(*) FROM case_flags WHERE case_id IN ({ids})",
    "case_priorities": "SELECT count(*) FROM case_priorities WHERE case_id IN ({ids})",
    # The concerns that led to the case (schema v5): case content, gone by cascade with it.
    "concerns": "SELECT count(*) FROM concerns WHERE case_id IN ({ids})",
    # Attachments of the case, its notes and its concerns (schema v6), their bytes with them.
    "attachments": (
        "SELECT count(*) FROM attachments a LEFT JOIN notes n ON n.id = a.note_id"
        " LEFT JOIN concerns q ON q.id = a.concern_id"
        " WHERE coalesce(a.case_id, n.case_id, q.case_id) IN ({ids})"
    ),
}
_THREAD_PARTS = {
    "relative_support_contacts": (
        "SELECT count(*) FROM relative_support_contacts WHERE relative_support_id IN ({ids})"
    ),
    "follow_ups": "SELECT count(*) FROM follow_ups WHERE relative_support_id IN ({ids})",
}


def _placeholders(ids: Sequence[int]) -> str:
    return ", ".join("?" for _ in ids)


_INCIDENT_PARTS = {
    "incident_supports": "SELECT count(*) FROM incident_supports WHERE incident_id IN ({ids})",
    "attachments": "SELECT count(*) FROM attachments WHERE incident_id IN ({ids})",
}
_MEETING_PARTS = {
    "agenda_items": "SELECT count(*) FROM agenda_items WHERE meeting_id IN ({ids})",
    "meeting_actions": "SELECT count(*) FROM meeting_actions WHERE meeting_id IN ({ids})",
    "meeting_attendees": "SELECT count(*) FROM meeting_attendees WHERE meeting_id IN ({ids})",
    "attachments": "SELECT count(*) FROM attachments WHERE meeting_id IN ({ids})",
}
_CONTACT_PARTS = {
    "contact_versions": "SELECT count(*) FROM contact_versions WHERE record_id IN ({ids})",
}
_ASSESSMENT_PARTS = {
    "situation_assessment_versions": (
        "SELECT count(*) FROM situation_assessment_versions WHERE record_id IN ({ids})"
    ),
}


def parts(conn: Connection, kind: str, ref_id: int) -> dict[str, int]:
    """How many dependent rows the deletion of one record removes, per table."""
    queries = {
        "case": _CASE_PARTS,
        "relative_support": _THREAD_PARTS,
        "incident": _INCIDENT_PARTS,
        "meeting": _MEETING_PARTS,
        "contact": _CONTACT_PARTS,
        "situation_assessment": _ASSESSMENT_PARTS,
    }.get(kind, {})
    return {
        table: int(conn.execute(sql.format(ids="?"), (ref_id,)).fetchone()[0])
        for table, sql in queries.items()
    }


def private_persons(conn: Connection, kind: str, ref_ids: Sequence[int]) -> set[int]:
    """Persons who appear in these records as the subject, a relative or "other" (not as a
    professional) and have no organisation, or were taken out of a case in such a role: if
    nothing else refers to them after the deletion, their record (name, identity number) is
    case content and goes too."""
    if not ref_ids or kind not in ("case", "relative_support"):
        return set()
    marks = _placeholders(ref_ids)
    if kind == "case":
        sql = f"""
            SELECT p.person_id FROM case_participants p
            WHERE p.case_id IN ({marks}) AND p.role <> 'professional'
            UNION SELECT r.person_id FROM relative_supports r
            WHERE r.case_id IN ({marks}) AND r.person_id IS NOT NULL
            UNION SELECT x.person_id FROM participant_removals x
            WHERE x.case_id IN ({marks}) AND x.role <> 'professional'
        """
        params: list[Any] = [*ref_ids, *ref_ids, *ref_ids]
    else:
        sql = f"""SELECT r.person_id FROM relative_supports r
                  WHERE r.id IN ({marks}) AND r.person_id IS NOT NULL"""
        params = list(ref_ids)
    ids = {int(row[0]) for row in conn.execute(sql, params)}
    if not ids:
        return set()
    marks = _placeholders(list(ids))
    rows = conn.execute(
        f"SELECT id FROM persons WHERE id IN ({marks}) AND organisation_id IS NULL",
        list(ids),
    )
    return {int(row[0]) for row in rows}


def delete_records(conn: Connection, kind: str, ref_ids: Iterable[int]) -> int:
    """Deletes the records (and by cascade everything that belongs to them)."""
    ids = list(ref_ids)
    if not ids:
        return 0
    table = TABLES[_check_kind(kind)]
    cursor = conn.execute(f"DELETE FROM {table} WHERE id IN ({_placeholders(ids)})", ids)
    return int(cursor.rowcount)


def delete_unreferenced_persons(conn: Connection, person_ids: Iterable[int]) -> list[int]:
    """Deletes those of ``person_ids`` that nothing refers to any more; returns their ids."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    unreferenced = f"""
        SELECT p.id FROM persons p WHERE p.id IN ({_placeholders(ids)})
          AND p.organisation_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM case_participants x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM participant_removals x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM contacts x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM relative_supports x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM group_memberships x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM meeting_attendees x WHERE x.person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM meeting_actions x WHERE x.responsible_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM measures x WHERE x.actor_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM cases x WHERE x.responsible_person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM concerns x WHERE x.person_id = p.id)
    """
    gone = [int(row[0]) for row in conn.execute(unreferenced, ids)]
    if gone:
        conn.execute(f"DELETE FROM persons WHERE id IN ({_placeholders(gone)})", gone)
    return gone


def checkpoint_truncate(conn: Connection) -> bool:
    """Moves committed pages into the database file and empties the WAL file.

    After a deletion the database file still holds the old pages until a checkpoint
    overwrites them (secure_delete has zeroed the new versions); TRUNCATE also cuts the WAL
    to zero bytes. Returns False when a reader kept it from completing (it completes at the
    next checkpoint, at the latest when the vault is locked).
    """
    busy, _log_frames, _moved = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy
