"""The keyboard focus is plainly visible (EN 301 549 11.2.4.7, WCAG 1.4.11).

A walk at 1366x768 found the case list and a case's timeline with the focus framed by one faint
pixel (the list covered the inner one), and a dialog's default button ("Ändra …") with the same
blue outline as a focused button while the keyboard was in a list. Here a list (and a text) with
the keyboard's focus has a band of at least two pixels in the highlight colour along all four
edges, at 100 % and at 150 %; a focused button has one just inside its outline that the default
button, unfocused, lacks; and the band stands out at least 3:1 from the window and from the
list's background, also in dark palettes whose highlight alone would not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common.focus_style import contrast  # WCAG 2's ratio

pytestmark = pytest.mark.gui

EDGES = ("left", "right", "top", "bottom")


class Window(QDialog):
    """A case window's parts: a list, a text, and a button row whose first is the default."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.addItems(["Samtal med skolan", "Anteckning", "Möte i insatsgruppen"])
        self.text = QPlainTextEdit("Oro för en elev")
        self.text.setTabChangesFocus(True)
        self.change = QPushButton("&Change …")
        self.change.setAutoDefault(True)
        self.change.setDefault(True)
        self.close_button = QPushButton("Close")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change)
        buttons.addWidget(self.close_button)
        for part in (self.list, self.text):
            layout.addWidget(part)
        layout.addLayout(buttons)
        self.resize(360, 300)


@pytest.fixture
def window(gui: QApplication, qtbot: Any) -> Iterator[Window]:
    made = Window()
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitActive(made)
    made.close_button.setFocus()  # not by keyboard: nothing is drawn as focused yet
    yield made


def tab_to(window: Window, target: QWidget) -> None:
    """Tab (a real key) until ``target`` has the focus, as a keyboard user does."""
    for _ in range(6):
        if target.hasFocus():
            return
        focused = QApplication.focusWidget()
        QTest.keyClick(focused if focused is not None else window, Qt.Key.Key_Tab)
    assert target.hasFocus()


def picture(widget: QWidget, ratio: float) -> QImage:
    """``widget`` as the screen shows it at ``ratio`` (1.5 for a 150 % laptop)."""
    image = QImage(
        round(widget.width() * ratio),
        round(widget.height() * ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(widget.palette().color(QPalette.ColorRole.Window))
    widget.render(image, QPoint(0, 0))
    return image


def near(colour: QColor, target: QColor) -> bool:
    pairs = zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True)
    return all(abs(a - b) <= 12 for a, b in pairs)


def band(image: QImage, edge: str, colour: QColor) -> int:
    """The longest run of ``colour`` within the first 6 screen pixels in from the middle of
    ``edge``: the width of a frame drawn there."""
    width, height = image.width(), image.height()
    points = {
        "left": [(x, height // 2) for x in range(6)],
        "right": [(width - 1 - x, height // 2) for x in range(6)],
        "top": [(width // 2, y) for y in range(6)],
        "bottom": [(width // 2, height - 1 - y) for y in range(6)],
    }[edge]
    longest = run = 0
    for x, y in points:
        run = run + 1 if near(image.pixelColor(x, y), colour) else 0
        longest = max(longest, run)
    return longest


def highlight(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


@pytest.mark.parametrize("ratio", [1.0, 1.5])
@pytest.mark.parametrize("part", ["list", "text"])
def test_a_list_or_text_with_the_keyboard_has_a_wide_frame(
    window: Window, part: str, ratio: float
) -> None:
    view = getattr(window, part)
    before = picture(view, ratio)
    assert all(band(before, edge, highlight(view)) == 0 for edge in EDGES)  # not focused

    tab_to(window, view)
    focused = picture(view, ratio)
    wide = 2 * ratio  # two of the widget's pixels: three on the screen at 150 %
    for edge in EDGES:
        assert band(focused, edge, highlight(view)) >= wide, edge

    tab_to(window, window.change)  # the keyboard leaves: the frame goes
    after = picture(view, ratio)
    assert all(band(after, edge, highlight(view)) == 0 for edge in EDGES)


@pytest.mark.parametrize("ratio", [1.0, 1.5])
def test_a_focused_button_is_unlike_the_default_button(window: Window, ratio: float) -> None:
    tab_to(window, window.list)
    assert window.change.isDefault() and not window.change.hasFocus()
    default = picture(window.change, ratio)
    # The default button has Fusion's thin outline (a darker blue), no band of the highlight.
    assert all(band(default, edge, highlight(window.change)) == 0 for edge in EDGES)

    tab_to(window, window.change)
    focused = picture(window.change, ratio)
    for edge in EDGES:
        assert band(focused, edge, highlight(window.change)) >= 2 * ratio, edge

    tab_to(window, window.close_button)  # an ordinary button focused: the same band
    other = picture(window.close_button, ratio)
    assert all(band(other, edge, highlight(window.close_button)) >= 2 for edge in EDGES)


def dark(accent: str) -> QPalette:
    """A dark palette as Qt's Windows theme makes it in dark mode (window #1e1e1e)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#1e1e1e"),
        (QPalette.ColorRole.Base, "#2d2d2d"),
        (QPalette.ColorRole.AlternateBase, "#353535"),
        (QPalette.ColorRole.Button, "#3c3c3c"),
        (QPalette.ColorRole.WindowText, "#ffffff"),
        (QPalette.ColorRole.Text, "#ffffff"),
        (QPalette.ColorRole.ButtonText, "#ffffff"),
        (QPalette.ColorRole.Highlight, accent),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize(
    "palette",
    ["light", "dark", "dark, dim highlight"],
)
def test_the_focus_frame_stands_out_from_the_window(window: Window, palette: str) -> None:
    if palette != "light":  # light: the application's own (Fusion's standard palette)
        window.setPalette(dark("#0078d4" if palette == "dark" else "#264f78"))
    background = window.palette().color(QPalette.ColorRole.Window)
    inside = window.list.palette().color(QPalette.ColorRole.Base)
    tab_to(window, window.list)
    image = picture(window.list, 1.0)
    for x, y in ((0, image.height() // 2), (1, image.height() // 2), (image.width() // 2, 1)):
        frame = image.pixelColor(x, y)
        assert contrast(frame, background) >= 3.0, (palette, frame.name())
        assert contrast(frame, inside) >= 3.0, (palette, frame.name())  # the list's own
    if palette == "light":  # the highlight itself is enough there: it is the frame
        assert band(image, "left", highlight(window.list)) >= 2
    tab_to(window, window.change)
    button = picture(window.change, 1.0)
    band_colour = button.pixelColor(2, button.height() // 2)
    assert contrast(band_colour, background) >= 3.0, (palette, band_colour.name())


def test_the_contrast_is_wcags() -> None:
    """The ratio the frame test relies on, against values WCAG's own examples give."""
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
