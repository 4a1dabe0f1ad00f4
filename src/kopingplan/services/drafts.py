"""Drafts: a form's or wizard's unsaved input, kept encrypted in the vault (never in a plain
file) until it is saved or discarded. Keyed by the form's kind and what it belongs to (see
:mod:`kopingplan.storage.drafts`); not audited, as typing is not an act on a record."""

from __future__ import annotations

from typing import Any

from kopingplan.services.session import Session
from kopingplan.storage import drafts, reading

__all__ = ["discard_draft", "list_drafts", "load_draft", "save_draft"]

# The stored draft of ``kind``/``ref``, or None; and (kind, ref, saved_at) of every draft,
# newest first.
load_draft = reading.query(drafts.load)
list_drafts = reading.query(drafts.listing)


def save_draft(session: Session, kind: str, ref: str, payload: dict[str, Any]) -> None:
    """Stores ``payload`` (JSON-safe values) in place of the draft kept for ``kind``/``ref``."""
    with session.vault.transaction() as conn:
        drafts.save(conn, kind, ref, payload)


def discard_draft(session: Session, kind: str, ref: str) -> None:
    with session.vault.transaction() as conn:
        drafts.discard(conn, kind, ref)
