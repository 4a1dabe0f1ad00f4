"""Arkiv → Handlingsplanen …: the action plan's revisions, newest first, and the form for one.

The list shows each revision's number, the day it was adopted, who decided it, the diary
number and what changed; the selected revision's text is shown below it, and under that its
commitments (:mod:`kopingplan.gui.plan.commitments`). Enter or a double-click opens the
revision to correct it; the row menu also copies the row. "New revision…" opens an empty form
numbered one past the highest. The plan is a public document of the municipality (no case, no
person), so looking at it is not logged; adding and correcting are
(:mod:`kopingplan.services.plan`).

The dialog is a child of the main window: locking tears it down with the window, after any
open revision form has kept its unsaved input as a draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QWidget

from kopingplan.domain import model
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments import record_attachments as files
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.list_dialog import PagedListDialog
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.list_support import select_first_row
from kopingplan.gui.common.menu_actions import WindowActions
from kopingplan.gui.common.paged_model import ROW_ROLE, Column
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.plan.commitments import CommitmentDialog, CommitmentList
from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
from kopingplan.services import plan

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_plan_view import Ui_PlanDialog
    from kopingplan.services.session import Session

SETTINGS_KEY = "plan_revisions"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PlanDialog(PagedListDialog):
    """The revisions of the plan: a list, the selected one's text, New and Correct."""

    FORM = "plan_view"
    SETTINGS_KEY = "plan_revisions"
    LIST = ListParts("revisionTable", (80, 110, 190, 130, 420), stretch=4, new_button="newButton")
    ui: Ui_PlanDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        ui = self.ui
        self.commitments = CommitmentList(session, ui.splitter)
        ui.splitter.addWidget(self.commitments)
        ui.splitter.setSizes([150, 220, 260])  # a few revisions, a long text, its commitments
        QWidget.setTabOrder(ui.textView, self.commitments.new_button)
        QWidget.setTabOrder(self.commitments.new_button, self.commitments.tree)
        QWidget.setTabOrder(self.commitments.tree, ui.newButton)
        # The revision's adopted text as a PDF (issue 18), in the attachments window.
        self.attachments_button = files.add_record_attachments_button(
            self, AttachmentOwner.PLAN_REVISION, self._revision_id, after=ui.openButton
        )
        ui.revisionTable.selectionModel().currentRowChanged.connect(self._show_text)
        select_first_row(ui.revisionTable)
        self._show_text(ui.revisionTable.currentIndex())

    def columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Revision"), lambda r: str(r.revision), align_right=True),
            Column(lambda: self.tr("Adopted"), lambda r: format_date(r.adopted_on)),
            Column(lambda: self.tr("Decided by"), lambda r: r.adopted_by),
            Column(lambda: self.tr("Diary number"), lambda r: r.diary_number),
            Column(lambda: self.tr("What changed"), lambda r: _one_line(r.change_summary)),
        ]

    # --- the list --------------------------------------------------------------------------------

    def open_text(self) -> str:
        return table_actions.correct_text()

    def apply_filters(self) -> None:
        if self.session is None:
            return
        session = self.session
        self.model.set_query(
            lambda limit, offset: plan.revisions(session)[offset : offset + limit],
            lambda: len(plan.revisions(session)),
        )

    def count_text(self, total: int) -> str:
        return self.tr("%n revision(s)", "", total)

    def empty_text(self, filtered: bool) -> str:
        return self.tr(
            "No revision of the plan is recorded. Record the plan in force with New revision…"
        )

    def _show_text(self, index: QModelIndex) -> None:
        revision = index.data(ROW_ROLE) if index.isValid() else None
        self.ui.textView.setPlainText(revision.text if revision is not None else "")
        self.commitments.set_revision(revision)
        files.enable_attachments_button(self.attachments_button, self._revision_id())

    def _revision_id(self) -> int | None:
        revision = self.revision_at(self.ui.revisionTable.currentIndex())
        return None if revision is None else revision.id

    def revision_at(self, index: QModelIndex) -> model.PlanRevision | None:
        found = table_actions.row_value(index, ROW_ROLE)
        return found if isinstance(found, model.PlanRevision) else None

    # --- opening ---------------------------------------------------------------------------------

    def read_record(self, record_id: int | None) -> tuple[model.PlanRevision | None, int]:
        session = unlocked(self.session)
        revision = plan.get_revision(session, record_id) if record_id else None
        return revision, plan.next_number(session)

    def make_form(self, read: tuple[model.PlanRevision | None, int]) -> PlanRevisionDialog:
        revision, number = read
        return PlanRevisionDialog(unlocked(self.session), revision, self, number=number)

    def open_revision(self, revision_id: int | None) -> PlanRevisionDialog | None:
        """The form for a stored revision (or a new one): one form at a time."""
        form = self.open_record(revision_id)
        return form if isinstance(form, PlanRevisionDialog) else None

    def select(self, record_id: int) -> bool:
        """Makes the revision with this record id the current one (its commitments shown)."""
        found = super().select(record_id)
        if found:
            self._show_text(self.ui.revisionTable.currentIndex())
        return found

    def select_revision(self, revision_id: int) -> bool:
        return self.select(revision_id)

    # --- locking ---------------------------------------------------------------------------------

    def teardown(self) -> None:
        """Locking: forgets the session and every text the dialog shows."""
        super().teardown()
        self.commitments.teardown()
        self.ui.textView.clear()


class PlanActions(WindowActions):
    """Arkiv → Handlingsplanen …, after Sök …"""

    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(controller, window)
        # After "Search…", with the other everyday work, before the safety actions.
        self.plan_action = self.file_menu_action(window.ui.actionFind)
        self.plan_action.triggered.connect(lambda: self.open_plan())
        self.ready()

    def retranslate(self) -> None:
        self.plan_action.setText(QCoreApplication.translate("PlanActions", "&Action plan…"))

    def open_plan(self) -> PlanDialog | None:
        return self.show_list(PlanDialog, PlanDialog)

    def open_revision(self, revision_id: int | None) -> PlanRevisionDialog | None:
        """A revision's form over the plan's view (used to reopen a draft after unlocking)."""
        dialog = self.open_plan()
        return dialog.open_revision(revision_id) if dialog is not None else None

    def open_commitment(
        self, revision_id: int, commitment_id: int | None
    ) -> CommitmentDialog | None:
        """A commitment's form over the plan's view on its revision (a draft after unlocking)."""
        dialog = self.open_plan()
        if dialog is None or not dialog.select_revision(revision_id):
            return None
        return dialog.commitments.open_commitment(commitment_id)


def install(controller: Any, window: Any) -> PlanActions:
    """Called by the controller once the main window is up."""
    actions = PlanActions(controller, window)
    window.plan_actions = actions
    return actions
