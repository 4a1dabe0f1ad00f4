"""One try of the unlock window, and the way out of it while the key is derived.

On a slow laptop Argon2id takes seconds, and the unlock window had no way out meanwhile (Quit
off, Esc and the close button refused). Cancel (Esc, the close button) now drops the try: the
window is usable again at once, its passphrase field empty, and nothing opens. The derivation
itself cannot be stopped (Argon2 has no cancel point), so it goes on on the worker; what it
brings is dropped when it comes: a session it opened is closed at once (on the worker if the
cancel came first, else here), a failure is not shown.

Wrong passphrases (services/unlock_throttle.py, storage/attempts.py): a try is counted beside
the vault *before* its derivation starts, so that killing the program mid-try saves no guess.
A cancel keeps that rule: it neither adds a failure nor takes the counted try back. The try
ends as it would have: wrong, it stays counted (the window's countdown shows any wait it
causes); right, the count is cleared, as by any right passphrase, and the session is closed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtWidgets import QPushButton

from kopingplan.gui.common.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class UnlockAttempt:
    """One try: ``dropped`` once the person cancelled it."""

    def __init__(self) -> None:
        self.dropped = threading.Event()

    def run(
        self,
        runner: TaskRunner,
        open_vault: Callable[[], Session],
        dialog: Any,
    ) -> None:
        """Opens the vault on the worker; ``dialog._opened(session)`` or ``dialog._failed(error)``
        follow unless the try was dropped, or the dialog has gone (a session is closed then)."""
        dropped = self.dropped

        def work(ctx: TaskContext) -> Session | None:
            session = open_vault()
            if dropped.is_set():  # cancelled while the key was derived: nobody takes it
                session.close()
                return None
            return session

        def opened(session: Session | None) -> None:
            alive = shiboken6.isValid(dialog)
            if dropped.is_set() or not alive:
                if session is not None:
                    session.close()
                if alive:
                    dialog.safety.refresh()
                return
            dialog._opened(session)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(dialog):
                return
            if dropped.is_set():
                dialog.safety.refresh()  # a wrong try still counts: its wait shows
                return
            dialog._failed(error)

        # No owner: a result for a dialog gone meanwhile must still close its session.
        runner.run(work, on_success=opened, on_failure=failed)


def add_cancel_button(dialog: Any) -> QPushButton:
    """Cancel, beside Quit, shown only while a try is under way (Quit is off then)."""
    button = QPushButton(dialog)
    button.setObjectName("cancelButton")
    button.setAutoDefault(False)
    button.setVisible(False)
    layout = dialog.ui.buttonLayout
    layout.insertWidget(layout.indexOf(dialog.ui.quitButton) + 1, button)
    button.clicked.connect(dialog.cancel_unlock)
    return button
