"""A new recovery key or passphrase on a slow machine: the vault locks while it is being made.

Making a recovery key revokes the earlier one (its paper sheet stops working) and shows the new
code once, to print. Here the key derivation is slower than the coordinator: Ctrl+L or the idle
lock comes while it runs. What the coordinator would check: the paper sheet they already have
still opens the vault (no key was made that nobody saw), and no error or traceback follows,
from the recovery key window or from Säkerhet's.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest
from test_slow_tasks import WAIT_MS, open_window

from kopingplan.services import passphrase, recovery
from kopingplan.services.session import Session

from gui_helpers import PASSPHRASE, lock_begins, results_handled, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


LockAt = Callable[[str, object, str], str]


@pytest.fixture
def lock_while_making_key(
    controller: Any,
    session: Session,
    vault_paths: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> LockAt:
    """``lock_at(where, owner, name)``: unlocks in the app, makes a new recovery key in the
    window ``where`` and holds it just after its call ``owner.name`` until the idle lock has
    begun; returns the code of the earlier key, the one on paper. No warning is logged."""
    on_paper = recovery.create(session, PASSPHRASE).code
    recovery.mark_shown(session)  # printed and in the safe
    session.close()

    def lock_at(where: str, owner: object, name: str) -> str:
        with monkeypatch.context() as patched:
            reached, locking = threading.Event(), lock_begins(patched)
            real = getattr(owner, name)

            def held(*args: Any, **how: Any) -> Any:
                result = real(*args, **how)
                reached.set()
                locking.wait(WAIT_MS / 1000)
                return result

            patched.setattr(owner, name, held)
            start_making_key(open_window(controller, qtbot, vault_paths.folder), where)
            qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
            controller.idle.idle.emit()
            assert controller.main_window is None
            results_handled(qtbot, controller.runner, WAIT_MS)  # and the deletions
        assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
        return on_paper

    return lock_at


@pytest.mark.parametrize("where", ["recovery_window", "security_window"])
def test_a_lock_while_a_recovery_key_is_made_keeps_the_sheet_on_paper_valid(
    where: str, lock_while_making_key: LockAt, vault_paths: Any
) -> None:
    on_paper = lock_while_making_key(where, recovery, "generate")  # between the derivations
    opened = recovery.open_with_recovery_key(vault_paths, on_paper)
    opened.close()


def start_making_key(window: Any, where: str) -> Any:
    """A new recovery key from the recovery key window, or from Säkerhet (the current
    passphrase, then 'New recovery key': it asks nothing more); returns the window."""
    if where == "recovery_window":
        dialog = window.safety.open_recovery_key()
        type_text(dialog.ui.passphraseEdit, PASSPHRASE)
        dialog.ui.createButton.click()
    else:
        dialog = window.safety.open_security()
        type_text(dialog.ui.currentEdit, PASSPHRASE)
        dialog.make_recovery_key()
    return dialog


def test_a_lock_while_the_passphrase_is_changed_keeps_the_one_the_coordinator_had(
    controller: Any,
    closed_vault: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Säkerhet → change the passphrase, and Ctrl+L while the new one is derived: the window
    that would say "changed" is gone, so the passphrase the coordinator unlocks with next is
    the one they had (not one changed unseen, whose first try would count as a wrong one)."""
    deriving, locking = threading.Event(), lock_begins(monkeypatch)
    real_strong = passphrase.require_strong

    def slow_strong(*args: Any) -> None:
        deriving.set()
        locking.wait(WAIT_MS / 1000)
        real_strong(*args)

    monkeypatch.setattr(passphrase, "require_strong", slow_strong)
    window = open_window(controller, qtbot, closed_vault.folder)
    dialog = window.safety.open_security()
    type_text(dialog.ui.currentEdit, PASSPHRASE)
    for edit in (dialog.ui.newEdit, dialog.ui.repeatEdit):
        type_text(edit, "Blåbärssoppa vid Mälaren 1987")
    dialog.change_passphrase()
    qtbot.waitUntil(deriving.is_set, timeout=WAIT_MS)

    window.lockRequested.emit()
    assert controller.main_window is None
    results_handled(qtbot, controller.runner, WAIT_MS)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    Session.open(closed_vault, PASSPHRASE).close()
