"""Fixtures for the GUI tests: an isolated QSettings, synchronous tasks, a controller.

Everything here drives real widgets offscreen against real vaults (tests/conftest.py gives
fast Argon2id parameters and a temporary HOME).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from kopingplan import i18n
from kopingplan.gui import app as gui_app
from kopingplan.gui.common import tasks

from support import shared_identity

# The offscreen platform plugin warns about window features it lacks; they say nothing about
# the program, and qt_log_level_fail = WARNING would fail every test on them.
OFFSCREEN_NOISE = r"This plugin does not support .*"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_threads: background tasks run on the worker thread")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings computes its folder once per process, so HOME alone does not isolate it."""
    folder = tmp_path / "qsettings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield


@pytest.fixture(autouse=True)
def _synchronous_tasks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Background work runs at once in GUI tests, except where a test asks for real threads."""
    tasks.set_synchronous_default("real_threads" not in request.keywords)
    yield
    tasks.set_synchronous_default(False)


@pytest.fixture(autouse=True)
def _gui_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults the GUI creates get the suite's shared identity: RSA-3072 key generation takes
    up to a second."""
    from kopingplan.services import session as session_module

    monkeypatch.setattr(session_module, "create_identity", lambda *a, **k: shared_identity())


@pytest.fixture(autouse=True)
def _no_form_left_open() -> Iterator[None]:
    """A record form a test leaves open is closed unasked after it. A form reopened from a
    draft counts as changed, so qtbot's plain close() asks and the form stays open; the next
    test on the same worker (pytest-xdist) then met it at its own lock and failed there, far
    from the test that left it (seen with test_review_124 before test_export_during_lock)."""
    yield
    if QApplication.instance() is None:
        return
    from kopingplan.gui.common.record_form import RecordDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecordDialog) and widget.isVisible():
            widget.close_for_lock()


@pytest.fixture
def gui(qapp: QApplication) -> Iterator[QApplication]:
    """The application configured as ``kopingplan`` configures it, in English."""
    gui_app.configure(qapp, "en")
    yield qapp
    i18n.install_translators(qapp, "en")


@pytest.fixture
def controller(gui: QApplication) -> Iterator[Any]:
    """The application's controller, not started; closed (vault locked, windows gone) after."""
    from kopingplan.gui.shell.controller import AppController

    made = AppController(gui, language="en")
    yield made
    made._close_vault()
    made._close_start_dialogs()
    made.deleteLater()
    # processEvents() does not run deferred deletes: without this the controller (and its
    # task runner, which the exchange screens look up on the application) outlives the test.
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gui.processEvents()


@pytest.fixture
def closed_vault(session: Any, vault_paths: Any) -> Any:
    """A vault with three cases made through the service, locked again so the app can open it."""
    from gui_helpers import add_cases

    add_cases(
        session,
        [
            ("Åsa på fritidsgården", "general"),
            ("Bertil i skolan", "individual"),
            ("Zara, anhörigsamtal", "specific"),
        ],
    )
    session.close()
    return vault_paths
