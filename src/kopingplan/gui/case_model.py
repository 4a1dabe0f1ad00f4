"""The case list's table model: a window onto the vault, fetched a page at a time.

``rowCount`` is the true number of matching cases (one ``count(*)``), so the scroll bar is
honest from the start; ``data`` asks the service for the page around a row the first time the
view paints it and keeps a few pages in a small LRU cache. Filtering and sorting are new SQL
queries through :meth:`Session.list_cases`, never a proxy model over Python rows: PITFALLS.md
measured 1.5-2.6 s for a QSortFilterProxyModel over 20,000 rows.

``clear()`` forgets the session and every cached row; locking calls it.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kopingplan.gui import labels
from kopingplan.services.session import CaseFilter

_log = logging.getLogger(__name__)

PAGE_SIZE = 200
MAX_CACHED_PAGES = 12  # ~2,400 rows: a few screens either way, a few hundred KB at most

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the CaseRow attribute shown
    sort: str | None  # the service's sort key; None: not sortable in SQL


# Fixed column identities; the header's saved state (order, widths) refers to these positions.
COLUMNS = (
    Column("id", "id"),
    Column("title", "title"),
    Column("level", "level"),
    Column("orientation", "orientation"),
    Column("status", "status"),
    Column("opened_on", "opened_on"),
    Column("responsible", None),
)


def _header(key: str) -> str:
    texts = {
        "id": QCoreApplication.translate("CaseTableModel", "No."),
        "title": QCoreApplication.translate("CaseTableModel", "Title"),
        "level": QCoreApplication.translate("CaseTableModel", "Level"),
        "orientation": QCoreApplication.translate("CaseTableModel", "Orientation"),
        "status": QCoreApplication.translate("CaseTableModel", "Status"),
        "opened_on": QCoreApplication.translate("CaseTableModel", "Opened"),
        "responsible": QCoreApplication.translate("CaseTableModel", "Responsible"),
    }
    return texts[key]


def format_date(value: Any) -> str:
    """A calendar day in the UI locale's short form (2026-11-25 in Swedish)."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


class CaseTableModel(QAbstractTableModel):
    """Rows of ``session.list_cases``; read-only."""

    sortRejected = Signal()  # a column that cannot be sorted in SQL was clicked
    countChanged = Signal(int)

    def __init__(self, session: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filter = CaseFilter()
        self._sort = "title"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.refresh()

    # --- state

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    @property
    def total(self) -> int:
        return self._count

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.refresh()

    def refresh(self) -> None:
        """Forgets the cached pages and counts again (after a filter, sort or data change)."""
        self.beginResetModel()
        self._pages.clear()
        self._count = self._safe(lambda: self._session.count_cases(self._filter), 0)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def clear(self) -> None:
        """Drops the session and every row held in memory (used when locking)."""
        self.beginResetModel()
        self._session = None
        self._pages.clear()
        self._count = 0
        self.endResetModel()

    @property
    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _safe(self, call: Any, fallback: Any) -> Any:
        if self._session is None:
            return fallback
        try:
            return call()
        except Exception:  # a closed or broken session must not crash painting
            _log.exception("The case list could not be read")
            return fallback

    def _row(self, row: int) -> Any | None:
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._safe(
                lambda: self._session.list_cases(
                    self._filter,
                    sort=self._sort,
                    descending=self._descending,
                    limit=PAGE_SIZE,
                    offset=number * PAGE_SIZE,
                ),
                [],
            )
            self._pages[number] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def case_id(self, row: int) -> int | None:
        found = self._row(row)
        return found.id if found is not None else None

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return _header(COLUMNS[section].key)
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort is None:
                return QCoreApplication.translate("CaseTableModel", "Cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._row(index.row())
            return None if row is None else self._display(row, COLUMNS[index.column()].key)
        if role == CASE_ID_ROLE:
            return self.case_id(index.row())
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()].key == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: Any, key: str) -> str:
        if key == "id":
            return str(row.id)
        if key == "title":
            return str(row.title)
        if key == "level":
            return labels.level(row.level)
        if key == "orientation":
            return labels.orientation(row.orientation)
        if key == "status":
            return labels.status(row.status)
        if key == "opened_on":
            return format_date(row.opened_on)
        if key == "responsible":
            return str(row.responsible_person_name or row.responsible_group_name or "")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column].sort
        if key is None:
            self.sortRejected.emit()
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort, self._descending):
            self._sort, self._descending = key, descending
            self.refresh()

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def sort_column(self) -> int:
        return next(i for i, column in enumerate(COLUMNS) if column.sort == self._sort)

    def retranslate(self) -> None:
        """Header and enum labels follow a language switch; the rows stay cached."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))
