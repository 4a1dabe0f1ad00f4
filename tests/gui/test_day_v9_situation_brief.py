"""The lägesbild now (Arkiv → Lägesbilden just nu (underlag)) is the brief window without cases:
walked under Xvfb, its introduction told the coordinator to choose what the brief shows and that
names are off unless added, choices the window does not have. It says what the report holds now."""

from __future__ import annotations

from typing import Any

import pytest

from kopingplan.gui.briefs.brief_dialog import BriefDialog

pytestmark = pytest.mark.gui


def test_the_situation_report_says_what_it_holds(session: Any, controller: Any, qtbot: Any) -> None:
    dialog = BriefDialog.for_situation(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    intro = dialog.ui.introLabel
    assert dialog.ui.casesBox.isHidden()
    assert intro.text().startswith("The whole situation picture, each entry with its source.")
    controller.set_language("sv")
    try:
        assert intro.text().startswith("Hela lägesbilden, varje post med sin källa.")
        assert "namn" not in intro.text()
    finally:
        controller.set_language("en")
    dialog.reject()
