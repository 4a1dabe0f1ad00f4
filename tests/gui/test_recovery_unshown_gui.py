"""A recovery key written but never shown: the vault locks after the new key file is written
and before its sheet is on screen. The coordinator's paper sheet may no longer work and nobody
saw the new code. What they would check: the next unlock says so, plainly, with the day and
the menu to use; making a new key and seeing its sheet ends it; the normal path never shows it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_slow_76_recovery import LockAt, lock_while_making_key  # noqa: F401  # a fixture
from test_slow_tasks import WAIT_MS, open_window

from kopingplan.gui.safety.unshown_recovery import NOTICE_KEY
from kopingplan.services import recovery
from kopingplan.services.session import Session

from gui_helpers import PASSPHRASE, results_handled, settle, type_text

pytestmark = [pytest.mark.gui]


def _notice(window: Any) -> Any:
    found = [bar for bar in window.notices() if bar.key == NOTICE_KEY]
    return found[0] if found else None


def _shown_then_relocked(dialog: Any, controller: Any, qtbot: Any) -> Any:
    """A new key made in the recovery key window and its sheet on screen (a notice shown
    meanwhile goes at once); then the window closed, a lock and an unlock. The new window,
    once its after-unlock reads are done."""
    type_text(dialog.ui.passphraseEdit, PASSPHRASE)
    dialog.ui.createButton.click()
    qtbot.waitUntil(lambda: dialog.code != "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=WAIT_MS)
    assert _notice(controller.main_window) is None
    dialog.close()
    controller.lock()
    assert controller.main_window is None
    controller.close_vault()
    window = open_window(controller, qtbot, controller.folder)
    results_handled(qtbot, controller.runner, WAIT_MS)  # the after-unlock reads (the worker's)
    return window


@pytest.mark.real_threads
@pytest.mark.parametrize("where", ["recovery_window", "security_window"])
def test_a_lock_between_writing_and_showing_the_key_is_told_at_the_next_unlock(
    where: str,
    lock_while_making_key: LockAt,  # noqa: F811  # the fixture, imported
    controller: Any,
    vault_paths: Any,
    qtbot: Any,
    tmp_path: Path,
) -> None:
    on_paper = lock_while_making_key(where, recovery.kf, "write_keyfile")
    with pytest.raises(recovery.WrongRecoveryKey):  # the sheet on paper: revoked, unseen
        recovery.open_with_recovery_key(vault_paths, on_paper).close()

    window = open_window(controller, qtbot, vault_paths.folder)
    qtbot.waitUntil(lambda: _notice(window) is not None, timeout=WAIT_MS)
    bar = _notice(window)
    text = bar.label.text()
    assert date.today().isoformat() in text
    assert "was never shown" in text and "may no longer open the vault" in text
    assert "Settings → Recovery key" in text
    assert window.notice_area.current() is bar  # shown first: the vault may be lost
    window.resize(1366, 768)
    settle(qtbot)
    window.grab().save(str(tmp_path.parent / f"recovery-unshown-{where}.png"))

    # Its button opens the recovery key window; a new key on screen ends the notice.
    bar.buttons[0].click()
    made = window.safety.dialog
    assert made is not None and made.objectName() == "SafetyRecoveryKeyDialog"
    window = _shown_then_relocked(made, controller, qtbot)
    assert _notice(window) is None


def test_the_normal_path_never_shows_the_notice_and_a_key_shown_from_the_menu_ends_it(
    controller: Any, session: Session, vault_paths: Any, qtbot: Any
) -> None:
    """A key made and shown as usual: no notice. One left unshown from before: the notice is
    there; a new key made from the menu (not its button) takes it away at once."""
    recovery.create(session, PASSPHRASE)  # never shown
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    qtbot.waitUntil(lambda: _notice(window) is not None, timeout=WAIT_MS)

    for _normal_path in range(2):  # the first new key ends the notice; the next adds none
        window = _shown_then_relocked(window.safety.open_recovery_key(), controller, qtbot)
        assert _notice(window) is None


def test_removing_the_recovery_key_ends_the_notice(
    controller: Any, session: Session, vault_paths: Any, qtbot: Any
) -> None:
    recovery.create(session, PASSPHRASE)  # never shown
    recovery.remove(session, PASSPHRASE)
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    results_handled(qtbot, controller.runner, WAIT_MS)  # the after-unlock reads
    assert _notice(window) is None
