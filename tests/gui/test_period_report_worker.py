"""The lägesbild for a period runs on the application's one worker wherever it is opened.

From the Rapporter menu it always did (``show_task_dialog`` hands it the controller's runner).
From the Lägesbild section's "Period assessments" tab it made a runner of its own: a second
thread on the vault connection, which a lock neither cancels nor waits for."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from kopingplan.gui.situation.situation_periods import SituationPeriodDialog

from gui_helpers import open_main_window

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _earlier_controllers_gone(gui: Any) -> None:
    """An earlier test's controller may still wait for deletion with its runner, which the
    application's runner is looked up among (``tasks.app_runner``)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_period_report_from_the_situation_tab_uses_the_application_worker(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    window = open_main_window(controller, qtbot, session, vault_paths)
    page = window.situation_page
    window.ui.sectionStack.setCurrentWidget(page)
    page.ui.tabs.setCurrentWidget(page.assessments)
    qtbot.mouseClick(page.assessments.reportButton, Qt.MouseButton.LeftButton)
    report = page.assessments.open_dialog.window
    assert isinstance(report, SituationPeriodDialog) and report.isVisible()
    assert report.runner is controller.runner
