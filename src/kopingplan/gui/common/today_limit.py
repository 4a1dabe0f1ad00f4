"""A date editor for a day of what has happened: no later than today, and still typeable.

Qt's date editor checks each typed section against its maximum with the other sections as they
stand. With today as the maximum, typing 2026-12-04 over 2026-10-11 on 5 December makes
2026-12-11 once the month is typed, which it refuses, so the editor ends on 2026-01-04 without a
word: a wrong day saved unseen. So the limit holds for the arrows and the calendar, and a typed
digit (or a day pasted by Ctrl+V: refused whole, the field kept its day without a word) lifts it
until the editing ends; a later day typed then stays shown as it is, and the rules name it under
the field, as :func:`~kopingplan.gui.common.form_values.set_date` does for an older record's
later day.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDateTimeEdit

_FAR = QDate(9999, 12, 31)


class _TypedDays(QObject):
    def __init__(self, editor: QDateTimeEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.latest = editor.maximumDate()  # today, or a closed case's closing day
        editor.installEventFilter(self)
        editor.editingFinished.connect(self.limit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (event.text().isdigit() or event.matches(QKeySequence.StandardKey.Paste))
            and self.editor.maximumDate() != _FAR
        ):
            self.latest = self.editor.maximumDate()
            self.editor.setMaximumDate(_FAR)
        elif event.type() == QEvent.Type.FocusOut:
            self.limit()
        return False

    def limit(self) -> None:
        """The limit again for the arrows and the calendar, or the typed later day, kept to be
        named and corrected rather than moved to the limit unseen."""
        if self.editor.maximumDate() == _FAR:
            self.editor.setMaximumDate(max(self.latest, self.editor.date()))


def up_to_today(editor: QDateTimeEdit) -> None:
    """``editor`` holds a day of what has happened: it goes no later than today by its arrows
    and calendar, and any day can still be typed digit by digit."""
    editor.setMaximumDate(QDate.currentDate())
    _TypedDays(editor)
