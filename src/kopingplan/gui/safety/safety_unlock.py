"""What the unlock dialog gains for safety: a growing wait after wrong passphrases, and
"Använd återställningsnyckel" (use the recovery key) when the passphrase is forgotten.

* **Wait.** Every unlock goes through the program's one :class:`UnlockThrottle`
  (:func:`current_throttle`); while it asks for a wait, the Unlock button is disabled and a
  countdown ("Vänta N s") shows under the message. Nothing is ever wiped.
* **Recovery key.** :class:`RecoveryUnlockDialog` opens the vault with the 48 digits of the
  recovery sheet (through the same throttle) and then requires a new passphrase before the
  vault is handed over: cancelling closes the vault again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.text_room import make_room
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import ERROR_STYLE, MessageLabel
from kopingplan.gui.forms import setup_form
from kopingplan.services import recovery
from kopingplan.services.unlock_throttle import UnlockThrottle, process_throttle
from kopingplan.storage.vault import VaultPaths

T = TypeVar("T")

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_safety_recovery_unlock import Ui_SafetyRecoveryUnlockDialog
    from kopingplan.services.session import Session

COUNTDOWN_MS = 250


def current_throttle() -> UnlockThrottle:
    """The throttle the dialogs use: the process's own (tests put one with a fake clock here)."""
    return process_throttle()


class UnlockSafety(Retranslating, QWidget):
    """Attached to the unlock dialog (``dialog.safety``): throttle, countdown, recovery."""

    def __init__(self, dialog: Any) -> None:
        super().__init__(dialog)
        self.setVisible(False)  # a helper object; its widgets live in the dialog's layout
        self.dialog = dialog
        self.throttle = current_throttle()
        self.recovery_dialog: RecoveryUnlockDialog | None = None
        self.wait_label = QLabel(dialog)
        self.wait_label.setObjectName("waitLabel")
        self.wait_label.setStyleSheet(ERROR_STYLE)
        self.wait_label.setVisible(False)
        layout = dialog.ui.mainLayout
        layout.insertWidget(layout.indexOf(dialog.ui.messageLabel) + 1, self.wait_label)
        self.recovery_button = QPushButton(dialog)
        self.recovery_button.setObjectName("recoveryButton")
        self.recovery_button.setAutoDefault(False)
        # On its own row under the passphrase, where a person who forgot it looks: in the
        # button row its long Swedish text was clipped on a 1366 px laptop.
        recovery_row = QHBoxLayout()
        recovery_row.addStretch(1)
        recovery_row.addWidget(self.recovery_button)
        layout.insertLayout(layout.indexOf(dialog.ui.passphraseEdit) + 1, recovery_row)
        QWidget.setTabOrder(dialog.ui.passphraseEdit, self.recovery_button)  # where it stands
        self.recovery_button.clicked.connect(self.open_recovery)
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_MS)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()
        make_room(dialog)
        self.refresh()

    def retranslate(self) -> None:
        self.recovery_button.setText(self.tr("Use &recovery key"))
        self.refresh()

    def attempt(self, unlock: Callable[[], T]) -> T:
        """Runs ``unlock`` through the throttle (worker thread; the throttle is thread-safe)."""
        return self.throttle.attempt(unlock)

    @property
    def seconds_to_wait(self) -> int:
        return math.ceil(self.throttle.seconds_to_wait())

    def blocked(self) -> bool:
        """True (and the countdown on show) while the next try must wait."""
        self.refresh()
        return self.seconds_to_wait > 0

    def refresh(self) -> None:
        """Shows or ends the countdown; enables the Unlock button when it reaches 0."""
        seconds = self.seconds_to_wait
        waiting = seconds > 0
        self.wait_label.setVisible(waiting)
        if waiting:
            self.wait_label.setText(self.tr("Wait %n s", "", seconds))
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        if not getattr(self.dialog, "_busy", False):
            self.dialog.ui.unlockButton.setEnabled(not waiting)
            if self.recovery_dialog is not None:
                self.recovery_dialog.refresh_wait()

    def open_recovery(self) -> RecoveryUnlockDialog | None:
        if getattr(self.dialog, "_busy", False):
            return None
        if self.recovery_dialog is None:
            made = RecoveryUnlockDialog(self.dialog.folder, self.dialog._runner, self, self.dialog)
            made.unlocked.connect(lambda session: self.dialog.unlocked.emit(session, made.folder))
            made.finished.connect(lambda *_: self._forget_recovery(made))
            self.recovery_dialog = made
        self.recovery_dialog.show()
        self.recovery_dialog.raise_()
        self.recovery_dialog.activateWindow()
        return self.recovery_dialog

    def _forget_recovery(self, dialog: RecoveryUnlockDialog) -> None:
        if self.recovery_dialog is dialog:
            self.recovery_dialog = None
            dialog.deleteLater()


class RecoveryUnlockDialog(ShowsMessage, BusyDialog):
    """Two steps: the recovery key opens the vault, then a new passphrase must be set."""

    unlocked = Signal(object)  # the open session, once the new passphrase is set

    def __init__(
        self, folder: Path, runner: TaskRunner, safety: UnlockSafety, parent: QWidget | None
    ) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_SafetyRecoveryUnlockDialog = setup_form("safety_recovery_unlock", self)
        self.folder = Path(folder)
        self._safety = safety
        self._session: Session | None = None
        self._code = ""
        self._message = MessageLabel(self.ui.messageLabel)
        self.ui.nextButton.clicked.connect(self.next_step)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.pages.setCurrentIndex(0)
        self._retranslate_dynamic()
        self.ui.codeEdit.setFocus()

    def _retranslate_dynamic(self) -> None:
        on_code = self.ui.pages.currentIndex() == 0
        self.ui.nextButton.setText(self.tr("&Open") if on_code else self.tr("&Set passphrase"))

    def refresh_wait(self) -> None:
        if not self._busy and self.ui.pages.currentIndex() == 0:
            self.ui.nextButton.setEnabled(self._safety.seconds_to_wait == 0)

    def next_step(self) -> None:
        if self._busy:
            return
        if self.ui.pages.currentIndex() == 0:
            self._open()
        else:
            self._set_passphrase()

    def _open(self) -> None:
        typed = self.ui.codeEdit.text()
        try:
            recovery.normalise(typed)  # a typo is named at once, before any key derivation
        except Exception as error:
            self.show_failure(error)
            return
        if self._safety.blocked():
            self.refresh_wait()
            return
        paths = VaultPaths.from_user_path(self.folder)
        safety = self._safety

        def work(ctx: TaskContext) -> Session:
            return safety.attempt(lambda: recovery.open_with_recovery_key(paths, typed))

        self._code = typed
        self._run(work, self._opened)

    def continue_with(self, session: Session, code: str) -> None:
        """Starts at the new-passphrase step with a vault the recovery key has opened already
        (a backup restored with it)."""
        self._code = code
        self._opened(session)

    def _opened(self, session: Session) -> None:
        self._session = session
        self.ui.codeEdit.clear()
        self.ui.pages.setCurrentIndex(1)
        self._message.clear()
        self._retranslate_dynamic()
        self.ui.newEdit.setFocus()

    def _set_passphrase(self) -> None:
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self._message.show(lambda: self.tr("The two passphrases differ."), error=True)
            self.ui.repeatEdit.clear()
            self.ui.repeatEdit.setFocus()
            return
        session, code = unlocked(self._session), self._code

        def work(ctx: TaskContext) -> Session:
            recovery.set_passphrase(session, code, new)
            return session

        self._run(work, self._passphrase_set)

    def _passphrase_set(self, session: Session) -> None:
        self._session, self._code = None, ""
        self.ui.newEdit.clear()
        self.ui.repeatEdit.clear()
        self.accept()
        self.unlocked.emit(session)

    def _run(
        self, work: Callable[[TaskContext], Session], on_success: Callable[[Session], None]
    ) -> None:
        self._message.clear()
        self.run_busy(work, on_success, self._failed, label=self.tr("Opening the vault…"))

    def _failed(self, error: BaseException) -> None:
        self.show_failure(error)
        self._safety.refresh()
        self.refresh_wait()

    def busy_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (ui.codeEdit, ui.newEdit, ui.repeatEdit, ui.nextButton, ui.cancelButton)

    def forget(self) -> None:
        # No vault without a new passphrase: the one opened with the key is closed again.
        session, self._session, self._code = self._session, None, ""
        if session is not None:
            session.close()
