"""The agenda list's rows with hanging indents: an item's text is ``"1. Title"`` and, when
decided, ``"\n    Decision: …"``; Qt's own word wrap took a wrapped line back to the row's
left edge, so a long decision read as if it were the next item. Here a wrapped title continues
under the title (after its number) and a wrapped decision under "Decision:". The item's text
stays as it is (copying a row, the screen reader and the tests read it)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kopingplan.gui.common.text_room import accent_overflow

_NUMBER = re.compile(r"\d+\. ")  # "1. " before an item's title
LINE_SEPARATOR = "\u2028"
Index = QModelIndex | QPersistentModelIndex
MARGIN = 2  # around the text, as the standard delegate leaves


def hanging_document(
    text: str, options: QStyleOptionViewItem, width: float, continued: str = ""
) -> QTextDocument:
    """``text`` laid out ``width`` wide: each line (paragraph) indented by its leading spaces,
    and its wrapped lines under its first word after a leading item number, else indented by
    the width of ``continued`` (a members' row: its wrapped lines under its name)."""
    document = QTextDocument()
    document.setDefaultFont(options.font)
    document.setDocumentMargin(0)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(wrap)
    metrics = QFontMetricsF(options.font)
    cursor = QTextCursor(document)
    # The delegate's display text has each line break as U+2028 (a line, not a paragraph).
    for number, line in enumerate(text.replace(LINE_SEPARATOR, "\n").split("\n")):
        body = line.lstrip(" ")
        indent = metrics.horizontalAdvance(line[: len(line) - len(body)])
        found = _NUMBER.match(body)
        hang = metrics.horizontalAdvance(found.group() if found else continued)
        block = QTextBlockFormat()
        block.setLeftMargin(indent + hang)
        block.setTextIndent(-hang)
        if number:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        cursor.insertText(body)
    document.setTextWidth(max(1.0, width))
    return document


class HangingDelegate(QStyledItemDelegate):
    """Paints a list's rows as :func:`hanging_document` lays them out, as wide as the list."""

    SIZES_KEPT = 4096  # rows' sizes remembered (a list asks again on every layout)

    def __init__(self, parent: QObject | None = None, continued: str = "") -> None:
        super().__init__(parent)
        self.continued = continued
        # (text, width, font) → size: laying a row out is a QTextDocument each time, and a
        # list of a hundred meetings asks for every row's size at each show and resize.
        self._sizes: dict[tuple[str, float, str], QSize] = {}

    def document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        """The row's text as it is painted (for :meth:`paint`, :meth:`sizeHint` and tests)."""
        text = self._options(option, index).text
        return hanging_document(text, option, self._width(option), self.continued)

    def _options(self, option: QStyleOptionViewItem, index: Index) -> QStyleOptionViewItem:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        return options

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = option.widget
        width = (
            view.viewport().width() if isinstance(view, QAbstractItemView) else option.rect.width()
        )
        return float(width - 2 * MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # The row's text as the model gives it (cheaper than the style option, asked of every
        # row at each layout); the painted text is the same with its breaks as U+2028.
        shown = index.data(Qt.ItemDataRole.DisplayRole)
        text = shown if isinstance(shown, str) else self._options(option, index).text
        width = self._width(option)
        key = (text, width, option.font.key())
        size = self._sizes.get(key)
        if size is None:
            options = self._options(option, index)
            room = accent_overflow(option.fontMetrics)  # Å Ä Ö reach above the ascent
            unwrapped = self._unwrapped(options.text, option, width)
            if unwrapped is not None:  # no line wraps: a document's height is its lines'
                lines, widest = unwrapped
                height = int(lines * self._line_height(option) + 0.999) + 2 * MARGIN + room
                size = QSize(int(widest) + 2 * MARGIN, height)
            else:
                document = hanging_document(options.text, option, width, self.continued)
                height = int(document.size().height() + 0.999) + 2 * MARGIN + room
                size = QSize(int(document.idealWidth()) + 2 * MARGIN, height)
            if len(self._sizes) >= self.SIZES_KEPT:
                self._sizes.clear()
            self._sizes[key] = size
        return QSize(size)

    def _unwrapped(
        self, text: str, option: QStyleOptionViewItem, width: float
    ) -> tuple[int, float] | None:
        """(lines, widest) when every line of ``text`` fits ``width`` whole, else None."""
        metrics = QFontMetricsF(option.font)
        lines = text.replace(LINE_SEPARATOR, "\n").split("\n")
        # A little room: the document's layout may round a line's advance up.
        widest = max(metrics.horizontalAdvance(line) + 1 for line in lines)
        return (len(lines), widest) if widest <= width else None

    def _line_height(self, option: QStyleOptionViewItem) -> float:
        """One unwrapped line's height as :func:`hanging_document` lays it out (per font)."""
        key = ("\n", 0.0, option.font.key())
        known = self._sizes.get(key)
        if known is None:
            one = hanging_document("Åg", option, 1_000_000.0).size().height()
            known = QSize(0, int(one * 1000))
            self._sizes[key] = known
        return known.height() / 1000

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The row's background, selection and focus as the style draws them, then its text."""
        document = self.document(option, index)
        background = self._options(option, index)
        background.text = ""
        view = option.widget
        if view is None:
            return
        view.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, view)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        top = option.rect.top() + MARGIN + accent_overflow(option.fontMetrics)
        painter.save()
        painter.translate(option.rect.left() + MARGIN, top)
        document.documentLayout().draw(painter, context)
        painter.restore()
