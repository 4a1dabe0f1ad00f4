"""The application's states and the moves between them.

    start ──► first-run dialog ──(create / demo)──────────────► main window
          └─► unlock dialog ◄──(open existing)── first-run       │   ▲
                 │  ▲  └──(choose another)──► first-run          │   │
                 │  └──────────────── lock (Ctrl+L, idle) ◄──────┘   │
                 └──────────────────(unlocked)──────────────────────┘

Exactly one of the three is on screen. Locking tears the main window down (every model
emptied, case windows closed), closes the session (SQLCipher wipes its key) and shows only
the unlock dialog; unlocking builds a new main window. Quitting does the same teardown.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kopingplan import i18n
from kopingplan.errors import log_failure
from kopingplan.gui.briefs import identity_menu
from kopingplan.gui.common import clipboard, drafts
from kopingplan.gui.common import settings as app_settings
from kopingplan.gui.common.tasks import PROGRESS_DELAY_MS, Task, TaskRunner
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.plan import activities_view, plan_view
from kopingplan.gui.reports import reports_menu
from kopingplan.gui.safety import safety_menu
from kopingplan.gui.safety.idle import IdleWatcher
from kopingplan.gui.safety.leftover_files import sweep_after_unlock
from kopingplan.gui.safety.system_lock import SystemLockWatcher
from kopingplan.gui.shell import warm_up
from kopingplan.gui.shell.first_run import FirstRunDialog
from kopingplan.gui.shell.late_work import (
    LateWork,
    LockNotice,
    closed_note,
    closing_note,
    said_by_lock,
    turn_until,
    unlock_waits,
    vault_free,
)
from kopingplan.gui.shell.main_window import MainWindow
from kopingplan.gui.shell.unlock import UnlockDialog, show_wrong_tries
from kopingplan.storage.vault import VaultPaths, default_vault_folder

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

# Dates and numbers: Swedish conventions in both languages (ISO dates, space as thousands
# separator); CLDR's en_SE is exactly "English words, Swedish formats".
_LOCALES = {"sv": "sv_SE", "en": "en_SE"}


def stopped_by_lock(labels: list[str]) -> str:
    """The unlock dialog's line about work the lock stopped (each label as its progress
    window said it: "Backing up the vault…")."""
    return LockNotice.tr(
        "The vault locked while this was under way, and it was stopped: {work} Nothing of "
        "it took effect: do it again once the vault is open."
    ).format(work=" ".join(labels))


def not_kept_at_lock() -> str:
    """The unlock dialog's line about a disclosure's draft the lock did not keep: it named a
    case deleted meanwhile (or a number typed that no case has)."""
    return LockNotice.tr(
        "What was typed in a disclosure being prepared was not kept as a draft when the vault "
        "locked: it names a case that is no longer in the vault."
    )


def lock_report(
    stopped: list[str],
    lost: list[tuple[str, BaseException]],
    said: Sequence[tuple[Callable[[], str], bool]] = (),
    late: LateWork | None = None,
) -> str:
    """What the unlock dialog says about the last lock: work it stopped, work it could not wait
    for (``late``: under way, or how it ended since), what forms said of their work the lock
    finished or stopped (a package made), and forms whose unsaved input it could not keep
    (named as their windows are, with the first reason)."""
    stopped = stopped + (late.stopped if late is not None else [])
    lines = [stopped_by_lock(stopped)] if stopped else []
    lines += late.lines() if late is not None else []
    lines += [text() for text, _failure in said]
    if lost:
        lines.append(
            LockNotice.tr(
                "What was typed in {forms} could not be kept as a draft when the vault "
                "locked, and is lost: {reason}"
            ).format(forms=", ".join(title for title, _ in lost), reason=error_text(lost[0][1]))
        )
    return "\n".join(lines)


def _keep_open_forms(shown: list[QWidget]) -> drafts.KeptAtLock:
    """The open forms' input kept as drafts; a failure of the keeping itself (a form whose
    name cannot be read) must not stop the lock: the forms close with it, said to be lost."""
    try:
        return drafts.keep_open_forms(shown)
    except Exception as error:
        log_failure(_log, "The open forms could not be kept at the lock")
        error.__cause__ = error.__context__ = None  # its frames hold the forms
        return drafts.KeptAtLock(lost=[(LockNotice.tr("an open form"), error.with_traceback(None))])


class AppController(QObject):
    # How long a lock waits for the work under way to stop or end before it closes the vault
    # all the same (late_work.py says what became of such work).
    LOCK_WAIT_MS = 10_000

    def __init__(
        self, app: QApplication, *, language: str, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(app)
        self.app = app
        self.language = language
        self.runner = runner or TaskRunner(self)
        self.session: Session | None = None
        self.folder: Path | None = None
        self.first_run: FirstRunDialog | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.main_window: MainWindow | None = None
        # Forms kept as drafts at the last lock: (vault folder, [(kind, ref)]). Only which
        # forms, never their content (that is in the vault, encrypted).
        self._pending_drafts: tuple[Path | None, list[tuple[str, str]]] = (None, [])
        self._late: LateWork | None = None  # work the last lock could not wait for
        self._closing = False  # a close waits for the worker (the event loop turns meanwhile)
        self._quit_when_closed = False  # the unlock window was closed during that wait
        self.idle = IdleWatcher(app, app_settings.idle_minutes() * 60, self)
        self.idle.idle.connect(self.lock)
        self.idle.lock_keys.connect(self.lock)  # Ctrl+L where a modal window blocks Lock
        # Screen locked (Win+L) or lid closed: lock the vault too, where the system tells us.
        self.system_lock = SystemLockWatcher(app, self)
        self.system_lock.lock_requested.connect(self.lock)
        # Copies of case content leave the clipboard after a while, and at lock and quit.
        self.clipboard = clipboard.install(self)
        # Windows come and go (the main window closes when locking): quit only on purpose.
        app.setQuitOnLastWindowClosed(False)
        self._apply_locale(language)

    # --- start

    def start(self, vault: Path | None = None) -> None:
        """``vault`` (``--vault``) wins; else the last vault; else the default place; else the
        first-run dialog."""
        warm_up.start(self)  # while the passphrase is typed (warm_up.py)
        if vault is not None:
            paths = VaultPaths.from_user_path(vault)
            if paths.exists():
                self.show_unlock(paths.folder)
            else:
                self.show_first_run(location=paths.folder)
            return
        for candidate in (app_settings.last_vault(), default_vault_folder()):
            if candidate is not None and VaultPaths.from_user_path(candidate).exists():
                self.show_unlock(VaultPaths.from_user_path(candidate).folder)
                return
        self.show_first_run()

    def show_first_run(self, location: Path | None = None) -> None:
        self._close_start_dialogs()
        dialog = FirstRunDialog(self.runner)
        if location is not None:
            dialog.ui.locationEdit.setText(str(location))
        dialog.sessionReady.connect(self._session_ready)
        dialog.openRequested.connect(self.show_unlock)
        dialog.rejected.connect(self._start_dialog_rejected)
        self.first_run = dialog
        dialog.show()

    def show_unlock(self, folder: Path) -> None:
        self._close_start_dialogs()
        dialog = UnlockDialog(Path(folder), self.runner)
        dialog.unlocked.connect(self._session_ready)
        dialog.chooseAnotherRequested.connect(self.show_first_run)
        dialog.rejected.connect(self._start_dialog_rejected)
        self.unlock_dialog = dialog
        self.folder = Path(folder)
        dialog.show()
        dialog.activateWindow()

    def _close_start_dialogs(self) -> None:
        for dialog in (self.first_run, self.unlock_dialog):
            if dialog is not None:
                dialog.blockSignals(True)  # closing them here is not the user saying "quit"
                dialog.close()
                dialog.deleteLater()
        self.first_run = self.unlock_dialog = None

    def _start_dialog_rejected(self) -> None:
        if self._closing:  # quit once the vault has closed
            self._quit_when_closed = True
        elif self.main_window is None:
            self.quit()

    # --- unlocked

    def replace_session(self, session: Session, folder: Path, notice: str = "") -> None:
        """Opens the main window on ``session`` (another vault, or a restored one) after
        :meth:`close_vault`; ``notice`` goes into the status bar."""
        self._session_ready(session, folder, notice)

    def _session_ready(self, session: Session, folder: Path, notice: str = "") -> None:
        self._close_start_dialogs()
        self._forget_late_work()
        self.session = session
        self.folder = Path(folder)
        app_settings.remember_vault(self.folder)  # the folder only, never anything inside it
        window = MainWindow(session, self.language)
        window.lockRequested.connect(self.lock)
        window.quitRequested.connect(self.quit)
        window.languageRequested.connect(self.set_language)
        self.main_window = window
        window.show()
        window.activateWindow()
        if notice:
            window.show_notice(notice)
        kept_in, pending = self._pending_drafts
        self._pending_drafts = (None, [])
        if kept_in != self.folder:
            pending = []
        window.offer_drafts(drafts.to_offer(session, pending))
        window.show_due_today()
        show_wrong_tries(window, session)  # someone may have been guessing
        sweep_after_unlock(window)  # what a killed save left outside the vault
        safety_menu.install(self, window)  # backup, restore, retention, recovery key, settings
        identity_menu.install(self, window)  # the signing identity, PKCS#12 import
        reports_menu.install(self, window)  # access-log follow-up, disclosure report, art. 30
        plan_view.install(self, window)  # Arkiv → Handlingsplanen: the plan's revisions
        activities_view.install(self, window)  # Arkiv → Aktiviteter på generell nivå
        if sys.platform == "win32":
            self.system_lock.watch_windows(int(window.winId()))
        self.idle.start()

    # --- lock and quit

    @property
    def locked(self) -> bool:
        return self.main_window is None

    def lock(self) -> None:
        """Closes everything that shows or holds vault data, then asks for the passphrase."""
        if self.main_window is None or self._closing:
            return
        stopped, lost, said = self._close_vault(unlock_meanwhile=True)
        if self._quit_when_closed:
            self.quit()
            return
        assert self.folder is not None
        dialog = self.unlock_dialog
        if dialog is None:
            self.show_unlock(self.folder)
        else:  # shown while the close waited for the worker: it keeps what was typed
            dialog.until_closed = None
            dialog.ui.chooseButton.setEnabled(True)
            dialog.show_error(closed_note, error=False)
        late = self._late
        if late is not None:
            late.on_change = lambda: self._tell_lock(stopped, lost, said)
        self._tell_lock(stopped, lost, said)

    def _tell_lock(
        self,
        stopped: list[str],
        lost: list[tuple[str, BaseException]],
        said: list[tuple[Callable[[], str], bool]],
    ) -> None:
        """Says in the unlock window what the lock did to the work under way and the forms
        (again when work it could not wait for has ended)."""
        late, dialog = self._late, self.unlock_dialog
        if dialog is None or not (stopped or lost or said or (late is not None and late.said)):
            return
        # Else the person comes back to a vault that looks as they left it, and takes the
        # backup (or the new passphrase, or the form they were typing in) for done, or never
        # learns that the package they asked for was made as the vault locked.
        failed = bool(stopped or lost) or any(failure for _text, failure in said)
        failed = failed or (late is not None and late.failure)
        dialog.show_error(lambda: lock_report(stopped, lost, said, late), error=failed)

    def _forget_late_work(self) -> None:
        if self._late is not None:
            self._late.forget()
            self._late = None

    def close_vault(self, *, keep_drafts: bool = True) -> None:
        """Closes everything as locking does, without asking for the passphrase (the caller
        opens the next session). ``keep_drafts=False``: the vault is being replaced, so the
        forms kept as drafts at this close are not offered again."""
        self._close_vault()
        if not keep_drafts:
            self._pending_drafts = (None, [])

    def _close_vault(
        self, *, unlock_meanwhile: bool = False
    ) -> tuple[list[str], list[tuple[str, BaseException]], list[tuple[Callable[[], str], bool]]]:
        """Closes everything; returns the labels of the work the person had started (a task
        with a progress window) that the close stopped before it took effect, the open
        forms whose unsaved input could not be kept as a draft, and what forms said of their
        work the close finished or stopped (:class:`drafts.KeptAtLock`).

        The vault's windows are hidden first, before any wait; when the worker is busy, the
        close waits for it with the event loop turning (``unlock_meanwhile``: the unlock
        window shows meanwhile and says what the vault waits for), so the screen shows
        nothing of the vault at once, however long a re-key or a backup holds it."""
        self._closing = True
        try:
            return self._close_vault_now(unlock_meanwhile)
        finally:
            self._closing = False

    def _close_vault_now(
        self, unlock_meanwhile: bool
    ) -> tuple[list[str], list[tuple[str, BaseException]], list[tuple[Callable[[], str], bool]]]:
        self.clipboard.clear_at_lock()
        self.idle.stop()
        self._forget_late_work()
        shown = self._hide_vault_windows()
        # A worker might be using the connection; let it finish before closing it.
        said_of = [task for task in self.runner.running() if said_by_lock(task)]
        asked = self.runner.cancel_all()
        late: list[Task[Any]] = []
        if not self.runner.wait(0):
            late = self._wait_for_worker(said_of, unlock_meanwhile)
        stopped = [task.label for task in asked if task.label and task.stopped and task not in late]
        lost: list[tuple[str, BaseException]] = []
        said: list[tuple[Callable[[], str], bool]] = []
        if self.session is not None:
            # Before anything closes: open forms put their unsaved input into the vault while
            # the session can still write it.
            at_lock = _keep_open_forms(shown)
            self._pending_drafts = (self.folder, at_lock.kept)
            lost, said = at_lock.lost, at_lock.said
            if drafts.not_kept(self.session, at_lock.kept):
                said.append((not_kept_at_lock, True))
        self._close_popups_and_dialogs(shown)
        window, self.main_window = self.main_window, None
        if window is not None:
            window.teardown()
            window.deleteLater()
        session, self.session = self.session, None
        if session is not None:
            session.close()
        if late:  # ended since (the close waited for its hold on the vault), or still running
            self._late = LateWork(self.runner, late)
        gc.collect()  # let go of dropped rows now rather than whenever
        return stopped, lost, said

    def _hide_vault_windows(self) -> list[QWidget]:
        """Closes the menus and hides every window but the start dialogs, at once (before the
        lock waits for anything); returns those that were shown, which the lock then keeps
        as drafts and closes."""
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
            if QApplication.activePopupWidget() is popup:  # pragma: no cover - refused to close
                break
        start = (self.first_run, self.unlock_dialog)
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in start]
        for widget in shown:
            widget.hide()
        return shown

    def _wait_for_worker(self, said_of: list[Task[Any]], unlock_meanwhile: bool) -> list[Task[Any]]:
        """Waits for the worker with the event loop turning (results held back, so nothing
        hidden shows again): up to ``LOCK_WAIT_MS`` for the work to end, then, if it still
        runs, for it to let go of the vault. Returns the work the wait ran out on.

        The unlock window comes, saying what the vault waits for, only when the work is still
        running after the delay a progress window waits (``PROGRESS_DELAY_MS``): a lock whose
        work ends at once is as before, with nothing said of it."""
        late: list[Task[Any]] = []
        with self.runner.holding_results():
            soon = min(PROGRESS_DELAY_MS, self.LOCK_WAIT_MS) if unlock_meanwhile else 0
            if unlock_meanwhile and not turn_until(lambda: self.runner.wait(0), soon):
                self._unlock_while_closing(said_of)
            if not turn_until(lambda: self.runner.wait(0), self.LOCK_WAIT_MS - soon):
                _log.warning("A background task is still running while locking")
                late = [task for task in said_of if not task.returned]
                session = self.session
                if session is not None:  # the drafts and the close need the vault
                    turn_until(lambda: vault_free(session) or self.runner.wait(0))
        return late

    def _unlock_while_closing(self, said_of: list[Task[Any]]) -> None:
        """The unlock window while the vault still closes: it says what it waits for."""
        if self.folder is None:
            return
        self.show_unlock(self.folder)
        dialog = self.unlock_dialog
        assert dialog is not None
        dialog.until_closed = unlock_waits
        dialog.ui.chooseButton.setEnabled(False)  # this vault is not closed yet
        dialog.show_error(closing_note([task.label for task in said_of]), error=False)

    def _close_popups_and_dialogs(self, shown: list[QWidget]) -> None:
        """Message boxes and file dialogs the user left open go too (``shown``: hidden by
        the lock)."""
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and (widget.isVisible() or widget in shown)
                and widget
                not in (
                    self.first_run,
                    self.unlock_dialog,
                )
            ):
                widget.reject()

    def quit(self) -> None:
        self._close_vault()
        self._close_start_dialogs()
        self.app.quit()

    # --- settings

    def set_language(self, code: str) -> None:
        """Switches the UI language at once (Qt sends LanguageChange to every widget)."""
        i18n.save_language(code)
        self.language = code
        self._apply_locale(code)
        i18n.install_translators(self.app, code)
        # Qt posts LanguageChange to every window; deliver them now so that the switch is
        # complete (and testable) when this returns, not at some later turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        if self.main_window is not None:
            self.main_window.set_language_checked(code)

    def _apply_locale(self, code: str) -> None:
        QLocale.setDefault(QLocale(_LOCALES.get(code, "sv_SE")))

    def set_idle_timeout(self, seconds: float) -> None:
        """For tests and a future settings dialog; not stored (QSettings holds the minutes)."""
        self.idle.set_timeout(seconds)

    def top_widget(self) -> QWidget | None:
        """Whatever is on screen now: main window, unlock or first-run dialog."""
        return self.main_window or self.unlock_dialog or self.first_run
