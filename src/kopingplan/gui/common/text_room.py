"""Room above capital Å, Ä and Ö, which some fonts draw higher than they say they reach.

Measured with DejaVu Sans (the usual Linux font) at 9-11 pt: the accents of capital letters
reach one or two pixels above the font's ascent. A QLabel is exactly ascent + descent tall and
a tree row hardly more, so "Öppet" was drawn as "Oppet" with half its dots cut off. Swedish is
the first language here, so labels get that much top margin and tree rows that much extra
height, only where the font needs it (Segoe UI, say, has room to spare: nothing changes).
Contents margins rather than a style sheet: an application style sheet puts every widget
under QStyleSheetStyle, which changed the look of the Fusion labels (indents) and costs time.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


def accent_overflow(metrics: QFontMetrics) -> int:
    """Pixels the accents of capital Å Ä Ö reach above the font's ascent (0 if none)."""
    return max(0, -metrics.tightBoundingRect("ÅÄÖ").top() - metrics.ascent())


def make_room(root: QWidget) -> None:
    """Gives ``root`` and every label and item view below it the room their fonts need."""
    labels = [root] if isinstance(root, QLabel) else []
    for label in labels + root.findChildren(QLabel):
        overflow = accent_overflow(label.fontMetrics())
        if overflow:
            margins = label.contentsMargins()
            label.setContentsMargins(
                margins.left(), max(margins.top(), overflow), margins.right(), margins.bottom()
            )
    views = [root] if isinstance(root, QAbstractItemView) else []
    for view in views + root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate and accent_overflow(view.fontMetrics()):
            view.setItemDelegate(RoomyDelegate(view))


class RoomyDelegate(QStyledItemDelegate):
    """The standard delegate with rows tall enough for Å Ä Ö (text is centred vertically)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 2 * accent_overflow(option.fontMetrics))
