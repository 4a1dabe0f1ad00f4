"""What the rows of a meeting's lists do (see :mod:`kopingplan.gui.meetings.meeting_view`).

* **Attendees**: Enter opens the person's window; the menu marks them present or absent.
* **Agenda**: Enter opens the item's case, or goes to the decision of an item without one;
  the menu moves and deletes the item (Ctrl+Up, Ctrl+Down, Delete, as in the list).
* **Actions**: Enter shows the action in full; the menu opens the case it was decided for.

Every row can be copied as it is shown (the clipboard guard clears the copy again).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QListView

from kopingplan.gui.common import table_actions
from kopingplan.gui.common.table_actions import RowAction

ID_ROLE = Qt.ItemDataRole.UserRole


def fit_list(view: QListView, *, wrap: bool = False) -> None:
    """A list as narrow as its column: no horizontal scrolling; a long line is elided (its
    tooltip has it whole) or, with ``wrap``, wrapped onto more lines."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setUniformItemSizes(False)
    view.setWordWrap(wrap)


class MeetingRows(QObject):
    """Installs the row actions of one meeting view (``view``, a MeetingView)."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        ui = view.ui
        self.attendee_actions = table_actions.install(
            ui.attendeeList,
            [
                RowAction(table_actions.open_text, self._open_attendee),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "Mark as &present"),
                    lambda index: self._set_present(index, True),
                    lambda index: not self._present(index),
                ),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "Mark as a&bsent"),
                    lambda index: self._set_present(index, False),
                    self._present,
                ),
                table_actions.copy_row_action(ui.attendeeList),
            ],
        )
        self.agenda_actions = table_actions.install(
            ui.agendaList,
            [
                RowAction(table_actions.open_text, self._open_agenda_item),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "Write the &decision"),
                    lambda _index: ui.decisionEdit.setFocus(Qt.FocusReason.OtherFocusReason),
                ),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "Move &up"),
                    lambda _index: view.move_agenda_item(-1),
                    lambda index: index.row() > 0,
                    QKeySequence("Ctrl+Up"),
                ),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "Move do&wn"),
                    lambda _index: view.move_agenda_item(1),
                    lambda index: index.row() < ui.agendaList.count() - 1,
                    QKeySequence("Ctrl+Down"),
                ),
                RowAction(
                    lambda: QCoreApplication.translate("MeetingView", "De&lete item"),
                    lambda _index: view.remove_agenda_item(),
                    shortcut=QKeySequence(QKeySequence.StandardKey.Delete),
                ),
                table_actions.copy_row_action(ui.agendaList),
            ],
        )
        self.action_actions = table_actions.install(
            ui.actionTable,
            [
                table_actions.show_row_action(
                    ui.actionTable, lambda: QCoreApplication.translate("MeetingView", "Action")
                ),
                RowAction(
                    table_actions.open_case_text,
                    lambda index: self._emit_case(self._action_case(index)),
                    lambda index: self._action_case(index) is not None,
                ),
                table_actions.copy_row_action(ui.actionTable),
            ],
        )

    def _present(self, index: QModelIndex) -> bool:
        value = index.data(Qt.ItemDataRole.CheckStateRole)
        return value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)

    def _set_present(self, index: QModelIndex, present: bool) -> None:
        item = self.view.ui.attendeeList.item(index.row())
        if item is not None:
            state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
            item.setCheckState(state)  # saved by _presence_changed

    def _open_attendee(self, index: QModelIndex) -> None:
        person_id = table_actions.row_value(index, ID_ROLE)
        if isinstance(person_id, int):  # None on a row without a person
            self.view.personRequested.emit(person_id)

    def _open_agenda_item(self, index: QModelIndex) -> None:
        """An item about a case opens the case; any other goes to its decision."""
        self.view.ui.agendaList.setCurrentRow(index.row())
        item = self.view._agenda_item()
        if item is not None and item.case_id is not None:
            self._emit_case(item.case_id)
        else:
            self.view.ui.decisionEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action_case(self, index: QModelIndex) -> int | None:
        actions = self.view.detail.actions if self.view.detail is not None else []
        row = index.row()
        return actions[row].case_id if 0 <= row < len(actions) else None

    def _emit_case(self, case_id: int | None) -> None:
        if case_id is not None:
            self.view.caseRequested.emit(int(case_id))
