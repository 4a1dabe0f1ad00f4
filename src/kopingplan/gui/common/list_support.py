"""What every lazily fetched list page shares: table set-up, a typing pause for text filters,
the column layout remembered in QSettings (widths and order, never content), and the hint an
empty list shows (what to do first, or that the filters hide everything)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView

from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.paged_model import ID_ROLE, Index, PagedTableModel
from kopingplan.gui.common.retranslating import Retranslating

TEXT_FILTER_DELAY_MS = 250


def setup_table(
    table: QTableView,
    model: PagedTableModel,
    widths: Sequence[int],
    settings_key: str,
    *,
    stretch: int | None = None,
) -> bool:
    """Fixed row heights (the view never asks thousands of rows for their size), movable
    columns, default widths for a first start, then the user's own layout if remembered
    (True when it was: its sort arrow, say, is then the user's).

    ``stretch`` is the column of long free text (an observation, what happened): it takes
    the room the others leave, so the table fits its width on a 1280 px screen instead of
    cutting its last column off behind a scroll bar."""
    table.setModel(model)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    state = app_settings.header_state(settings_key, model.columnCount())
    restored = state is not None and header.restoreState(state)
    # After restoring (a layout saved earlier says otherwise): no blank strip at the right of
    # a wide window, and no column cut off at the right of a narrow one. A stretched last
    # section never gets narrower than it was before stretching: the text column stretches
    # alone.
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return restored


def emit_record_id(signal: SignalInstance, role: int = ID_ROLE) -> Callable[[Index], None]:
    """A row's "Open": sends the record id the row keeps under ``role`` through ``signal``
    (the page's ``…Activated(int)``); a row without one, a heading say, sends nothing."""

    def open_row(index: Index) -> None:
        record_id = index.data(role)
        if record_id is not None:
            signal.emit(int(record_id))

    return open_row


def save_table(table: QTableView, settings_key: str) -> None:
    model = table.model()
    columns = model.columnCount() if model is not None else 0
    app_settings.save_header_state(settings_key, table.horizontalHeader().saveState(), columns)


def select_row(table: QTableView, row: int) -> None:
    """Makes ``row`` (or the last, when there are fewer rows) the current and chosen row."""
    model = table.model()
    if model is not None and model.rowCount():
        table.selectionModel().setCurrentIndex(
            model.index(min(row, model.rowCount() - 1), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def select_first_row(table: QTableView) -> None:
    """Highlights the current row, or the first when none is current, when no row is chosen:
    in an active window the table's focus comes first and makes the first cell current
    without selecting it, which left only a faint frame for a keyboard user."""
    model, selection = table.model(), table.selectionModel()
    if model is not None and model.rowCount() and not selection.hasSelection():
        current = table.currentIndex()
        selection.setCurrentIndex(
            current if current.isValid() else model.index(0, 0),
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


class EmptyHint(Retranslating, QLabel):
    """A short text in the middle of an empty list: what to do first ("No cases yet. Create the
    first with New case…"), or that the filters hide everything. ``text`` is asked again on
    every change and language switch; an empty string shows nothing."""

    MARGIN = 16

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.setObjectName(f"{view.objectName()}EmptyHint")
        self._view = view
        self._text = text
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.setPalette(palette)
        view.viewport().installEventFilter(self)
        self._model: Any = None
        self.refresh()

    def _watch_model(self) -> None:
        model = self._view.model()
        if model is self._model:
            return
        self._model = model
        if model is not None:
            for signal in (
                model.modelReset,
                model.rowsInserted,
                model.rowsRemoved,
                model.layoutChanged,
            ):
                signal.connect(self.refresh)

    def refresh(self) -> None:
        self._watch_model()
        model = self._view.model()
        text = self._text() if model is None or model.rowCount() == 0 else ""
        self.setText(text)
        self._place()
        self.setVisible(bool(text))

    def _place(self) -> None:
        room = self._view.viewport().rect()
        margin = self.MARGIN
        width = max(0, room.width() - 2 * margin)
        height = min(room.height() - 2 * margin, self.heightForWidth(width) + 2 * margin)
        self.setGeometry(margin, margin, width, max(0, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def retranslate(self) -> None:
        self.refresh()
