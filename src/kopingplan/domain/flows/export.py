"""An export (utlämnande) as a wizard flow: who receives it, what leaves, and on whose decision.

The pages, in order: the recipients (verified ones only, chosen by id), the content (cases
and what of each leaves), the situation picture entries and attached briefs, the decision
(legal basis, who decided, in what role, for what purpose) and the preview. The flow holds
every choice, says each page's problems at once and builds :class:`ExportContent`, the plain
description of the export that the service turns into a package. It reads nothing from the
vault: lists to choose from are the GUI's (through the services), ids are what it keeps.

Attached briefs are kept as they were checked (an object with ``name`` and ``content``): the
flow only counts and orders them; the service checked their signature before they got here.
The vault's own attachments of the chosen cases that go with the package are kept by id
(``attachment_ids``); the service reads their bytes at the preview (issue 17).

A draft (:meth:`ExportFlow.to_draft`) keeps every choice by id, and of the attached briefs only
their names: their bytes stay out of the draft, so the reopened wizard asks for them again. A
brief so asked for is a problem of the situation page (where briefs are attached) until it is
attached again or left out on purpose (:meth:`ExportFlow.leave_out_brief`): the decision to
disclose covered it, so no package is made without it unseen.
What was deleted (or can no longer be chosen) meanwhile leaves the reopened flow
(:meth:`ExportFlow.keep_only`), which says what it left out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from kopingplan.domain import rules
from kopingplan.domain.flows.base import (
    CHOOSE_ONE,
    Flow,
    Problem,
    bool_from_draft,
    first,
    int_from_draft,
    required,
    text_from_draft,
)
from kopingplan.domain.model import DisclosureTerms
from kopingplan.errors import QT_TRANSLATE_NOOP

DRAFT_KIND = "export"

NO_RECIPIENT = QT_TRANSLATE_NOOP("Flows", "choose at least one recipient")
NOTHING_LEAVES = QT_TRANSLATE_NOOP(
    "Flows", "choose something that leaves: a case, a situation picture entry or a brief"
)
BRIEFS_MISSING = QT_TRANSLATE_NOOP(
    "Flows",
    "attach again each brief the draft had (a draft keeps no files), or remove it from the "
    "list if it is not to leave",
)


class AttachedFile(Protocol):
    """A checked, signed brief (the service's ``package.Attachment``)."""

    @property
    def name(self) -> str: ...

    @property
    def content(self) -> bytes: ...


@dataclasses.dataclass(frozen=True)
class CaseWhat:
    """What of a case leaves. Nothing but the case number unless chosen; the details are
    chosen at first."""

    details: bool = True  # title, level, orientation, status, dates, summary
    subjects: bool = False  # name, birth year and identity number of the case's subjects
    notes: bool = False  # all notes
    measures: bool = False  # the current exit plan's measures


@dataclasses.dataclass(frozen=True)
class CaseChoice:
    case_id: int
    what: CaseWhat


@dataclasses.dataclass(frozen=True)
class Available:
    """What a reopened draft may still choose (read from the vault when it is reopened)."""

    recipient_ids: Collection[int]
    case_ids: Collection[int]
    situation_entry_ids: Collection[int]
    attachment_ids: Collection[int]  # the files of the cases that stay
    legal_bases: Collection[str]  # codes


@dataclasses.dataclass(frozen=True)
class LeftOut:
    """What :meth:`ExportFlow.keep_only` left out of a reopened draft; ``briefs``: the names of
    the briefs that were attached (a draft keeps no file)."""

    recipients: int = 0
    cases: tuple[int, ...] = ()
    situation_entries: int = 0
    case_files: int = 0
    legal_basis: bool = False
    briefs: tuple[str, ...] = ()

    @property
    def gone(self) -> bool:
        """Whether anything chosen was deleted or can no longer be chosen."""
        return bool(
            self.recipients
            or self.cases
            or self.situation_entries
            or self.case_files
            or self.legal_basis
        )


@dataclasses.dataclass(frozen=True)
class ExportContent:
    """Everything the export is made of, trimmed and in the order chosen."""

    recipient_ids: tuple[int, ...]
    cases: tuple[CaseChoice, ...]
    situation_entry_ids: tuple[int, ...]
    attachments: tuple[Any, ...]  # AttachedFile, as the service checked them
    terms: DisclosureTerms  # the legal basis by a code of the legal bases list
    attachment_ids: tuple[int, ...] = ()  # the vault's attachments of the chosen cases


class ExportFlow(Flow):
    PAGES = ("recipients", "content", "situation", "decision", "preview")

    def __init__(
        self,
        case_ids: Iterable[int] = (),
        *,
        decided_by: str = "",
        today: date | None = None,
    ) -> None:
        super().__init__(today)
        self.recipient_ids: list[int] = []
        # Chosen cases in the order chosen; ``what`` applies to each case without a choice of
        # its own in ``what_of_case``.
        self.case_ids: list[int] = list(dict.fromkeys(case_ids))
        self.what = CaseWhat()
        self.what_of_case: dict[int, CaseWhat] = {}
        self.situation_entry_ids: list[int] = []
        self.attachments: list[Any] = []  # AttachedFile, in the order attached
        self.attachment_ids: list[int] = []  # the chosen cases' own attachments that go along
        # The decision as the page shows it, untrimmed (the legal basis by its code). The vault
        # owner usually decides; another name can be typed. Never remembered.
        self.terms = DisclosureTerms(
            legal_basis="", decided_by=decided_by, decided_by_role="", purpose=""
        )
        self.briefs_not_kept: tuple[str, ...] = ()  # names of a draft's briefs, to attach again

    # --- choices --------------------------------------------------------------------------------

    def choose_case(self, case_id: int, chosen: bool = True) -> None:
        if chosen:
            self.case_ids = list(dict.fromkeys([*self.case_ids, case_id]))
        elif case_id in self.case_ids:
            self.case_ids.remove(case_id)
            self.what_of_case.pop(case_id, None)

    def what_of(self, case_id: int) -> CaseWhat:
        return self.what_of_case.get(case_id, self.what)

    def cases(self) -> tuple[CaseChoice, ...]:
        return tuple(CaseChoice(case_id, self.what_of(case_id)) for case_id in self.case_ids)

    def attach(self, attachment: Any) -> None:
        self.attachments.append(attachment)
        # Attached again after a draft was reopened: no longer to be asked for.
        self.briefs_not_kept = tuple(n for n in self.briefs_not_kept if n != attachment.name)

    def leave_out_brief(self, name: str) -> bool:
        """A brief of the reopened draft is not to leave after all (the coordinator removed it
        from the list): no longer asked for."""
        kept = tuple(n for n in self.briefs_not_kept if n != name)
        changed = kept != self.briefs_not_kept
        self.briefs_not_kept = kept
        return changed

    def remove_attachment(self, index: int) -> bool:
        if 0 <= index < len(self.attachments):
            del self.attachments[index]
            return True
        return False

    @property
    def anything_leaves(self) -> bool:
        return bool(
            self.case_ids or self.situation_entry_ids or self.attachments or self.attachment_ids
        )

    # --- pages ----------------------------------------------------------------------------------

    @property
    def next_page(self) -> str | None:
        return None if self.is_last else self.PAGES[self.index + 1]

    def page_problems(self, page: str) -> list[Problem]:
        if page == "recipients":
            return [] if self.recipient_ids else [Problem("recipient_ids", NO_RECIPIENT)]
        if page == "situation":
            return first(
                None if self.anything_leaves else Problem("situation_entry_ids", NOTHING_LEAVES),
                Problem("briefs_not_kept", BRIEFS_MISSING) if self.briefs_not_kept else None,
            )
        if page == "decision":
            terms = self.terms
            return first(
                None if terms.legal_basis else Problem("legal_basis", CHOOSE_ONE),
                required("decided_by", terms.decided_by),
                required("decided_by_role", terms.decided_by_role),
                required("purpose", terms.purpose),
            )
        return []  # content (no case is needed beside entries or a brief) and preview

    # --- drafts ---------------------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        """Every choice, JSON-safe; the attached briefs by name only (their bytes never go
        into a draft)."""
        terms = self.terms
        return self._draft_envelope(
            {
                "recipient_ids": list(self.recipient_ids),
                "case_ids": list(self.case_ids),
                "what": _what_to_draft(self.what),
                "what_of_case": [
                    {"case_id": case_id, **_what_to_draft(what)}
                    for case_id, what in self.what_of_case.items()
                ],
                "situation_entry_ids": list(self.situation_entry_ids),
                "attachment_ids": list(self.attachment_ids),
                "briefs": [
                    *self.briefs_not_kept,
                    *(str(attachment.name) for attachment in self.attachments),
                ],
                "terms": {
                    "legal_basis": terms.legal_basis,
                    "legal_basis_note": terms.legal_basis_note,
                    "decided_by": terms.decided_by,
                    "decided_by_role": terms.decided_by_role,
                    "purpose": terms.purpose,
                },
            }
        )

    @classmethod
    def from_draft(
        cls, payload: Mapping[str, Any], *, decided_by: str = "", today: date | None = None
    ) -> ExportFlow:
        """The flow a draft was saved from, on its page (or the first before it with a
        problem). Broken values are dropped, never raised."""
        fields = cls._draft_fields(payload)
        flow = cls(_ids(fields.get("case_ids")), decided_by=decided_by, today=today)
        flow.recipient_ids = _ids(fields.get("recipient_ids"))
        flow.what = _what_from_draft(fields.get("what"))
        for entry in _dicts(fields.get("what_of_case")):
            case_id = int_from_draft(entry.get("case_id"))
            if case_id in flow.case_ids:
                flow.what_of_case[case_id] = _what_from_draft(entry)
        flow.situation_entry_ids = _ids(fields.get("situation_entry_ids"))
        flow.attachment_ids = _ids(fields.get("attachment_ids"))
        briefs = fields.get("briefs")
        flow.briefs_not_kept = tuple(
            name for name in (briefs if isinstance(briefs, list) else []) if isinstance(name, str)
        )
        terms = fields.get("terms")
        terms = terms if isinstance(terms, dict) else {}
        flow.terms = DisclosureTerms(
            legal_basis=text_from_draft(terms.get("legal_basis")),
            legal_basis_note=text_from_draft(terms.get("legal_basis_note")),
            decided_by=text_from_draft(terms.get("decided_by", decided_by)),
            decided_by_role=text_from_draft(terms.get("decided_by_role")),
            purpose=text_from_draft(terms.get("purpose")),
        )
        flow.go_to(flow.resume_page(text_from_draft(payload.get("page"))))
        return flow

    def keep_only(self, available: Available) -> LeftOut:
        """Leaves out what was deleted, or can no longer be chosen, since the draft was saved,
        and moves back to the first page that now has a problem; says what it left out."""
        recipients = [i for i in self.recipient_ids if i in available.recipient_ids]
        cases = [i for i in self.case_ids if i in available.case_ids]
        entries = [i for i in self.situation_entry_ids if i in available.situation_entry_ids]
        files = [i for i in self.attachment_ids if i in available.attachment_ids]
        basis = self.terms.legal_basis
        basis_gone = bool(basis) and basis not in available.legal_bases
        left = LeftOut(
            recipients=len(self.recipient_ids) - len(recipients),
            cases=tuple(i for i in self.case_ids if i not in cases),
            situation_entries=len(self.situation_entry_ids) - len(entries),
            case_files=len(self.attachment_ids) - len(files),
            legal_basis=basis_gone,
            briefs=self.briefs_not_kept,
        )
        self.recipient_ids, self.situation_entry_ids, self.attachment_ids = (
            recipients,
            entries,
            files,
        )
        for case_id in left.cases:
            self.choose_case(case_id, chosen=False)
        if basis_gone:
            self.terms = dataclasses.replace(self.terms, legal_basis="")
        self.go_to(self.resume_page(self.page))
        return left

    # --- the end --------------------------------------------------------------------------------

    def content(self) -> ExportContent:
        """What the export is made of. Asked for only once :meth:`problems` is empty; the
        service checks it all again (a recipient may have changed meanwhile)."""
        found = self.problems()
        if found:
            raise ValueError(f"the export is not complete: {found[0].field}")
        text, terms = rules.normalise_text, self.terms
        return ExportContent(
            recipient_ids=tuple(dict.fromkeys(self.recipient_ids)),
            cases=self.cases(),
            situation_entry_ids=tuple(dict.fromkeys(self.situation_entry_ids)),
            attachments=tuple(self.attachments),
            terms=DisclosureTerms(
                legal_basis=terms.legal_basis,
                legal_basis_note=text(terms.legal_basis_note),
                decided_by=text(terms.decided_by),
                decided_by_role=text(terms.decided_by_role),
                purpose=text(terms.purpose),
            ),
            attachment_ids=tuple(dict.fromkeys(self.attachment_ids)),
        )


def case_ids_in_draft(payload: Mapping[str, Any]) -> list[int]:
    """The cases a stored draft (:meth:`ExportFlow.to_draft`) names: those chosen, and any
    with a choice of its own (a draft changed by hand may name one only there)."""
    fields = ExportFlow._draft_fields(payload)
    of_their_own = (int_from_draft(e.get("case_id")) for e in _dicts(fields.get("what_of_case")))
    named = [*_ids(fields.get("case_ids")), *(i for i in of_their_own if i is not None)]
    return list(dict.fromkeys(named))


def _what_to_draft(what: CaseWhat) -> dict[str, bool]:
    return dataclasses.asdict(what)


def _what_from_draft(value: Any) -> CaseWhat:
    if not isinstance(value, dict):
        return CaseWhat()
    return CaseWhat(
        **{
            name: bool_from_draft(value.get(name, default))
            for name, default in dataclasses.asdict(CaseWhat()).items()
        }
    )


def _ids(value: Any) -> list[int]:
    found = (int_from_draft(i) for i in (value if isinstance(value, list) else []))
    return list(dict.fromkeys(i for i in found if i is not None))


def _dicts(value: Any) -> list[dict[str, Any]]:
    entries = value if isinstance(value, list) else []
    return [entry for entry in entries if isinstance(entry, dict)]


__all__ = [
    "BRIEFS_MISSING",
    "DRAFT_KIND",
    "NOTHING_LEAVES",
    "NO_RECIPIENT",
    "AttachedFile",
    "Available",
    "CaseChoice",
    "CaseWhat",
    "ExportContent",
    "ExportFlow",
    "LeftOut",
    "case_ids_in_draft",
]
