"""What helper-125 saw walking this morning's windows by keyboard under Xvfb (demo vault, sv).

A record form opened by keyboard (Alt+P "Ny punkt …" in Möten) put the keyboard on its first
field, a choice list (Typ), but drew it exactly as an unfocused one: Fusion marks a combo box's
focus only once the window counts a keyboard focus change, which it did not until Tab was
pressed. The coordinator could not see where the keyboard was.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kopingplan import i18n
from kopingplan.domain import model as m
from kopingplan.services import meetings

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def _looks_focused(form: QWidget, widget: QWidget) -> bool:
    """The widget is drawn differently with the keyboard than without it."""
    with_focus = widget.grab().toImage()
    widget.clearFocus()
    without = widget.grab().toImage()
    widget.setFocus()
    return with_focus != without


def _forms(session: Any) -> dict[str, Any]:
    from kopingplan.gui.cases.case_actions import MoveLevelDialog
    from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
    from kopingplan.gui.meetings.agenda_item import AgendaItemDialog

    case_id = add_cases(session, [("Bertil i skolan", "specific")])[0]
    from kopingplan.services import cases

    case = cases.open_case(session, case_id).case
    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.OTHER, "Om", "Nätverk")
    meeting = meetings.create_meeting(session, group.id, datetime(2026, 3, 1, 9, tzinfo=UTC))
    return {
        "agenda item": lambda: AgendaItemDialog(session, meeting.id),
        "move level": lambda: MoveLevelDialog(session, case),
        "consent": lambda: ConsentEditDialog(session, case_id),
    }


def test_a_form_shows_where_the_keyboard_starts_when_its_first_field_is_a_choice(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    for name, make in _forms(session).items():
        form = make()
        form.show()
        qtbot.waitExposed(form)
        form.activateWindow()
        qtbot.waitUntil(lambda f=form: f.focusWidget() is not None and f.focusWidget().hasFocus())
        try:
            first = form.focusWidget()
            assert _looks_focused(form, first), name
        finally:
            form.close_for_lock()


def test_a_long_hit_in_the_search_popup_is_shown_whole_on_more_lines(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    """Searching "grundutbildning" in the demo vault listed the activity as "2025-01-25
    Grundutbildning om våldsbejakande extremism Personal i skola och fritid Halv", cut off at
    the popup's right edge with no way to see the rest (a hit cannot be scrolled sideways)."""
    from PySide6.QtGui import QTextDocument
    from test_search_all_gui import _search

    from kopingplan.services import activities

    from gui_helpers import open_main_window

    activities.add_activity(
        session,
        m.Activity(
            date(2025, 1, 25), m.ActivityKind.TRAINING,
            "Grundutbildning om våldsbejakande extremism",
            target_group="Personal i skola och fritid",
            description="Halvdag med föreläsning och samtal om oro, signaler och vart man går",
        ),
    )  # fmt: skip
    window = open_main_window(controller, qtbot, session, vault_paths)
    results = _search(window, "grundutbildning")
    tree = results.tree
    (heading,) = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    hit = heading.child(0)
    qtbot.waitUntil(lambda: tree.visualItemRect(hit).height() > 0)
    row = tree.visualItemRect(hit)
    assert row.right() <= tree.viewport().width()  # no sideways scrolling either
    text = QTextDocument()
    text.setDefaultFont(tree.font())
    text.setDocumentMargin(2)
    text.setHtml(hit.text(0))
    text.setTextWidth(row.width())
    assert text.size().height() > 1.5 * tree.fontMetrics().height()  # longer than a line
    assert row.height() >= text.size().height(), "the row is as tall as its text"


def test_support_given_before_the_incident_is_said_not_changed_to_another_day(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    """In 'Stöd som getts' after the incident of 2025-11-06, typing 2025-01-01 into Datum
    (meaning 2025-12-01) left another day in the field without a word: the field's lowest
    day was the incident's, so Qt made the typed day into one it allowed. The day typed
    stays, the message says which day it may not be before, and Save waits."""
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtTest import QTest

    from kopingplan.gui.situation.incident_form import IncidentSupportDialog

    incident = session.save(
        m.Incident(date(2025, 11, 6), m.IncidentKind.THREAT, "Hot i telefon", "Per")
    )
    i18n.install_translators(gui, "sv")
    form = IncidentSupportDialog(session, incident)
    form.show()
    qtbot.waitExposed(form)
    try:
        edit = form.ui.givenEdit
        qtbot.waitUntil(lambda: edit.setFocus() or edit.hasFocus())
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, "2025-01-01")
        QTest.keyClick(edit, Qt.Key.Key_Tab)
        assert edit.date() == QDate(2025, 1, 1)
        assert form.shown_problem("given_on") == (
            "Kan inte vara tidigare än dagen händelsen inträffade."
        )
        assert not form.action_button().isEnabled()
    finally:
        form.close_for_lock()
