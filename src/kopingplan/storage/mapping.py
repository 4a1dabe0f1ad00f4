"""One generic mapper between the domain dataclasses and their tables.

Twenty-two record types with the same four operations would otherwise mean twenty-two nearly
identical repositories. A :class:`Table` says which dataclass lives in which table; the column
names are the dataclass field names, and each field's type hint decides how its value is
written:

=============================  =================================================================
``str``, ``int``               as they are
``bool``                       ``0`` / ``1``
``date``                       ``'YYYY-MM-DD'``
``datetime`` (timezone-aware)  UTC, fixed width ``'YYYY-MM-DDTHH:MM:SS.ffffff+00:00'``, so text
                               order is time order
``StrEnum``                    its value
``tuple[X, ...]``              a JSON array; X may be a scalar above or a frozen dataclass
                               (written as a JSON object keyed by field name)
``X | None``                   ``NULL`` for ``None``
=============================  =================================================================

SQL text is built only from identifiers in the :class:`Table` descriptions (checked against a
strict pattern when the description is made); every value is a bound parameter. The functions
never begin or commit a transaction: the services own transactions and the audit log.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, Generic, TypeVar, Union, get_args, get_origin, get_type_hints

from kopingplan import errors
from kopingplan.domain.rules.engine import ID_MAX

T = TypeVar("T")

Connection = Any  # sqlcipher3.Connection; the module itself needs nothing from sqlcipher3
SqlValue = int | str | bytes | float | None
ToSql = Callable[[Any], SqlValue]
FromSql = Callable[[Any], Any]

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_ORDER_TERM = re.compile(r"\s*([a-z_][a-z0-9_]*)(?:\s+(ASC|DESC))?\s*", re.IGNORECASE)
ID_MIN = -ID_MAX - 1  # with ID_MAX, the integers SQLite holds: a record id is one of them


def to_sql_datetime(value: datetime) -> str:
    """The stored form of an instant. Naive datetimes are a programming error: refused."""
    if not isinstance(value, datetime):
        raise TypeError(f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a datetime must be timezone-aware before it is stored")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def to_sql_date(value: date) -> str:
    """The stored form of a calendar day. A datetime is refused: it would lose its time."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    return value.isoformat()


def from_sql_datetime(value: str) -> datetime:
    return datetime.fromisoformat(value)


def from_sql_date(value: str) -> date:
    return date.fromisoformat(value)


def joined_name(given: object, family: object) -> str:
    """A person's name from the given and family name of a LEFT JOIN ("" where none joined)."""
    return f"{given or ''} {family or ''}".strip()


def _identity(value: Any) -> Any:
    return value


def _optional(pair: tuple[ToSql, FromSql]) -> tuple[ToSql, FromSql]:
    to_sql, from_sql = pair
    return (
        lambda value: None if value is None else to_sql(value),
        lambda value: None if value is None else from_sql(value),
    )


def _scalar(hint: Any, *, json_item: bool) -> tuple[ToSql, FromSql] | None:
    """Converters for a non-container type; ``None`` if the type is not a scalar we know."""
    if hint is bool:
        if json_item:  # JSON has booleans of its own
            return bool, bool
        return (lambda value: 1 if value else 0), bool
    if hint is datetime:
        return to_sql_datetime, from_sql_datetime
    if hint is date:
        return to_sql_date, from_sql_date
    if isinstance(hint, type) and issubclass(hint, Enum):
        enum_type = hint
        # enum_type(value) accepts a member or its value and raises ValueError for anything else.
        return (lambda value: enum_type(value).value), (lambda value: enum_type(value))
    if hint is int or hint is str:
        return _identity, _identity
    return None


def _json_item(hint: Any) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    """Converters between one tuple item and its JSON form."""
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return _optional(_json_item(_without_none(hint)))
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _json_object(hint)
    pair = _scalar(hint, json_item=True)
    if pair is None:
        raise TypeError(f"cannot store {hint!r} inside a JSON array")
    return pair


def _json_object(cls: type[Any]) -> tuple[Callable[[Any], Any], Callable[[Any], Any]]:
    hints = get_type_hints(cls)
    fields = [(f.name, _json_item(hints[f.name])) for f in dataclasses.fields(cls)]

    def to_json(value: Any) -> dict[str, Any]:
        return {name: to_item(getattr(value, name)) for name, (to_item, _) in fields}

    def from_json(value: Any) -> Any:
        # Keys missing from an older row take the field's default.
        return cls(
            **{name: from_item(value[name]) for name, (_, from_item) in fields if name in value}
        )

    return to_json, from_json


def _json_tuple(item_hint: Any) -> tuple[ToSql, FromSql]:
    to_item, from_item = _json_item(item_hint)

    def to_sql(value: Any) -> str:
        if not isinstance(value, tuple | list):
            raise TypeError(f"expected a tuple, got {type(value).__name__}")
        # Compact and stable, so update() can compare the stored text with the new one.
        return json.dumps(
            [to_item(item) for item in value], ensure_ascii=False, separators=(",", ":")
        )

    def from_sql(value: str) -> tuple[Any, ...]:
        return tuple(from_item(item) for item in json.loads(value))

    return to_sql, from_sql


def _without_none(hint: Any) -> Any:
    args = [arg for arg in get_args(hint) if arg is not type(None)]
    if len(args) != 1 or len(get_args(hint)) != 2:
        raise TypeError(f"only 'X | None' unions can be stored, not {hint!r}")
    return args[0]


def _converters(hint: Any) -> tuple[ToSql, FromSql]:
    origin = get_origin(hint)
    if origin is Union or origin is types.UnionType:
        return _optional(_converters(_without_none(hint)))
    if origin is tuple:
        args = get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"only tuple[X, ...] can be stored, not {hint!r}")
        return _json_tuple(args[0])
    pair = _scalar(hint, json_item=False)
    if pair is None:
        raise TypeError(f"no column type for {hint!r}")
    return pair


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    to_sql: ToSql
    from_sql: FromSql


@dataclasses.dataclass(frozen=True)
class Table(Generic[T]):
    """Where a dataclass is stored.

    ``kind`` names the record in :class:`errors.NotFound`. ``derived`` adds columns that are not
    dataclass fields but are computed from the object on every insert and update (the case
    list's ``title_key``); they are written, never read back.
    """

    cls: type[T]
    name: str
    kind: str
    derived: Mapping[str, Callable[[T], SqlValue]] = dataclasses.field(default_factory=dict)
    columns: tuple[Column, ...] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not dataclasses.is_dataclass(self.cls):
            raise TypeError(f"{self.cls!r} is not a dataclass")
        hints = get_type_hints(self.cls)
        names = [f.name for f in dataclasses.fields(self.cls)]
        if "id" not in names:
            raise TypeError(f"{self.cls.__name__} has no id field")
        for identifier in (self.name, *names, *self.derived):
            # The names end up in SQL text: only plain lower-case identifiers may.
            if not _IDENTIFIER.fullmatch(identifier):
                raise ValueError(f"unsafe SQL identifier {identifier!r}")
        columns = tuple(Column(name, *_converters(hints[name])) for name in names)
        object.__setattr__(self, "columns", columns)

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    def select_list(self, alias: str = "") -> str:
        """``id, title, …`` (or ``c.id, c.title, …``) in field order, for hand-written SELECTs."""
        if alias and not _IDENTIFIER.fullmatch(alias):
            raise ValueError(f"unsafe SQL alias {alias!r}")
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + name for name in self.column_names)

    def to_row(self, obj: T) -> dict[str, SqlValue]:
        """Column name → stored value, for the fields and the derived columns."""
        if not isinstance(obj, self.cls):
            raise TypeError(f"expected {self.cls.__name__}, got {type(obj).__name__}")
        row = {column.name: column.to_sql(getattr(obj, column.name)) for column in self.columns}
        for name, compute in self.derived.items():
            row[name] = compute(obj)
        return row

    def from_row(self, row: Sequence[Any]) -> T:
        """The object from a row selected with :meth:`select_list` (extra columns ignored)."""
        return self.cls(
            **{
                column.name: column.from_sql(row[index])
                for index, column in enumerate(self.columns)
            }
        )

    def split_row(self, row: Sequence[Any]) -> tuple[T, Sequence[Any]]:
        """The object from a row that starts with :meth:`select_list`, and the columns after it
        (what a hand-written SELECT joined to it)."""
        return self.from_row(row), row[len(self.columns) :]

    def check_order_by(self, order_by: str) -> str:
        """``order_by`` if it is a list of this table's columns with optional ASC/DESC."""
        known = set(self.column_names) | set(self.derived)
        for term in order_by.split(","):
            match = _ORDER_TERM.fullmatch(term)
            if match is None or match.group(1) not in known:
                raise ValueError(f"cannot order {self.name} by {order_by!r}")
        return order_by


def insert(conn: Connection, table: Table[T], obj: T) -> int:
    """Stores a new record and returns its id. An ``id`` already set is kept (restores)."""
    row = table.to_row(obj)
    if row["id"] is None:
        del row["id"]
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    # RETURNING, not lastrowid: the search triggers insert rows of their own.
    cursor = conn.execute(
        f"INSERT INTO {table.name} ({names}) VALUES ({marks}) RETURNING id", tuple(row.values())
    )
    new_id = cursor.fetchone()[0]
    cursor.close()
    return int(new_id)


def storable(id: int) -> bool:
    """Whether SQLite can hold ``id`` (a 64-bit integer). A number beyond (from a command
    line, a script, a damaged draft) names no record: asked for, it is not found, where
    binding it would stop the caller with an OverflowError."""
    return ID_MIN <= id <= ID_MAX


def all_storable(params: Sequence[SqlValue]) -> bool:
    """Whether SQLite can hold every number of ``params`` (see :func:`storable`)."""
    return all(storable(value) for value in params if isinstance(value, int))


def get(conn: Connection, table: Table[T], id: int) -> T:
    """The record with this id; :class:`errors.NotFound` if there is none."""
    found = find(conn, table, id)
    if found is None:
        raise errors.NotFound(kind=table.kind, id=id)
    return found


def find(conn: Connection, table: Table[T], id: int) -> T | None:
    """Like :func:`get`, but ``None`` when there is no such record."""
    if not storable(id):
        return None
    row = conn.execute(
        f"SELECT {table.select_list()} FROM {table.name} WHERE id = ?", (id,)
    ).fetchone()
    return None if row is None else table.from_row(row)


def update(conn: Connection, table: Table[T], obj: T) -> tuple[str, ...]:
    """Writes ``obj`` over its stored row; returns the names of the fields that changed.

    The audit log records which fields changed, never their values. Values are compared in
    their stored form, so an instant given in another time zone is not a change. When nothing
    changed, nothing is written.
    """
    record_id = getattr(obj, "id", None)
    if record_id is None:
        raise ValueError(f"cannot update a {table.kind} that was never stored (id is None)")
    stored = conn.execute(
        f"SELECT {table.select_list()} FROM {table.name} WHERE id = ?", (record_id,)
    ).fetchone()
    if stored is None:
        raise errors.NotFound(kind=table.kind, id=record_id)
    new = table.to_row(obj)
    changed = tuple(
        column.name
        for index, column in enumerate(table.columns)
        if column.name != "id" and new[column.name] != stored[index]
    )
    if not changed:
        return ()
    assignments = [*changed, *table.derived]
    conn.execute(
        f"UPDATE {table.name} SET {', '.join(f'{name} = ?' for name in assignments)} WHERE id = ?",
        (*(new[name] for name in assignments), record_id),
    )
    return changed


def delete(conn: Connection, table: Table[T], id: int) -> None:
    """Deletes the record (and what the schema cascades to); NotFound if it is not there."""
    if not storable(id):
        raise errors.NotFound(kind=table.kind, id=id)
    cursor = conn.execute(f"DELETE FROM {table.name} WHERE id = ? RETURNING id", (id,))
    gone = cursor.fetchall()
    cursor.close()
    if not gone:
        raise errors.NotFound(kind=table.kind, id=id)


def select(
    conn: Connection,
    table: Table[T],
    where_sql: str = "",
    params: Sequence[SqlValue] = (),
    order_by: str = "id",
    limit: int | None = None,
    offset: int = 0,
) -> list[T]:
    """Records matching ``where_sql`` (a fragment written in code, with ``?`` placeholders for
    ``params``; never user text), ordered by ``order_by`` (this table's columns only). A
    number among ``params`` that SQLite cannot hold (an id no record has) matches nothing."""
    if not all_storable(params):
        return []
    sql = f"SELECT {table.select_list()} FROM {table.name}"
    if where_sql:
        sql += f" WHERE {where_sql}"
    sql += f" ORDER BY {table.check_order_by(order_by)} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, -1 if limit is None else limit, offset)).fetchall()
    return [table.from_row(row) for row in rows]


def count(
    conn: Connection, table: Table[Any], where_sql: str = "", params: Sequence[SqlValue] = ()
) -> int:
    """How many records match ``where_sql`` (same rules as :func:`select`)."""
    if not all_storable(params):
        return 0
    sql = f"SELECT count(*) FROM {table.name}"
    if where_sql:
        sql += f" WHERE {where_sql}"
    return int(conn.execute(sql, tuple(params)).fetchone()[0])
