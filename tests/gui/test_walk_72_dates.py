"""A day of what has happened is typed on the keyboard as it is meant (walk of 5 December 2026).

With today as the date editor's maximum, Qt checks each typed section with the others as they
stand: typing this month's earlier day over an older day whose day of the month is later than
today's was refused at the month, and the editor ended on January without a word (2026-12-04
typed over 2026-10-11 became 2026-01-04). The arrows still stop at today; a later day typed is
shown as it is, named under the field, and not saved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox

from kopingplan import i18n
from kopingplan.gui.situation.situation_edit import SituationEntryDialog
from kopingplan.gui.todo.todo_page import MarkDoneDialog

from gui_helpers import type_text

pytestmark = pytest.mark.gui

LINE = "Kan inte vara en dag efter i dag."


@pytest.fixture
def dialog(gui: QApplication, qtbot: Any, session: Any) -> SituationEntryDialog:
    """A new lägesbild entry's form, in Swedish."""
    i18n.install_translators(gui, "sv")
    dialog = SituationEntryDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def swedish_done(gui: QApplication, qtbot: Any, session: Any) -> MarkDoneDialog:
    """The form that marks a due item done, in Swedish."""
    i18n.install_translators(gui, "sv")
    form = MarkDoneDialog(session, "contact", 1, "Träff på fritidsgården.")
    qtbot.addWidget(form)
    form.show()
    return form


def _focus(qtbot: Any, editor: QDateEdit) -> None:
    qtbot.waitUntil(lambda: editor.setFocus() or editor.hasFocus())


def _type_day(qtbot: Any, editor: QDateEdit, day: QDate) -> None:
    _focus(qtbot, editor)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, day.toString("yyyy-MM-dd"))
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()  # the editing has ended


def test_an_earlier_day_of_this_month_is_typed_over_an_older_day(
    dialog: SituationEntryDialog, qtbot: Any
) -> None:
    today = QDate.currentDate()
    editor = dialog.ui.observedEdit
    # An older day whose day of the month (31) is later than today's, as an edited entry holds.
    editor.setDate(QDate(today.year(), 1, 31))
    typed = today.addDays(-1) if today.day() > 1 else today
    _type_day(qtbot, editor, typed)
    assert editor.date() == typed
    assert dialog.shown_problem("observed_on") == ""
    # The arrows and the calendar still stop at today.
    editor.setDate(today)
    _focus(qtbot, editor)
    QTest.keyClick(editor, Qt.Key.Key_Up)
    assert editor.date() == today
    assert editor.maximumDate() == today


def test_a_later_day_typed_is_shown_named_and_not_saved(
    dialog: SituationEntryDialog, qtbot: Any
) -> None:
    tomorrow = QDate.currentDate().addDays(1)
    editor = dialog.ui.observedEdit
    _type_day(qtbot, editor, tomorrow)
    assert editor.date() == tomorrow  # as typed, not moved to today unseen
    assert dialog.shown_problem("observed_on") == LINE
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.grab().save("/tmp/h72/shots/walk72-future-typed.png")


def test_marking_done_names_a_later_day_typed(swedish_done: Any, qtbot: Any) -> None:
    """The mark-done form checks its own fields: a later day typed is named and not saved."""
    form = swedish_done
    type_text(form.ui.outcomeEdit, "Mötet hölls.")
    ok = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    _type_day(qtbot, form.ui.doneEdit, QDate.currentDate().addDays(1))
    assert form.shown_problem("done_on") == LINE
    assert not ok.isEnabled()
    form.ui.doneEdit.setDate(QDate.currentDate())
    assert form.shown_problem("done_on") == ""
    assert ok.isEnabled()
