"""A read-only table model that fetches its rows a page at a time from a service function.

The same idea as the case list's model (:mod:`kopingplan.gui.case_model`), for the other
lists (persons, organisations, lägesbild entries, incidents): ``rowCount`` is one ``count``
query; ``data`` asks for the page around a row the first time the view paints it and keeps a
few pages in an LRU cache. Filtering is done by the service (SQL) — the owner calls
:meth:`PagedTableModel.set_query` with new fetch and count functions — never by a proxy over
Python rows. :meth:`clear` forgets every row and the functions (locking).

A column is a :class:`Column`: its header (a function, so a language switch re-renders it) and
how a row object becomes the cell's text.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

_log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 12

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row object itself
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its ``id``

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[Any]]  # (limit, offset) → rows
Count = Callable[[], int]

# Dark red on the light Fusion palette (WCAG AA as text), the same as the form errors.
ATTENTION = QColor("#b00020")


@dataclass(frozen=True)
class Column:
    header: Callable[[], str]
    text: Callable[[Any], str]
    align_right: bool = False


class PagedTableModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(
        self,
        columns: list[Column],
        parent: Any = None,
        *,
        attention: Callable[[Any], bool] | None = None,
        emphasis: Callable[[Any], bool] | None = None,
        decoration: Callable[[Any, int], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self._fetch: Fetch | None = None
        self._count_rows: Count | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        # Rows that need attention (overdue, say) are drawn red; their text and ``decoration``
        # (an icon per row and column) say it too, never the colour alone. Only the rows of
        # ``emphasis`` are bold: when everything is bold, nothing stands out.
        self._attention = attention
        self._emphasis = emphasis
        self._decoration = decoration

    def set_query(self, fetch: Fetch, count: Count) -> None:
        self._fetch, self._count_rows = fetch, count
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = self._safe(self._count_rows, 0) if self._count_rows else 0
        self.endResetModel()
        self.countChanged.emit(self._count)

    def clear(self) -> None:
        self.beginResetModel()
        self._fetch = self._count_rows = None
        self._pages.clear()
        self._count = 0
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._count

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _safe(self, call: Callable[[], Any] | None, fallback: Any) -> Any:
        if call is None:
            return fallback
        try:
            return call()
        except Exception:  # a closed or broken session must not crash painting
            _log.exception("A list could not be read")
            return fallback

    def row(self, row: int) -> Any | None:
        if not 0 <= row < self._count or self._fetch is None:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            fetch = self._fetch
            page = self._safe(lambda: fetch(PAGE_SIZE, number * PAGE_SIZE), [])
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header()
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            found = self.row(index.row())
            return None if found is None else self.columns[index.column()].text(found)
        if role == ROW_ROLE:
            return self.row(index.row())
        if role == ID_ROLE:
            found = self.row(index.row())
            return None if found is None else getattr(found, "id", None)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._attention is not None:
            found = self.row(index.row())
            if found is not None and self._attention(found):
                return QBrush(ATTENTION)
        elif role == Qt.ItemDataRole.FontRole and self._emphasis is not None:
            found = self.row(index.row())
            if found is not None and self._emphasis(found):
                bold = QFont()
                bold.setBold(True)
                return bold
        elif role == Qt.ItemDataRole.DecorationRole and self._decoration is not None:
            found = self.row(index.row())
            return None if found is None else self._decoration(found, index.column())
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )
