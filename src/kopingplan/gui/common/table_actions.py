"""What can be done to a row of a table, the same way in every table of the program.

:func:`install` gives a :class:`QAbstractItemView` (a table, tree or list view, or a widget
version of one):

* **Enter** (Return or keypad Enter) and a **double-click** open the row, i.e. run the first
  action (the default action, shown in bold in the menu). Enter is taken by the view: it does
  not go on to the dialog's default button, which would close the window;
* a **context menu** with the row's actions, from a right click, the **Menu** key or
  **Shift+F10** (the keyboard puts it at the current row, not where the mouse happens to be).
  Actions that do not apply to the row are shown greyed out; a row no action applies to (a
  heading, "No people recorded.") gets no menu.

The actions are given as :class:`RowAction` objects: a text function (called each time the
menu is made, so a language switch shows at once), what it does with the row's index, and when
it applies. Callers read their record from the index (``index.siblingAtColumn(0).data(role)``,
see :func:`row_value`).

Rows with nothing behind them to open (a history, a log) still open: :func:`show_row_action`
shows the row's columns in full, wrapped, in a small window, and :func:`copy_row_action`
copies what the row shows (the clipboard guard of :mod:`kopingplan.gui.common.clipboard` marks the
copy and clears it again, as it does every copy of the program).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kopingplan.errors import QT_TRANSLATE_NOOP

Index = QModelIndex


def _always(_index: Index) -> bool:
    return True


@dataclass(frozen=True)
class RowAction:
    """One thing that can be done to a row. ``text`` is called when the menu is made."""

    text: Callable[[], str]
    run: Callable[[Index], object]  # what it returns (a window it opened) is not used
    applies: Callable[[Index], bool] = _always
    shortcut: QKeySequence | None = field(default=None)


def row_value(
    index: Index | QPersistentModelIndex, role: int = Qt.ItemDataRole.UserRole, column: int = 0
) -> object:
    """The data of ``role`` in ``column`` of the index's row (where a view keeps the id)."""
    if not index.isValid():
        return None
    return index.sibling(index.row(), column).data(role)


def row_int(index: Index, role: int = Qt.ItemDataRole.UserRole, column: int = 0) -> int:
    """The record id a view keeps in ``role`` of the index's row, as an int (TypeError when the
    row holds none, as ``int(None)``)."""
    return int(cast(int, row_value(index, role, column)))


class TableActions(QObject):
    """Installed on one view by :func:`install`; kept as the view's child."""

    menuShown = Signal(QMenu)  # for tests and screenshots: the menu that was just popped up

    def __init__(self, view: QAbstractItemView, actions: Sequence[RowAction]) -> None:
        super().__init__(view)
        self.view = view
        self.actions: list[RowAction] = list(actions)
        self.menu: QMenu | None = None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        # Tab leaves the table for the next control (arrows move between cells): with Qt's
        # default a table with rows kept Tab to itself, a trap for anyone without a mouse.
        view.setTabKeyNavigation(False)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.doubleClicked.connect(self._double_clicked)

    # --- what the view's events become --------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and watched is self.view:
            return self._key(cast(QKeyEvent, event))  # Qt sends KeyPress as a QKeyEvent
        if kind == QEvent.Type.ContextMenu:
            menu_event = cast(QContextMenuEvent, event)
            if menu_event.reason() == QContextMenuEvent.Reason.Mouse:
                index = self.view.indexAt(self._viewport_pos(watched, menu_event.pos()))
                if index.isValid():
                    self.view.setCurrentIndex(index)
                self.show_menu(index, menu_event.globalPos())
            else:
                self.show_menu(self.view.currentIndex())
            return True
        return False

    def _viewport_pos(self, watched: QObject, pos: QPoint) -> QPoint:
        if watched is self.view:
            return self.view.viewport().mapFrom(self.view, pos)
        return pos

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and modifiers in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if self.view.state() == QAbstractItemView.State.EditingState:
                return False
            self.open(self.view.currentIndex())
            return True
        if key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            self.show_menu(self.view.currentIndex())
            return True
        for action in self.actions:
            if (
                action.shortcut is not None
                and QKeySequence(event.keyCombination()).matches(action.shortcut)
                == QKeySequence.SequenceMatch.ExactMatch
            ):
                index = self.view.currentIndex()
                if index.isValid() and action.applies(index):
                    action.run(index)
                    return True
        return False

    def _double_clicked(self, index: Index) -> None:
        self.open(index)

    # --- the actions -----------------------------------------------------------------------

    def open(self, index: Index) -> bool:
        """Runs the default (first) action on the row; False if it does not apply."""
        if not index.isValid() or not self.actions or not self.actions[0].applies(index):
            return False
        self.actions[0].run(index)
        return True

    def build_menu(self, index: Index) -> QMenu | None:
        """The row's menu (None when nothing applies to it), not shown."""
        if not index.isValid():
            return None
        applying = [action.applies(index) for action in self.actions]
        if not any(applying):
            return None
        menu = QMenu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        persistent = QPersistentModelIndex(index)  # the menu may outlive a refill of the view
        for number, (action, applies) in enumerate(zip(self.actions, applying, strict=True)):
            entry = menu.addAction(action.text())
            entry.setEnabled(applies)
            if action.shortcut is not None:
                entry.setShortcut(action.shortcut)
            if number == 0:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
                menu.setDefaultAction(entry)
            entry.triggered.connect(lambda _checked=False, a=action: self._run(a, persistent))
        return menu

    def _run(self, action: RowAction, persistent: QPersistentModelIndex) -> None:
        if not persistent.isValid():
            return  # the row went away while the menu was open
        model = persistent.model()
        index = model.index(persistent.row(), persistent.column(), persistent.parent())
        if action.applies(index):
            action.run(index)

    def show_menu(self, index: Index, at: QPoint | None = None) -> QMenu | None:
        menu = self.build_menu(index)
        if menu is None:
            return None
        if at is None:  # from the keyboard: at the current row
            rect = self.view.visualRect(index)
            at = self.view.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint())
        if self.menu is not None:
            self.menu.close()
        self.menu = menu
        menu.destroyed.connect(lambda *_: self._forget(menu))
        menu.popup(at)
        self.menuShown.emit(menu)
        return menu

    def _forget(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None


def install(view: QAbstractItemView, actions: Sequence[RowAction]) -> TableActions:
    """Enter and double-click open a row of ``view`` (``actions[0]``); a context menu offers
    them all. Returns the installed object (the view keeps it)."""
    return TableActions(view, actions)


def open_only(
    view: QAbstractItemView,
    open_row: Callable[[Index], None],
    applies: Callable[[Index], bool] = _always,
) -> TableActions:
    """The common case: one action, "Open", which Enter and a double-click run too."""
    return install(view, [RowAction(open_text, open_row, applies)])


def _word(text: str) -> Callable[[], str]:
    """A usual action's word as a :class:`RowAction` text: said in the language of the moment."""
    return lambda: QCoreApplication.translate("TableActions", text)


# The words of the usual actions, the same in every table.
open_text = _word(QT_TRANSLATE_NOOP("TableActions", "&Open"))
edit_text = _word(QT_TRANSLATE_NOOP("TableActions", "&Edit…"))
correct_text = _word(QT_TRANSLATE_NOOP("TableActions", "Co&rrect…"))
copy_text = _word(QT_TRANSLATE_NOOP("TableActions", "&Copy"))
remove_from_case_text = _word(QT_TRANSLATE_NOOP("TableActions", "Re&move from the case…"))
open_case_text = _word(QT_TRANSLATE_NOOP("TableActions", "Open the &case"))


# --- rows with nothing behind them: shown in full, copied as they are shown -------------------


def _columns(view: QAbstractItemView, index: Index) -> list[int]:
    """The columns the view shows for the index's row, left to right (a list shows one)."""
    if isinstance(view, QTableView | QTreeView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        count = index.model().columnCount(index.parent())
        shown = [c for c in range(count) if not view.isColumnHidden(c)]
        return sorted(shown, key=header.visualIndex)
    return [getattr(view, "modelColumn", lambda: 0)()]


def row_texts(view: QAbstractItemView, index: Index) -> list[tuple[str, str]]:
    """(heading, text) of each column the row shows, left to right (hidden columns left out;
    a list has no headings)."""
    if not index.isValid():
        return []
    model = index.model()
    tabular = isinstance(view, QTreeView | QTableView)
    found = []
    for column in _columns(view, index):
        text = index.siblingAtColumn(column).data(Qt.ItemDataRole.DisplayRole)
        heading = model.headerData(column, Qt.Orientation.Horizontal) if tabular else None
        found.append(("" if heading is None else str(heading), "" if text is None else str(text)))
    return found


def visible_text(view: QAbstractItemView, index: Index) -> str:
    """What the row shows, its columns separated by tabs (as a spreadsheet pastes them)."""
    return "\t".join(" ".join(text.split()) for _heading, text in row_texts(view, index))


def copy_row(view: QAbstractItemView, index: Index) -> None:
    """Puts what the row shows on the clipboard (the clipboard guard clears it again)."""
    text = visible_text(view, index)
    if text.strip():
        QGuiApplication.clipboard().setText(text)


def copy_row_action(view: QAbstractItemView) -> RowAction:
    return RowAction(copy_text, lambda index: copy_row(view, index), _has_text(view))


def _has_text(view: QAbstractItemView) -> Callable[[Index], bool]:
    return lambda index: bool(visible_text(view, index).strip())


class RowTextDialog(QDialog):
    """One row of a table in full: each column's heading and its whole text, wrapped."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rowTextDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("rowText")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(text)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 300)


def view_name(view: QAbstractItemView) -> str:
    """What the view is called: its accessible name, its label's text, or its window's title."""
    if view.accessibleName():
        return view.accessibleName()
    for label in view.window().findChildren(QLabel):
        if label.buddy() is view and label.text():
            return label.text().replace("&", "").strip().rstrip(":").strip()
    return view.window().windowTitle()


def row_full_text(view: QAbstractItemView, index: Index) -> str:
    lines = []
    for heading, text in row_texts(view, index):
        lines.append(f"{heading}: {text}" if heading else text)
    return "\n".join(lines)


def show_row(
    view: QAbstractItemView, index: Index, title: Callable[[], str] | None = None
) -> RowTextDialog:
    """Shows the row in full in a window of its own (read-only; Esc closes it)."""
    name = title() if title is not None else view_name(view)
    dialog = RowTextDialog(name, row_full_text(view, index), view.window())
    dialog.show()
    return dialog


def show_row_action(view: QAbstractItemView, title: Callable[[], str] | None = None) -> RowAction:
    """ "Open" for a row with nothing behind it: the row in full (:func:`show_row`)."""
    return RowAction(open_text, lambda index: show_row(view, index, title), _has_text(view))
