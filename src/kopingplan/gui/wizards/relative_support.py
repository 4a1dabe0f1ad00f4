"""The relative-support wizard (anhörigstöd): a first contact or a later one in a thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kopingplan.domain import model as m
from kopingplan.domain.flows import RelativeSupportFlow
from kopingplan.domain.flows.relative_support import DRAFT_KIND
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.wizards.base import FlowWizard
from kopingplan.gui.wizards.relative_support_pages import PAGES
from kopingplan.gui.wizards.summary import Names
from kopingplan.services import cases, relative_support
from kopingplan.services.cases import CaseFilter

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class RelativeSupportWizard(FlowWizard):
    """Opened from the main window (no case) or from a case."""

    DRAFT_KIND = DRAFT_KIND
    PAGES = PAGES

    def __init__(
        self,
        session: Session,
        case_id: int | None = None,
        parent: QWidget | None = None,
        *,
        resume: bool = False,
    ) -> None:
        flow = relative_support.start_flow(session, case_id)
        ref = relative_support.draft_ref(case_id)
        super().__init__(session, flow, ref, parent, resume=resume)
        self.case_id = case_id
        self.result_contact: relative_support.SavedContact | None = None
        self.threads = relative_support.threads(session)
        if case_id is not None:  # the case's own threads first
            self.threads.sort(key=lambda row: row.thread.case_id != case_id)
        self._threads = {row.thread.id: row.thread for row in self.threads}
        self.organisations = relative_support.organisations(session)
        self.people = relative_support.people(session)
        self.names = Names(
            organisations={c.id: c.label for c in self.organisations},
            people={c.id: c.label for c in self.people},
            threads={row.thread.id or 0: self.thread_label(row) for row in self.threads},
        )
        self.add_pages()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Support to a relative"))

    # --- look-ups for the pages

    def thread_by_id(self, thread_id: Any) -> m.RelativeSupport | None:
        return self._threads.get(thread_id) if isinstance(thread_id, int) else None

    def thread_label(self, row: relative_support.ThreadRow) -> str:
        thread = row.thread
        who = row.person_name or self.tr("“{pseudonym}” (anonymous)").format(
            pseudonym=thread.pseudonym
        )
        last = row.last_contact_at.date() if row.last_contact_at else thread.opened_on
        return self.tr("{who} – {relation}, last contact {day}").format(
            who=who, relation=thread.relation, day=format_date(last)
        )

    def case_label(self, case_id: int | None) -> str:
        if case_id is None:
            return ""
        if case_id not in self.names.cases:
            case = unlocked(self.session).get(m.Case, case_id)
            self.names.cases[case_id] = self._case_text(case_id, case.title, case.level)
        return self.names.cases[case_id]

    def _case_text(self, case_id: int, title: str, level: m.Level) -> str:
        return self.tr("#{number} {title} ({level})").format(
            number=case_id, title=title, level=labels.level(level)
        )

    def find_cases(self, text: str, limit: int, keep: int | None) -> list[tuple[int, str]]:
        """Cases whose title or number matches ``text`` (the newest when it is empty); the
        case ``keep`` is always among them, first."""
        if text.strip():
            rows = cases.list_cases(unlocked(self.session), CaseFilter(text=text), limit=limit)
        else:
            rows = cases.list_cases(
                unlocked(self.session), sort="opened_on", descending=True, limit=limit
            )
        found = []
        for row in rows:
            self.names.cases[row.id] = self._case_text(row.id, row.title, row.level)
            found.append((row.id, self.names.cases[row.id]))
        if keep is not None and all(case_id != keep for case_id, _ in found):
            found.insert(0, (keep, self.case_label(keep)))
        return found

    # --- the flow

    def flow_from_draft(self, payload: dict[str, Any]) -> RelativeSupportFlow:
        return RelativeSupportFlow.from_draft(
            payload, case_id=self.case_id, thread=self.thread_by_id
        )

    def store_records(self) -> None:
        records = self.flow.build()
        self.result_contact = relative_support.save_contact(
            unlocked(self.session), records, draft=self.draft_ref
        )
