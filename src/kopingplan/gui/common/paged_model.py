"""The one read-only table model of every lazily fetched list: rows a page at a time.

The case list (:mod:`kopingplan.gui.cases.case_model`), persons, organisations, lägesbild entries,
incidents, disclosures, the to-do list and the access log all use it. ``rowCount`` is one
``count`` query, so the scroll bar is honest from the start; ``data`` asks for the page around
a row the first time the view paints it and keeps a few pages in an LRU cache. Filtering and
sorting are done by the service (SQL) — the owner calls :meth:`PagedTableModel.set_query` with
new fetch and count functions, and a sortable model re-reads with the new
:attr:`~PagedTableModel.sort_key` — never by a proxy over Python rows: PITFALLS.md measured
1.5-2.6 s for a QSortFilterProxyModel over 20,000 rows, because every ``data()`` call crosses
into Python. So ``data()`` stays trivial: a cache look-up and the column's text function.
:meth:`clear` forgets every row and the functions (locking).

A column is a :class:`Column`: its header (a function, so a language switch re-renders it),
how a row object becomes the cell's text and, for a sortable model, the service's sort key.
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

from kopingplan.errors import log_failure

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
    key: str = ""  # the column's fixed name (saved header layouts refer to positions)
    sort: str | None = None  # the service's sort key; None: not sortable in SQL
    tooltip: Callable[[], str] | None = None  # the header's tooltip


class PagedTableModel(QAbstractTableModel):
    countChanged = Signal(int)
    sortRejected = Signal()  # a column that cannot be sorted in SQL was clicked

    def __init__(
        self,
        columns: list[Column] | tuple[Column, ...],
        parent: Any = None,
        *,
        attention: Callable[[Any], bool] | None = None,
        emphasis: Callable[[Any], bool] | None = None,
        decoration: Callable[[Any, int], Any] | None = None,
        sort: tuple[str, bool] | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch: Fetch | None = None
        self._count_rows: Count | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._page_size = page_size or PAGE_SIZE
        self._max_pages = max_pages or MAX_CACHED_PAGES
        # (sort key, descending) of a model sorted by the service; None: not sortable.
        self._sort = sort
        # Rows that need attention (overdue, say) are drawn red; their text and ``decoration``
        # (an icon per row and column) say it too, never the colour alone. Only the rows of
        # ``emphasis`` are bold: when everything is bold, nothing stands out.
        self._attention = attention
        self._emphasis = emphasis
        self._decoration = decoration

    def set_query(self, fetch: Fetch, count: Count) -> None:
        self._fetch, self._count_rows = fetch, count
        self.refresh()

    def set_paged_query(
        self, page: Callable[..., list[Any]], count: Callable[..., int], *args: Any, **filters: Any
    ) -> None:
        """:meth:`set_query` for a service's usual pair of list functions, both given the same
        arguments: ``page(*args, **filters, limit=…, offset=…)`` reads one page of rows and
        ``count(*args, **filters)`` says how many match, e.g.
        ``set_paged_query(incidents.incident_page, incidents.incident_count, session, year=y)``."""
        self.set_query(
            lambda limit, offset: page(*args, **filters, limit=limit, offset=offset),
            lambda: count(*args, **filters),
        )

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
            log_failure(_log, "A list could not be read")
            return fallback

    def row(self, row: int) -> Any | None:
        if not 0 <= row < self._count or self._fetch is None:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._page(number)
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[Any]:
        """The rows of page ``number``, from the cache or read (and cached) now."""
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        fetch, size = self._fetch, self._page_size
        if fetch is None:
            return []
        read: list[Any] = self._safe(lambda: fetch(size, number * size), [])
        self._pages[number] = read
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return read

    def row_of(self, record_id: object) -> int | None:
        """The row of the record with this ``id``, reading pages until it is there (a record
        opened from outside the list: a search hit, a draft reopened), the pages in the cache
        first; None when the list does not hold it (filtered out, gone). Reads each page at
        most once and none past the count: a list of n rows costs at most n / page size
        queries, the same rows the view reads when scrolled to its end."""
        if self._fetch is None or record_id is None:
            return None
        size = self._page_size
        numbers: list[int] = [*reversed(self._pages), *range(-(-self._count // size))]
        for number in dict.fromkeys(numbers):  # each page once, the cached ones first
            page = self._page(number)
            for offset, found in enumerate(page):
                if getattr(found, "id", None) == record_id:
                    return number * size + offset
        return None

    # --- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header()
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
                return column.tooltip()
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

    # --- sorting (in SQL: the owner's fetch reads sort_key) ---------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._sort is None or not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort
        if key is None:
            self.sortRejected.emit()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(the service's sort key, descending); ("", False) for a model that does not sort."""
        return self._sort or ("", False)

    def sort_column(self) -> int:
        key = self.sort_key[0]
        return next((i for i, c in enumerate(self.columns) if c.sort == key and key), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._count - 1, len(self.columns) - 1)
            )
