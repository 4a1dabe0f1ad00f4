"""Earlier versions of a corrected concern in the register extract (art. 16, issue 17).

A concern's intake can be corrected (services/concerns.py, ``correct_intake``); the extract
holds each earlier version as a part of its own (``concern_version:N``) under the concern, as it
does for notes and contacts: the day it came in, how, what was said, and why it was corrected.
Who raised it is left out, as for the concern itself in a case: it is another person's detail.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kopingplan.briefs import extract as ex
from kopingplan.briefs import labels
from kopingplan.briefs.document import Facts, Text
from kopingplan.domain import model as m
from kopingplan.services.session import Session
from kopingplan.storage.repositories import extract as repo


def _when(value: str) -> str:
    try:
        return labels.day(date.fromisoformat(value)) if value else ""
    except ValueError:
        return value


def with_concern_versions(session: Session, material: ex.ExtractMaterial) -> ex.ExtractMaterial:
    """``material`` with each concern's earlier versions right after the concern's part."""
    concern_ids = [int(p.id.partition(":")[2]) for p in material.parts if p.kind == "concern"]
    if not concern_ids:
        return material
    with session.vault.read() as conn:
        found = repo.versions(conn, "concern_versions", concern_ids)
    if not found:
        return material
    parts: list[ex.ExtractPart] = []
    for part in material.parts:
        parts.append(part)
        if part.kind != "concern":
            continue
        for version_id, at, _by, reason, content in found.get(int(part.id.partition(":")[2]), []):
            words = str(content.get("description", ""))
            channel = str(content.get("channel", ""))
            rows = (
                ("Oro som kom in", _when(str(content.get("received_on", "")))),
                ("Hur", labels.word(m.ConcernChannel(channel)) if channel else ""),
                ("Vad", words),
                ("Skäl för rättelse", reason),
            )
            when = f"{labels.day(labels.local(at).date())} {labels.clock(at)}"
            parts.append(
                ex.ExtractPart(
                    f"concern_version:{version_id}",
                    part.section,
                    f"Tidigare version: {' '.join(words.split())[:80]}",
                    (
                        Text(f"Tidigare version, ersatt {when}", "muted"),
                        Facts(tuple((k, v) for k, v in rows if v)),
                    ),
                    tuple(t for t in (words, reason) if t.strip()),
                    part.id,
                )
            )
    return replace(material, parts=tuple(parts))
