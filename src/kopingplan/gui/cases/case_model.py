"""The case list's table model: the one paged model (:mod:`kopingplan.gui.common.paged_model`) over
:func:`kopingplan.services.cases.list_cases`, sorted and filtered in SQL.

``rowCount`` is the true number of matching cases (one ``count(*)``); rows come a page at a
time through the paged model's cache. A filter or a sort is a new SQL query, never a proxy
model over Python rows. ``clear()`` forgets the session and every cached row; locking calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kopingplan.domain import model
from kopingplan.gui.common import labels
from kopingplan.gui.common.paged_model import ID_ROLE, Column, PagedTableModel
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import cases
from kopingplan.services.cases import CaseFilter, CaseSort

if TYPE_CHECKING:
    from kopingplan.services.session import Session

# The paged model's sizes (kept here so a test can make them small for the case list).
PAGE_SIZE = 200
MAX_CACHED_PAGES = 12  # ~2,400 rows: a few screens either way, a few hundred KB at most

CASE_ID_ROLE = ID_ROLE  # the case number of a row


def _header(key: str) -> str:
    """A column's heading: a record field's name in the one vocabulary (as the case form and
    the briefs name it), or the list's own word for a column that is no single field."""
    texts = {
        "id": QCoreApplication.translate("CaseTableModel", "No."),
        "responsible": QCoreApplication.translate("CaseTableModel", "Responsible"),
        "triage": QCoreApplication.translate("CaseTableModel", "Priority and flags"),
    }
    return texts.get(key) or labels.field(key)


def format_date(value: Any) -> str:
    """A calendar day in the UI locale's short form (2026-11-25 in Swedish)."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


# How a CaseRow becomes each column's text: one small function per cell, nothing else.
_TEXTS: dict[str, Callable[[Any], str]] = {
    "id": lambda row: str(row.id),
    "title": lambda row: str(row.title),
    "level": lambda row: labels.level(row.level),
    "orientation": lambda row: labels.orientation(row.orientation),
    "status": lambda row: labels.status(row.status),
    "opened_on": lambda row: format_date(row.opened_on),
    "responsible": lambda row: str(row.responsible_person_name or row.responsible_group_name or ""),
    "triage": lambda row: triage_text(row),
}


def triage_text(row: Any) -> str:
    """The case list's "Priority and flags" cell (see :func:`triage_words`)."""
    return triage_words(getattr(row, "priority", model.Priority.NORMAL), getattr(row, "flags", ()))


def triage_words(priority: Any, flags: Any) -> str:
    """The priority unless it is normal, then the flags in force: "High · Weapons, Travel
    plans"."""
    parts = [] if priority == model.Priority.NORMAL else [labels.priority(priority)]
    flag_words = ", ".join(labels.flag_kind(kind) for kind in flags)
    return " · ".join([*parts, flag_words] if flag_words else parts)


def _unsortable() -> str:
    return QCoreApplication.translate("CaseTableModel", "Cannot be sorted")


def _column(key: str, sort: str | None) -> Column:
    return Column(
        header=partial(_header, key),
        text=_TEXTS[key],
        align_right=key == "id",
        key=key,
        sort=sort,
        tooltip=None if sort else _unsortable,
    )


# Fixed column identities; the header's saved state (order, widths) refers to these positions.
COLUMNS = (
    _column("id", "id"),
    _column("title", "title"),
    _column("level", "level"),
    _column("orientation", "orientation"),
    _column("status", "status"),
    _column("opened_on", "opened_on"),
    _column("responsible", None),
    _column("triage", None),  # schema v7; filtered, not sorted
)


class CaseTableModel(PagedTableModel):
    """Rows of ``cases.list_cases``; read-only."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(
            COLUMNS,
            parent,
            sort=("title", False),
            page_size=PAGE_SIZE,
            max_pages=MAX_CACHED_PAGES,
        )
        self._session: Session | None = session
        self._filter = CaseFilter()
        self.set_query(self._fetch_cases, self._count_cases)

    def _fetch_cases(self, limit: int, offset: int) -> list[Any]:
        key, descending = self.sort_key
        rows: list[Any] = cases.list_cases(
            unlocked(self._session),
            self._filter,
            sort=cast("CaseSort", key),  # one of COLUMNS' sort keys
            descending=descending,
            limit=limit,
            offset=offset,
        )
        return rows

    def _count_cases(self) -> int:
        return int(cases.count_cases(unlocked(self._session), self._filter))

    @property
    def case_filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, case_filter: CaseFilter) -> None:
        if case_filter != self._filter:
            self._filter = case_filter
            self.refresh()

    def clear(self) -> None:
        """Drops the session and every row held in memory (used when locking)."""
        super().clear()
        self._session = None

    def case_id(self, row: int) -> int | None:
        found = self.row(row)
        return found.id if found is not None else None
