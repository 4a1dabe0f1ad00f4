"""A hanging row's height is the height of the text as it is painted, whether the delegate
lays the row out (a line that wraps) or counts its lines (none wraps), and asked again after
the list's width changed (the sizes are remembered per text, width and font)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem

from kopingplan.gui.common.text_room import accent_overflow
from kopingplan.gui.meetings.agenda_rows import MARGIN, HangingDelegate

ROWS = [
    "2026-07-01 12:00  Fritidsgården Kärnan",  # one line that fits
    "1. Lägesbild sedan förra mötet\n    Beslut: Ärendet ligger kvar på nuvarande nivå.",
    "2021-06-14 13:00  Stadshuset, Köpings kommun, sammanträdesrum Bergslagen (plan 3, "
    "ingång från torget)",  # wraps at the widths below
    "Åsa Söderberg (Social och Arbetsmarknad) — representant",
]


def heights(listed: QListWidget, delegate: HangingDelegate) -> list[tuple[int, int]]:
    """(the delegate's height, the painted text's height with the row's margins) a row."""
    pairs = []
    for row in range(listed.count()):
        index = listed.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(listed)
        option.widget = listed
        option.font = listed.font()
        option.fontMetrics = QFontMetrics(listed.font())
        painted = delegate.document(option, index).size().height()
        room = accent_overflow(option.fontMetrics)
        expected = int(painted + 0.999) + 2 * MARGIN + room
        pairs.append((delegate.sizeHint(option, index).height(), expected))
    return pairs


def test_a_rows_height_is_its_painted_texts_at_every_width(qtbot: Any) -> None:
    listed = QListWidget()
    qtbot.addWidget(listed)
    delegate = HangingDelegate(listed, "    ")
    listed.setItemDelegate(delegate)
    listed.addItems(ROWS)
    for width in (900, 420, 260, 420):  # back to a width already asked: from memory
        listed.resize(width, 300)
        listed.show()
        qtbot.waitExposed(listed)
        for asked, painted in heights(listed, delegate):
            assert asked == painted, (width, asked, painted)
    wrapped = heights(listed, delegate)[2]
    assert wrapped[0] > heights(listed, delegate)[0][0]  # the long place does wrap here
