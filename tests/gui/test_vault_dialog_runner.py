"""A dialog over the vault runs its long work on the application's one worker (the
controller's runner), or on the runner given (a test's synchronous one): VaultDialog takes it,
so no window writes ``runner or app_runner(self)`` again."""

from __future__ import annotations

from typing import Any

import pytest

from kopingplan.gui.cases.triage_dialog import CaseTriageDialog
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.exchange.exchange_import import PackageImportDialog
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.gui.reports.where_to_turn import WhereToTurnDialog

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def test_a_vault_dialog_runs_on_the_application_worker_or_the_runner_given(
    controller: Any, qtbot: Any, session: Any
) -> None:
    (case_id,) = add_cases(session, [("Adam", "individual")])
    given = TaskRunner(synchronous=True)
    windows = [
        PackageImportDialog(session),
        IncomingItemsDialog(session),
        CaseTriageDialog(session, case_id, "Adam"),
        WhereToTurnDialog(session, None),
    ]
    for window in windows:
        qtbot.addWidget(window)
        assert window.runner is controller.runner, type(window).__name__
    with_own = IncomingItemsDialog(session, runner=given)
    qtbot.addWidget(with_own)
    assert with_own.runner is given
