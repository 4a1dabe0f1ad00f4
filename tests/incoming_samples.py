"""Incoming items as an import leaves them, for the tests of what is done with one afterwards
(issue 16): a case, a message without a case and an attached PDF without a case."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kopingplan.domain import model as m
from kopingplan.services.session import Session
from kopingplan.storage.repositories import exchange as exchange_repo

NOW = datetime(2026, 11, 3, 9, 30, tzinfo=UTC)
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def add_items(session: Session) -> tuple[int, int, int]:
    """A case, a message without a case and an attached PDF without a case."""
    case = session.save(m.Case("Ängen", m.Level.SPECIFIC, m.Orientation.RIGHT, date(2026, 10, 1)))
    with session.vault.transaction() as conn:
        exchange_repo.insert_imported_package(
            conn, package_id="p-1", content_sha256="cd" * 32, sender_fingerprint="F",
            created_at=NOW.isoformat(), imported_at=NOW, items=2,
        )  # fmt: skip
        ids = [
            exchange_repo.insert_incoming_item(
                conn,
                exchange_repo.IncomingItemRow(
                    package_id="p-1",
                    received_at=NOW,
                    source="Kontaktpolis Karin Berg",
                    sender_fingerprint="F",
                    kind=kind,
                    text=text,
                    title=title,
                    attachment=attachment,
                ),
            )
            for kind, title, text, attachment in (
                ("message", "", "Hör av dig om Elias Nordin.", None),
                ("attachment", "Elias Nordin förhör.pdf", "", PDF),
            )
        ]
    return int(case.id or 0), ids[0], ids[1]
