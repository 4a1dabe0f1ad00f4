"""The "To do" section: follow-ups, measures, meeting actions, calls to return, concerns to
screen and incidents to follow up that are due, overdue first. An overdue item says so in words
("3 days overdue") beside a warning sign and is red; only the most urgent (the longest overdue)
is bold, so it stands out. Enter or a double-click opens the case an item belongs to (a concern
or an incident opens its own form); "Mark done…" asks for a short outcome and records it
through ``services.follow_ups.mark_done`` (for an incident, as a follow-up support entry).

The list is bounded by the service (at most 1,000 items per kind, due on or before the chosen
day), so it is read whole. Marking done is offered only when the follow-up service is there
(it is built apart); without it the button is hidden.
"""

from __future__ import annotations

import importlib
import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.domain import model, rules
from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_model import format_date, triage_words
from kopingplan.gui.common import drafts, labels
from kopingplan.gui.common.changes import hub_of
from kopingplan.gui.common.icons import icon
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_support import (
    EmptyHint,
    save_table,
    select_first_row,
    select_row,
    setup_table,
)
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.paged_model import ROW_ROLE, Column, PagedTableModel
from kopingplan.gui.common.record_form import RecordDialog, set_date, to_date
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.common.tasks import app_runner
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.shell.sections import section_index
from kopingplan.services import triage
from kopingplan.services.changes import Changes
from kopingplan.services.follow_ups import case_titles
from kopingplan.services.follow_ups import due_items as every_due_item

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_todo_done import Ui_MarkDoneDialog
    from kopingplan.gui.forms.ui_todo_page import Ui_TodoPage
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

# The choices of "Due until": days from today (None: everything already planned).
HORIZONS = (0, 7, 30, 365)


def follow_ups() -> Any:
    """``kopingplan.services.follow_ups`` if it is there (it is built apart)."""
    try:
        return importlib.import_module("kopingplan.services.follow_ups")
    except ImportError:
        return None


def due_items(session: Session, until: date) -> list[Any]:
    service = follow_ups()
    if service is not None and hasattr(service, "due"):
        return list(service.due(session, until))
    return list(every_due_item(session, until))


class DueList(NamedTuple):
    """What the list shows: the items in their order, each case's triage marks and title."""

    items: list[Any]
    marks: dict[int, tuple[Any, tuple[Any, ...]]]  # case: (priority, flags)
    titles: dict[int, str]


def read_due(session: Session, until: date) -> DueList:
    """The due items up to ``until`` with what the list shows of their cases, read in three
    queries (on the worker: no widget is touched here)."""
    items = due_items(session, until)
    cases = [item.case_id for item in items if item.case_id is not None]
    marks = dict(triage.case_marks(session, cases))
    return DueList(triage_first(items, marks), marks, case_titles(session, items))


def triage_first(items: list[Any], marks: dict[int, Any]) -> list[Any]:
    """Items of cases with high priority, then of flagged cases, come first; low-priority
    cases' last; the due order holds within each (triage, issue 17)."""

    def rank(item: Any) -> int:
        priority, flags = marks.get(item.case_id, (model.Priority.NORMAL, ()))
        if priority == model.Priority.HIGH:
            return 0
        if flags:
            return 1
        return 3 if priority == model.Priority.LOW else 2

    return sorted(items, key=rank)


SECTION_INDEX = section_index("todo")
WHEN_COLUMN = 1  # "3 days overdue", with the warning sign


class TodoPage(Retranslating, QWidget):
    caseActivated = Signal(int)
    concernActivated = Signal(int)  # an open concern: its form, to screen it
    incidentActivated = Signal(int)  # an incident's follow-up: the incident's form
    agreementActivated = Signal(int)  # an agreement ending: its organisation's window
    partnerContactActivated = Signal(int)  # a contact outside cases: its organisation's window
    notice = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_TodoPage = setup_form("todo_page", self)
        self.session: Session | None = session
        self._items: list[Any] = []
        self._titles: dict[int, str] = {}
        self._marks: dict[int, tuple[Any, tuple[Any, ...]]] = {}  # case: (priority, flags)
        self.done_window: OneWindow[MarkDoneDialog] = OneWindow()
        ui = self.ui
        self._most_urgent: date | None = None  # the due day of the longest overdue items
        self.model = PagedTableModel(
            self._columns(),
            self,
            attention=lambda item: item.overdue,
            emphasis=lambda item: item.overdue and item.due_on == self._most_urgent,
            decoration=lambda item, column: (
                icon("overdue") if item.overdue and column == WHEN_COLUMN else None
            ),
        )
        setup_table(ui.todoTable, self.model, [95, 160, 130, 360, 260], "todo", stretch=3)
        open_only(ui.todoTable, self._activated)
        ui.openCaseButton.clicked.connect(self.open_current_case)
        ui.doneButton.clicked.connect(self.mark_current_done)
        service = follow_ups()
        ui.doneButton.setVisible(service is not None and hasattr(service, "mark_done"))
        self._fill_horizons()
        ui.untilCombo.setCurrentIndex(1)  # the coming week: what the coordinator plans by
        ui.untilCombo.currentIndexChanged.connect(self.refresh)
        self.refresh()
        self.empty_hint = EmptyHint(
            ui.todoTable,
            lambda: self.tr(
                "Nothing is due in this period. Follow-ups, measures and meeting actions show "
                "here when they are due."
            ),
        )

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Due"), lambda i: format_date(i.due_on)),
            Column(lambda: self.tr("When"), self._when),
            Column(lambda: self.tr("Kind"), lambda i: labels.due_kind(i.kind)),
            Column(lambda: self.tr("What"), lambda i: " ".join(i.description.split())),
            Column(lambda: self.tr("Case"), self._case_text),
        ]

    def _when(self, item: Any) -> str:
        days = (date.today() - item.due_on).days
        if days > 0:
            return self.tr("%n day(s) overdue", "", days)
        return self.tr("today") if days == 0 else ""

    def _case_text(self, item: Any) -> str:
        if item.case_id is None:
            return ""
        text = f"{item.case_id} {self._titles.get(item.case_id, '')}".strip()
        mark = self._marks.get(item.case_id)
        words = triage_words(*mark) if mark else ""
        return labels.with_kind(text, words)

    def _fill_horizons(self) -> None:
        refill_choices(
            self.ui.untilCombo,
            [
                (self.tr("Today"), 0),
                (self.tr("The coming week"), 7),
                (self.tr("The coming 30 days"), 30),
                (self.tr("The coming year"), 365),
            ],
        )

    def until(self) -> date:
        return date.today() + timedelta(days=int(self.ui.untilCombo.currentData() or 0))

    def refresh(self) -> None:
        """Reads the list on the worker, and :meth:`_show` shows it: at 20,000 cases a read
        held the window for up to 0.2 s, at each showing and after each save (issue 15)."""
        if self.session is None:
            return
        session, until = self.session, self.until()
        app_runner(self).run(
            lambda _context: read_due(session, until),
            on_success=self._show,
            on_failure=self._read_failed,
            owner=self,
        )

    def _read_failed(self, error: BaseException) -> None:
        log_failure(_log, "To do could not be read", error)
        self._show(DueList([], {}, {}))
        self.notice.emit(error_text(error))

    def _show(self, due: DueList) -> None:
        if self.session is None:  # locked while it was read
            return
        self._items, self._marks, self._titles = due
        items = self._items
        overdue_days = [item.due_on for item in items if item.overdue]
        self._most_urgent = min(overdue_days) if overdue_days else None
        table = self.ui.todoTable
        row = table.currentIndex().row()
        self.model.set_query(
            lambda limit, offset: items[offset : offset + limit], lambda: len(items)
        )
        self._show_count()
        if row >= 0:  # read again (an item marked done): the same place, the next item
            select_row(table, row)
        elif table.hasFocus():  # shown with the focus in it before the rows came
            select_first_row(table)

    def _show_count(self) -> None:
        items = self._items
        overdue = sum(1 for item in items if item.overdue)
        self.ui.countLabel.setText(
            self.tr("{items}, {overdue}.").format(
                items=self.tr("%n item(s)", "", len(items)),
                overdue=self.tr("%n overdue", "", overdue),
            )
        )

    def refresh_after(self, changes: Changes) -> None:
        """Reads the list again after any change (gui/common/changes.py): what is due comes
        from follow-ups, measures, meeting actions, concerns, incidents, agreements and the
        cases' triage, and reading it is one bounded query."""
        self.refresh()

    # --- acting on an item ---------------------------------------------------------------------

    def current_item(self) -> Any:
        index = self.ui.todoTable.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        self.ui.todoTable.setCurrentIndex(index)
        self.open_current_case()

    def open_current_case(self) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.kind == "concern":
            self.concernActivated.emit(int(item.id))
            return
        if item.kind == "incident":  # the incident itself: its support and follow-up
            self.incidentActivated.emit(int(item.id))
            return
        if item.kind == "agreement":  # the organisation's window, with its agreements
            self.agreementActivated.emit(int(item.id))
            return
        if item.kind == "contact" and item.case_id is None:
            self.partnerContactActivated.emit(int(item.id))
            return
        if item.case_id is None:
            self.notice.emit(self.tr("This item belongs to no case."))
            return
        self.caseActivated.emit(int(item.case_id))

    def mark_current_done(self) -> MarkDoneDialog | None:
        item = self.current_item()
        if item is None or self.session is None or not self.ui.doneButton.isVisible():
            return None
        if item.kind == "concern":  # done means screened: the concern's own form
            self.concernActivated.emit(int(item.id))
            return None
        return self.open_done_form(item.kind, item.id, " ".join(item.description.split()))

    def open_done_form(self, kind: str, item_id: int, description: str = "") -> MarkDoneDialog:
        if (shown := self.done_window.window) is not None:
            shown.close_for_lock()  # one at a time: a new choice replaces the old
        form = MarkDoneDialog(unlocked(self.session), kind, item_id, description, self)
        if hub_of(self) is None:  # on its own (tests); in the main window the hub tells it
            form.saved.connect(lambda _result: self.refresh())
        return self.done_window.show(form)

    def focus_list(self) -> None:
        self.ui.todoTable.setFocus()
        select_first_row(self.ui.todoTable)

    # --- life cycle ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_horizons()
        self.model.retranslate()
        self._show_count()  # the rows' words follow by themselves; nothing is read again

    def teardown(self) -> None:
        save_table(self.ui.todoTable, "todo")
        self.session = None
        self._items, self._titles, self._marks = [], {}, {}
        self.ui.todoTable.setModel(None)
        self.model.clear()


class MarkDoneDialog(RecordDialog[Any]):
    """Asks for the outcome of a due item and marks it done (no record of its own: what it
    builds is the outcome and the day)."""

    FORM = "todo_done"
    DRAFT_KIND = "todo_done"
    ui: Ui_MarkDoneDialog

    def __init__(
        self,
        session: Session,
        kind: str,
        item_id: int,
        description: str,
        parent: QWidget | None = None,
    ) -> None:
        self.kind, self.item_id, self.description = kind, item_id, description
        super().__init__(session, None, parent)

    def set_up(self) -> None:
        ui = self.ui
        self.fields = {"outcome": ui.outcomeEdit, "done_on": ui.doneEdit}
        set_date(ui.doneEdit, date.today())
        up_to_today(ui.doneEdit)

    def _retranslate_dynamic(self) -> None:
        self.ui.itemLabel.setText(
            self.tr("{kind}: {what}").format(kind=labels.due_kind(self.kind), what=self.description)
            if self.description
            else labels.due_kind(self.kind)
        )

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Ok: self.tr("Mark &done")}

    def outcome(self) -> str:
        return rules.normalise_text(self.ui.outcomeEdit.toPlainText())

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        text = self.outcome()
        if not text:
            found["outcome"] = rules.REQUIRED
        elif len(text) > rules.TEXT_MAX:
            found["outcome"] = rules.TOO_LONG
        if to_date(self.ui.doneEdit) > date.today():  # a later day typed is named, not saved
            found["done_on"] = rules.NOT_AFTER_TODAY
        return found

    def build(self) -> tuple[str, date]:
        return self.outcome(), to_date(self.ui.doneEdit)

    def store(self, record: tuple[str, date]) -> None:
        outcome, day = record
        follow_ups().mark_done(self.session, self.kind, self.item_id, outcome, day)

    def draft_ref(self) -> str:
        return f"{self.kind}:{self.item_id}"


def _reopen_done_form(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    kind, _, item_id = ref.partition(":")
    page = getattr(parent, "todo_page", None)
    if page is None or not item_id.isdigit():
        return None
    parent.show_section(SECTION_INDEX)  # type: ignore[attr-defined]
    return page.open_done_form(kind, int(item_id))  # type: ignore[no-any-return]


drafts.register(MarkDoneDialog.DRAFT_KIND, _reopen_done_form)
