"""Notices at the top of the main window: what needs attention right after unlocking.

A notice is a calm bar, not a dialog: it does not steal the keyboard from the case list and it
cannot be left open behind a lock. Kinds: forms kept as drafts when the vault was locked
("open them again / discard"), follow-ups due today or overdue ("show To do"), the backup
reminder and recipients' certificates that end soon. The texts are functions, so a language
switch re-renders a notice already on show.

All of them live in ONE :class:`NoticeArea`, one notice tall whatever their number ("1 of 3"
with buttons to the others): stacked bars pushed the status bar and the sections' buttons off
a 768 px laptop screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.text_room import make_room

Text = Callable[[], str]


class NoticeBar(Retranslating, QFrame):
    """One notice: a text and up to a few buttons; every button also closes the notice."""

    dismissed = Signal()

    def __init__(self, key: str, text: Text, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"notice_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A pale fill from the palette keeps it readable in light and dark themes.
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        self._text = text
        self._dismissed = False
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

    def add_button(self, text: Text, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)

        def dismiss_then_act() -> None:
            self.dismiss()
            action()

        button.clicked.connect(dismiss_then_act)
        layout = self.layout()
        if layout is not None:  # the bar's row, made in __init__
            layout.addWidget(button)
        button.show()  # a layout shows a new child of a visible bar only later, from the loop
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

    @property
    def is_dismissed(self) -> bool:
        return self._dismissed

    def dismiss(self) -> None:
        if getattr(self, "_dismissed", False):
            return
        self._dismissed = True
        self.hide()
        self.dismissed.emit()
        self.deleteLater()

    def retranslate(self) -> None:
        self.refresh()


class NoticeArea(Retranslating, QWidget):
    """The one place for notices: shows one at a time, newest kind first as added, with
    "1 of 3" and buttons to go through them. Hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeArea")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.stack = QStackedWidget(self)
        self.stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.stack, 1)
        self.pager = QWidget(self)
        pager = QHBoxLayout(self.pager)
        pager.setContentsMargins(0, 0, 0, 0)
        pager.setSpacing(2)
        self.previous_button = QToolButton(self.pager)
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.position = QLabel(self.pager)
        self.next_button = QToolButton(self.pager)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.clicked.connect(lambda: self._step(1))
        for widget in (self.previous_button, self.position, self.next_button):
            pager.addWidget(widget)
        layout.addWidget(self.pager, 0, Qt.AlignmentFlag.AlignVCenter)
        self._retranslate()
        self._update()

    def add(self, bar: NoticeBar) -> NoticeBar:
        """Shows ``bar`` (first of all when it is the only one), replacing one of its key."""
        for old in self.notices():
            if old.key == bar.key:
                old.dismiss()
        self.stack.addWidget(bar)
        bar.dismissed.connect(lambda: self._remove(bar))
        self._update()
        return bar

    def notices(self) -> list[NoticeBar]:
        found = [self.stack.widget(i) for i in range(self.stack.count())]
        return [w for w in found if isinstance(w, NoticeBar) and not w.is_dismissed]

    def current(self) -> NoticeBar | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, NoticeBar) and not widget.is_dismissed else None

    def show_notice(self, bar: NoticeBar) -> None:
        self.stack.setCurrentWidget(bar)
        self._update()

    def _remove(self, bar: NoticeBar) -> None:
        self.stack.removeWidget(bar)
        self._update()

    def _step(self, by: int) -> None:
        bars = self.notices()
        if not bars:
            return
        current = self.current()
        at = bars.index(current) if current in bars else 0
        self.show_notice(bars[(at + by) % len(bars)])

    def _update(self) -> None:
        bars = self.notices()
        self.setVisible(bool(bars))
        current = self.current()
        if bars and current is None:
            self.stack.setCurrentWidget(bars[0])
            current = bars[0]
        self.pager.setVisible(len(bars) > 1)
        if bars and current is not None:
            self.position.setText(
                self.tr("{at} of {count}").format(at=bars.index(current) + 1, count=len(bars))
            )
            # A screen reader says which notice this is and that there are more.
            self.position.setAccessibleName(
                self.tr("Notice {at} of {count}").format(
                    at=bars.index(current) + 1, count=len(bars)
                )
            )
        # Only the notice on show may take the keyboard (Tab) or a mnemonic.
        for bar in bars:
            bar.setVisible(bar is current)

    def _retranslate(self) -> None:
        self.previous_button.setAccessibleName(self.tr("Previous notice"))
        self.previous_button.setToolTip(self.tr("Previous notice"))
        self.next_button.setAccessibleName(self.tr("Next notice"))
        self.next_button.setToolTip(self.tr("Next notice"))

    def retranslate(self) -> None:
        self._retranslate()
        self._update()
