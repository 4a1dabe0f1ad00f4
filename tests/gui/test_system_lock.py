"""The vault locks when the system says the session locked or the machine is going to sleep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kopingplan.gui.safety import system_lock

from gui_helpers import unlock

pytestmark = pytest.mark.gui


def test_windows_lock_and_suspend_messages_are_recognised() -> None:
    assert system_lock.windows_message_locks(system_lock.WM_WTSSESSION_CHANGE, 0x7)
    assert system_lock.windows_message_locks(system_lock.WM_POWERBROADCAST, 0x4)
    assert not system_lock.windows_message_locks(system_lock.WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not system_lock.windows_message_locks(system_lock.WM_POWERBROADCAST, 0x12)  # resume
    assert not system_lock.windows_message_locks(0x0010, 0x7)  # WM_CLOSE


def test_screen_saver_and_sleep_lock_an_open_vault(  # type: ignore[no-untyped-def]
    qtbot, controller, closed_vault
) -> None:
    controller.start(closed_vault.folder)
    assert unlock(controller, qtbot) is not None
    watcher = controller.system_lock
    watcher.on_active_or_sleeping(False)  # the screen saver ended: nothing to do
    assert not controller.locked
    watcher.on_active_or_sleeping(True)  # D-Bus PrepareForSleep(true) / ActiveChanged(true)
    assert controller.locked
    assert controller.session is None
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()


def test_a_suspended_application_locks(qtbot, controller, closed_vault) -> None:  # type: ignore[no-untyped-def]
    controller.start(closed_vault.folder)
    unlock(controller, qtbot)
    controller.system_lock._on_application_state(Qt.ApplicationState.ApplicationActive)
    assert not controller.locked
    controller.system_lock._on_application_state(Qt.ApplicationState.ApplicationSuspended)
    assert controller.locked
