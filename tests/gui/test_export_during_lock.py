"""The vault locks (Ctrl+L, the idle timer) while "New disclosure" makes its package.

The lock waits for the worker (up to 10 s). What the coordinator checks in the unlock window
and after unlocking:

* made in that wait: the unlock window says that a package was made and recorded while the
  vault locked, and under which file name (nothing of the cases, nor the purpose); one
  disclosure, no draft to make it a second time;
* not made when the wait ran out: the unlock window says no package was made and nothing was
  recorded; the package is never made after that, so no disclosure is recorded behind the
  locked vault, and what was prepared is kept as a draft;
* the wait ran out while the disclosure was being recorded: the lock waits for that short
  step, so it is made and said, and no draft of it is kept as well (before, the lock kept a
  draft while the worker committed: a disclosure recorded, and its draft offered again).

Through the real controller and main window, the package made on the worker, slowed by events
the test releases (as test_review_111 and test_slow_76_export slow theirs).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import test_export_wizard_draft as drafted
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_export_wizard_draft import PURPOSE, Vault, vault
from test_review_111 import to_preview

from kopingplan.gui.common import file_dialogs
from kopingplan.services import brief_disclosures, exchange

from gui_helpers import results_handled, unlock

pytestmark = pytest.mark.gui

__all__ = ["vault"]

WAIT_S = 10  # the longest the test waits for a worker (never reached when all is well)
FILE = "Utlamnande 2026-12-06 Polisen.p7m"


@dataclass
class Making:
    """A disclosure prepared up to the preview, its package to be made on the worker."""

    controller: Any
    qtbot: Any
    monkeypatch: pytest.MonkeyPatch
    wizard: Any
    path: Path
    release: threading.Event = field(default_factory=threading.Event)

    def slowed(self, module: Any, name: str) -> threading.Event:
        """``module.name`` waits for :attr:`release`; the event set once it is reached."""
        reached, release, real = threading.Event(), self.release, getattr(module, name)

        def slow(*args: Any, **kwargs: Any) -> Any:
            reached.set()
            release.wait(WAIT_S)
            return real(*args, **kwargs)

        self.monkeypatch.setattr(module, name, slow)
        return reached

    def create(self, reached: threading.Event) -> None:
        """Clicks Create package… (saved to :attr:`path`); returns once ``reached``."""
        finish = self.wizard.button(QWizard.WizardButton.FinishButton)
        self.qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
        assert reached.wait(WAIT_S)

    def wait_runs_out(self) -> None:
        """The lock's wait for the worker runs out at once (in use: after 10 s)."""
        self.monkeypatch.setattr(self.controller, "LOCK_WAIT_MS", 50)

    def unlocked(self) -> Any:
        """The worker done, its result handed back (to the wizard the lock closed), and the
        vault unlocked: the main window."""
        self.release.set()
        results_handled(self.qtbot, self.controller.runner, WAIT_S * 1000)
        self.controller.runner.synchronous = True
        return unlock(self.controller, self.qtbot)


@pytest.fixture
def making(
    vault: Vault, controller: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Making:
    wizard = drafted.open_wizard(vault.window)
    drafted.prepare(wizard, qtbot, vault)
    to_preview(wizard, qtbot)
    path = tmp_path / FILE
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(path)])
    assert wizard.runner is controller.runner
    controller.runner.synchronous = False
    return Making(controller, qtbot, monkeypatch, wizard, path)


def only_the_wait_warned(caplog: pytest.LogCaptureFixture) -> bool:
    """Nothing logged but the lock's own warning that its wait ran out."""
    said = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    return said == ["A background task is still running while locking"]


def test_a_package_made_while_the_vault_locks_is_said_in_the_unlock_window(
    making: Making, caplog: pytest.LogCaptureFixture
) -> None:
    making.create(making.slowed(exchange, "export_package"))
    threading.Timer(0.2, making.release.set).start()  # signed within the lock's wait

    making.controller.lock()

    dialog = making.controller.unlock_dialog
    said = dialog.message
    assert said == (
        "A package was made and recorded as a disclosure while the vault locked. "
        f"It was saved as {FILE}."
    )
    assert not dialog.message_is_error  # what was asked for was done: not an error
    assert PURPOSE not in said and "Åsa" not in said and "Bertil" not in said
    making.controller.set_language("sv")
    assert dialog.message == (
        "Ett paket skapades och utlämnandet registrerades medan valvet låstes. "
        f"Det sparades som {FILE}."
    )
    making.controller.set_language("en")
    window = making.unlocked()
    assert making.path.exists()
    assert exchange.disclosure_count(window.session) == 1
    assert drafted.stored(window) is None  # nothing to make it a second time from
    assert not drafted.shown_wizards()
    assert drafted.no_warnings(caplog)


def test_a_package_not_made_when_the_wait_ran_out_is_never_made_and_is_said(
    making: Making, caplog: pytest.LogCaptureFixture
) -> None:
    making.create(making.slowed(exchange, "export_package"))
    making.wait_runs_out()

    making.controller.lock()  # still signing when the wait runs out

    dialog = making.controller.unlock_dialog
    assert dialog.message == (
        "The vault locked before the package was made: no package was made and no "
        "disclosure was recorded. What you prepared is kept as a draft; make the package "
        "from it once the vault is open."
    )
    assert dialog.message_is_error
    window = making.unlocked()  # the signing ended behind the locked vault
    assert not making.path.exists()
    assert exchange.disclosure_count(window.session) == 0
    draft = drafted.stored(window)
    assert draft is not None and draft["fields"]["terms"]["purpose"] == PURPOSE
    assert [bar.key for bar in window.notices() if bar.key == "drafts"] == ["drafts"]
    assert only_the_wait_warned(caplog)


def test_a_disclosure_being_recorded_when_the_wait_ran_out_is_made_and_no_draft_kept(
    making: Making, caplog: pytest.LogCaptureFixture
) -> None:
    """The worker is inside the transaction that records the disclosure when the lock gives
    up waiting: the lock kept a draft, waiting for the vault, while the worker committed."""
    making.create(making.slowed(brief_disclosures, "store"))
    making.wait_runs_out()
    threading.Timer(0.3, making.release.set).start()  # after the wait ran out

    making.controller.lock()

    assert making.controller.unlock_dialog.message.startswith("A package was made and recorded")
    window = making.unlocked()
    assert making.path.exists()
    assert exchange.disclosure_count(window.session) == 1
    assert drafted.stored(window) is None
    assert not [bar for bar in window.notices() if bar.key == "drafts"]
    assert only_the_wait_warned(caplog)
