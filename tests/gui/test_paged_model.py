"""The one paged table model behind every lazily fetched list: pages fetched only when shown,
a small cache, sorting in the service, and a ``data()`` that does no more than look up."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from kopingplan.gui.cases import case_model
from kopingplan.gui.common.paged_model import ID_ROLE, ROW_ROLE, Column, PagedTableModel

from gui_helpers import add_cases, unlock

ROLES_WITHOUT_WORK = (
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.SizeHintRole,
    Qt.ItemDataRole.ForegroundRole,  # no ``attention`` given
    Qt.ItemDataRole.FontRole,  # no ``emphasis`` given
    Qt.ItemDataRole.DecorationRole,  # no ``decoration`` given
    Qt.ItemDataRole.TextAlignmentRole,  # not right-aligned
)


@dataclass(frozen=True)
class Row:
    id: int
    name: str


class Source:
    """A list of ``total`` rows that counts what it is asked."""

    def __init__(self, total: int) -> None:
        self.rows = [Row(n, f"Rad {n:04d}") for n in range(total)]
        self.fetches: list[tuple[int, int]] = []  # (limit, offset)
        self.counts = 0
        self.model: PagedTableModel | None = None  # its sort_key orders the rows

    def fetch(self, limit: int, offset: int) -> list[Row]:
        self.fetches.append((limit, offset))
        descending = self.model is not None and self.model.sort_key == ("id", True)
        rows = sorted(self.rows, key=lambda r: r.id, reverse=descending)
        return rows[offset : offset + limit]

    def count(self) -> int:
        self.counts += 1
        return len(self.rows)


def _model(source: Source, **options: Any) -> tuple[PagedTableModel, list[Row]]:
    texts: list[Row] = []

    def text(row: Row) -> str:
        texts.append(row)
        return row.name

    columns = [
        Column(lambda: "No.", lambda row: str(row.id), align_right=True, key="id", sort="id"),
        Column(lambda: "Name", text, key="name", tooltip=lambda: "Cannot be sorted"),
    ]
    model = PagedTableModel(columns, **options)
    source.model = model
    model.set_query(source.fetch, source.count)
    return model, texts


def _name(model: PagedTableModel, row: int) -> Any:
    return model.data(model.index(row, 1))


def test_counting_fetches_no_rows_and_a_row_fetches_only_its_page(qapp: Any) -> None:
    source = Source(20_000)
    model, _texts = _model(source, page_size=100, max_pages=3)
    assert model.rowCount(QModelIndex()) == 20_000 and model.total == 20_000
    assert source.fetches == [] and source.counts == 1
    assert _name(model, 12_345) == "Rad 12345"
    assert source.fetches == [(100, 12_300)] and model.cached_rows == 100
    for row in range(12_300, 12_400):  # the rest of the page: from the cache
        _name(model, row)
    assert source.fetches == [(100, 12_300)]


def test_the_cache_keeps_the_pages_used_last(qapp: Any) -> None:
    source = Source(1_000)
    model, _texts = _model(source, page_size=10, max_pages=2)
    for row in (0, 15, 3, 25):  # pages 0, 1, 0 again (from the cache), then 2: 1 is dropped
        _name(model, row)
    assert source.fetches == [(10, 0), (10, 10), (10, 20)]
    assert model.cached_rows == 20
    _name(model, 5)
    _name(model, 15)
    assert source.fetches[-1] == (10, 10)  # fetched again


def test_data_does_no_more_than_a_look_up(qapp: Any) -> None:
    """Every data() call crosses into Python (PITFALLS.md): one cache look-up and the column's
    text, and nothing at all for roles the list does not use."""
    source = Source(5_000)
    model, texts = _model(source)
    for role in ROLES_WITHOUT_WORK:
        assert model.data(model.index(4_000, 1), role) is None
    assert source.fetches == [] and texts == []  # no page was read for them
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert source.fetches == []
    for _ in range(3):
        assert _name(model, 7) == "Rad 0007"
    assert len(source.fetches) == 1 and texts == [source.rows[7]] * 3
    assert model.data(model.index(7, 0), ID_ROLE) == 7
    assert model.data(model.index(7, 0), ROW_ROLE) is source.rows[7]
    assert source.counts == 1 and len(source.fetches) == 1
    assert model.data(QModelIndex()) is None


def test_a_list_that_cannot_be_read_shows_nothing_and_does_not_crash(
    qapp: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(limit: int, offset: int) -> list[Row]:
        raise RuntimeError("the session is closed")

    model = PagedTableModel([Column(lambda: "Name", lambda row: row.name)])
    model.set_query(broken, lambda: 3)
    with caplog.at_level(logging.ERROR):
        assert model.data(model.index(1, 0)) is None
    assert "could not be read" in caplog.text
    model.clear()
    assert model.rowCount(QModelIndex()) == 0 and model.data(model.index(0, 0)) is None


def test_a_list_without_a_sort_key_ignores_sorting(qapp: Any) -> None:
    source = Source(30)
    model, _texts = _model(source)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.counts == 1 and model.sort_key == ("", False) and model.sort_column() == -1


def test_sorting_asks_the_service_again_and_a_column_it_cannot_sort_is_refused(
    qapp: Any, qtbot: Any
) -> None:
    source = Source(30)
    model, _texts = _model(source, sort=("id", False))
    assert model.data(model.index(0, 0)) == "0"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Cannot be sorted"
    )
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None

    with qtbot.waitSignal(model.sortRejected):
        model.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.sort_key == ("id", False) and source.counts == 1

    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == ("id", True) and model.sort_column() == 0
    assert source.counts == 2 and model.cached_rows == 0  # counted again, cache forgotten
    assert model.data(model.index(0, 0)) == "29"
    model.sort(0, Qt.SortOrder.DescendingOrder)  # the same order again: nothing re-read
    assert source.counts == 2


def test_every_lazily_fetched_list_uses_the_one_model(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    add_cases(session, [("Adam på fritidsgården", "general"), ("Bodil i skolan", "specific")])
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    models = {
        "cases": window.case_list.model,
        "persons": window.people_page.persons,
        "organisations": window.people_page.organisations,
        "situation": window.situation_page.entries,
        "incidents": window.incidents_page.model,
        "disclosures": window.disclosures_page.model,
        "todo": window.todo_page.model,
    }
    kinds = {name: isinstance(model, PagedTableModel) for name, model in models.items()}
    assert kinds == dict.fromkeys(models, True)
    cases = window.case_list.model
    assert isinstance(cases, case_model.CaseTableModel)
    assert [cases.data(cases.index(r, 1)) for r in range(2)] == [
        "Adam på fritidsgården",
        "Bodil i skolan",
    ]
    cases.sort(1, Qt.SortOrder.DescendingOrder)
    assert cases.data(cases.index(0, 1)) == "Bodil i skolan"
