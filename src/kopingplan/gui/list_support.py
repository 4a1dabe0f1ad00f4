"""What every lazily fetched list page shares: table set-up, a typing pause for text filters,
and the column layout remembered in QSettings (widths and order, never content)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView

from kopingplan.gui import settings as app_settings
from kopingplan.gui.paged_model import PagedTableModel

TEXT_FILTER_DELAY_MS = 250


def setup_table(
    table: QTableView, model: PagedTableModel, widths: Sequence[int], settings_key: str
) -> None:
    """Fixed row heights (the view never asks thousands of rows for their size), movable
    columns, default widths for a first start, then the user's own layout if remembered."""
    table.setModel(model)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    state = app_settings.header_state(settings_key)
    if state is not None:
        header.restoreState(state)


def save_table(table: QTableView, settings_key: str) -> None:
    app_settings.save_header_state(settings_key, table.horizontalHeader().saveState())


def select_first_row(table: QTableView) -> None:
    model = table.model()
    if model is not None and model.rowCount() and not table.currentIndex().isValid():
        table.selectionModel().setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


class TextFilter(QObject):
    """Calls ``apply`` a moment after the user stops typing, or at once on Enter."""

    def __init__(self, edit: QLineEdit, apply: Callable[[], None]) -> None:
        super().__init__(edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_FILTER_DELAY_MS)
        self._timer.timeout.connect(apply)
        edit.textChanged.connect(self._timer.start)
        edit.returnPressed.connect(self._timer.stop)
        edit.returnPressed.connect(apply)

    def stop(self) -> None:
        self._timer.stop()
