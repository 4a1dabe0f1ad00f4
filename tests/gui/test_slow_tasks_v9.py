"""This session's new writes on a slow machine, and locked while they run (issues 16–18).

As in test_slow_tasks, the work is made slower than the progress delay (it waits for its
progress dialog), and here also slower than the lock's wait for the worker
(``AppController.LOCK_WAIT_MS`` gives up after a fraction of a second instead of ten): the
idle lock then closes the vault while the work is still going. What a user would check: a
copy saved slowly is there and logged; a lock in the middle of a copy, a signed brief, a
period report or an import leaves either the whole act (written, logged) or none of it, never
a file written after the lock, and the brief window's choices come back as a draft.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard
from test_exchange_gui import _package, police_certificate, verified_window  # noqa: F401
from test_exchange_gui_more import _decide_and_preview, _to_decision
from test_slow_tasks import WAIT_MS, Slow, click, no_progress_left, open_window, slow  # noqa: F401

from incoming_samples import PDF, add_items
from kopingplan.domain import model as m
from kopingplan.exchange import cms
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.briefs.brief_dialog import BriefDialog
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.reports import signed_report
from kopingplan.gui.shell.controller import AppController
from kopingplan.gui.situation.situation_periods import SituationPeriodDialog
from kopingplan.services import briefs, exchange
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo

from gui_helpers import PASSPHRASE, lock_begins, results_handled, type_text

pytestmark = [pytest.mark.gui, pytest.mark.real_threads]


@pytest.fixture
def impatient_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine is slower than the lock's wait for the worker: it gives up at once."""
    monkeypatch.setattr(AppController, "LOCK_WAIT_MS", 50)


def idle_lock(controller: Any) -> None:
    """The vault locks as it does when nobody has touched the program for a while."""
    controller.idle.idle.emit()
    assert controller.main_window is None


def actions(session: Session, name: str) -> list[Any]:
    return [row for row in audit.entries(session.vault.conn, limit=10_000) if row.action == name]


def progress_shown() -> bool:
    return not no_progress_left()


def reopened(controller: Any, qtbot: Any, folder: Path) -> Any:
    """Unlocks again after a lock, as the person would."""
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    click(qtbot, dialog.ui.unlockButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    return controller.main_window


@dataclass
class Copying:
    """The app unlocked on a vault with an attached PDF, its incoming list open on it, and
    the save dialog answering ``target`` (in a folder of its own)."""

    controller: Any
    folder: Path
    dialog: Any
    pdf: int
    target: Path

    def press_save(self, qtbot: Any) -> None:
        click(qtbot, self.dialog.item_actions.saveButton)

    def left(self) -> list[str]:
        return [p.name for p in self.target.parent.iterdir()]


@pytest.fixture
def copying(
    controller: Any,
    session: Any,
    vault_paths: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Copying:
    _case, _message, pdf = add_items(session)
    session.close()
    window = open_window(controller, qtbot, vault_paths.folder)
    dialog = window.disclosures_page.open_incoming()
    ids = [item.id for item in dialog.list.items]
    dialog.ui.itemTree.setCurrentItem(dialog.ui.itemTree.topLevelItem(ids.index(pdf)))
    target = tmp_path / "usb" / "kopia.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(target)])
    return Copying(controller, vault_paths.folder, dialog, pdf, target)


def held(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, until: threading.Event
) -> threading.Event:
    """``module.name`` waits for ``until`` (on the worker), then works; the event returned is
    set when it has returned or failed."""
    real: Callable[..., Any] = getattr(module, name)
    ended = threading.Event()

    def waiting(*args: Any, **kwargs: Any) -> Any:
        until.wait(30)
        try:
            return real(*args, **kwargs)
        finally:
            ended.set()

    monkeypatch.setattr(module, name, waiting)
    return ended


def lock_while_held(controller: Any, qtbot: Any, go_on: threading.Event) -> None:
    """Locks once the progress dialog is up, then lets the held work go on after the lock."""
    qtbot.waitUntil(progress_shown, timeout=WAIT_MS)
    idle_lock(controller)
    go_on.set()


# --- "Save a copy" of an incoming file --------------------------------------------------------


def test_a_slowly_saved_copy_is_written_logged_and_reported(
    copying: Copying,
    slow: Slow,  # noqa: F811
    qtbot: Any,
) -> None:
    slow.down(exchange, "save_incoming_copy")
    copying.press_save(qtbot)
    note = copying.dialog.ui.countLabel
    qtbot.waitUntil(lambda: note.text().startswith("A copy was saved"), timeout=WAIT_MS)
    assert copying.target.read_bytes() == PDF
    (row,) = actions(copying.controller.session, "incoming_items.save")
    assert row.entity_id == copying.pdf
    assert row.details["sha256"] == hashlib.sha256(PDF).hexdigest()
    assert slow.shown == ["Saving a copy…"]
    assert copying.left() == ["kopia.pdf"]
    assert no_progress_left()


def test_a_lock_before_a_slow_copy_is_written_writes_nothing(
    copying: Copying, impatient_lock: None, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy has not begun when the vault is locked, and the incoming window (with a
    runner of its own) is gone when the work goes on: nothing is written, nothing breaks."""
    controller, runner = copying.controller, copying.dialog.runner
    locked = threading.Event()

    real = exchange.save_incoming_copy

    def once_the_window_is_gone(*args: Any, **kwargs: Any) -> Any:
        # A runner of the window's own goes with it at the lock (waited for, within bounds).
        waited = time.monotonic()
        while shiboken6.isValid(runner) and runner is not controller.runner:
            if time.monotonic() - waited > 5:
                break
            time.sleep(0.01)
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange, "save_incoming_copy", once_the_window_is_gone)
    ended = held(monkeypatch, exchange, "save_incoming_copy", locked)
    copying.press_save(qtbot)
    lock_while_held(controller, qtbot, locked)
    qtbot.waitUntil(ended.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    results_handled(qtbot, runner, WAIT_MS)  # the failure reaches the GUI thread (and is dropped)
    assert copying.left() == []
    again = reopened(controller, qtbot, copying.folder)
    assert actions(again.session, "incoming_items.save") == []
    assert audit.verify(again.session.vault.conn) == []


def test_a_lock_with_the_link_dialog_open_links_nothing(copying: Copying, qtbot: Any) -> None:
    """Moving an item between cases is quick and on the GUI thread, so a lock cannot come in
    the middle of it; one that comes while its dialog is open closes it, with nothing linked."""
    actions_ = copying.dialog.item_actions
    click(qtbot, actions_.linkButton)
    link = actions_.dialog
    assert link is not None and link.isVisible()
    type_text(link.reasonEdit, "Hör till ärendet om skolgården.")
    idle_lock(copying.controller)
    assert not shiboken6.isValid(link) or not link.isVisible()
    again = reopened(copying.controller, qtbot, copying.folder)
    assert exchange.link_history(again.session, copying.pdf) == []
    assert [i.case_id for i in exchange.incoming_items(again.session) if i.id == copying.pdf] == [
        None
    ]


def test_a_lock_in_the_middle_of_a_slow_copy_waits_for_it(
    copying: Copying, impatient_lock: None, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy's log row is being written when the lock comes: the lock waits for it, and
    the copy is put under its name, whole and logged."""
    inside, locking = threading.Event(), lock_begins(monkeypatch)
    real = exchange_repo.incoming_item
    looks: list[int] = []

    def slow_look(*args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            looks.append(1)
            if len(looks) == 2:  # its second look, in the transaction of the log row
                inside.set()
                locking.wait(30)  # until the lock has come
                time.sleep(0.2)  # and its wait for the worker (50 ms here) has run out
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_repo, "incoming_item", slow_look)
    copying.press_save(qtbot)
    qtbot.waitUntil(progress_shown, timeout=WAIT_MS)
    assert inside.wait(30)
    idle_lock(copying.controller)
    qtbot.waitUntil(copying.target.exists, timeout=WAIT_MS)
    assert copying.target.read_bytes() == PDF
    again = reopened(copying.controller, qtbot, copying.folder)
    (row,) = actions(again.session, "incoming_items.save")
    assert row.entity_id == copying.pdf
    assert audit.verify(again.session.vault.conn) == []
    assert copying.left() == ["kopia.pdf"]
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)


# --- a signed brief or report: locked while it signs ------------------------------------------


@pytest.mark.parametrize("which", ["brief", "period report"])
def test_a_lock_while_signing_writes_nothing_and_keeps_the_choices(
    controller: Any,
    closed_vault: Any,
    impatient_lock: None,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    which: str,
) -> None:
    """The brief window (its own runner) or the lägesbild for a period (the application's)
    is signing when the vault is locked: nothing is written after the lock, and the brief
    window's choices come back as a draft."""
    window = open_window(controller, qtbot, closed_vault.folder)
    target = tmp_path / "out" / "lägesbild.pdf"
    target.parent.mkdir()
    if which == "brief":
        dialog = BriefDialog.for_situation(window.session, window)
        dialog.show()
        dialog.ui.attendeesCheck.setChecked(not dialog.ui.attendeesCheck.isChecked())
        chosen = dialog.ui.attendeesCheck.isChecked()
        monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(target))
    else:
        dialog = window.reports.open_situation_report()
        monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(target))
    locked, runner = threading.Event(), dialog.runner
    signed = held(monkeypatch, briefs, "sign_copies", locked)
    click(qtbot, dialog.ui.saveButton)
    lock_while_held(controller, qtbot, locked)
    qtbot.waitUntil(signed.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    results_handled(qtbot, runner, WAIT_MS)  # the signed result, dropped on the GUI thread
    assert list(target.parent.iterdir()) == []

    again = reopened(controller, qtbot, closed_vault.folder)
    assert actions(again.session, "brief.create") == []
    assert audit.verify(again.session.vault.conn) == []
    if which == "brief":
        back = BriefDialog.for_situation(again.session, again)
        qtbot.addWidget(back)
        assert back.draft.restored
        assert back.ui.attendeesCheck.isChecked() == chosen


# --- the exchange with the police: locked while a package is stored or made ------------------


@dataclass
class Exchanging:
    controller: Any
    window: Any  # unlocked, with a verified police recipient
    folder: Path


@pytest.fixture
def exchanging(
    verified_window: Any,  # noqa: F811
    controller: Any,
    vault_paths: Any,
    impatient_lock: None,
) -> Exchanging:
    return Exchanging(controller, verified_window, vault_paths.folder)


def test_a_lock_while_a_package_is_stored_keeps_all_of_it(
    exchanging: Exchanging, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The records are being stored when the lock comes (the first holds on until it has):
    the lock waits for the transaction, and every record is there afterwards with its one
    audit row."""
    session, controller = exchanging.window.session, exchanging.controller
    texts = [f"Uppgift {n} om skolgården." for n in range(12)]
    path = tmp_path / "svar.p7m"
    path.write_bytes(_package(session, police_certificate(), texts))
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(path)])
    storing, locking = threading.Event(), lock_begins(monkeypatch)
    real = exchange_repo.insert_incoming_item

    def slow_insert(*args: Any, **kwargs: Any) -> int:
        storing.set()
        locking.wait(30)  # the first record waits for the lock: it comes while they are stored
        return real(*args, **kwargs)

    monkeypatch.setattr(exchange_repo, "insert_incoming_item", slow_insert)
    dialog = exchanging.window.disclosures_page.open_import()
    click(qtbot, dialog.ui.chooseButton)
    qtbot.waitUntil(lambda: dialog.accept_button.isEnabled(), timeout=WAIT_MS)
    click(qtbot, dialog.accept_button)
    assert storing.wait(30)
    idle_lock(controller)
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    again = reopened(controller, qtbot, exchanging.folder)
    stored = exchange.incoming_items(again.session, limit=100)
    assert sorted(item.text for item in stored) == sorted(texts)
    assert len(actions(again.session, "exchange.import")) == 1
    assert audit.verify(again.session.vault.conn) == []


def test_a_lock_while_a_package_is_encrypted_writes_and_discloses_nothing(
    exchanging: Exchanging, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export is being encrypted (no hold on the vault) when the vault is locked: the
    disclosure is recorded and the file written only with the vault open, so neither is."""
    controller = exchanging.controller
    wizard = exchanging.window.disclosures_page.open_export()
    _to_decision(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)
    destination = tmp_path / "out" / "paket.p7m"
    destination.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "run", lambda file_dialog: [str(destination)])
    locked, runner = threading.Event(), wizard.runner
    encrypted = held(monkeypatch, cms, "encrypt", locked)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    lock_while_held(controller, qtbot, locked)
    qtbot.waitUntil(encrypted.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
    results_handled(qtbot, runner, WAIT_MS)
    assert list(destination.parent.iterdir()) == []
    again = reopened(controller, qtbot, exchanging.folder)
    assert exchange.disclosure_count(again.session) == 0
    assert actions(again.session, "exchange.export") == []
    assert audit.verify(again.session.vault.conn) == []


def test_cancel_while_a_period_report_with_a_disclosure_is_signed_saves_nothing(
    session: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while the copies are signed counts: no copy, no disclosure, no row."""
    session.save(
        m.SituationEntry(
            date(2026, 9, 1), "Centrumskolan", m.Orientation.ISLAMIST, "Rekrytering", "Polisen"
        )
    )
    session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE, own_unit=False))
    dialog = SituationPeriodDialog(
        session, None, None, today=date(2027, 1, 10), period=(date(2026, 7, 1), date(2026, 12, 31))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    copies = dialog.copies
    copies.recipientCombo.setCurrentIndex(copies.recipientCombo.findText("Polisen Köping"))
    copies.basisCombo.setCurrentIndex(copies.basisCombo.findData("osl-10-2"))
    type_text(copies.roleEdit, "Samordnare")
    type_text(copies.purposeEdit, "Polisens lägesbild inför sommaren")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(out / "lb.pdf"))
    go_on = threading.Event()
    held(monkeypatch, briefs, "sign_copies", go_on)
    rows = len(audit.entries(session.vault.conn, limit=10_000))
    click(qtbot, dialog.ui.saveButton)
    qtbot.waitUntil(progress_shown, timeout=WAIT_MS)
    ((cancel,),) = [
        p.findChildren(QPushButton) for p in dialog.findChildren(QProgressDialog) if p.isVisible()
    ]
    click(qtbot, cancel)
    go_on.set()
    said = dialog.ui.messageLabel.text
    qtbot.waitUntil(lambda: said() != "", timeout=WAIT_MS)
    assert said() == "Cancelled: nothing was saved."  # not "Saved and signed"
    assert list(out.iterdir()) == []
    assert session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone() == (0,)
    assert len(audit.entries(session.vault.conn, limit=10_000)) == rows
    qtbot.waitUntil(no_progress_left, timeout=WAIT_MS)
