"""The export wizard while its package is being made on a slow machine.

Finish is greyed out while the package is signed and encrypted on the worker; the coordinator
switches the language meanwhile (the wizard follows a switch, b920812). What the coordinator
would check: Finish stays greyed out in Swedish too (a second click would make a second package
and a second disclosure), and the one package is made and disclosed once.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QWizard
from test_exchange_gui import to_finish, verified_window  # noqa: F401 (a fixture)
from test_slow_tasks import WAIT_MS
from test_slow_tasks_v9 import reopened

from kopingplan import i18n
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.services import exchange

from gui_helpers import results_handled, settle_language_switch

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def _switch(language: str) -> None:
    i18n.install_translators(QApplication.instance(), language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_a_language_switch_while_the_package_is_made_keeps_finish_greyed_out(
    verified_window: Any,  # noqa: F811
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = verified_window.disclosures_page
    wizard = page.open_export()
    destination = to_finish(wizard, qtbot, monkeypatch, tmp_path / "paket.p7m")
    started, release = threading.Event(), threading.Event()
    real_export = exchange.export_package

    def slow_export(*args: Any, **kwargs: Any) -> Any:
        started.set()
        release.wait(WAIT_MS / 1000)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(exchange, "export_package", slow_export)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    try:
        _switch("sv")
        settle_language_switch(qtbot)
        assert finish.text() == "Skapa &paket …"
        assert not finish.isEnabled()
        _switch("en")
        settle_language_switch(qtbot)
        assert not finish.isEnabled()
    finally:
        release.set()
        _switch("en")
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "1 disclosure", timeout=WAIT_MS)
    assert destination.exists() and exchange.disclosure_count(verified_window.session) == 1
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()


def test_a_package_made_while_the_vault_locks_is_kept_and_nothing_acts_on_the_locked_vault(
    verified_window: Any,  # noqa: F811
    controller: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The idle lock fires while the package is made: the lock waits for it (it is not
    cancellable), so the package and its disclosure are kept; its result then reaches a wizard
    and a page already torn down, which must not read the locked vault (no error logged)."""
    page = verified_window.disclosures_page
    wizard = page.open_export()
    destination = to_finish(wizard, qtbot, monkeypatch, tmp_path / "paket.p7m")
    started, locking = threading.Event(), threading.Event()
    real_export = exchange.export_package
    real_cancel_all = TaskRunner.cancel_all

    def cancel_all(runner: TaskRunner) -> list[Any]:
        locking.set()
        return real_cancel_all(runner)

    def slow_export(*args: Any, **kwargs: Any) -> Any:
        started.set()
        locking.wait(WAIT_MS / 1000)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(TaskRunner, "cancel_all", cancel_all)
    monkeypatch.setattr(exchange, "export_package", slow_export)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    controller.idle.idle.emit()
    assert controller.main_window is None
    results_handled(qtbot, controller.runner, WAIT_MS)  # and the deletions, on the GUI thread
    assert destination.exists() and destination.stat().st_size > 0
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    window = reopened(controller, qtbot, Path(controller.folder))
    assert exchange.disclosure_count(window.session) == 1
