"""Möten: a decision on the agenda that wraps continues under "Decision:", not at the list's
left edge, where it read as the next item; a wrapped title continues under the title, after its
number. Read from the layout the list paints (the row delegate's document), on a demo vault."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from test_meetings_room import window as window  # a demo vault, unlocked

pytestmark = pytest.mark.gui


def line_starts(document: Any) -> list[list[float]]:
    """Where each line of each paragraph starts, left to right (pixels)."""
    document.size()  # laid out
    starts = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        starts.append([layout.lineAt(n).x() for n in range(layout.lineCount())])
        block = block.next()
    return starts


def test_a_wrapped_decision_continues_under_its_own_start(window: Any) -> None:
    window.resize(1366, 728)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    agenda = page.view.ui.agendaList
    agenda.setFixedWidth(260)  # narrow: the decisions wrap
    QApplication.processEvents()
    decided = [n for n in range(agenda.count()) if "\n" in agenda.item(n).text()]
    assert decided, "the demo meeting has decided items"
    wrapped = 0
    for row in decided:
        index = agenda.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(agenda)
        option.rect = agenda.visualRect(index)
        option.font = agenda.font()
        document = agenda.itemDelegate().document(option, index)
        title, decision = line_starts(document)
        # The decision sits indented under its item, and every line of it starts there.
        assert decision[0] > title[0], (row, title, decision)
        assert all(start == decision[0] for start in decision), (row, decision)
        # A title's wrapped lines start after "N. ".
        assert all(start > title[0] for start in title[1:]), (row, title)
        wrapped += len(decision) > 1
        # The row is tall enough to show every line.
        assert agenda.visualRect(index).height() >= document.size().height(), row
    assert wrapped, "at least one decision wraps at this width"
