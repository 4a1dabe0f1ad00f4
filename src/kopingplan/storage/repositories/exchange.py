"""Queries of the exchange with the police liaison: recipients, imported packages, incoming
items, and what an export reads; the disclosure log's queries are in
:mod:`.disclosures` and reached from here too. Nothing here begins or commits a transaction;
the service owns transactions and the audit log (see services/exchange.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, from_sql_datetime, to_sql_datetime
from kopingplan.storage.repositories.cases import current_exit_plan
from kopingplan.storage.repositories.disclosures import (
    DisclosureTotals,
    disclosure_count,
    disclosure_subjects,
    disclosure_totals,
    disclosures,
    insert_disclosure,
    oral_disclosures_at,
)
from kopingplan.storage.repositories.tables import MEASURES, NOTES

RECIPIENT_KIND = QT_TRANSLATE_NOOP("Kinds", "recipient")
INCOMING_KIND = QT_TRANSLATE_NOOP("Kinds", "incoming item")

EXCHANGE_TABLES = ("recipients", "imported_packages", "incoming_items")

# The disclosure log's queries, re-exported: its callers have always found them here. (Only
# these are listed: everything this module defines is public as it stands.)
__all__ = [
    "DisclosureTotals",
    "disclosure_count",
    "disclosure_subjects",
    "disclosure_totals",
    "disclosures",
    "insert_disclosure",
    "oral_disclosures_at",
]


@dataclass(frozen=True)
class NewRecipient:
    """A recipient's certificate as it is registered."""

    name: str
    organisation: str
    certificate_der: bytes
    fingerprint: str
    subject: str
    issuer: str
    not_before: datetime
    not_after: datetime
    added_at: datetime
    added_by: str


@dataclass(frozen=True, kw_only=True)
class RecipientRow(NewRecipient):
    """A registered recipient: what was registered, its number and whether it is verified."""

    id: int
    verified: bool
    verified_at: datetime | None
    verified_by: str

    @property
    def label(self) -> str:
        """ "Name, Organisation": how the recipient is named in a disclosure record."""
        return ", ".join(part for part in (self.name, self.organisation) if part)


@dataclass(frozen=True)
class ImportedPackageRow:
    id: int
    package_id: str
    content_sha256: str
    sender_fingerprint: str
    created_at: str
    imported_at: datetime
    items: int


@dataclass(frozen=True, kw_only=True)
class IncomingItemRow(model.IncomingRecord):
    """An incoming record as stored: the package it came in, when, from whom (``source``, the
    sender's label), the sender's terms, and the case it is linked to here."""

    package_id: str
    received_at: datetime
    source: str
    sender_fingerprint: str
    case_id: int | None = None
    id: int | None = None
    sender_terms: model.SenderTerms = field(default_factory=model.SenderTerms)  # schema v9


_RECIPIENT_COLUMNS = (
    "id, name, organisation, certificate_der, fingerprint, subject, issuer, not_before,"
    " not_after, added_at, added_by, verified, verified_at, verified_by"
)
# An incoming_items row read whole, in the order :func:`item_row` takes it (the register extract
# reads its items this way too).
ITEM_COLUMNS = (
    "id, package_id, received_at, source, sender_fingerprint, case_id, kind, reference, dated,"
    " title, text, details, attachment, sender_legal_basis, sender_decided_by, sender_purpose"
)


# --- Recipients ---------------------------------------------------------------------------------


def insert_recipient(conn: Connection, new: NewRecipient) -> int:
    cursor = conn.execute(
        "INSERT INTO recipients (name, organisation, certificate_der, fingerprint, subject,"
        " issuer, not_before, not_after, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        (
            new.name,
            new.organisation,
            new.certificate_der,
            new.fingerprint,
            new.subject,
            new.issuer,
            to_sql_datetime(new.not_before),
            to_sql_datetime(new.not_after),
            to_sql_datetime(new.added_at),
            new.added_by,
        ),
    )
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def _recipient(row: Sequence[Any]) -> RecipientRow:
    return RecipientRow(
        id=int(row[0]),
        name=row[1],
        organisation=row[2],
        certificate_der=bytes(row[3]),
        fingerprint=row[4],
        subject=row[5],
        issuer=row[6],
        not_before=from_sql_datetime(row[7]),
        not_after=from_sql_datetime(row[8]),
        added_at=from_sql_datetime(row[9]),
        added_by=row[10],
        verified=bool(row[11]),
        verified_at=None if row[12] is None else from_sql_datetime(row[12]),
        verified_by=row[13],
    )


def _by_id(conn: Connection, columns: str, table: str, kind: str, row_id: int) -> Sequence[Any]:
    """The row ``row_id`` of ``table`` (:class:`~kopingplan.errors.NotFound` if there is none)."""
    if not mapping.storable(row_id):
        raise errors.NotFound(kind=kind, id=row_id)
    row = conn.execute(f"SELECT {columns} FROM {table} WHERE id = ?", (row_id,)).fetchone()
    if row is None:
        raise errors.NotFound(kind=kind, id=row_id)
    return cast("Sequence[Any]", row)


def recipient(conn: Connection, recipient_id: int) -> RecipientRow:
    return _recipient(_by_id(conn, _RECIPIENT_COLUMNS, "recipients", RECIPIENT_KIND, recipient_id))


def recipient_by_fingerprint(conn: Connection, fingerprint: str) -> RecipientRow | None:
    row = conn.execute(
        f"SELECT {_RECIPIENT_COLUMNS} FROM recipients WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return None if row is None else _recipient(row)


def recipients(conn: Connection, *, verified_only: bool = False) -> list[RecipientRow]:
    where = " WHERE verified = 1" if verified_only else ""
    rows = conn.execute(
        f"SELECT {_RECIPIENT_COLUMNS} FROM recipients{where} ORDER BY name, organisation, id"
    ).fetchall()
    return [_recipient(row) for row in rows]


def mark_verified(conn: Connection, recipient_id: int, at: datetime, by: str) -> None:
    conn.execute(
        "UPDATE recipients SET verified = 1, verified_at = ?, verified_by = ? WHERE id = ?",
        (to_sql_datetime(at), by, recipient_id),
    )


# --- Imported packages and incoming items -------------------------------------------------------


def imported_package(
    conn: Connection, package_id: str, content_sha256: str
) -> ImportedPackageRow | None:
    """The earlier import of this package, by its id or by its checksum, if there was one."""
    row = conn.execute(
        "SELECT id, package_id, content_sha256, sender_fingerprint, created_at, imported_at,"
        " items FROM imported_packages WHERE package_id = ? OR content_sha256 = ?"
        " ORDER BY id LIMIT 1",
        (package_id, content_sha256),
    ).fetchone()
    if row is None:
        return None
    return ImportedPackageRow(
        id=int(row[0]),
        package_id=row[1],
        content_sha256=row[2],
        sender_fingerprint=row[3],
        created_at=row[4],
        imported_at=from_sql_datetime(row[5]),
        items=int(row[6]),
    )


def insert_imported_package(
    conn: Connection,
    *,
    package_id: str,
    content_sha256: str,
    sender_fingerprint: str,
    created_at: str,
    imported_at: datetime,
    items: int,
) -> int:
    cursor = conn.execute(
        "INSERT INTO imported_packages (package_id, content_sha256, sender_fingerprint,"
        " created_at, imported_at, items) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (package_id, content_sha256, sender_fingerprint, created_at,
         to_sql_datetime(imported_at), items),
    )  # fmt: skip
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def insert_incoming_item(conn: Connection, item: IncomingItemRow) -> int:
    cursor = conn.execute(
        "INSERT INTO incoming_items (package_id, received_at, source, sender_fingerprint,"
        " case_id, kind, reference, dated, title, text, details, attachment, sender_legal_basis,"
        " sender_decided_by, sender_purpose)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            item.package_id,
            to_sql_datetime(item.received_at),
            item.source,
            item.sender_fingerprint,
            item.case_id,
            item.kind,
            item.reference,
            item.dated,
            item.title,
            item.text,
            json.dumps(item.details, ensure_ascii=False, separators=(",", ":")),
            item.attachment,
            item.sender_terms.legal_basis,
            item.sender_terms.decided_by,
            item.sender_terms.purpose,
        ),
    )
    new_id = int(cursor.fetchone()[0])
    cursor.close()
    return new_id


def incoming_items(
    conn: Connection,
    *,
    case_id: int | None = None,
    package_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[IncomingItemRow]:
    """Incoming items, newest first, of one case or one package (or all)."""
    clauses, params = _where({"case_id": case_id, "package_id": package_id})
    rows = conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM incoming_items{clauses}"
        " ORDER BY received_at DESC, id LIMIT ? OFFSET ?",
        (*params, limit, offset),
    ).fetchall()
    return [item_row(row) for row in rows]


def incoming_item(conn: Connection, item_id: int) -> IncomingItemRow:
    """One incoming item; :class:`~kopingplan.errors.NotFound` if there is none."""
    return item_row(_by_id(conn, ITEM_COLUMNS, "incoming_items", INCOMING_KIND, item_id))


def set_incoming_case(conn: Connection, item_id: int, case_id: int | None) -> None:
    """Links the item to ``case_id`` (``None``: to no case)."""
    conn.execute("UPDATE incoming_items SET case_id = ? WHERE id = ?", (case_id, item_id))


def item_row(row: Sequence[Any]) -> IncomingItemRow:
    """An incoming item from a row of :data:`ITEM_COLUMNS`."""
    return IncomingItemRow(
        id=int(row[0]),
        package_id=row[1],
        received_at=from_sql_datetime(row[2]),
        source=row[3],
        sender_fingerprint=row[4],
        case_id=row[5],
        kind=row[6],
        reference=row[7],
        dated=row[8],
        title=row[9],
        text=row[10],
        details=json.loads(row[11]),
        attachment=None if row[12] is None else bytes(row[12]),
        sender_terms=model.SenderTerms(row[13], row[14], row[15]),
    )


def _where(equal: dict[str, Any]) -> tuple[str, list[Any]]:
    chosen = {column: value for column, value in equal.items() if value is not None}
    if not chosen:
        return "", []
    return " WHERE " + " AND ".join(f"{column} = ?" for column in chosen), list(chosen.values())


def exchange_counts(conn: Connection) -> dict[str, int]:
    """Rows per exchange table, for ``info`` beside repositories.counts(). Never content."""
    return {
        table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in EXCHANGE_TABLES
    }


# --- What an export reads -----------------------------------------------------------------------


def notes_of_case(conn: Connection, case_id: int) -> list[model.Note]:
    """A case's notes, oldest first (the order a reader follows)."""
    return mapping.select(conn, NOTES, "case_id = ?", (case_id,), order_by="written_at, id")


def note_of_case(conn: Connection, case_id: int, note_id: int) -> model.Note | None:
    """The note, if it belongs to the case."""
    note = mapping.find(conn, NOTES, note_id)
    return note if note is not None and note.case_id == case_id else None


def current_measures(conn: Connection, case_id: int) -> list[model.Measure]:
    """The measures of the case's current exit plan (none without a plan)."""
    plan = current_exit_plan(conn, case_id)
    if plan is None or plan.id is None:
        return []
    return mapping.select(conn, MEASURES, "plan_id = ?", (plan.id,), order_by="starts_on, id")


def measure_of_case(conn: Connection, case_id: int, measure_id: int) -> model.Measure | None:
    """The measure, if it belongs to one of the case's exit plans (any revision)."""
    found: list[model.Measure] = mapping.select(
        conn,
        MEASURES,
        "id = ? AND plan_id IN (SELECT id FROM exit_plans WHERE case_id = ?)",
        (measure_id, case_id),
    )
    return found[0] if found else None
