"""Capital Å, Ä and Ö are drawn whole in labels and list rows, whatever the font's metrics."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem

from kopingplan.gui.common.text_room import RoomyDelegate, accent_overflow, make_room

pytestmark = pytest.mark.gui


def _ink(image: QImage) -> int:
    return sum(
        QColor(image.pixel(x, y)).lightness() < 200
        for y in range(image.height())
        for x in range(image.width())
    )


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.adjustSize()
    return label


def test_a_label_shows_the_whole_of_its_capital_accents(qapp: QApplication) -> None:
    roomy = _label("ÖÄÅ")
    make_room(roomy)
    roomy.adjustSize()
    generous = _label("ÖÄÅ")
    generous.setContentsMargins(0, 10, 0, 10)  # surely enough: the reference drawing
    generous.adjustSize()
    assert _ink(roomy.grab().toImage()) == _ink(generous.grab().toImage())


def test_make_room_changes_nothing_when_the_font_has_room(qapp: QApplication) -> None:
    label = _label("Oa")
    make_room(label)
    expected = accent_overflow(label.fontMetrics())
    assert label.contentsMargins().top() == expected  # 0 for fonts that need nothing


def test_tree_rows_get_the_room_too(qapp: QApplication) -> None:
    tree = QTreeWidget()
    QTreeWidgetItem(tree, ["Ärendet gäller"])
    make_room(tree)
    if accent_overflow(tree.fontMetrics()):
        assert isinstance(tree.itemDelegate(), RoomyDelegate)
    tree.deleteLater()
