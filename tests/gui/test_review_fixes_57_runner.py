"""The incoming items window and a case window's Incoming information tab save a copy on the
application's one worker (``app_runner``), as the lägesbild for a period does: each made a
TaskRunner of its own, a second thread writing to the vault (the copy's log row) that a lock
neither cancelled nor waited for."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kopingplan.domain import model as m

from gui_helpers import open_main_window

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _earlier_controllers_gone(gui: Any) -> None:
    """An earlier test's controller may still wait for deletion with its runner, which the
    application's runner is looked up among (``tasks.app_runner``)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_incoming_windows_run_on_the_application_worker(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    case_id = session.save(
        m.Case("Backen", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 10, 2))
    ).id
    window = open_main_window(controller, qtbot, session, vault_paths)

    incoming = window.disclosures_page.open_incoming()
    assert incoming is not None
    assert incoming.runner is controller.runner
    assert incoming.item_actions.runner is controller.runner
    incoming.close()

    view = window.open_case(int(case_id))
    assert view is not None
    assert view.incoming.runner is controller.runner
    assert view.incoming.actions.runner is controller.runner
    view.close()
