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
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.list_support import EmptyHint, save_table, select_first_row, setup_table
from kopingplan.gui.common.menu_actions import WindowActions
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.paged_model import ID_ROLE, ROW_ROLE, Column, PagedTableModel
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.forms import setup_form
from kopingplan.gui.plan.commitments import CommitmentDialog, CommitmentList
from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
from kopingplan.services import plan

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_plan_view import Ui_PlanDialog
    from kopingplan.services.session import Session

SETTINGS_KEY = "plan_revisions"


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PlanDialog(Retranslating, QDialog):
    """The revisions of the plan: a list, the selected one's text, New and Correct."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_PlanDialog = setup_form("plan_view", self)
        self.session: Session | None = session
        self.forms: OneWindow[PlanRevisionDialog] = OneWindow()
        ui = self.ui
        self.model = PagedTableModel(self._columns(), self)
        self.model.countChanged.connect(self._show_count)
        setup_table(ui.revisionTable, self.model, [80, 110, 190, 130, 420], SETTINGS_KEY, stretch=4)
        self.row_actions = table_actions.install(
            ui.revisionTable,
            [
                table_actions.RowAction(table_actions.correct_text, self._open_row),
                table_actions.copy_row_action(ui.revisionTable),
            ],
        )
        self.commitments = CommitmentList(session, ui.splitter)
        ui.splitter.addWidget(self.commitments)
        ui.splitter.setSizes([150, 220, 260])  # a few revisions, a long text, its commitments
        QWidget.setTabOrder(ui.textView, self.commitments.new_button)
        QWidget.setTabOrder(self.commitments.new_button, self.commitments.tree)
        QWidget.setTabOrder(self.commitments.tree, ui.newButton)
        ui.newButton.clicked.connect(lambda: self.open_revision(None))
        ui.openButton.clicked.connect(self._open_current)
        ui.buttonBox.rejected.connect(self.reject)
        self.empty_hint = EmptyHint(
            ui.revisionTable,
            lambda: self.tr(
                "No revision of the plan is recorded. Record the plan in force with New revision…"
            ),
        )
        self.refresh()
        ui.revisionTable.selectionModel().currentRowChanged.connect(self._show_text)
        select_first_row(ui.revisionTable)
        self._show_text(ui.revisionTable.currentIndex())
        self._retranslate_dynamic()

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("Revision"), lambda r: str(r.revision), align_right=True),
            Column(lambda: self.tr("Adopted"), lambda r: format_date(r.adopted_on)),
            Column(lambda: self.tr("Decided by"), lambda r: r.adopted_by),
            Column(lambda: self.tr("Diary number"), lambda r: r.diary_number),
            Column(lambda: self.tr("What changed"), lambda r: _one_line(r.change_summary)),
        ]

    # --- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session is None:
            return
        session = self.session
        self.model.set_query(
            lambda limit, offset: plan.revisions(session)[offset : offset + limit],
            lambda: len(plan.revisions(session)),
        )
        self._update_buttons()

    def _show_count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n revision(s)", "", self.model.total))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.openButton.setEnabled(self.model.total > 0)

    def _show_text(self, index: QModelIndex) -> None:
        revision = index.data(ROW_ROLE) if index.isValid() else None
        self.ui.textView.setPlainText(revision.text if revision is not None else "")
        self.commitments.set_revision(revision)

    def revision_at(self, index: QModelIndex) -> model.PlanRevision | None:
        found = table_actions.row_value(index, ROW_ROLE)
        return found if isinstance(found, model.PlanRevision) else None

    # --- opening ---------------------------------------------------------------------------------

    def _open_row(self, index: QModelIndex) -> None:
        revision_id = table_actions.row_value(index, ID_ROLE)
        if revision_id is not None:
            self.open_revision(int(str(revision_id)))

    def _open_current(self) -> None:
        self._open_row(self.ui.revisionTable.currentIndex())

    def open_revision(self, revision_id: int | None) -> PlanRevisionDialog | None:
        """The form for a stored revision (or a new one): one form at a time."""
        if self.session is None:
            return None
        if (shown := self.forms.front()) is not None:
            return shown
        try:
            revision = plan.get_revision(self.session, revision_id) if revision_id else None
            number = plan.next_number(self.session)
        except Exception as error:  # gone meanwhile: said in the count line, list refreshed
            self.ui.countLabel.setText(error_text(error))
            self.refresh()
            return None
        form = PlanRevisionDialog(self.session, revision, self, number=number)
        form.saved.connect(self._saved)
        return self.forms.show(form)

    @property
    def form(self) -> PlanRevisionDialog | None:
        return self.forms.window

    def _saved(self, stored: model.PlanRevision) -> None:
        self.refresh()
        if stored.id is not None:
            self.select_revision(stored.id)

    def select_revision(self, revision_id: int) -> bool:
        """Makes the revision with this record id the current one (its commitments shown)."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) == revision_id:
                self.ui.revisionTable.setCurrentIndex(index)
                self._show_text(index)
                return True
        return False

    def focus_list(self) -> None:
        self.ui.revisionTable.setFocus()
        select_first_row(self.ui.revisionTable)

    # --- language and locking --------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("&Close"))
        self._show_count()

    def retranslate(self) -> None:
        super().retranslate()
        self.model.retranslate()
        self._retranslate_dynamic()

    def teardown(self) -> None:
        """Locking: forgets the session and every text the dialog shows."""
        save_table(self.ui.revisionTable, SETTINGS_KEY)
        self.session = None
        self.commitments.teardown()
        self.ui.textView.clear()
        self.ui.revisionTable.setModel(None)
        self.model.clear()


class PlanActions(WindowActions):
    """Arkiv → Handlingsplanen …, after Sök …"""

    def __init__(self, controller: Any, window: Any) -> None:
        super().__init__(controller, window)
        ui = window.ui
        self.plan_action = QAction(window)
        # After "Search…", with the other everyday work, before the safety actions.
        menu = ui.fileMenu
        listed = menu.actions()
        at = listed.index(ui.actionFind) + 1 if ui.actionFind in listed else len(listed)
        menu.insertAction(listed[at] if at < len(listed) else None, self.plan_action)
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
