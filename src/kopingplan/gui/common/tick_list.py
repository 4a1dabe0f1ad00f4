"""A list of records to tick in a record form: the partners of an activity, the groups,
activities and organisations a commitment links, the lägesbild entries of an incident, the
organisations and kinds of organisation a consent names.

One row a record (its id in the row's data; or a value such as a kind of organisation); the
list's value is the ids of the rows ticked, leaving out a row that is greyed out (an activity's
organiser is no partner of its own): sorted, or in the rows' order for a list whose record keeps
them as shown (a consent names its recipients in the order of its form). A form keeps its lists
in :attr:`RecordDialog.tick_lists <kopingplan.gui.common.record_form.RecordDialog.tick_lists>`
by value name, and the form's values, drafts and "changed?" take them in as they do its fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kopingplan.gui.common.list_focus import show_keyboard_focus

ID_ROLE = Qt.ItemDataRole.UserRole  # a row's record id (or value)
V = TypeVar("V", int, str)  # what a row stands for: a record's id, or a stored value (a kind)


class TickList(Generic[V]):
    """The rows of ``view``, each a record to tick; ``value_type`` is what a row's id is (a
    draft's values of another type are ignored), ``in_row_order`` keeps the ids ticked in the
    rows' order rather than sorted."""

    @overload
    def __init__(self: TickList[int], view: QListWidget, *, in_row_order: bool = False) -> None: ...
    @overload
    def __init__(
        self, view: QListWidget, value_type: type[V], *, in_row_order: bool = False
    ) -> None: ...
    def __init__(
        self, view: QListWidget, value_type: type[Any] = int, *, in_row_order: bool = False
    ) -> None:
        self.view = view
        self.value_type: type[V] = value_type
        self.in_row_order = in_row_order
        show_keyboard_focus(view)  # Space ticks a row the user can see

    def add(self, record_id: V | None, text: str, *, ticked: bool = False) -> QListWidgetItem:
        """A row for the record ``record_id``, shown as ``text``."""
        item = QListWidgetItem(text, self.view)
        item.setData(ID_ROLE, record_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def items(self) -> list[QListWidgetItem]:
        return [self.view.item(row) for row in range(self.view.count())]

    def ids(self) -> list[V]:
        """The ids of the rows ticked (and not greyed out), sorted or in the rows' order."""
        ticked = [
            self.value_type(item.data(ID_ROLE))
            for item in self.items()
            if item.checkState() == Qt.CheckState.Checked
            and item.flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        return ticked if self.in_row_order else sorted(ticked)

    def set_ids(self, ids: Iterable[object]) -> None:
        """Ticks the rows of ``ids`` and only those (an id of another type ticks nothing)."""
        # bool is an int to isinstance, but True is no record's id (it would tick id 1).
        wanted = {i for i in ids if isinstance(i, self.value_type) and not isinstance(i, bool)}
        for item in self.items():
            ticked = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
