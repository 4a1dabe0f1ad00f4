"""A form's own button words survive a language switch.

A button box names its standard buttons again at its own LanguageChange, which Qt may deliver
after the window's: a word the window set in code ("Mark done" instead of Qt's "OK") was lost
after a switch until every window named its buttons through ``button_words()``, which the
base classes apply once every widget has had the event."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model as m

from gui_helpers import button_said_after_switches

pytestmark = pytest.mark.gui

OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save


def test_mark_done_says_so_in_both_languages(gui: Any, qtbot: Any, session: Any) -> None:
    from kopingplan.gui.todo.todo_page import MarkDoneDialog

    form = MarkDoneDialog(session, "agreement", 1, "Avtalet med fritidsgården")
    said = button_said_after_switches(qtbot, gui, form, OK)
    assert said == ["Mark &done", "Markera som &klar", "Mark &done"]


def test_an_agenda_items_add_button_says_add_in_both_languages(
    gui: Any, qtbot: Any, session: Any
) -> None:
    from kopingplan.gui.meetings.agenda_item import AgendaItemDialog
    from kopingplan.services import meetings

    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.INTERVENTION_GROUP)
    meeting = meetings.create_meeting(
        session, group.id, datetime(2026, 3, 4, 9, 0, tzinfo=UTC), "Stadshuset"
    )
    said = button_said_after_switches(qtbot, gui, AgendaItemDialog(session, meeting.id), SAVE)
    assert said == ["&Add", "Lä&gg till", "&Add"]


def test_a_plain_forms_save_keeps_its_words(gui: Any, qtbot: Any, session: Any) -> None:
    from kopingplan.gui.cases.case_edit import CaseEditDialog

    case = session.save(m.Case("Ärendet", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 1, 2)))
    said = button_said_after_switches(qtbot, gui, CaseEditDialog(session, case), SAVE)
    assert said == ["&Save", "&Spara", "&Save"]
