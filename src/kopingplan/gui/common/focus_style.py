"""Fusion, with the keyboard focus visible on every control (EN 301 549 11.2.4.7).

Fusion marks the focus on line edits, combo boxes, spin and date fields with a one-pixel
outline in a darker highlight, on check boxes, radio buttons and tabs with a faint rectangle,
and draws a list, a table, a tree or a text the same with the focus as without, and gives a
focused button the same thin blue outline as a dialog's default button, so the default
button looked focused while the keyboard was in a list. A coordinator working by keyboard
then cannot see where Tab went. This style draws, where the focus is and came by keyboard:

* a list's, table's, tree's or text's frame as a band two pixels wide in the focus colour.
  Fusion's frame is one pixel, and the list itself covered anything drawn inside it, so only
  one faint pixel showed: these views get a frame two pixels wide (its inner pixel in the
  list's own background while the list has no focus, so it looks as Fusion draws it);
* a band two pixels wide in the focus colour just inside a focused push button's outline, so
  a focused button has a thick blue edge and the default button, unfocused, Fusion's thin one;
* a band two pixels wide in the focus colour over the outline of a focused line edit, combo
  box, spin box or date field (and along the edge of a table's cell editor, which has none);
* the focus rectangle of a check box, a radio button or a tab as a band two pixels wide.

The focus colour is the palette's highlight, made darker (on a light window) or lighter (on a
dark one) only where it would stand out less than 3:1 from the window or a list's background
(WCAG 1.4.11).
Sizes are in the widget's pixels, so at 150 % the band is three screen pixels wide.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionFrame,
    QTabBar,
    QTextEdit,
    QWidget,
)

_FOCUS = QStyle.StateFlag.State_HasFocus
_BY_KEYBOARD = QStyle.StateFlag.State_KeyboardFocusChange
BAND = 2  # the focus band's width in the widget's pixels
MINIMUM_CONTRAST = 3.0  # WCAG 1.4.11, non-text contrast


def make() -> QProxyStyle:
    """The application's style: Fusion with the focus drawn (see the module text)."""
    return FocusStyle("Fusion")


class FocusStyle(QProxyStyle):
    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and _banded(widget):
            return max(value, BAND)  # room for the band that the view does not cover
        return value

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
            self._view_band(widget, option, painter)
        elif (
            element == QStyle.ControlElement.CE_PushButtonBevel
            and isinstance(widget, QPushButton)
            and option.state & _FOCUS
            and option.state & _BY_KEYBOARD
        ):
            _button_band(option, painter)
        elif (
            element == QStyle.ControlElement.CE_TabBarTab
            and isinstance(widget, QTabBar)
            and _keyboard_focused(option)
        ):
            # Fusion marks the current tab of a focused bar by a faint rectangle inside it.
            _band(painter, option.rect, 2, option.palette, radius=1.0)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and isinstance(widget, QLineEdit):
            framed = isinstance(option, QStyleOptionFrame) and option.lineWidth > 0
            if (framed and _keyboard_focused(option)) or _cell_editor(widget, option):
                _band(painter, option.rect, 0, option.palette)
            elif not framed and (field := _field_around(widget)) is not None:
                # The combo box's or date field's band where its text field covers it.
                _band(painter, field.translated(-widget.pos()), 0, option.palette)
        elif not _keyboard_focused(option):
            return
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(
            widget, QCheckBox | QRadioButton
        ):
            _band(painter, option.rect, 0, option.palette, radius=1.0)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if not _keyboard_focused(option) or not getattr(option, "frame", True):
            return
        if control == QStyle.ComplexControl.CC_ComboBox:
            _band(painter, option.rect, 0, option.palette)
        elif control == QStyle.ComplexControl.CC_SpinBox:
            _band(painter, _spin_outline(option.rect), 0, option.palette)

    def _view_band(
        self, widget: QAbstractScrollArea, option: QStyleOption, painter: QPainter
    ) -> None:
        frame = widget.frameWidth()
        if widget.hasFocus() and _keyboard_focus(widget):
            _fill_ring(painter, option.rect, 0, frame, focus_colour(option.palette))
            return
        outline = super().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, widget)
        if _banded(widget) and widget.frameShape() == QFrame.Shape.StyledPanel:
            # Fusion's outline, then the list's own background up to where the list starts.
            viewport = widget.viewport()
            inside = viewport.palette().color(viewport.backgroundRole())
            _fill_ring(painter, option.rect, outline, frame, inside)


def focus_colour(palette: QPalette) -> QColor:
    """The highlight, or the nearest shade of it that stands out 3:1 from the window and from
    a list's background (the colours on either side of a list's frame)."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorRole.Window)
    around = (window, palette.color(QPalette.ColorRole.Base))

    def stands_out(colour: QColor) -> bool:
        return all(contrast(colour, other) >= MINIMUM_CONTRAST for other in around)

    if stands_out(highlight):
        return highlight
    towards = QColor(Qt.GlobalColor.black if luminance(window) > 0.18 else Qt.GlobalColor.white)
    for step in range(1, 21):
        shade = _mix(highlight, towards, step / 20)
        if stands_out(shade):
            return shade
    return towards


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(colour: QColor, other: QColor, part: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * part,
        colour.greenF() + (other.greenF() - colour.greenF()) * part,
        colour.blueF() + (other.blueF() - colour.blueF()) * part,
    )


def _banded(widget: QWidget | None) -> bool:
    """A list, table, tree or text in a window of its own kind (not a combo box's popup)."""
    if not isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit):
        return False
    if isinstance(widget, QHeaderView):
        return False
    return widget.window().windowType() != Qt.WindowType.Popup


def _fill_ring(painter: QPainter, rect: QRect, start: int, end: int, colour: QColor) -> None:
    """Fills the band from ``start`` to ``end`` pixels inside ``rect``'s edges."""
    if end <= start:
        return
    outer, inner = rect.adjusted(start, start, -start, -start), rect.adjusted(end, end, -end, -end)
    width = end - start
    painter.save()
    for part in (
        QRect(outer.left(), outer.top(), outer.width(), width),
        QRect(outer.left(), inner.bottom() + 1, outer.width(), width),
        QRect(outer.left(), inner.top(), width, inner.height()),
        QRect(inner.right() + 1, inner.top(), width, inner.height()),
    ):
        painter.fillRect(part, colour)
    painter.restore()


def _button_band(option: QStyleOption, painter: QPainter) -> None:
    """A band just inside Fusion's one-pixel button outline."""
    _band(painter, option.rect, 1, option.palette)


def _band(
    painter: QPainter, rect: QRect, inset: int, palette: QPalette, radius: float = 2.0
) -> None:
    """A band of ``BAND`` pixels in the focus colour, ``inset`` pixels inside ``rect``'s edges,
    its corners rounded; its straight edges on whole screen pixels, so at 150 % it is three of
    them wide rather than two with a blurred one on each side."""
    device = painter.deviceTransform()
    ratio = abs(device.m11()) or 1.0  # the screen pixels per pixel
    x, y = device.dx(), device.dy()  # where the painter's origin is on the screen
    inset, width = math.floor(inset * ratio), math.ceil(BAND * ratio)  # in screen pixels
    left = math.floor(rect.x() * ratio + x) + inset
    top = math.floor(rect.y() * ratio + y) + inset
    right = math.floor((rect.x() + rect.width()) * ratio + x) - inset
    bottom = math.floor((rect.y() + rect.height()) * ratio + y) - inset
    outer = QRectF(
        (left - x) / ratio, (top - y) / ratio, (right - left) / ratio, (bottom - top) / ratio
    )
    step = width / ratio
    band = QPainterPath()
    band.addRoundedRect(outer, radius, radius)
    hole = QPainterPath()
    hole.addRect(outer.adjusted(step, step, -step, -step))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillPath(band.subtracted(hole), focus_colour(palette))
    painter.restore()


def _keyboard_focused(option: QStyleOption) -> bool:
    """The control drawn has the focus, and it came by keyboard (Tab, a shortcut)."""
    return bool(option.state & _FOCUS and option.state & _BY_KEYBOARD)


def _cell_editor(widget: QWidget, option: QStyleOption) -> bool:
    """A focused editor a list or table opened in one of its cells (frameless in Fusion). It
    is where typing goes, however it was opened (F2 does not count as a keyboard focus)."""
    viewport = widget.parentWidget()
    view = viewport.parentWidget() if viewport is not None else None
    return (
        isinstance(view, QAbstractItemView)
        and viewport is view.viewport()
        and bool(option.state & _FOCUS)
    )


def _field_around(widget: QWidget) -> QRect | None:
    """The outline of the combo box or spin box whose text field ``widget`` is, if it has the
    keyboard's focus."""
    field = widget.parentWidget()
    if not isinstance(field, QComboBox | QAbstractSpinBox):
        return None
    if not (field.hasFocus() and _keyboard_focus(field)):
        return None
    if isinstance(field, QAbstractSpinBox) and not (
        isinstance(field, QDateTimeEdit) and field.calendarPopup()
    ):
        return _spin_outline(field.rect())
    return field.rect()


def _spin_outline(rect: QRect) -> QRect:
    """Fusion draws a spin box's outline one pixel in from its top and bottom."""
    return rect.adjusted(0, 1, 0, -1)


def _keyboard_focus(widget: QWidget) -> bool:
    """Qt's rule for a focus frame: the focus came by keyboard (Tab, a shortcut) in this window."""
    return widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
