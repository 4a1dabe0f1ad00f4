"""One table's records as a list the coordinator filters: a page at a time, counted, and the
years the year filter offers, all through one :class:`~kopingplan.storage.where.Where`.

A repository names what makes its list its own (the table, how a filter becomes conditions,
the order, the day the year filter looks at) and takes the rest from here::

    _LIST = FilteredList(CONCERNS, _where, "received_on DESC, id DESC", "received_on")
    page, count, years = _LIST.page, _LIST.count, _LIST.years
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from kopingplan.storage.mapping import Connection, Table
from kopingplan.storage.where import Where, years_of

T = TypeVar("T")
F = TypeVar("F")


@dataclass(frozen=True)
class FilteredList(Generic[T, F]):
    """The list of ``table``'s records that a filter of type ``F`` (None: no filter) shows."""

    table: Table[T]
    where: Callable[[F | None], Where]  # the filter's conditions
    order_by: str  # the list's order (a unique one, so that pages never overlap)
    day_column: str  # the ISO day the year filter looks at

    def page(
        self, conn: Connection, found: F | None = None, *, limit: int = 100, offset: int = 0
    ) -> list[T]:
        """One page of the records the filter shows, in the list's order."""
        return self.where(found).select(conn, self.table, self.order_by, limit, offset)

    def count(self, conn: Connection, found: F | None = None) -> int:
        """How many records the filter shows (all pages)."""
        return self.where(found).count(conn, self.table)

    def years(self, conn: Connection) -> list[int]:
        """The years the records have a day in, newest first (what the year filter offers)."""
        return years_of(conn, self.table, self.day_column)
