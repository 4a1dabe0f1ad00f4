"""Drafts: unsaved form and wizard input, stored encrypted in the vault as JSON.

A draft is keyed by its form's kind and a ``ref`` saying what it belongs to. The convention,
which :func:`delete_orphans` relies on: forms about a case (its edit form, notes, contacts,
participants, level and closing, the exit-plan and relative-support wizards) use the case's id;
forms about one record (a person, an organisation, an incident, a lägesbild entry) use that
record's id, or ``new`` for one not yet saved; the "done" form of Att göra uses
``<item kind>:<id>``; a window opened from a case or a meeting (a brief, an oral disclosure)
uses ``case:<id>`` or ``meeting:<id>``; a form of a record listed in its owner's window (an
organisation's agreements, a revision's commitments) or of one record of a case (a note's
correction) uses ``<owner id>:<record id>`` (``<owner id>:new`` for one not yet saved). A draft
is the record's content too, so when the record or its owner is deleted for good (by hand or at
gallring) its drafts must go with it: every kind is in one of the tables below, and
tests/unit/test_draft_owners.py fails on a kind a form uses that none of them names. A draft
of a disclosure (an export, an oral disclosure) names its cases in its content, whatever its
key (often ``new``): it goes when one of them is deleted (:func:`_delete_disclosures_of_gone`),
and an export's naming a case the vault no longer has is not stored (a wizard still open on it
keeping it at a lock), listed or loaded; an oral disclosure's, whose case numbers are typed, is
stored without the numbers the vault does not have.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kopingplan.domain import disclosure_drafts

Connection = Any


def save(conn: Connection, kind: str, ref: str, payload: dict[str, Any]) -> bool:
    """Stores ``payload`` in place of the draft ``kind``/``ref``; False when it is not stored:
    a draft of a disclosure that names a case the vault no longer has (a wizard still open
    on it as the case was deleted, keeping it at the lock) goes instead, with the one it
    would have replaced, as :func:`_delete_disclosures_of_gone` decides. An oral disclosure's
    draft is kept without the case numbers the vault does not have: there the numbers are
    typed, and a slip must not lose what was written with it."""
    if kind == disclosure_drafts.ORAL_DRAFT_KIND:
        payload = disclosure_drafts.oral_naming_only(payload, _case_ids(conn))
    elif _names_gone_case(conn, kind, payload):
        discard(conn, kind, ref)
        return False
    conn.execute(
        "INSERT INTO drafts (kind, ref, payload, saved_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kind, ref) DO UPDATE SET payload = excluded.payload, "
        "saved_at = excluded.saved_at",
        (
            kind,
            ref,
            json.dumps(payload, ensure_ascii=False),
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    return True


def load(conn: Connection, kind: str, ref: str) -> dict[str, Any] | None:
    row = conn.execute(
        "SELECT payload FROM drafts WHERE kind = ? AND ref = ?", (kind, ref)
    ).fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    if not isinstance(value, dict) or _names_gone_case(conn, kind, value):
        return None  # one naming a deleted case, kept by an earlier version, is not opened
    return value


def discard(conn: Connection, kind: str, ref: str) -> None:
    conn.execute("DELETE FROM drafts WHERE kind = ? AND ref = ?", (kind, ref))


def listing(conn: Connection) -> list[tuple[str, str, str]]:
    """(kind, ref, saved_at) of every draft, newest first: what can be offered after unlock.
    Not a draft of a disclosure naming a case the vault no longer has (one an earlier
    version kept): it is not to be offered."""
    gone = set(_disclosures_of_gone(conn))
    rows = conn.execute(
        "SELECT kind, ref, saved_at, id FROM drafts ORDER BY saved_at DESC"
    ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows if int(r[3]) not in gone]


# Draft kinds whose ``ref`` is the id of a row in the named table (see the module docstring).
_OWNER_TABLES = {
    "case": "cases",
    "note": "cases",
    "contact": "cases",
    "participant": "cases",
    "case_level": "cases",
    "case_close": "cases",
    "exit_plan": "cases",
    "relative_support": "cases",
    "person": "persons",
    "organisation": "organisations",
    "incident": "incidents",
    "situation_entry": "situation_entries",
    "situation_assessment": "situation_assessments",
    "consent": "cases",
    "activity": "activities",
    "concern": "concerns",
    "plan_revision": "plan_revisions",
    "incident_support": "incidents",
}
# Draft kinds whose ``ref`` is ``<owner id>:<record id>``: the owner's table, then the record's.
_OWNED_TABLES = {
    "agreement": ("organisations", "agreements"),
    "partner_contact": ("organisations", "contacts"),
    "commitment": ("plan_revisions", "commitments"),
    "note_correction": ("cases", "notes"),
    "contact_correction": ("cases", "contacts"),
    "participant_remove": ("cases", "case_participants"),
}
# The "done" form of Att göra: ``<due item kind>:<id>``.
_DUE_ITEM_TABLES = {
    "follow_up": "follow_ups",
    "measure": "measures",
    "meeting_action": "meeting_actions",
    "relative_support_contact": "relative_support_contacts",
    "contact": "contacts",
    "agreement": "agreements",
    "activity": "activities",
    "incident": "incidents",
    "concern": "concerns",
}
_DUE_ITEM_KIND = "todo_done"
# Any other kind whose ``ref`` is ``<owner>:<id>``: a brief or an oral disclosure begun from a
# case or a meeting.
_PREFIXED_OWNER_TABLES = {"case": "cases", "meeting": "meetings"}


def delete_orphans(conn: Connection) -> int:
    """Deletes the drafts whose record no longer exists; returns how many.

    Run in the transaction that deletes records for good, so a half-written note of a deleted
    case does not outlive the case. Drafts of records not yet saved (``new``, or a relative
    contact started outside a case: ``""``) have no record to lose and are kept while their
    owner is.
    """
    removed = 0
    for kind, table in _OWNER_TABLES.items():
        cursor = conn.execute(
            f"DELETE FROM drafts WHERE kind = ? AND ref GLOB '[0-9]*' "
            f"AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = CAST(drafts.ref AS INTEGER))",
            (kind,),
        )
        removed += int(cursor.rowcount)
    for item_kind, table in _DUE_ITEM_TABLES.items():
        removed += _delete_orphans_by_prefix(conn, item_kind, table, due_item=True)
    for owner, table in _PREFIXED_OWNER_TABLES.items():
        removed += _delete_orphans_by_prefix(conn, owner, table, due_item=False)
    for kind, (owner_table, table) in _OWNED_TABLES.items():
        removed += _delete_orphans_of_owner(conn, kind, owner_table, table)
    return removed + _delete_disclosures_of_gone(conn)


def kinds_swept() -> frozenset[str]:
    """The draft kinds :func:`delete_orphans` knows (the due item's and the kinds begun from a
    case or a meeting, ``case:<id>``, are swept whatever their kind)."""
    return frozenset({*_OWNER_TABLES, *_OWNED_TABLES, _DUE_ITEM_KIND})


def _delete_disclosures_of_gone(conn: Connection) -> int:
    """Deletes the drafts of a disclosure that name a case the vault no longer has, whatever
    their key (see :mod:`kopingplan.domain.disclosure_drafts`).

    A draft that names several cases goes whole when one of them is gone, rather than kept
    with that case taken out: its free text (the purpose, the note on the legal basis, and
    for an oral disclosure what was said) cannot be split by case and may be about the
    deleted one, and the decision it records covered the cases together, so what would be
    left is not what was decided. An oral disclosure's draft is stored naming only cases the
    vault has (:func:`save` takes a number typed by mistake out), so one naming a case no
    longer there is about a deleted case; one an earlier version kept with a slip goes too.
    A draft that cannot be read names nothing and stays."""
    gone = _disclosures_of_gone(conn)
    for draft_id in gone:
        conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))
    return len(gone)


def _disclosures_of_gone(conn: Connection) -> list[int]:
    """The ids of the stored drafts of a disclosure that name a case the vault no longer
    has (see :func:`_delete_disclosures_of_gone`)."""
    kinds = disclosure_drafts.KINDS
    rows = conn.execute(
        f"SELECT id, kind, payload FROM drafts WHERE kind IN ({', '.join('?' for _ in kinds)})",
        kinds,
    ).fetchall()
    cases = _case_ids(conn) if rows else set()
    gone = []
    for draft_id, kind, payload in rows:
        try:
            named = disclosure_drafts.cases_named(str(kind), json.loads(payload))
        except (ValueError, RecursionError):
            continue
        if not cases.issuperset(named):
            gone.append(int(draft_id))
    return gone


def _names_gone_case(conn: Connection, kind: str, payload: dict[str, Any]) -> bool:
    """Whether a draft of ``kind`` is of a disclosure that names a case the vault does not
    have (a number typed by mistake counts, as in :func:`_delete_disclosures_of_gone`)."""
    if kind not in disclosure_drafts.KINDS:
        return False
    try:
        named = disclosure_drafts.cases_named(kind, payload)
    except (ValueError, RecursionError):
        return False
    return bool(named) and not _case_ids(conn).issuperset(named)


def _case_ids(conn: Connection) -> set[int]:
    """Every case's id. Compared in Python, not bound into a query: a draft (typed, pasted
    or damaged) may name more cases than one statement binds, or an id SQLite cannot hold,
    and either would have stopped the deletion (and gallring) itself."""
    return {int(row[0]) for row in conn.execute("SELECT id FROM cases")}


def _delete_orphans_of_owner(conn: Connection, kind: str, owner_table: str, table: str) -> int:
    """Deletes the drafts ``kind`` whose ref ``<owner id>:<record id>`` names an owner
    ``owner_table`` no longer has, or a stored record ``table`` no longer has."""
    owner = "CAST(substr(drafts.ref, 1, instr(drafts.ref, ':') - 1) AS INTEGER)"
    record = "substr(drafts.ref, instr(drafts.ref, ':') + 1)"
    cursor = conn.execute(
        f"DELETE FROM drafts WHERE kind = ? AND ref GLOB '[0-9]*:*' "
        f"AND (NOT EXISTS (SELECT 1 FROM {owner_table} o WHERE o.id = {owner}) "
        f"OR ({record} GLOB '[0-9]*' AND NOT EXISTS "
        f"(SELECT 1 FROM {table} t WHERE t.id = CAST({record} AS INTEGER))))",
        (kind,),
    )
    return int(cursor.rowcount)


def _delete_orphans_by_prefix(conn: Connection, owner: str, table: str, *, due_item: bool) -> int:
    """Deletes the drafts whose ref ``owner:N`` names a row ``table`` no longer has: a due
    item's drafts (``due_item``: of the due-item kind) or those begun from a record (any
    other kind). ``(kind = ?) = ?`` compares the kind test with the flag, bound like a value."""
    prefix = f"{owner}:"
    cursor = conn.execute(
        f"DELETE FROM drafts WHERE (kind = ?) = ? AND substr(ref, 1, ?) = ? "
        f"AND NOT EXISTS (SELECT 1 FROM {table} t "
        f"WHERE t.id = CAST(substr(drafts.ref, ?) AS INTEGER))",
        (_DUE_ITEM_KIND, due_item, len(prefix), prefix, len(prefix) + 1),
    )
    return int(cursor.rowcount)
