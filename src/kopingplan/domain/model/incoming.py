"""Information received from outside (the police liaison's packages): one piece of it as the
package holds it, and the sender's terms for handing it over. The stored incoming item
(storage/repositories/exchange.py) is such a record with where and when it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class IncomingRecord:
    """One piece of incoming information as the package gave it (exchange/content.py reads it)."""

    kind: str  # "case", "note", "measure", "situation", "message", "attachment"
    text: str
    title: str = ""
    reference: str = ""  # the sender's case number or reference
    dated: str = ""  # a day or an instant, ISO 8601, as the sender gave it
    details: dict[str, Any] = field(default_factory=dict)
    attachment: bytes | None = None


@dataclass(frozen=True)
class SenderTerms:
    """The sender's own record of a disclosure to us, as its package gave it (schema v9): the
    legal basis it named, who decided ("name, role") and the purpose. Each is "" when the
    package did not give it (a hand-made package often gives none) or the item was received
    before schema v9. Read from the package, kept with every incoming item it brought."""

    legal_basis: str = ""
    decided_by: str = ""
    purpose: str = ""
