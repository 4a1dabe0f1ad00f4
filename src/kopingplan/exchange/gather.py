"""Reads from the vault what an export hands over, and only that.

Each part of a case is read only when the coordinator chose it (:class:`CasePart`), so what an
export leaves out is not even loaded. Also makes the disclosure record's description of what
left: kinds and numbers, never the content.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.exchange import content, package
from kopingplan.exchange import errors as ex
from kopingplan.storage import mapping, repositories
from kopingplan.storage.repositories import exchange as repo

T = TypeVar("T")


@dataclass(frozen=True)
class CasePart:
    """What of one case leaves. Nothing but the case number unless chosen."""

    case_id: int
    details: bool = True  # title, level, orientation, status, dates, summary
    subjects: bool = False  # name, birth year and identity number of the case's subjects
    all_notes: bool = False
    note_ids: tuple[int, ...] = ()
    all_measures: bool = False  # those of the current exit plan
    measure_ids: tuple[int, ...] = ()


def unique_parts(parts: Sequence[CasePart]) -> list[CasePart]:
    """Each case once, in the order chosen; a case chosen twice keeps its first choice."""
    chosen: dict[int, CasePart] = {}
    for part in parts:
        chosen.setdefault(part.case_id, part)
    return list(chosen.values())


@dataclass(frozen=True)
class _Records(Generic[T]):
    """How a case's records of one kind are read: all that go with the case, or one of them
    (None if it is not the case's)."""

    of_case: Callable[[Any, int], list[T]]
    one_of_case: Callable[[Any, int, int], T | None]
    kind: str  # for NotFound


_NOTES = _Records(repo.notes_of_case, repo.note_of_case, repositories.NOTES.kind)
_MEASURES = _Records(repo.current_measures, repo.measure_of_case, repositories.MEASURES.kind)


def _chosen(
    conn: Any, case_id: int, every: bool, ids: Sequence[int], records: _Records[T]
) -> list[T] | None:
    """All of the case's records of a kind (``every``), the chosen ones, or None (none of that
    kind leaves). A chosen record of another case is :class:`errors.NotFound` here."""
    if every:
        return records.of_case(conn, case_id)
    if not ids:
        return None
    chosen = []
    for record_id in dict.fromkeys(ids):
        record = records.one_of_case(conn, case_id, record_id)
        if record is None:
            raise errors.NotFound(kind=records.kind, id=record_id)
        chosen.append(record)
    return chosen


def case_entry(conn: Any, part: CasePart, counts: dict[str, int]) -> dict[str, Any]:
    """The case's entry in data.json; adds what it holds to ``counts``."""
    case = mapping.get(conn, repositories.CASES, part.case_id)
    subjects = None
    if part.subjects:
        subjects = [
            person
            for participant, person in repositories.participants(conn, part.case_id)
            if participant.role is model.CaseRole.SUBJECT
        ]
        counts["subjects"] += len(subjects)
    notes = _chosen(conn, part.case_id, part.all_notes, part.note_ids, _NOTES)
    measures = _chosen(conn, part.case_id, part.all_measures, part.measure_ids, _MEASURES)
    counts["cases"] += 1
    counts["case_details"] += int(part.details)
    counts["notes"] += len(notes or ())
    counts["measures"] += len(measures or ())
    return content.case_entry(
        case, details=part.details, subjects=subjects, notes=notes, measures=measures
    )


def attachments(given: Sequence[package.Attachment]) -> tuple[package.Attachment, ...]:
    """The files as they go into the package: of a kind the vault accepts (by content), each
    under a safe name of its own with its kind's extension, within the package's limits."""
    chosen: list[package.Attachment] = []
    taken: set[str] = set()
    for attachment in given:
        kind = attachment.kind
        if kind is None:
            raise ex.AttachmentNotSendable(name=attachment.name)
        name = package.safe_attachment_name(attachment.name, kind)
        (stem, extension), number = package.split_name(name), 2
        while name.casefold() in taken:
            name, number = f"{stem}-{number}{extension}", number + 1
        taken.add(name.casefold())
        chosen.append(package.Attachment(name, attachment.content))
    package.check_fits(chosen)
    return tuple(chosen)


def case_file_words(attachment_id: int | None, kind_word: str) -> str:
    """A case's own file in the disclosure record: its number and kind (in Swedish words),
    never its name (a name like "Anmälan-Anna-Svensson.docx" would outlive the case in the
    register)."""
    return f"ärendets bilaga {attachment_id} ({kind_word})"


def brief_words(document_id: str = "", copy: int | None = None, copies: int = 1) -> str:
    """An attached signed brief in the disclosure record: its document id and copy as the
    log recorded them (none for a file the log does not know), never its file name."""
    if not document_id:
        return "signerat underlag (PDF)"
    mark = "" if copy is None else f" (exemplar {copy} av {copies})"
    return f"signerat underlag {document_id}{mark}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def description(
    case_ids: Sequence[int], counts: Mapping[str, int], files: Sequence[str], message: bool
) -> str:
    """The disclosure record's "what" in Swedish (the record is a Swedish document): numbers
    and kinds, never the content. ``files``: each attached file in words
    (:func:`brief_words`, :func:`case_file_words`), never its name."""
    parts = []
    if case_ids:
        kinds = ["ärendeuppgifter"] if counts["case_details"] else []
        kinds.append(_plural(counts["notes"], "anteckning", "anteckningar"))
        kinds.append(_plural(counts["measures"], "åtgärd", "åtgärder"))
        if counts["subjects"]:
            kinds.append(_plural(counts["subjects"], "persons uppgifter", "personers uppgifter"))
        numbers = ", ".join(str(i) for i in case_ids)
        parts.append(
            f"{_plural(len(case_ids), 'ärende', 'ärenden')} ({numbers}): " + ", ".join(kinds)
        )
    if counts["situation_entries"]:
        parts.append(_plural(counts["situation_entries"], "lägesbildspost", "lägesbildsposter"))
    if files:
        parts.append("bilagor: " + ", ".join(files))
    if message:
        parts.append("följebrev")
    return "; ".join(parts)
