"""A choice's mnemonic takes the user into the choice's own field.

A radio button such as "&Anonymous, pseudonym:" stands before the field it opens. Qt's own
mnemonic only focuses the radio and checks it a moment later (``animateClick``), so Alt+A left
the cursor on the radio and a keyboard user had to find the field the choice is about. With
:func:`focus_field_on_mnemonic` the mnemonic checks the choice at once and puts the cursor in
its field, as a caption's mnemonic does for its buddy. A click and the arrow keys between the
choices behave as before. :func:`caption_chooses` does the same for a caption of a field that
only its choice enables ("Reachable a&t:" beside the pseudonym): its letter did nothing while
another choice was checked. :func:`mnemonic_focuses` gives a group box's title the same aim: Qt
sends its letter to the child last focused in the box, not to the list the title names.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


class _ChoiceField(QObject):
    """Watches the mnemonic of ``trigger`` (the choice, a caption or a box): it checks ``choice``
    (if any) and focuses ``field``."""

    def __init__(self, trigger: QWidget, choice: QAbstractButton | None, field: QWidget) -> None:
        super().__init__(trigger)
        self._trigger, self._choice, self._field = trigger, choice, field
        trigger.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._trigger or event.type() != QEvent.Type.Shortcut:
            return False
        if getattr(event, "isAmbiguous", lambda: False)():
            return False  # two widgets share the letter: let Qt move between them
        if self._choice is not None:
            self._choice.setChecked(True)  # at once: its toggled handler enables the field
        field = self._field
        usable = field.isEnabled() and field.isVisibleTo(field.window())
        target = field if usable else self._choice
        if target is None:
            return False  # nothing of ours to focus: Qt's own way
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True


def focus_field_on_mnemonic(choices: Iterable[tuple[QAbstractButton, QWidget]]) -> None:
    """For each (choice, field): the choice's mnemonic checks it and focuses its field."""
    for choice, field in choices:
        _ChoiceField(choice, choice, field)


def caption_chooses(caption: QLabel, choice: QAbstractButton) -> None:
    """The mnemonic of ``caption`` checks ``choice`` (which enables the caption's field) and
    focuses the field, whichever choice was checked before."""
    field = caption.buddy()
    if field is not None:
        _ChoiceField(caption, choice, field)


def mnemonic_focuses(trigger: QWidget, field: QWidget) -> None:
    """The mnemonic of ``trigger`` (a group box's "&Agenda and decisions") always focuses
    ``field`` (the agenda), whichever child of the box had the focus last."""
    _ChoiceField(trigger, None, field)
