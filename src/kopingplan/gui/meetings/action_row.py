"""The keyboard in a meeting's row for a new action (what, responsible, due by, Add action).

Enter in any of its fields adds the action, as a click on "Add action" does: the coordinator
who picked the responsible or typed the day last need not find the button. Tab goes through the
row one field at a time, Action → Responsible → Due by → Add action (and Shift+Tab back): a date
field's own Tab walked its year, month and day first, so two more Tabs seemed to do nothing. The
day's parts are still reached by the arrow keys or by typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit, QLineEdit, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActionRowKeys(QObject):
    """Enter in ``what``, ``who`` (an editable combo) or ``due`` calls ``add``; Tab and
    Shift+Tab leave ``due`` for ``button`` and ``who``."""

    def __init__(
        self,
        what: QLineEdit,
        who: QComboBox,
        due: QDateEdit,
        button: QAbstractButton,
        add: Callable[[], None],
    ) -> None:
        super().__init__(due)
        self.who, self.due, self.button, self.add = who, due, button, add
        QWidget.setTabOrder(what, who)
        QWidget.setTabOrder(who, due)
        QWidget.setTabOrder(due, button)
        what.returnPressed.connect(add)
        typed = who.lineEdit()
        if typed is not None:  # after the combo took a completion offered inline
            typed.returnPressed.connect(add)
        due.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.due or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key, modifiers = event.key(), event.modifiers()
        if modifiers & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False
        if key in ENTER_KEYS:
            # The field takes the day typed before the row reads it (as it does on leaving).
            self.due.interpretText()
            self.add()
            return True
        if key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.button.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key == Qt.Key.Key_Backtab or key == Qt.Key.Key_Tab:
            self.who.setFocus(Qt.FocusReason.BacktabFocusReason)
            return True
        return False
