"""A choice's mnemonic takes the user into the choice's own field.

A radio button such as "&Anonymous, pseudonym:" stands before the field it opens. Qt's own
mnemonic only focuses the radio and checks it a moment later (``animateClick``), so Alt+A left
the cursor on the radio and a keyboard user had to find the field the choice is about. With
:func:`focus_field_on_mnemonic` the mnemonic checks the choice at once and puts the cursor in
its field, as a caption's mnemonic does for its buddy. A click and the arrow keys between the
choices behave as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget


class _ChoiceField(QObject):
    """Watches one choice; its mnemonic checks it and focuses ``field``."""

    def __init__(self, choice: QAbstractButton, field: QWidget) -> None:
        super().__init__(choice)
        self._choice, self._field = choice, field
        choice.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._choice or event.type() != QEvent.Type.Shortcut:
            return False
        if getattr(event, "isAmbiguous", lambda: False)():
            return False  # two widgets share the letter: let Qt move between them
        self._choice.setChecked(True)  # at once: its toggled handler enables the field
        field = self._field
        target = field if field.isEnabled() and field.isVisibleTo(field.window()) else watched
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


def focus_field_on_mnemonic(choices: Iterable[tuple[QAbstractButton, QWidget]]) -> None:
    """For each (choice, field): the choice's mnemonic checks it and focuses its field."""
    for choice, field in choices:
        _ChoiceField(choice, field)
