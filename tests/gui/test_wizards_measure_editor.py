"""The exit plan's measure editor: each widget under "Selected measure" changes the measure
in its row at once (the list page connects every one of them)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from test_wizards_exit_plan import (  # noqa: F401
    _english,
    add_measure,
    case_id,
    choose,
    fill_situation,
    make,
    next_page,
    page_ui,
    registry,
    tick,
)

from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.wizards.base import to_qdate

pytestmark = pytest.mark.gui

STARTS, FOLLOW_UP = 2, 3  # columns of the measures list


def test_every_editor_of_a_measure_changes_its_row_and_the_plan(
    qtbot: Any,
    session: Any,
    case_id: int,  # noqa: F811
    registry: dict[str, int],  # noqa: F811
) -> None:
    wizard = make(qtbot, session, case_id)
    fill_situation(wizard)
    for _ in range(3):
        next_page(qtbot, wizard)
    add_measure(qtbot, wizard, "Praktik", "Arbetsförmedlingen")
    ui = page_ui(wizard)
    row = ui.measuresTree.topLevelItem(0)
    assert [row.text(0), row.text(1)] == ["Praktik", "Arbetsförmedlingen"]

    ui.startsEdit.setDate(to_qdate(date(2027, 1, 11)))
    assert row.text(STARTS) == format_date(date(2027, 1, 11))
    tick(qtbot, ui.followUpCheck)  # unticked: no follow-up, and its day greyed
    assert row.text(FOLLOW_UP) == "" and not ui.followUpEdit.isEnabled()
    tick(qtbot, ui.followUpCheck)
    ui.followUpEdit.setDate(to_qdate(date(2027, 2, 1)))
    assert row.text(FOLLOW_UP) == format_date(date(2027, 2, 1)) and ui.followUpEdit.isEnabled()
    choose(ui.statusCombo, "Ongoing")
    ui.outcomeEdit.setText("Börjat")
    ui.actorTextEdit.setText("handledaren")

    (measure,) = wizard.flow.measures
    assert (measure.starts_on, measure.follow_up_on) == (date(2027, 1, 11), date(2027, 2, 1))
    assert row.text(4) == "Ongoing" and measure.outcome == "Börjat"
    assert row.text(1) == "Arbetsförmedlingen, handledaren"
