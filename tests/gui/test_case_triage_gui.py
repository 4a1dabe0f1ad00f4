"""Priority and flags in the case window (issue 17): the overview says them in words, and
"Priority and flags…" opens the triage window of that case; what is set there shows at once,
in the case window and in the case list."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [("Adam", "individual"), ("Bodil", "specific")])
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _triage_column(window: Any) -> list[str]:
    found = window.case_list.model
    return [found.data(found.index(r, 7)) for r in range(found.rowCount(QModelIndex()))]


def test_the_case_window_shows_and_changes_priority_and_flags(
    window: Any, qtbot: Any, controller: Any
) -> None:
    view = window.open_case(1)
    qtbot.waitExposed(view)
    ui = view.ui
    assert ui.triageValue.text() == "Normal; no flags"
    qtbot.mouseClick(ui.triageButton, Qt.MouseButton.LeftButton)
    form = view.triage.form
    assert form is not None and form.isVisible()
    assert form.ui.headingLabel.text() == "Triage: 1 Adam"
    qtbot.mouseClick(ui.triageButton, Qt.MouseButton.LeftButton)
    assert view.triage.form is form  # one triage window per case window, brought forward

    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("travel_plans"))
    type_text(form.ui.reasonEdit, "Har köpt biljett")
    assert form.set_flag()
    form.ui.priorityCombo.setCurrentIndex(form.ui.priorityCombo.findData("high"))
    assert ui.triageValue.text() == "High; flags: Travel plans"
    qtbot.waitUntil(lambda: _triage_column(window)[0] == "High · Travel plans")

    controller.set_language("sv")
    assert ui.triageValue.text() == "Hög; flaggor: Resplaner"
    assert ui.triageButton.text() == "Pri&oritet och flaggor …"


def test_locking_closes_the_triage_window_and_clears_the_words(
    window: Any, qtbot: Any, controller: Any
) -> None:
    view = window.open_case(2)
    view.triage.open()
    form = view.triage.form
    controller.lock()
    qtbot.waitUntil(lambda: view.triage.form is None or not form.isVisible())
    assert view.ui.triageValue.text() == ""
