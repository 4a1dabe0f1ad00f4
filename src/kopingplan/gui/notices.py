"""Notices at the top of the main window: what needs attention right after unlocking.

A notice is a calm bar, not a dialog: it does not steal the keyboard from the case list and it
cannot be left open behind a lock. Two kinds exist: forms kept as drafts when the vault was
locked ("open them again / discard"), and follow-ups due today or overdue ("show To do").
The texts are functions, so a language switch re-renders a notice already on show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kopingplan.gui.text_room import make_room

Text = Callable[[], str]


class NoticeBar(QFrame):
    """One notice: a text and up to a few buttons; every button also closes the notice."""

    def __init__(self, key: str, text: Text, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"notice_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A pale fill from the palette keeps it readable in light and dark themes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self._text = text
        self._buttons: list[tuple[QPushButton, Text]] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        make_room(self.label)
        self.refresh()

    def add_button(self, text: Text, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(lambda: (self.dismiss(), action()))
        self.layout().addWidget(button)
        self._buttons.append((button, text))
        self.refresh()
        return button

    @property
    def buttons(self) -> list[QPushButton]:
        return [button for button, _ in self._buttons]

    def refresh(self) -> None:
        self.label.setText(self._text())
        for button, text in self._buttons:
            button.setText(text())

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
