"""A list of records to tick in a record form: the partners of an activity, the groups,
activities and organisations a commitment links, the lägesbild entries of an incident.

One row a record (its id in the row's data); the list's value is the sorted ids of the rows
ticked, leaving out a row that is greyed out (an activity's organiser is no partner of its own).
A form keeps its lists in :attr:`RecordDialog.tick_lists
<kopingplan.gui.common.record_form.RecordDialog.tick_lists>` by value name, and the form's
values, drafts and "changed?" take them in as they do its fields.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kopingplan.gui.common.list_focus import show_keyboard_focus

ID_ROLE = Qt.ItemDataRole.UserRole  # a row's record id


class TickList:
    """The rows of ``view``, each a record to tick."""

    def __init__(self, view: QListWidget) -> None:
        self.view = view
        show_keyboard_focus(view)  # Space ticks a row the user can see

    def add(self, record_id: int | None, text: str, *, ticked: bool = False) -> QListWidgetItem:
        """A row for the record ``record_id``, shown as ``text``."""
        item = QListWidgetItem(text, self.view)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.view.item(row) for row in range(self.view.count())]

    def ids(self) -> list[int]:
        """The ids of the rows ticked (and not greyed out), sorted."""
        return sorted(
            int(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
        )

    def set_ids(self, ids: Iterable[int]) -> None:
        """Ticks the rows of ``ids`` and only those."""
        wanted = set(ids)
        for item in self.items():
            ticked = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
