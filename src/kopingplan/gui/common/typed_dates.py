"""A whole day typed into a date editor, separators and all, is the day typed.

Qt's date editor moves on to the next section by itself once a section is full (a year's four
digits, a month's two), and then takes the "-" typed next as "go to the next section" again:
"2027-01-15 10:00" typed over a meeting's year became 2027-12-01 15:10 (the month skipped, its
digits typed into the day), and an agreement's "2028-12-31" ended on 2028-01-12. With the whole
text selected (Ctrl+A), the first digit replaced all of it, which the editor refused, so the
typed year was lost. And a digit that makes no date ("2026-02-30": the 0) is refused, so the
field shows 2026-02-03. All without a word. So, in every date editor that gets the keyboard
focus: a separator typed right after the editor moved past that same separator by itself is
dropped, a digit typed over the whole text starts in the first section, and a digit the editor
refuses is named in a tip under the field. The arrows, the calendar and a separator that does
move on (after "1" in a month) are untouched.

Installed once for the application (:func:`install`, from ``gui.app.configure``); an editor is
watched from the first time it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QToolTip, QWidget

_WATCHED = "typedDatesWatched"
_COMMANDS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _TypedDates(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QDateTimeEdit)
            or event.modifiers() & _COMMANDS  # Shift is typing (":"), Ctrl+A is not
            or len(event.text()) != 1
        ):
            return False
        line = watched.lineEdit()
        typed, text, start = event.text(), line.text(), line.selectionStart()
        if typed.isdigit():
            if text and line.selectedText() == text and watched.sectionCount() > 1:
                watched.setSelectedSection(watched.sectionAt(0))
            elif not watched.isReadOnly():  # once the editor has taken the digit, or not
                QTimer.singleShot(0, watched, lambda: _say_if_refused(watched, text, typed))
            return False
        passed = (
            start > 0
            and text[start - 1] == typed
            and line.selectedText() == watched.sectionText(watched.currentSection())
        )
        return passed  # True: the separator the editor already moved past


def _say_if_refused(editor: QDateTimeEdit, before: str, typed: str) -> None:
    """The editor refused a digit (a 30th of February, a 13th month) and kept what it had:
    say so under it, or "2026-02-30" stands as 2026-02-03, unnoticed."""
    if editor.lineEdit().text() == before and editor.hasFocus():
        words = QCoreApplication.translate(
            "TypedDates", "No such date: {digit} cannot be typed there."
        ).format(digit=typed)
        QToolTip.showText(editor.mapToGlobal(QPoint(0, editor.height())), words, editor)


def watch(editor: QDateTimeEdit) -> None:
    """Makes ``editor`` take a typed day as typed (once; :func:`install` does it on focus)."""
    global _filter
    if not editor.property(_WATCHED):
        editor.setProperty(_WATCHED, True)
        _filter = _filter or _TypedDates()
        editor.installEventFilter(_filter)


def _focused(_old: QWidget | None, new: QWidget | None) -> None:
    if isinstance(new, QDateTimeEdit):
        watch(new)


def install(app: QApplication) -> None:
    """Every date editor of the application is watched from its first focus (once, however
    often the application is configured)."""
    if not app.property(_WATCHED):
        app.setProperty(_WATCHED, True)
        app.focusChanged.connect(_focused)


_filter: _TypedDates | None = None  # one for every editor, made with the first
