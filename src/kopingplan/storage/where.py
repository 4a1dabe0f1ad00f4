"""The WHERE clause of a filtered list, built from the filters the coordinator set.

Every list of the program (cases, concerns, incidents, activities, the lägesbild, disclosures,
the audit log) filters the same way: a filter left empty (None) adds nothing, a set one adds a
condition with its placeholder values, and the conditions are joined with AND::

    where = Where().equal("kind", kind, enum_value(m.IncidentKind)).in_year("occurred_on", year)
    conn.execute(f"SELECT count(*) FROM incidents{where.sql}", where.params)

Values are always bound (``?``), never spliced into the text; column names come from code.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from kopingplan.storage import mapping
from kopingplan.storage.mapping import Connection, SqlValue, Table

T = TypeVar("T")


def as_is(value: Any) -> SqlValue:
    """A filter value SQLite takes as it is (a number, a text)."""
    return value  # type: ignore[no-any-return]


def enum_value(kind: type[StrEnum]) -> Callable[[Any], SqlValue]:
    """A filter value as the stored code of ``kind`` (ValueError for a value not of it)."""

    def code(value: Any) -> SqlValue:
        return kind(value).value

    return code


def escape_like(text: str) -> str:
    """``text`` to be found as it is inside a ``LIKE ? ESCAPE '\\'`` pattern (% and _ literal)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def years_of(conn: Connection, table: Table[Any], day_column: str) -> list[int]:
    """The years ``day_column`` (an ISO day) has in ``table``, newest first: what a filter by
    year offers."""
    rows = conn.execute(
        f"SELECT DISTINCT substr({day_column}, 1, 4) FROM {table.name} ORDER BY 1 DESC"
    )
    return [int(row[0]) for row in rows]


class Where:
    """Conditions joined with AND, and their values in the order of their placeholders."""

    def __init__(self, *always: str) -> None:
        self.clauses: list[str] = list(always)
        self.params: list[SqlValue] = []

    def add(self, condition: str, *values: SqlValue) -> Where:
        """A condition that always applies, with the values of its placeholders."""
        self.clauses.append(condition)
        self.params.extend(values)
        return self

    def optional(
        self, condition: str, value: object, convert: Callable[[Any], SqlValue] = as_is
    ) -> Where:
        """``condition`` (with one ``?``) when ``value`` is set; ``convert`` makes it SQL's."""
        if value is not None:
            self.add(condition, convert(value))
        return self

    def compare(
        self, column: str, operator: str, value: object, convert: Callable[[Any], SqlValue] = as_is
    ) -> Where:
        """``column <operator> ?`` when ``value`` is set."""
        return self.optional(f"{column} {operator} ?", value, convert)

    def equal(
        self, column: str, value: object, convert: Callable[[Any], SqlValue] = as_is
    ) -> Where:
        return self.compare(column, "=", value, convert)

    def in_year(self, column: str, year: int | None) -> Where:
        """The rows of one calendar year: a range on the indexed day, not strftime() on each."""
        if year is not None:
            self.add(
                f"{column} >= ? AND {column} < ?", f"{year:04d}-01-01", f"{year + 1:04d}-01-01"
            )
        return self

    @property
    def conditions(self) -> str:
        """``a AND b`` without the WHERE (for :func:`mapping.select`), or nothing."""
        return " AND ".join(self.clauses)

    @property
    def sql(self) -> str:
        """`` WHERE a AND b`` (with its leading space), or nothing without conditions."""
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def pair(self) -> tuple[str, list[SqlValue]]:
        """:attr:`sql` and the values, as the repositories' filter functions return them."""
        return self.sql, self.params

    def select(
        self, conn: Connection, table: Table[T], order_by: str, limit: int, offset: int = 0
    ) -> list[T]:
        """One page of the records that meet the conditions (a list's page)."""
        return mapping.select(conn, table, self.conditions, self.params, order_by, limit, offset)

    def count(self, conn: Connection, table: Table[Any]) -> int:
        """How many records meet the conditions (the list's count)."""
        return mapping.count(conn, table, self.conditions, self.params)
