"""A slow save and a slow unlock, as the coordinator meets them (helper 142).

The slow work waits on events the test sets (never a fixed sleep):

* a note's save on the GUI thread that takes long: a second Enter given during it waited in
  the window system's queue and, the form closed, went to the case window beneath, where
  "New note" had the keyboard: an empty new note form opened. Input stamped during the save
  is now dropped; input given after it acts as before.
* an unlock whose key derivation takes long: the window had no way out (Quit off, Esc and
  closing refused). Cancel (Esc) now returns to an empty passphrase field, the vault stays
  closed (the derivation's session, when it comes, is closed at once), and the right
  passphrase opens it afterwards.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_slow_tasks import WAIT_MS, open_window

from kopingplan.gui.cases.case_records import NoteDialog
from kopingplan.gui.common.save_wait import event_clock_ms
from kopingplan.gui.shell import vaults
from kopingplan.services.session import Session
from kopingplan.services.unlock_throttle import process_throttle

from gui_helpers import PASSPHRASE, click_save, opened_rows, results_handled, settle, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


def press_enter(stamp: int) -> None:
    """Enter as the window system hands it over: stamped when it was pressed, to the window
    that has the keyboard when it is delivered."""
    target = QApplication.focusWindow()
    assert target is not None
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        event.setTimestamp(stamp)
        QApplication.sendEvent(target, event)


def case_window(window: Any, qtbot: Any) -> Any:
    table = window.case_list.ui.caseTable
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 1))
    QTest.keyClick(table, Qt.Key.Key_Return)
    (view,) = window.case_views
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    return view


def test_enter_pressed_again_during_a_slow_save_does_not_reach_the_case_window(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(controller, qtbot, closed_vault.folder)
    view = case_window(window, qtbot)
    case_id = view.case_id
    opened = opened_rows(window, "cases.open", case_id)
    view.ui.noteButton.setFocus()
    QTest.keyClick(view.ui.noteButton, Qt.Key.Key_Space)  # "New note", from the keyboard
    form = view._forms.front(NoteDialog.DRAFT_KIND)
    assert isinstance(form, NoteDialog)
    type_text(form.ui.textEdit, "Samtal med skolan om Bertil.")
    delivered, real_save = threading.Event(), NoteDialog.SAVE

    def impatient() -> None:  # the Enter given during the save, delivered after it
        view.activateWindow()  # the window manager's part: the form is gone
        qtbot.waitUntil(view.isActiveWindow, timeout=WAIT_MS)
        press_enter(pressed_at[0])
        delivered.set()

    pressed_at: list[int] = []

    def slow_save(session: Session, record: Any) -> Any:
        pressed_at.append(event_clock_ms())  # pressed while the window is frozen
        QTimer.singleShot(0, impatient)
        stored = real_save(session, record)
        assert not delivered.is_set()  # frozen: nothing was delivered during the save
        return stored

    monkeypatch.setattr(NoteDialog, "SAVE", staticmethod(slow_save))
    click_save(qtbot, form)
    qtbot.waitUntil(delivered.is_set, timeout=WAIT_MS)
    settle(qtbot)
    assert [kind for kind, _form in view._forms.items()] == []  # no new, empty note form
    assert opened_rows(window, "cases.open", case_id) == opened
    assert [item.kind for item in view.detail.timeline].count("note") == 1  # saved, once
    # Enter given after the save acts as ever.
    assert QApplication.focusWidget() is view.ui.noteButton
    press_enter(event_clock_ms())
    assert isinstance(view._forms.front(NoteDialog.DRAFT_KIND), NoteDialog)


# --- an unlock slower than the person at the keyboard -----------------------------------------


def slowed_unlock(monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> tuple[Any, list]:
    """The first unlock derives its key until ``release`` (on the worker); later ones as ever.
    Returns the event set once the first has begun, and the sessions the tries opened."""
    begun, opened, real = threading.Event(), [], vaults.open_vault

    def slow_open(folder: Any, passphrase: str) -> Any:
        first = not begun.is_set()
        begun.set()
        if first:
            release.wait(WAIT_MS / 1000)
        session = real(folder, passphrase)
        opened.append(session)
        return session

    monkeypatch.setattr(vaults, "open_vault", slow_open)
    return begun, opened


@pytest.mark.parametrize("right", [True, False], ids=["right", "wrong"])
def test_esc_while_the_key_is_derived_returns_to_the_passphrase(
    controller: Any, closed_vault: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, right: bool
) -> None:
    release = threading.Event()
    begun, opened = slowed_unlock(monkeypatch, release)
    controller.start(closed_vault.folder)
    dialog = controller.unlock_dialog
    type_text(dialog.ui.passphraseEdit, PASSPHRASE if right else "fel lösenfras")
    QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(begun.is_set, timeout=WAIT_MS)
    assert dialog.ui.busyBar.isVisible() and not dialog.ui.passphraseEdit.isEnabled()
    failures = process_throttle().failures

    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # before: refused, no way out
    assert dialog.isVisible() and controller.unlock_dialog is dialog
    edit = dialog.ui.passphraseEdit
    assert edit.isEnabled() and edit.text() == "" and edit.hasFocus()
    assert not dialog.ui.busyBar.isVisible()
    assert "cancelled" in dialog.message and not dialog.message_is_error

    release.set()  # the derivation ends behind the cancel: its result is dropped
    results_handled(qtbot, controller.runner, WAIT_MS)
    settle(qtbot)
    assert controller.main_window is None and controller.unlock_dialog is dialog
    assert [session.vault.is_open for session in opened] == ([False] if right else [])
    assert "cancelled" in dialog.message  # a wrong try's result is not shown either
    # The throttle's rule: a try is counted as it starts; a cancel adds nothing.
    assert process_throttle().failures == (0 if right else failures + 1)

    type_text(edit, PASSPHRASE)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert opened[-1].vault.is_open
