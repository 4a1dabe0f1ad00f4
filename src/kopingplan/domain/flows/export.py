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
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from typing import Any, Protocol

from kopingplan.domain import rules
from kopingplan.domain.flows.base import CHOOSE_ONE, Flow, Problem, first, required
from kopingplan.domain.model import DisclosureTerms
from kopingplan.errors import QT_TRANSLATE_NOOP

NO_RECIPIENT = QT_TRANSLATE_NOOP("Flows", "choose at least one recipient")
NOTHING_LEAVES = QT_TRANSLATE_NOOP(
    "Flows", "choose something that leaves: a case, a situation picture entry or a brief"
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
            return [] if self.anything_leaves else [Problem("situation_entry_ids", NOTHING_LEAVES)]
        if page == "decision":
            terms = self.terms
            return first(
                None if terms.legal_basis else Problem("legal_basis", CHOOSE_ONE),
                required("decided_by", terms.decided_by),
                required("decided_by_role", terms.decided_by_role),
                required("purpose", terms.purpose),
            )
        return []  # content (no case is needed beside entries or a brief) and preview

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


__all__ = [
    "NOTHING_LEAVES",
    "NO_RECIPIENT",
    "AttachedFile",
    "CaseChoice",
    "CaseWhat",
    "ExportContent",
    "ExportFlow",
]
