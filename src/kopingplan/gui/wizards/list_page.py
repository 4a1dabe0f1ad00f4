"""A page with a list of items above an editor of the selected one (social items, measures).

Enter (or a double-click) on an item goes to its editor; the item's menu also removes it and
copies its row.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from kopingplan.gui.common import table_actions
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.wizards.pages import EDIT_SIGNALS, FlowPage


class ListPage(FlowPage):
    """A list of items above an editor of the selected one (the widgets of the form's
    ``editorGroup``); edits go to the flow at once."""

    LIST_FIELD: ClassVar[str]

    STRETCH_COLUMN: ClassVar[int] = 0  # the column of free text, which gets the room

    def setup(self) -> None:
        self._loading = False
        self.ui.addButton.clicked.connect(self.add_item)
        self.ui.removeButton.clicked.connect(self.remove_item)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected())
        # Every widget of the form's editorGroup edits the selected item: each change goes
        # to the item in the flow and its row at once (not a widget's own inner parts).
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for kind, signals in EDIT_SIGNALS:
            for widget in self.ui.editorGroup.findChildren(kind, options=direct):
                for signal in signals:
                    getattr(widget, signal).connect(self.edited)
        self.row_actions = table_actions.install(
            self.tree,
            [
                RowAction(table_actions.edit_text, self._edit_row),
                RowAction(lambda: self.ui.removeButton.text(), self._remove_row),
                table_actions.copy_row_action(self.tree),
            ],
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in range(self.tree.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == self.STRETCH_COLUMN
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)

    @property
    def tree(self) -> Any:
        raise NotImplementedError

    @property
    def items(self) -> list[Any]:
        return getattr(self.flow, self.LIST_FIELD)  # type: ignore[no-any-return]

    @property
    def selected(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def row_texts(self, item: Any) -> list[str]:
        raise NotImplementedError

    def new_item(self) -> Any:
        raise NotImplementedError

    def show_item(self, item: Any) -> None:
        raise NotImplementedError

    def edit_item(self, item: Any) -> None:
        raise NotImplementedError

    def first_editor(self) -> QWidget:
        raise NotImplementedError

    def load(self) -> None:
        super().load()
        self.tree.clear()
        for item in self.items:
            self.tree.addTopLevelItem(QTreeWidgetItem(self.row_texts(item)))
        if self.items:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._show_selected()

    def store(self) -> None:
        super().store()
        # The editor writes to the flow as the user types; this catches a signal that came
        # to another listener first.
        index = self.selected
        if index >= 0 and not self._loading:
            self.edit_item(self.items[index])

    def add_item(self) -> None:
        self.items.append(self.new_item())
        row = QTreeWidgetItem(self.row_texts(self.items[-1]))
        self.tree.addTopLevelItem(row)
        self.tree.setCurrentItem(row)
        self.first_editor().setFocus()

    def remove_item(self) -> None:
        index = self.selected
        if index < 0:
            return
        del self.items[index]
        self.tree.takeTopLevelItem(index)
        if self.items:
            self.tree.setCurrentItem(self.tree.topLevelItem(min(index, len(self.items) - 1)))
        self._show_selected()

    def _edit_row(self, index: QModelIndex) -> None:
        self.select(index.row())
        self.first_editor().setFocus()

    def _remove_row(self, index: QModelIndex) -> None:
        self.select(index.row())
        self.remove_item()

    def select(self, index: int) -> None:
        if 0 <= index < self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(index))

    def _show_selected(self) -> None:
        index = self.selected
        self.ui.editorGroup.setEnabled(index >= 0)
        self.ui.removeButton.setEnabled(index >= 0)
        self._loading = True
        filling, self._filling = self._filling, True  # showing an item is no edit
        try:
            self.show_item(self.items[index] if index >= 0 else self.new_item())
        finally:
            self._loading = False
            self._filling = filling
        if not filling:
            self.recheck()  # the editor shows the problems of the item now selected

    def edited(self, *_: Any) -> None:
        index = self.selected
        if self._loading or index < 0:
            return
        self.edit_item(self.items[index])
        row = self.tree.topLevelItem(index)
        for column, text in enumerate(self.row_texts(self.items[index])):
            row.setText(column, text)

    def item_noun(self) -> str:
        """What one item is called, with ``{n}`` for its number ("Measure {n}")."""
        raise NotImplementedError

    def _item(self, field: str) -> tuple[int, str, QWidget | None] | None:
        if not field.startswith(self.LIST_FIELD + "."):
            return None
        _, number, name = field.split(".", 2)
        widget = getattr(self.ui, self.ITEM_WIDGETS.get(name, ""), None)
        caption = f"{self.item_noun().format(n=int(number) + 1)} – {self.caption_of(name, widget)}"
        return int(number), caption, widget

    def locate(self, field: str) -> tuple[str, QWidget | None]:
        """``list.N.name`` → "Noun N+1 – caption", with the item selected for the user."""
        item = self._item(field)
        if item is None:
            return super().locate(field)
        index, caption, widget = item
        self.select(index)
        return caption, widget

    def place(self, field: str) -> tuple[str, QWidget | None]:
        item = self._item(field)
        if item is None:
            return super().place(field)
        index, caption, widget = item
        return caption, widget if index == self.selected else None

    ITEM_WIDGETS: ClassVar[dict[str, str]] = {}
