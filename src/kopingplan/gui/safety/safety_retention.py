"""Arkiv → "Gallring…": the retention review list, with delete or keep-with-reason per item.

The list is :func:`retention.review_list` (records past their period). "Delete for good…" asks
once more in a message box, then deletes the selected records on the worker thread (real
deletion, full-text rows purged, one audit row each without content). "Keep with reason"
stores the reason; the record comes back for review in a year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.widgets import MessageLabel
from kopingplan.gui.forms import setup_form
from kopingplan.services import retention

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_safety_retention import Ui_SafetyRetentionDialog
    from kopingplan.services.session import Session


# What each kind of record on the review list is called (translated when shown).
_KIND_NAMES: dict[retention.RetentionKind, str] = {
    retention.RetentionKind.CLOSED_CASE: QT_TRANSLATE_NOOP("SafetyRetention", "Closed case"),
    retention.RetentionKind.SITUATION_ENTRY: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Situation picture entry"
    ),
    retention.RetentionKind.RELATIVE_SUPPORT: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Relative support"
    ),
    retention.RetentionKind.DISCLOSURE: QT_TRANSLATE_NOOP("SafetyRetention", "Disclosure"),
    retention.RetentionKind.CONCERN: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Concern that led to no action"
    ),
    retention.RetentionKind.INCIDENT: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Incident against staff"
    ),
    retention.RetentionKind.CONTACT: QT_TRANSLATE_NOOP("SafetyRetention", "Contact without a case"),
    retention.RetentionKind.INCOMING_ITEM: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Incoming item without a case"
    ),
    retention.RetentionKind.MEETING: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Meeting with its minutes"
    ),
    retention.RetentionKind.SITUATION_ASSESSMENT: QT_TRANSLATE_NOOP(
        "SafetyRetention", "Overall assessment of the situation picture"
    ),
}


def kind_name(kind: retention.RetentionKind) -> str:
    return QCoreApplication.translate("SafetyRetention", _KIND_NAMES[kind])


class RetentionDialog(ShowsMessage, BusyDialog):
    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SafetyRetentionDialog = setup_form("safety_retention", self)
        self.session: Session | None = session
        self.items: list[retention.RetentionItem] = []
        self.confirm_box: QMessageBox | None = None
        self._message = MessageLabel(self.ui.messageLabel)
        table = self.ui.itemTable
        table.setColumnCount(5)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.deleteButton.clicked.connect(self.ask_delete)
        self.ui.keepButton.clicked.connect(self.keep_selected)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.reasonEdit.textChanged.connect(lambda *_: self._update_buttons())
        # A row opens in full; its menu keeps it (the reason is asked for below the list) or
        # deletes the rows chosen, as the buttons (whose words it uses) do.
        self.row_actions = table_actions.install(
            table,
            [
                table_actions.show_row_action(table, self.windowTitle),
                RowAction(self.ui.keepButton.text, self._keep_row, self._idle),
                RowAction(self.ui.deleteButton.text, self._delete_row, self._idle),
                table_actions.copy_row_action(table),
            ],
        )
        self._set_headers()
        self.refresh()
        table.setFocus()

    def _idle(self, index: QModelIndex) -> bool:
        return not self._busy and 0 <= index.row() < len(self.items)

    def _choose_row(self, row: int) -> None:
        """The row the menu was opened on, chosen (with the others chosen, if it is one)."""
        chosen = {index.row() for index in self.ui.itemTable.selectedIndexes()}
        if row not in chosen:
            self.ui.itemTable.selectRow(row)

    def _keep_row(self, index: QModelIndex) -> None:
        self._choose_row(index.row())
        if self.ui.reasonEdit.text().strip():
            self.keep_selected()
        else:
            self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _delete_row(self, index: QModelIndex) -> None:
        self._choose_row(index.row())
        self.ask_delete()

    def retranslate(self) -> None:
        super().retranslate()
        self._set_headers()
        self.refresh()

    def _set_headers(self) -> None:
        self.ui.itemTable.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Due since"),
                self.tr("Kept before because"),
                self.tr("Number"),
            ]
        )

    def refresh(self) -> None:
        if self.session is None:
            return
        try:
            self.items = retention.review_list(self.session)
        except Exception as error:
            self.items = []
            self.show_failure(error)
        table = self.ui.itemTable
        table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            cells = (
                kind_name(item.kind),
                item.label,
                item.due_on.isoformat(),
                item.kept_reason or "",
                str(item.id),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, cell)
        if not self.items:
            self._message.show(lambda: self.tr("Nothing is due for retention."))
        self._update_buttons()

    def selected(self) -> list[retention.RetentionItem]:
        rows = sorted({index.row() for index in self.ui.itemTable.selectedIndexes()})
        return [self.items[row] for row in rows if row < len(self.items)]

    def _update_buttons(self) -> None:
        chosen = bool(self.selected()) and not self._busy
        self.ui.deleteButton.setEnabled(chosen)
        self.ui.keepButton.setEnabled(chosen and bool(self.ui.reasonEdit.text().strip()))

    def ask_delete(self) -> QMessageBox | None:
        chosen = self.selected()
        if not chosen or self._busy:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete for good"),
            self.tr(
                "Delete %n record(s) for good? They cannot be brought back; only a backup "
                "made before still holds them.",
                "",
                len(chosen),
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.finished.connect(lambda *_: self._confirmed(box, delete, chosen))
        self.confirm_box = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, delete: Any, chosen: list[Any]) -> None:
        self.confirm_box = None
        box.deleteLater()
        if box.clickedButton() is not delete or self.session is None:
            return
        session = self.session

        def work(ctx: TaskContext) -> retention.DeletionReport:
            return retention.delete(session, chosen)

        self.run_busy(work, self._deleted, self._failed, label=self.tr("Deleting…"))

    def _deleted(self, report: retention.DeletionReport) -> None:
        count = sum(report.deleted.values())
        self.refresh()
        self._message.show(lambda: self.tr("%n record(s) deleted for good.", "", count))

    def keep_selected(self) -> None:
        reason = self.ui.reasonEdit.text().strip()
        chosen = self.selected()
        if not chosen or not reason or self.session is None:
            return
        try:
            for item in chosen:
                retention.keep(self.session, item.kind, item.id, reason)
        except Exception as error:
            self.show_failure(error)
            return
        self.ui.reasonEdit.clear()
        self.refresh()
        self._message.show(
            lambda: self.tr(
                "%n record(s) kept; they come back for review in a year.", "", len(chosen)
            )
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        self.show_failure(error)

    def busy_widgets(self) -> tuple[QWidget, ...]:
        return (self.ui.closeButton,)

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self._update_buttons()  # which deletions may start

    def teardown(self) -> None:
        self.ui.itemTable.setRowCount(0)
        self.items = []
        self.session = None
