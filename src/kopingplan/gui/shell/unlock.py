"""The unlock dialog: the only thing on screen while the vault is locked.

A wrong passphrase changes nothing but the dialog: a message, the field emptied and focused.
Unlocking (Argon2id, about half a second; seconds on a slow laptop) runs on the task runner's
worker thread; Cancel (Esc) drops the try meanwhile (gui/shell/unlock_attempt.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from kopingplan import errors
from kopingplan.gui.common.busy_dialog import BusyDialog
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.common.widgets import MessageLabel
from kopingplan.gui.forms import setup_form
from kopingplan.gui.safety.safety_unlock import UnlockSafety
from kopingplan.gui.shell import vaults
from kopingplan.gui.shell.unlock_attempt import UnlockAttempt, add_cancel_button
from kopingplan.services.unlock_throttle import recorded_wait

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_unlock import Ui_UnlockDialog
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session


class UnlockDialog(ShowsMessage, BusyDialog):
    unlocked = Signal(object, object)  # session, vault folder
    chooseAnotherRequested = Signal()

    def __init__(self, folder: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.ui: Ui_UnlockDialog = setup_form("unlock", self)
        self.folder = Path(folder)
        self._message = MessageLabel(self.ui.messageLabel)
        self.ui.busyBar.setVisible(False)
        self.ui.unlockButton.clicked.connect(self.unlock)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.chooseButton.clicked.connect(self._choose_another)
        self.cancel_button = add_cancel_button(self)  # while the key is derived
        self._attempt: UnlockAttempt | None = None
        # While a lock still closes the vault (it waits for the worker): why Unlock waits.
        self.until_closed: Callable[[], str] | None = None
        # A growing wait after wrong passphrases, and "use the recovery key" (issue 7).
        self.safety = UnlockSafety(self)
        # A wait that wrong guesses elsewhere (the command line, another window) have caused.
        self.safety.throttle.wait_at_least(recorded_wait(self.folder))
        self.safety.refresh()
        self._retranslate_dynamic()
        self.ui.passphraseEdit.setFocus()

    def _retranslate_dynamic(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.ui.vaultLabel.setText(self.tr("Vault: {folder}").format(folder=self.folder))
        demo = vaults.is_demo(self.folder)
        self.ui.demoHintLabel.setVisible(demo)
        if demo:
            self.ui.demoHintLabel.setText(
                self.tr(
                    "This is the demo vault with fictional data. Its passphrase is: {p}"
                ).format(p=vaults.DEMO_PASSPHRASE)
            )
        QTimer.singleShot(0, self, self._fit_height)  # once the message has its new words too

    def show_error(self, text: Callable[[], str], *, error: bool = True) -> None:
        """Shows why the dialog is back (``text`` is called again after a language switch)."""
        self._message.show(text, error=error)
        self._fit_height()

    def show_failure(self, error: BaseException) -> None:
        super().show_failure(error)
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller, never narrower, when a message needs more lines than the window has room
        for (a lock's report, a damaged key file's path): else its last lines were cut off.
        Wider rather than taller than the screen, and moved back onto it: grown downwards from
        where it stood, its buttons went below the screen's edge."""
        layout = self.layout()
        if layout is None:
            return
        room = self.screen().availableGeometry()
        border = self.frameGeometry().size() - self.size()
        width = self.width()
        while (
            layout.totalHeightForWidth(width) + border.height() > room.height()
            and width + border.width() < room.width()
        ):
            width = min(room.width() - border.width(), width + width // 4)
        needed = layout.totalHeightForWidth(width)
        if needed <= self.height() and width == self.width():
            return
        self.resize(width, max(needed, self.height()))
        frame = self.frameGeometry()
        self.move(
            max(room.left(), min(frame.x(), room.right() + 1 - frame.width())),
            max(room.top(), min(frame.y(), room.bottom() + 1 - frame.height())),
        )

    def unlock(self) -> None:
        passphrase = self.ui.passphraseEdit.text()
        if self._busy or self.safety.blocked():
            return
        if self.until_closed is not None:
            self.show_error(self.until_closed)
            return
        if not passphrase:
            self._message.show(lambda: self.tr("Type your passphrase."), error=True)
            self.ui.passphraseEdit.setFocus()
            return
        self._set_busy(True)
        self._message.clear()
        folder, safety = self.folder, self.safety
        self._attempt = UnlockAttempt()
        self._attempt.run(
            self._runner,
            lambda: safety.attempt(lambda: vaults.open_vault(folder, passphrase)),
            self,
        )

    def cancel_unlock(self) -> None:
        """Cancel (Esc, closing the window) while the key is derived: back to an empty
        passphrase field, nothing opened; the try's result is dropped when it comes."""
        if not self._busy or self._attempt is None:
            return
        self._attempt.dropped.set()
        self._attempt = None
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self.show_error(
            lambda: self.tr("Unlocking was cancelled. The vault is still locked."), error=False
        )
        self.ui.passphraseEdit.setFocus()
        self.safety.refresh()

    def reject(self) -> None:
        if self._busy:
            self.cancel_unlock()  # the way out while the key is derived; never Quit at once
            return
        super().reject()

    def _opened(self, session: Session) -> None:
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self.unlocked.emit(session, self.folder)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.show_failure(error)
        # Cleared after a wrong passphrase (so the next attempt starts clean, as KeePassXC
        # does); kept after other errors, which no retyping would fix.
        if isinstance(error, errors.WrongPassphrase):
            self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()
        self.safety.refresh()

    def busy_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            ui.passphraseEdit,
            ui.unlockButton,
            ui.chooseButton,
            ui.quitButton,
            self.safety.recovery_button,
        )

    def _set_busy(self, busy: bool) -> None:
        super()._set_busy(busy)
        self.ui.busyBar.setVisible(busy)  # in the dialog: opening shows no progress window
        self.cancel_button.setVisible(busy)

    def _choose_another(self) -> None:
        if not self._busy:
            self.ui.passphraseEdit.clear()
            self.chooseAnotherRequested.emit()


class UnlockNotice(TextContext):
    """The context of the notices after unlocking."""


def show_wrong_tries(window: MainWindow, session: Session) -> None:
    """A notice after unlocking when wrong passphrases were tried since the vault was last
    opened (in this program or any other), or their record beside the vault was lost: the
    owner should know that someone may have been guessing (storage/attempts.py)."""
    report = getattr(getattr(session, "vault", None), "unlock_report", None)
    if report is None or not report.noteworthy:
        return
    failures, lost = report.failures, report.lost

    def text() -> str:
        parts = []
        if failures:
            parts.append(
                UnlockNotice.tr(
                    "%n wrong passphrase(s) were tried since the vault was last opened.",
                    "",
                    failures,
                )
            )
        if lost:
            parts.append(
                UnlockNotice.tr(
                    "The record of wrong passphrases (vault.attempts) was missing or damaged and "
                    "was started again. That is expected after a restore or the first time this "
                    "version opens the vault; otherwise someone may have removed it."
                )
            )
        return " ".join(parts)

    window.add_notice("wrong_tries", text)
