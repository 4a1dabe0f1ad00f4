"""The cases a draft of a disclosure names, read from the draft as it is stored.

A disclosure being prepared (an export in its wizard, an oral disclosure in its dialog) is kept
as a draft under the key of the window it was begun from, often ``new`` (the Utlämnanden
section), which names no case. The cases it names are in the draft itself: the export flow's
``case_ids`` (:meth:`~kopingplan.domain.flows.export.ExportFlow.to_draft`), the oral dialog's
case numbers as typed. :func:`cases_named` reads them, so that deleting a case can take every
draft about it (:func:`kopingplan.storage.drafts.delete_orphans`), and one about a deleted case
is neither stored again nor offered (:func:`kopingplan.storage.drafts.save`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kopingplan.domain.flows.export import DRAFT_KIND as EXPORT_DRAFT_KIND
from kopingplan.domain.flows.export import case_ids_in_draft

ORAL_DRAFT_KIND = "oral_disclosure"
KINDS = (EXPORT_DRAFT_KIND, ORAL_DRAFT_KIND)

# Case numbers separated by commas (a trailing comma allowed), or nothing; matched against the
# text without the spaces around it. With them in the pattern (a \s* before the numbers and one
# after, either of which may take a run of spaces when no number is typed), a case field of
# 100,000 spaces and a letter took 41 s to refuse, at a lock's draft or a case's deletion.
_CASE_NUMBERS = re.compile(r"(\d{1,9}(\s*,\s*\d{1,9})*)?\s*,?")


def typed_case_numbers(text: str) -> tuple[int, ...] | None:
    """The case numbers typed (each once, in order), or None when ``text`` is not a list of
    numbers separated by commas."""
    if not _CASE_NUMBERS.fullmatch(text.strip()):
        return None
    return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", text)))


def cases_named(kind: str, payload: Any) -> tuple[int, ...]:
    """The case ids a stored draft of ``kind`` names; () for another kind, or a draft that
    names none or cannot be read (a damaged draft is the wizard's to open as it can)."""
    if not isinstance(payload, Mapping):
        return ()
    if kind == EXPORT_DRAFT_KIND:
        return tuple(case_ids_in_draft(payload))
    if kind == ORAL_DRAFT_KIND:
        values = payload.get("values")
        typed = values.get("cases") if isinstance(values, Mapping) else None
        return (typed_case_numbers(typed) or ()) if isinstance(typed, str) else ()
    return ()


def oral_naming_only(payload: Mapping[str, Any], known: set[int]) -> dict[str, Any]:
    """An oral disclosure's draft with the typed case numbers that are not in ``known`` taken
    out of its case field, the rest as it was. A number typed by mistake must not cost the
    coordinator what was written with it (what was said, the purpose) at a lock; the draft
    keeps it without the number, and the dialog asks for the case again."""
    values = payload.get("values")
    typed = values.get("cases") if isinstance(values, Mapping) else None
    numbers = typed_case_numbers(typed) if isinstance(typed, str) else None
    if not numbers or known.issuperset(numbers):
        return dict(payload)
    assert isinstance(values, Mapping)
    kept = ", ".join(str(number) for number in numbers if number in known)
    return {**payload, "values": {**values, "cases": kept}}


__all__ = ["KINDS", "ORAL_DRAFT_KIND", "cases_named", "oral_naming_only", "typed_case_numbers"]
