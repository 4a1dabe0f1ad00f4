"""What helper 129 found left after this morning's walk, in Swedish: a closed case's opening day
typed after its closing day was named only on the status line, in the closing day's words; the
consent withdrawal's message named a day the dialog did not show; and a wizard's status line
still read "Fyll i: Förnamn" where a given or a family name will do."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_typed_days_kept import _type_day
from test_walk_127 import swedish  # noqa: F401 (the fixture, used by every test here)

from kopingplan.domain import model
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.services import cases

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("swedish")]

OPENED = date(2025, 11, 6)
CLOSED = date(2025, 12, 1)


def test_a_closed_cases_opening_day_after_its_closing_is_named_under_opened(
    qtbot: Any, session: Any
) -> None:
    case = session.save(
        model.Case("Ärende Norra", model.Level.GENERAL, model.Orientation.UNCLEAR, OPENED)
    )
    closed = cases.close_case(session, case.id, "Stödet är avslutat", CLOSED)
    form = CaseEditDialog(session, closed)
    try:
        editor = form.ui.openedEdit
        _type_day(qtbot, form, editor, "2025-12-03")
        assert editor.date().toString(Qt.DateFormat.ISODate) == "2025-12-03"
        # Under the field, in words about the opening day (was nothing here, and the status
        # line said the closing day "cannot be earlier than the day the case was opened").
        assert form.shown_problem("opened_on") == (
            "Kan inte vara senare än dagen ärendet avslutades."
        )
        assert form.blocker == "Rätta: Öppnat"
        assert not form.action_button().isEnabled()
        # The closing day itself is a day the case can have opened on.
        _type_day(qtbot, form, editor, CLOSED.isoformat())
        assert form.shown_problem("opened_on") == ""
        assert form.blocker == "" and form.action_button().isEnabled()
    finally:
        form.close_for_lock()
