"""The buttons under a list of incoming items that act on the chosen item: "Take into the
situation picture…", "Link to case…", "Save a copy…", "View the file"… Each set of them is an
:class:`ItemButtons` over the same :class:`ItemPlace`: the window and button row they stand in,
the chosen item, the session (None once locked), the line that says what happened, and the
application's task runner. The window of all incoming information and the case window's tab
each make one place and hand it to every set."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

if TYPE_CHECKING:
    from kopingplan.gui.common.tasks import TaskRunner
    from kopingplan.services.session import Session


@dataclass(frozen=True)
class ItemPlace:
    owner: QDialog  # the window: parent of the small dialogs and of the progress
    button_box: QDialogButtonBox
    current: Callable[[], Any]  # the chosen incoming item, or None
    session: Callable[[], Session | None]
    note: QLabel  # says what was done, or what went wrong
    runner: TaskRunner


class ItemButtons:
    """Base of a set of buttons of a list of incoming items (see the module)."""

    def __init__(self, place: ItemPlace) -> None:
        self.owner, self.current, self.session = place.owner, place.current, place.session
        self.note, self.runner = place.note, place.runner
        self._button_box = place.button_box

    def add_button(self) -> QPushButton:
        """A button in the row, its text set by the subclass's ``retranslate``."""
        return self._button_box.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
