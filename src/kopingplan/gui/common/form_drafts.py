"""A record form's draft in the vault: its values read back, kept at a lock, and discarded.

A failure is logged without content and never stops the form: the lock must happen anyway, and
a draft that cannot be read only means the form starts from the record.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from kopingplan.errors import log_failure
from kopingplan.services import drafts as draft_store

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)


def draft_values(session: Session, kind: str, ref: str) -> dict[str, Any] | None:
    """The values of the draft kept for ``kind``/``ref``; None when there is none."""
    try:
        payload = draft_store.load_draft(session, kind, ref)
    except Exception:
        log_failure(_log, "A draft could not be read")
        return None
    values = payload.get("values") if isinstance(payload, dict) else None
    return values if isinstance(values, dict) else None


def keep_draft(session: Session, kind: str, ref: str, values: dict[str, Any]) -> None:
    """Stores a form's values as its draft; raises when they cannot be kept (a full disk), for
    the lock to say so (``drafts.keep_open_forms``)."""
    draft_store.save_draft(session, kind, ref, {"values": values})


def forget_draft(session: Session, kind: str, ref: str) -> None:
    try:
        draft_store.discard_draft(session, kind, ref)
    except Exception:
        log_failure(_log, "A draft could not be discarded")
