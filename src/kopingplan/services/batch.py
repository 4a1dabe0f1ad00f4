"""Many inserts in one transaction with one audit row (:meth:`Session.batch`: demo data,
imports). Split from session.py; ``Batch`` is still importable from there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from kopingplan.domain import model, rules
from kopingplan.storage import mapping, repositories
from kopingplan.storage.repositories.activities import AGREEMENTS

R = TypeVar("R")

# Tables a batch also fills that repositories.table_for does not list (their services own
# them): the demo's partners have agreements.
_OWN_TABLES: dict[type, mapping.Table[Any]] = {model.Agreement: AGREEMENTS}


class Batch:
    """Inserts inside :meth:`Session.batch`; validates each record like :meth:`Session.save`
    (against ``today``, the coordinator's day when not given)."""

    def __init__(self, conn: Any, today: date | None = None) -> None:
        self._conn = conn
        self._today = today
        self.created: dict[str, int] = {}

    def add(self, record: R) -> R:
        rules.validate(record, self._today)
        table = _OWN_TABLES.get(type(record)) or repositories.table_for(type(record))
        record = replace(record, id=mapping.insert(self._conn, table, record))  # type: ignore[type-var]
        self.created[table.name] = self.created.get(table.name, 0) + 1
        if isinstance(record, model.Case):
            assert record.id is not None
            change = model.LevelChange(
                case_id=record.id,
                from_level=None,
                to_level=record.level,
                changed_on=record.opened_on,
                reason="",
            )
            self.add(change)
        return record

    def move_case_level(
        self, case: model.Case, to_level: model.Level, reason: str, on: date
    ) -> model.Case:
        """What ``cases.move_case_level`` does, inside the batch's transaction."""
        assert case.id is not None
        rules.validate_move(case, on)
        moved = replace(case, level=to_level)
        rules.validate(moved, self._today)
        mapping.update(self._conn, repositories.CASES, moved)
        self.add(
            model.LevelChange(
                case_id=case.id,
                from_level=case.level,
                to_level=to_level,
                changed_on=on,
                reason=reason,
            )
        )
        return moved

    def count(self, cls: type[Any], where_sql: str = "", params: tuple[Any, ...] = ()) -> int:
        """How many records of ``cls`` exist (``where_sql`` over the class's own fields)."""
        return mapping.count(self._conn, repositories.table_for(cls), where_sql, params)
