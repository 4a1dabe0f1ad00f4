"""An incoming item in the register extract: the sender's terms, said plainly when the item came
before they were recorded (schema v9), and the item's link history (issue 16).

An incoming item is in a person's extract when it is linked to a case the person is in
(services/extract_gather.py); its links, moves and unlinks go with it, each as a part of its own
(``incoming_link:N``) under the item, as a note's earlier versions do: when, from which case to
which, and why. Who made the change is left out, as for a case's level history. Swedish, as the
extract is.
"""

from __future__ import annotations

from dataclasses import replace

from kopingplan.briefs import extract as ex
from kopingplan.briefs import labels
from kopingplan.briefs.document import Text
from kopingplan.services.session import Session
from kopingplan.storage.repositories import incoming_links
from kopingplan.storage.repositories.extract import IncomingRow
from kopingplan.storage.repositories.incoming_links import LinkChange

NOT_GIVEN = "ej angivet (mottaget innan detta registrerades)"
KIND = "incoming_item"


def sender_terms(item: IncomingRow) -> tuple[tuple[str, str], ...]:
    """The sender's legal basis, decider and purpose, each :data:`NOT_GIVEN` when empty."""
    terms = item.sender_terms
    return (
        ("Avsändarens rättsliga grund", terms.legal_basis or NOT_GIVEN),
        ("Beslutat av", terms.decided_by or NOT_GIVEN),
        ("Ändamål", terms.purpose or NOT_GIVEN),
    )


def moved(change: LinkChange) -> str:
    """What one change did, in the extract's words."""
    if change.from_case is None:
        return f"Kopplad till ärende {change.to_case}"
    if change.to_case is None:
        return f"Kopplad bort från ärende {change.from_case}"
    return f"Flyttad från ärende {change.from_case} till ärende {change.to_case}"


def _part(change: LinkChange, item: ex.ExtractPart) -> ex.ExtractPart:
    when = f"{labels.day(labels.local(change.changed_at).date())} {labels.clock(change.changed_at)}"
    line = " · ".join([f"Koppling {when}", *([f"Skäl: {change.reason}"] if change.reason else [])])
    return ex.ExtractPart(
        f"incoming_link:{change.id}",
        item.section,
        f"Koppling {when}: {moved(change)}",
        (Text(line, "muted"), Text(moved(change))),
        tuple(t for t in (change.reason,) if t.strip()),
        item.id,
    )


def with_link_history(session: Session, material: ex.ExtractMaterial) -> ex.ExtractMaterial:
    """``material`` with each incoming item's link history right after the item's part (an item
    not in the extract brings none)."""
    item_ids = [int(p.id.partition(":")[2]) for p in material.parts if p.kind == KIND]
    if not item_ids:
        return material
    with session.vault.read() as conn:
        found = incoming_links.link_history(conn, item_ids)
    if not found:
        return material
    parts: list[ex.ExtractPart] = []
    for part in material.parts:
        parts.append(part)
        if part.kind == KIND:
            parts += [_part(c, part) for c in found.get(int(part.id.partition(":")[2]), [])]
    return replace(material, parts=tuple(parts))
