"""A list reached by the keyboard shows where the keyboard is.

After its caption's Alt key ("&Recipients:") a check list had the focus with only a faint line
round its first row (and Qt counts a focus moved by a shortcut as no keyboard focus, so the
frames that follow ``WA_KeyboardFocusChange`` stay off): a keyboard user could not see which
row Space would tick. With :func:`show_keyboard_focus` a focus that came by a shortcut or by
Tab counts as keyboard focus, and when the focus comes other than by a click (also as the
window opens) the first row a user can choose becomes the current row, selected
(highlighted), when none is. Selecting ticks nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

# A click chooses its own row; a popup or the menu bar handing the focus back changes nothing.
_NOT_BY_KEYBOARD = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.PopupFocusReason,
    Qt.FocusReason.MenuBarFocusReason,
)
_KEYS = (
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
)


class _KeyboardFocus(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and event.reason() not in _NOT_BY_KEYBOARD
        ):
            if event.reason() in _KEYS:
                self._view.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            first_choosable_current(self._view)
        return False


def first_choosable_current(view: QAbstractItemView) -> None:
    """Makes the first enabled row current and selected when no row is selected."""
    model, selection = view.model(), view.selectionModel()
    if model is None or selection is None or selection.hasSelection():
        return
    current = view.currentIndex()
    rows = range(model.rowCount(view.rootIndex()))
    candidates = (
        [current] if current.isValid() else [model.index(r, 0, view.rootIndex()) for r in rows]
    )
    for index in candidates:
        if index.flags() & Qt.ItemFlag.ItemIsEnabled:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return


def show_keyboard_focus(view: QAbstractItemView) -> None:
    """``view`` shows its focus and a highlighted current row when the keyboard brings the focus."""
    _KeyboardFocus(view)


class _OpeningFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QWidget)
            and isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() == Qt.FocusReason.ActiveWindowFocusReason
        ):
            watched.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            watched.removeEventFilter(self)  # once: later focus follows Qt's own rule
        return False


def focus_shown(widget: QWidget) -> None:
    """``widget`` has the keyboard when its window opens, and is drawn with the focus: Fusion
    marks a combo box's or check box's focus only after a keyboard focus change in the window,
    which the window's opening clears, so a form opened on a choice looked unfocused."""
    widget.setFocus()
    widget.installEventFilter(_OpeningFocus(widget))
