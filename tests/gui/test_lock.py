"""Locking: Ctrl+L, the toolbar button and the idle timer leave nothing of the vault on screen
or in memory that the program can reach, and only the unlock dialog is shown."""

from __future__ import annotations

import time
import weakref
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from kopingplan.storage.vault import VaultPaths

from gui_helpers import unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def unlocked(controller: Any, qtbot: Any, closed_vault: VaultPaths) -> Any:
    controller.start(closed_vault.folder)
    window = unlock(controller, qtbot)
    assert window is not None
    qtbot.waitExposed(window)
    return window


def _assert_locked(controller: Any, window_ref: Any, model: Any, session: Any) -> None:
    assert controller.locked and controller.main_window is None
    assert controller.session is None
    assert not session.vault.is_open  # the SQLCipher connection (and its key) is gone
    assert model.rowCount(QModelIndex()) == 0 and model.cached_rows == 0
    assert model._session is None
    window = window_ref()
    assert window is None or not shiboken6.isValid(window) or not window.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
    assert controller.unlock_dialog.ui.passphraseEdit.text() == ""


def test_ctrl_l_locks_and_drops_the_models(controller: Any, qtbot: Any, unlocked: Any) -> None:
    window = unlocked
    model = window.case_list.model
    assert model.rowCount(QModelIndex()) == 3
    assert model.data(model.index(0, 1)) == "Bertil i skolan"
    session = controller.session
    view = window.open_case(model.case_id(0))
    assert view is not None and view.isVisible()
    view_ref = weakref.ref(view)
    page = window.case_list
    ref = weakref.ref(window)
    del view

    window.activateWindow()
    QTest.keyClick(window.case_list.ui.caseTable, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    _assert_locked(controller, ref, model, session)
    assert page.model is None and page.ui.caseTable.model() is None
    case_view = view_ref()
    assert case_view is None or (case_view.detail is None and not case_view.isVisible())


def test_the_toolbar_button_locks(controller: Any, qtbot: Any, unlocked: Any) -> None:
    window, model, session = unlocked, unlocked.case_list.model, controller.session
    button = window.ui.mainToolBar.widgetForAction(window.ui.actionLock)
    assert button.isVisible() and button.text() == "Lock"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _assert_locked(controller, weakref.ref(window), model, session)


def test_unlocking_again_builds_a_new_main_window(
    controller: Any, qtbot: Any, unlocked: Any
) -> None:
    first = weakref.ref(unlocked)
    controller.lock()
    window = unlock(controller, qtbot)
    assert window is not None and window is not first()
    assert window.case_list.model.rowCount(QModelIndex()) == 3


def test_idle_timer_locks(controller: Any, qtbot: Any, unlocked: Any) -> None:
    model, session = unlocked.case_list.model, controller.session
    controller.set_idle_timeout(0.3)
    qtbot.waitUntil(lambda: controller.locked, timeout=3000)
    _assert_locked(controller, weakref.ref(unlocked), model, session)
    assert not controller.idle.active  # no idle timer runs while locked


def test_input_postpones_the_idle_lock(controller: Any, qtbot: Any, unlocked: Any) -> None:
    controller.set_idle_timeout(1.0)
    table = unlocked.case_list.ui.caseTable
    began = time.monotonic()
    while time.monotonic() - began < 1.5:  # typing for longer than the timeout
        # The pace of the typing is what is tested, so a fixed wait: a key every 0.1 s, and
        # a loaded machine would have to stall for 0.9 s between two keys to lock.
        qtbot.wait(100)
        QTest.keyClick(table, Qt.Key.Key_Down)
    assert not controller.locked
    qtbot.waitUntil(lambda: controller.locked, timeout=3000)


def test_idle_minutes_come_from_the_settings(gui: Any) -> None:
    from kopingplan.gui.common import settings as app_settings
    from kopingplan.gui.shell.controller import AppController

    app_settings.settings().setValue(app_settings.IDLE_MINUTES, 2)
    made = AppController(gui, language="en")
    try:
        assert made.idle.timeout_ms == 120_000
    finally:
        made.deleteLater()


def test_locking_closes_an_open_message_box(controller: Any, qtbot: Any, unlocked: Any) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, "Köpingplan", "Something", parent=unlocked)
    box.open()
    assert box.isVisible()
    controller.lock()
    assert not box.isVisible()
    assert controller.unlock_dialog.isVisible()


def test_window_title_never_holds_case_data(controller: Any, qtbot: Any, unlocked: Any) -> None:
    model = unlocked.case_list.model
    view = unlocked.open_case(model.case_id(0))
    titles = [unlocked.windowTitle(), view.windowTitle()]
    # The case number tells two case windows apart in a task bar; the title names nobody.
    assert titles == ["Köpingplan", f"Case {view.case_id}"]
    assert view.detail.case.title not in view.windowTitle()


def test_quit_closes_the_vault(
    controller: Any, qtbot: Any, unlocked: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(controller.app, "quit", lambda: quits.append(True))
    session = controller.session
    unlocked.ui.actionQuit.trigger()
    assert quits == [True]
    assert not session.vault.is_open
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
