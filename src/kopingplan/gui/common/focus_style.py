"""Fusion, with the keyboard focus visible on every control (EN 301 549 11.2.4.7).

Fusion marks the focus on line edits, combo boxes, check boxes and ordinary buttons, but
draws a list, a table, a tree or a read-only text the same with the focus as without, and a
dialog's default button looks focused whether it is or not. A coordinator working by keyboard
then cannot see where Tab went. This style draws, where the focus is and came by keyboard:

* a frame in the highlight colour inside a list's, table's or text's own frame;
* a second, inner outline on a push button (the default button's outline is already there).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QWidget,
)

_FOCUS = QStyle.StateFlag.State_HasFocus
_BY_KEYBOARD = QStyle.StateFlag.State_KeyboardFocusChange


def make() -> QProxyStyle:
    """The application's style: Fusion with the focus drawn (see the module text)."""
    return FocusStyle("Fusion")


class FocusStyle(QProxyStyle):
    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ShapedFrame and isinstance(
            widget, QAbstractScrollArea
        ):
            if widget.hasFocus() and _keyboard_focus(widget):
                self._outline(painter, option, inset=0, width=2)
        elif (
            element == QStyle.ControlElement.CE_PushButtonBevel
            and isinstance(widget, QPushButton)
            and option.state & _FOCUS
            and option.state & _BY_KEYBOARD
        ):
            self._outline(painter, option, inset=3, width=1)

    def _outline(self, painter: QPainter, option: QStyleOption, *, inset: int, width: int) -> None:
        painter.save()
        pen = QPen(option.palette.highlight().color(), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width // 2
        painter.drawRect(
            option.rect.adjusted(inset + half, inset + half, -inset - width, -inset - width)
        )
        painter.restore()


def _keyboard_focus(widget: QWidget) -> bool:
    """Qt's rule for a focus frame: the focus came by keyboard (Tab, a shortcut) in this window."""
    return widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
