"""A message beside a field that is set before its form is shown (a reopened draft checked at
once, say) is as tall as the lines it takes at the width the form then has: it was measured at
the width of a widget not yet laid out (a hundred pixels or so), took many lines there and kept
that height as a tall gap once the form was shown at its normal width."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common.field_messages import FieldMessages
from kopingplan.gui.intake.concern_dialog import ConcernDialog

pytestmark = pytest.mark.gui

# About two lines beside a field of a dialog of normal width, a dozen at a hundred pixels.
MESSAGE = (
    "The day the concern came in must not be later than the day it was screened; choose the "
    "day the call or the letter actually reached you, as the screening followed it."
)


def lines_taken(line: QLabel) -> int:
    """How many lines the line's text takes at the width it has on screen."""
    metrics = line.fontMetrics()
    room = QRect(0, 0, line.contentsRect().width(), 100_000)
    height = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, line.text()).height()
    return round(height / metrics.lineSpacing())


def assert_fits(line: QLabel) -> None:
    QApplication.processEvents()
    taken = lines_taken(line)
    assert taken >= 1
    spacing = line.fontMetrics().lineSpacing()
    # The height of the lines it takes (a label adds a pixel or two of its own), no more.
    assert taken * spacing <= line.height() < (taken + 1) * spacing, (taken, line.height())


def test_a_message_set_before_a_form_is_shown_is_as_tall_as_its_lines(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    form = ConcernDialog(session, None)
    qtbot.addWidget(form)
    field = form.ui.raisedByEdit
    assert form.checks.show(field, MESSAGE)
    line = form.findChild(QLabel, f"{field.objectName()}Problem")
    assert line is not None
    tall = line.height()  # measured before the form had its width
    form.show()
    qtbot.waitExposed(form)
    assert_fits(line)
    assert line.height() < tall / 2  # the scenario had the gap: many lines at a guessed width
    assert lines_taken(line) <= 3

    taken, width = lines_taken(line), line.width()
    form.resize(form.width() + 600, form.height())  # wider: fewer lines, less height
    qtbot.waitUntil(lambda: line.width() > width + 200)
    assert_fits(line)
    assert lines_taken(line) < taken
    form.checks.show(field, "")  # cleared: the one line kept for a message
    assert line.height() == line.minimumHeight()


def _box(dialog: QDialog, edit: QLineEdit) -> None:
    row = QHBoxLayout()
    row.addWidget(QLabel("&Name:", dialog))
    row.addWidget(edit, 1)
    QVBoxLayout(dialog).addLayout(row)


def _form(dialog: QDialog, edit: QLineEdit) -> None:
    QFormLayout(dialog).addRow("&Name:", edit)


def _grid(dialog: QDialog, edit: QLineEdit) -> None:
    grid = QGridLayout(dialog)
    grid.addWidget(QLabel("&Name:", dialog), 0, 0)
    grid.addWidget(edit, 0, 1)


@pytest.mark.parametrize("lay_out", [_box, _form, _grid], ids=["box", "form", "grid"])
def test_in_every_kind_of_layout(gui: QApplication, qtbot: Any, lay_out: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    edit = QLineEdit(dialog)
    edit.setObjectName("nameEdit")
    lay_out(dialog, edit)
    checks = FieldMessages(dialog)
    checks.watch([edit])
    checks.show(edit, MESSAGE)
    line = dialog.findChild(QLabel, "nameEditProblem")
    assert isinstance(line, QLabel)
    dialog.resize(600, 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert_fits(line)
    assert lines_taken(line) <= 3
    holder: QWidget = edit
    assert line.width() >= holder.width() - 1  # the line is as wide as its field
