"""What helper-125 saw walking this morning's windows by keyboard under Xvfb (demo vault, sv).

A record form opened by keyboard (Alt+P "Ny punkt …" in Möten) put the keyboard on its first
field, a choice list (Typ), but drew it exactly as an unfocused one: Fusion marks a combo box's
focus only once the window counts a keyboard focus change, which it did not until Tab was
pressed. The coordinator could not see where the keyboard was.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

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
