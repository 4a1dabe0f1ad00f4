"""Every window that runs vault work off the GUI thread uses the application's one worker
(``tasks.app_runner``, the controller's runner) when none is given: the attachments list, the
access log, a brief's verification and the register extract each made a TaskRunner of their
own, a second thread using the vault beside the application's. A window built without a
controller (alone, as in tests) still gets a working runner of its own."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from kopingplan.domain import model
from kopingplan.gui.attachments.attachments_view import AttachmentsDialog
from kopingplan.gui.briefs.brief_verify import BriefVerifyDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.people.extract_dialog import ExtractDialog
from kopingplan.gui.reports.accountability import AccessLogDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _earlier_controllers_gone(gui: Any) -> None:
    """An earlier test's controller may still wait for deletion with its runner, which the
    application's runner is looked up among."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _windows(session: Any) -> list[Any]:
    person = session.save(model.Person("Leopold", "Fjällström", birth_year=2008))
    case = session.save(
        model.Case("Tallbacken", model.Level.INDIVIDUAL, model.Orientation.RIGHT, date(2026, 1, 5))
    )
    return [
        AttachmentsDialog(session, model.AttachmentOwner.CASE, case.id),
        AccessLogDialog(session),
        BriefVerifyDialog(session),
        ExtractDialog(session, person.id),
    ]


def test_windows_queue_their_work_to_the_application_worker(
    controller: Any, qtbot: Any, session: Any
) -> None:
    for window in _windows(session):
        qtbot.addWidget(window)
        assert window.runner is controller.runner, type(window).__name__


def test_a_window_without_a_controller_has_a_runner_of_its_own(
    gui: Any, qtbot: Any, session: Any
) -> None:
    assert gui.findChild(TaskRunner) is None
    for window in _windows(session):
        qtbot.addWidget(window)
        assert isinstance(window.runner, TaskRunner)
        assert window.runner.parent() is window, type(window).__name__
