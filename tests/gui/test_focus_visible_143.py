"""The keyboard focus is plainly visible on fields too (EN 301 549 11.2.4.7, WCAG 1.4.11).

After lists and buttons (test_focus_visible_138.py) the case form's "Ansvarig grupp" still showed
its focus Fusion's way: a one-pixel outline in a darker highlight, as faint as the lists' was; a
check box, a radio button and a tab a faint rectangle. Here a line edit (in a form row and as a
table's cell editor), a combo box (editable or not), a date field (with and without its
calendar), a spin box, a check box's and a radio button's label and the current tab have, with
the keyboard's focus, a band of at least two pixels in the focus colour along all four edges,
at 100 % and 150 %; without the focus they look as Fusion draws them; what is inside the band
(the text) is as Fusion draws it, so the band covers none of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from tests.gui.test_focus_visible_138 import EDGES, band, near, picture
from tests.gui.test_focus_visible_138 import tab_to as tab_into

from kopingplan.gui.common.focus_style import contrast, focus_colour

pytestmark = pytest.mark.gui

FIELDS = ("line", "combo", "editable", "date", "calendar", "spin")
LABELLED = ("check", "radio", "tabs")


class Form(QDialog):
    """A case form's kinds of field in form rows, then a table whose cell can be edited."""

    def __init__(self) -> None:
        super().__init__()
        form = QFormLayout(self)
        self.first = QPushButton("Close")
        self.line = QLineEdit("Anna Berg")
        self.combo = QComboBox()
        self.combo.addItems(["Unggruppen", "Insatsgruppen"])
        self.editable = QComboBox()
        self.editable.setEditable(True)
        self.editable.addItems(["Insatsgruppen"])
        self.date = QDateEdit(QDate(2026, 12, 6))
        self.calendar = QDateEdit(QDate(2026, 12, 6))
        self.calendar.setCalendarPopup(True)
        self.spin = QSpinBox()
        self.check = QCheckBox("Samtycke givet")
        self.radio = QRadioButton("Högerextremism")
        self.tabs = QTabBar()
        for title in ("Ärende", "Kontakter"):
            self.tabs.addTab(title)
        self.table = QTableWidget(2, 2)
        self.table.setItem(0, 0, QTableWidgetItem("Samtal med skolan"))
        form.addRow(self.first)
        for label, field in (
            ("Name", self.line),
            ("Responsible group", self.combo),
            ("Group", self.editable),
            ("Date", self.date),
            ("Follow-up", self.calendar),
            ("Number", self.spin),
            ("", self.check),
            ("", self.radio),
            ("", self.tabs),
            ("", self.table),
        ):
            form.addRow(label, field)
        self.resize(520, 560)  # a form's share of a 1366x768 window


@pytest.fixture
def form(gui: QApplication, qtbot: Any) -> Iterator[Form]:
    flash = gui.cursorFlashTime()
    gui.setCursorFlashTime(0)  # the text cursor shown steadily: pictures comparable
    made = Form()
    qtbot.addWidget(made)
    made.show()
    made.activateWindow()
    qtbot.waitActive(made)
    made.first.setFocus()  # not by keyboard
    yield made
    gui.setCursorFlashTime(flash)


def tab_to(form: Form, target: QWidget) -> None:
    """Tab (a real key) to ``target`` from the control before it, as a keyboard user does."""
    before = target.previousInFocusChain()
    while not before.isVisible() or before.focusPolicy() == Qt.FocusPolicy.NoFocus:
        before = before.previousInFocusChain()
    before.setFocus()
    tab_into(form, target)  # type: ignore[arg-type]


def the_focus(widget: QWidget) -> QColor:
    return focus_colour(widget.palette())


def as_fusion(widget: QWidget, ratio: float) -> QImage:
    """``widget`` as plain Fusion draws it, in the same state."""
    own = widget.style()
    fusion = QStyleFactory.create("Fusion")
    widget.setStyle(fusion)
    try:
        return picture(widget, ratio)
    finally:
        widget.setStyle(own)


def inside(image: QImage, margin: int) -> QImage:
    return image.copy(margin, margin, image.width() - 2 * margin, image.height() - 2 * margin)


def marked(widget: QWidget) -> QRect:
    """Where a labelled control shows its focus: the label's focus rectangle, the tab."""
    if isinstance(widget, QTabBar):
        return widget.tabRect(widget.currentIndex())
    assert isinstance(widget, QAbstractButton)
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    element = (
        QStyle.SubElement.SE_CheckBoxFocusRect
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonFocusRect
    )
    return widget.style().subElementRect(element, option, widget)


def part(image: QImage, rect: QRect, ratio: float) -> QImage:
    return image.copy(
        round(rect.x() * ratio),
        round(rect.y() * ratio),
        round(rect.width() * ratio),
        round(rect.height() * ratio),
    )


@pytest.mark.parametrize("ratio", [1.0, 1.5])
@pytest.mark.parametrize("name", FIELDS)
def test_a_field_with_the_keyboard_has_a_wide_frame(form: Form, name: str, ratio: float) -> None:
    field = getattr(form, name)
    before = picture(field, ratio)
    assert all(band(before, edge, the_focus(field)) == 0 for edge in EDGES)  # not focused
    assert before == as_fusion(field, ratio)  # Fusion's look, unchanged

    tab_to(form, field)
    focused = picture(field, ratio)
    for edge in EDGES:
        assert band(focused, edge, the_focus(field)) >= 2 * ratio, edge
    # Inside the band all is as Fusion draws it with the focus: the band hides no text.
    margin = round(3 * ratio) + 1
    assert inside(focused, margin) == inside(as_fusion(field, ratio), margin)

    tab_to(form, form.table)  # the keyboard leaves: the band goes
    assert picture(field, ratio) == before


@pytest.mark.parametrize("ratio", [1.0, 1.5])
@pytest.mark.parametrize("name", LABELLED)
def test_a_check_box_radio_button_or_tab_with_the_keyboard_has_a_band(
    form: Form, name: str, ratio: float
) -> None:
    control = getattr(form, name)
    before = picture(control, ratio)
    assert before == as_fusion(control, ratio)

    tab_to(form, control)
    focused = part(picture(control, ratio), marked(control), ratio)
    for edge in EDGES:
        assert band(focused, edge, the_focus(control)) >= 2 * ratio, edge

    tab_to(form, form.table)
    assert picture(control, ratio) == before


@pytest.mark.parametrize("ratio", [1.0, 1.5])
def test_a_tables_cell_editor_shows_the_focus_and_its_text_whole(
    form: Form, qtbot: Any, ratio: float
) -> None:
    tab_to(form, form.table)
    form.table.setCurrentCell(0, 0)
    QTest.keyClick(form.table, Qt.Key.Key_F2)  # edit the cell, by keyboard
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Samtal med skolan"
    editor.setCursorPosition(0)
    image = picture(editor, ratio)
    for edge in EDGES:
        assert band(image, edge, the_focus(editor)) >= 2 * ratio, edge
    margin = round(2 * ratio) + 1
    assert inside(image, margin) == inside(as_fusion(editor, ratio), margin)
    assert not near(image.pixelColor(image.width() // 2, image.height() // 2), the_focus(editor))


def test_the_fields_band_stands_out_from_the_window_and_the_field(form: Form) -> None:
    tab_to(form, form.line)
    image = picture(form.line, 1.0)
    frame = image.pixelColor(1, image.height() // 2)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(frame, form.palette().color(role)) >= 3.0, role
