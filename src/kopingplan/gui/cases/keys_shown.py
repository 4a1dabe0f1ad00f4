"""The case list's and the case window's lists show where the keys go, on a chosen row.

After unlocking, the case list had the keyboard but looked as if it had not: Qt draws the focus
(our style's frame inside the list, the line round the current row) only after a focus change
by Tab or a letter in that window, and a window's activation (unlocking, closing a case window)
or a focus given in code (choosing the section) clears that mark. In a case's window a list
reached by Tab or a letter had a current row drawn only as a faint dotted line, none chosen, so
Enter and the row menu acted on a row the user could not see.

With :func:`keys_shown` a list that gets the focus other than by a click (by Tab, a letter, the
window's activation, a focus given in code) is drawn with the focus, and its current row, or
the first when there is none, is chosen (selected whole, highlighted). A click chooses its own
row and follows Qt's own rule; a popup or the menu bar handing the focus back changes nothing.

A tab's letter showed the tab and left the keyboard where it was (on "Edit…" when the case
window had just opened): Alt+T showed the timeline, and it took eight Tabs to reach it. With
:func:`tab_letters_reach` the letter of a tab that is one list puts the keyboard in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcutEvent
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

_NOT_BY_KEYBOARD = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)
_CHOOSE = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class _KeysShown(QObject):
    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(view)
        self._view, self._column = view, column
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and _keyboard_arrives(event):
            show_keys_in(self._view, self._column)
        return False


def _keyboard_arrives(event: QEvent) -> bool:
    """The focus comes to the list other than by a click, a popup or the menu bar."""
    if event.type() != QEvent.Type.FocusIn or not isinstance(event, QFocusEvent):
        return False
    return event.reason() not in _NOT_BY_KEYBOARD


def keys_shown(view: QAbstractItemView, column: int = 0) -> None:
    """``view`` is drawn with the focus and a chosen row whenever the keyboard is in it (see
    the module text); a row chosen here has its focus line in ``column``."""
    _KeysShown(view, column)


def show_keys_in(view: QAbstractItemView, column: int = 0) -> None:
    """Marks the focus of ``view``'s window as the keyboard's (so it is drawn) and chooses a row."""
    view.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    choose_row(view, column)
    view.viewport().update()


def choose_row(view: QAbstractItemView, column: int = 0) -> None:
    """The current row selected whole; the first row current when none is. A row already chosen
    stays chosen with whatever else is selected."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or not model.rowCount(view.rootIndex()):
        return
    current = view.currentIndex()
    if current.isValid() and selection.isRowSelected(current.row(), current.parent()):
        return
    if not current.isValid():
        current = model.index(0, column, view.rootIndex())
    selection.setCurrentIndex(current, _CHOOSE)
    view.scrollTo(current)


class _TabLetters(QObject):
    def __init__(self, tabs: QTabWidget, lists: dict[QWidget, QAbstractItemView]) -> None:
        super().__init__(tabs)
        self._tabs, self._lists = tabs, lists
        tabs.tabBar().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QShortcutEvent) or event.isAmbiguous():
            return False  # two tabs share the letter: Qt moves between them
        tabs = self._tabs
        for page, view in self._lists.items():
            index = tabs.indexOf(page)
            if tabs.isTabEnabled(index) and QKeySequence.mnemonic(tabs.tabText(index)) == (
                event.key()
            ):
                tabs.setCurrentIndex(index)
                view.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


def tab_letters_reach(tabs: QTabWidget, lists: dict[QWidget, QAbstractItemView]) -> None:
    """The letter of each tab in ``lists`` ("&Timeline") shows the tab and puts the keyboard in
    its list (drawn so, on a chosen row, when the list is :func:`keys_shown`)."""
    _TabLetters(tabs, lists)
