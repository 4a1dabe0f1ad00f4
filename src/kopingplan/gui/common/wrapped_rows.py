"""Rows of a tree list as tall as their wrapped texts: the whole text, read where it is.

``QTreeView.setWordWrap(True)`` alone wraps nothing a user can see: the view asks the delegate
for a row's height with no column width (Qt skips it for speed), so every row stays one line
tall and a long text is cut with "…" (an action plan's commitment, and what carries it out:
"Dialogmöte med trossamfunden, Barn …"). Here a row's height is asked at the width of each of
its columns, so a long text wraps onto as many lines as it needs, and a column that grows or
shrinks lays the rows out again. The rows keep the room capital Å Ä Ö need above the font's
ascent (:class:`~kopingplan.gui.common.text_room.RoomyDelegate`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeView

from kopingplan.gui.common.text_room import RoomyDelegate

Index = QModelIndex | QPersistentModelIndex


class WrappedRows(RoomyDelegate):
    """The delegate of a tree whose rows wrap their texts at their columns' widths."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setUniformRowHeights(False)
        view.setItemDelegate(self)
        view.header().sectionResized.connect(self._relayout)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # The style wraps a text only at a valid width (the view gives it none, see above).
        wide = QStyleOptionViewItem(option)
        width = self._view.header().sectionSize(index.column())
        wide.rect = QRect(0, 0, max(1, width), 1)
        return super().sizeHint(wide, index)

    def _relayout(self, _column: int, old: int, new: int) -> None:
        if old != new:
            self.sizeHintChanged.emit(QModelIndex())  # the view lays its rows out again
