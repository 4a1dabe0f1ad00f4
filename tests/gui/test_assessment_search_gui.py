"""An overall assessment of the lägesbild found by the search box (issue 18): a group of its
own, and the hit opens the Lägesbild section's "Period assessments" tab with it chosen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kopingplan.services import situation

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")


@pytest.fixture
def window(session: Any, controller: Any, qtbot: Any, vault_paths: Any) -> Any:
    situation.add_assessment(session, date(2025, 7, 1), date(2025, 12, 31), "Lugnt i Ängen.")
    situation.add_assessment(
        session, date(2026, 1, 1), date(2026, 6, 30), "Rekryteringen kring Tallbacken har ökat."
    )
    situation.add_assessment(session, date(2026, 7, 1), date(2026, 12, 31), "Oförändrat läge.")
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def test_an_assessment_hit_opens_it_in_the_situation_section(window: Any, qtbot: Any) -> None:
    box = window.search_box
    box.setFocus()
    type_text(box, "tallbacken")
    QTest.keyClick(box, Qt.Key.Key_Return)
    results = box.results
    assert results.isVisible()
    [hit] = results.hits()
    assert hit.kind == "situation_assessment"
    heading = results.tree.topLevelItem(0)  # the group, in words of its own
    assert "Overall assessments of the situation picture" in heading.text(0)
    SHOTS.mkdir(exist_ok=True)
    results.grab().save(str(SHOTS / "assessment_search_hit.png"))
    results.close()
    panel = window.open_hit(hit)  # what Enter on the hit does
    page = window.situation_page
    assert panel is page.assessments and page.isVisible()
    assert page.ui.tabs.currentWidget() is page.assessments
    chosen = panel.current()
    assert chosen is not None and chosen.id == hit.id
    assert panel.text.toPlainText().startswith("Rekryteringen kring Tallbacken")
