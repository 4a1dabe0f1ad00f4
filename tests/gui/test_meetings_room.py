"""Möten on a 1366×768 laptop: the group column and the meeting share the width through a
splitter the coordinator can move (and the program remembers), the lists do not scroll
sideways, the agenda shows its items; and no plain-text box in the program scrolls sideways,
whatever is typed into it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QTextEdit

from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.forms import setup_form
from kopingplan.gui.meetings.meetings_page import SPLITTER_KEY, MeetingsPage

from gui_helpers import open_demo_window

pytestmark = pytest.mark.gui

SIZES = [(1366, 728), (1280, 680)]


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    return open_demo_window(controller, qtbot, session, vault_paths)


@pytest.mark.parametrize("size", SIZES)
def test_the_meetings_lists_fit_without_sideways_scrolling(window: Any, size: Any) -> None:
    window.resize(*size)
    page = window.meetings_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    QApplication.processEvents()
    view = page.view
    lists = (page.ui.membersList, page.ui.meetingList, view.ui.attendeeList, view.ui.agendaList)
    for names in lists:
        assert names.count() > 0, names.objectName()
        assert not names.horizontalScrollBar().isVisible(), names.objectName()
    # A long member is elided, and whole in its tooltip.
    longest = max(
        (page.ui.membersList.item(n) for n in range(page.ui.membersList.count())),
        key=lambda item: len(item.text()),
    )
    assert longest.toolTip() == longest.text()
    # Every agenda item shows, decisions wrapped under their item.
    agenda = view.ui.agendaList
    room = agenda.viewport().rect()
    for number in range(agenda.count()):
        rect = agenda.visualItemRect(agenda.item(number))
        assert room.contains(rect), (number, rect, room)
    # The meeting gets most of the width.
    left, right = page.ui.splitter.sizes()
    assert right > 2 * left


def test_the_splitter_is_where_the_coordinator_left_it(window: Any, qtbot: Any) -> None:
    page = window.meetings_page
    window.resize(1366, 728)
    window.show_section(window.ui.sectionStack.indexOf(page))
    QApplication.processEvents()
    splitter = page.ui.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(400, 1)  # as a drag of the handle does (emits splitterMoved)
    moved = splitter.sizes()
    assert moved[0] == 400 - splitter.handleWidth() or abs(moved[0] - 400) <= 8
    assert app_settings.splitter_state(SPLITTER_KEY) is not None

    again = MeetingsPage(window.session)
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    QApplication.processEvents()
    assert abs(again.ui.splitter.sizes()[0] - moved[0]) <= 8
    assert abs(sum(again.ui.splitter.sizes()) - total) <= 8


@pytest.mark.parametrize("form", ["note_edit", "meeting_view", "case_view", "record_view"])
def test_plain_text_boxes_wrap_long_text(form: str, qtbot: Any) -> None:
    host = QDialog()
    qtbot.addWidget(host)
    setup_form(form, host)
    host.resize(700, 500)
    host.show()
    boxes = [*host.findChildren(QPlainTextEdit), *host.findChildren(QTextEdit)]
    assert boxes
    long_word = "https://example.se/" + "x" * 300  # longer than any box is wide
    for box in boxes:
        if not box.isVisibleTo(host):
            continue
        box.setPlainText(f"Kort text. {long_word} och mer text efter.")
        QApplication.processEvents()
        assert not box.horizontalScrollBar().isVisible(), box.objectName()
        layout = box.document().documentLayout()
        width = layout.documentSize().width()
        if isinstance(box, QPlainTextEdit):
            lines = box.document().firstBlock().layout().lineCount()
            assert lines > 1, box.objectName()  # the long word was broken, not scrolled
        else:
            assert width <= box.viewport().width() + 1, box.objectName()


# --- fields moved beside their message keep their names -----------------------------------------


def _spoken_name(widget: Any) -> str:
    from PySide6.QtGui import QAccessible

    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_field_moved_into_a_column_keeps_its_labels_name(qtbot: Any) -> None:
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

    from kopingplan.gui.common.field_messages import FieldMessages

    form = QWidget()
    qtbot.addWidget(form)
    row = QHBoxLayout()
    label, edit = QLabel("&Responsible:", form), QLineEdit(form)
    label.setBuddy(edit)
    named = QLineEdit(form)
    named.setAccessibleName("Its own name")
    row.addWidget(label)
    row.addWidget(edit)
    row.addWidget(named)
    QVBoxLayout(form).addLayout(row)
    form.show()
    assert _spoken_name(edit) == "Responsible:"  # beside its label: the buddy names it

    checks = FieldMessages(form)
    checks.watch([edit, named], required=[edit])
    assert edit.parentWidget() is not form  # moved into a column with its message line
    assert _spoken_name(edit) == "Responsible"
    assert _spoken_name(named) == "Its own name"  # a name of its own is kept

    label.setText("&Ansvarig:")  # a language switch: retranslateUi, then the marks again
    checks.mark_required()
    assert _spoken_name(edit) == "Ansvarig"
