"""A column layout remembered by an older version never breaks a table of the newer one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

from kopingplan.gui.common.list_support import save_table, setup_table

pytestmark = pytest.mark.gui


def _table(qtbot: Any, headers: list[str]) -> QTableView:
    model = QStandardItemModel(3, len(headers))
    model.setHorizontalHeaderLabels(headers)
    table = QTableView()
    qtbot.addWidget(table)
    setup_table(table, model, [80] * len(headers), "upgrade-test")  # type: ignore[arg-type]
    table.resize(900, 300)
    table.show()
    return table


def test_a_layout_saved_with_fewer_columns_is_not_restored_onto_more(qtbot: Any) -> None:
    old = _table(qtbot, ["Nr", "Titel", "Nivå", "Status"])
    header = old.horizontalHeader()
    header.moveSection(3, 0)  # the coordinator's own order
    header.resizeSection(1, 300)
    save_table(old, "upgrade-test")

    new = _table(qtbot, ["Nr", "Titel", "Nivå", "Status", "Prioritet och flagg"])
    header = new.horizontalHeader()
    assert [header.logicalIndex(v) for v in range(header.count())] == [0, 1, 2, 3, 4]
    assert all(not header.isSectionHidden(c) for c in range(header.count()))
    assert all(header.sectionSize(c) >= 80 for c in range(header.count() - 1))

    again = _table(qtbot, ["Nr", "Titel", "Nivå", "Status"])
    header = again.horizontalHeader()
    assert header.logicalIndex(0) == 3  # the same columns get their remembered layout back
