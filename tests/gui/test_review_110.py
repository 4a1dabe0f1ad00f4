"""A hostile review of the unlock window's report of what a lock stopped or lost (414d0f8,
1aca806): the lock must lock even when its own reporting fails, the report must not outlive
the lock it tells of, a long report must leave the window's buttons on the screen, and the
text of a form lost to a full disk must reach neither a log nor any file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kopingplan import errors
from kopingplan.gui.shell.controller import lock_report
from kopingplan.gui.shell.main_window import MainWindow
from kopingplan.services import drafts as draft_store

from gui_helpers import add_cases, open_main_window, settle, unlock

pytestmark = pytest.mark.gui

TYPED = "Samtal med rektorn om Åsa"


def _typing_a_note(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [("Åsa på fritidsgården", "individual")])
    window = open_main_window(controller, qtbot, session, vault_paths)
    form = window.open_case(case_id).open_form("note")
    form.ui.textEdit.setPlainText(TYPED)
    return form


def _disk_full(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*_: Any, **__: Any) -> None:
        raise errors.DiskFull()

    monkeypatch.setattr(draft_store, "save_draft", full)


def _shown_main_windows() -> list[Any]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def test_a_form_whose_name_cannot_be_read_at_the_lock_does_not_stop_the_lock(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report names a lost form by its title; a title that raises (a label already
    deleted) went up through keep_open_forms and lock(): the vault stayed open, the form and
    the main window on screen, and no unlock window came."""
    form = _typing_a_note(controller, qtbot, session, vault_paths)
    _disk_full(monkeypatch)

    def deleted() -> str:
        raise RuntimeError("Internal C++ object (QLabel) already deleted.")

    monkeypatch.setattr(form, "draft_title", deleted)
    controller.lock()
    assert controller.locked and controller.session is None
    assert not form.isVisible() and not _shown_main_windows()
    assert controller.unlock_dialog.isVisible()
    said = controller.unlock_dialog.message
    assert "could not be kept as a draft" in said and TYPED not in said


def test_the_report_of_a_lock_is_told_once_and_is_gone_after_the_next_unlock(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second lock while the unlock window shows, and a language switch, keep the one
    report; after unlocking, a lock with nothing under way says nothing."""
    _typing_a_note(controller, qtbot, session, vault_paths)
    _disk_full(monkeypatch)
    controller.lock()
    first = controller.unlock_dialog
    assert "is lost" in first.message
    controller.lock()  # Ctrl+L or the idle timer again: nothing to lock
    controller.idle.idle.emit()
    assert controller.unlock_dialog is first and first.isVisible()
    assert not _shown_main_windows()
    controller.set_language("sv")
    assert first.message.count("har gått förlorat") == 1
    controller.set_language("en")
    monkeypatch.undo()
    unlock(controller, qtbot)
    assert controller.main_window is not None
    controller.lock()
    assert controller.unlock_dialog is not first and controller.unlock_dialog.message == ""


def test_a_long_report_leaves_the_unlock_window_and_its_buttons_on_the_screen(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any
) -> None:
    """The window grew downwards from where it stood: placed low on the screen (centred while
    short, or moved there), 30 stopped tasks and 20 lost forms in Swedish pushed its buttons
    below the screen's edge."""
    session.close()
    controller.set_language("sv")
    controller.show_unlock(vault_paths.folder)
    dialog = controller.unlock_dialog
    room = dialog.screen().availableGeometry()
    dialog.move(dialog.x(), room.bottom() + 1 - dialog.frameGeometry().height())
    labels = [f"Säkerhetskopierar valvet {n}…" for n in range(30)]
    lost = [(f"Anteckning {n}", errors.DiskFull()) for n in range(20)]
    dialog.show_error(lambda: lock_report(labels, lost))
    settle(qtbot)
    controller.set_language("en")
    assert room.contains(dialog.frameGeometry())
    for button in (dialog.ui.unlockButton, dialog.ui.quitButton, dialog.ui.chooseButton):
        corner = button.mapToGlobal(button.rect().bottomRight())
        assert room.contains(corner), button.objectName()
    label = dialog.ui.messageLabel
    assert label.height() >= label.heightForWidth(label.width())  # still every line


def test_a_report_taller_than_the_screen_makes_the_window_wider_not_taller_than_it(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any
) -> None:
    session.close()
    controller.show_unlock(vault_paths.folder)
    dialog = controller.unlock_dialog
    room = dialog.screen().availableGeometry()
    labels = [f"Backing up the vault {n}…" for n in range(120)]
    dialog.show_error(lambda: lock_report(labels, []))
    settle(qtbot)
    assert room.contains(dialog.frameGeometry())
    assert room.contains(dialog.ui.unlockButton.mapToGlobal(dialog.ui.unlockButton.rect().center()))


def test_the_text_of_a_form_lost_to_a_full_disk_reaches_no_log_and_no_file(
    controller: Any,
    session: Any,
    vault_paths: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    _typing_a_note(controller, qtbot, session, vault_paths)
    _disk_full(monkeypatch)
    controller.lock()
    assert "is lost" in controller.unlock_dialog.message
    assert TYPED not in caplog.text and "rektorn" not in caplog.text
    typed = TYPED.encode()
    for top in {Path(os.environ["HOME"]), vault_paths.folder.parent}:
        for path in top.rglob("*"):
            if path.is_file():
                assert typed not in path.read_bytes(), path


def test_an_oral_disclosure_lost_to_a_full_disk_at_the_lock_is_named(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was said to whom, on what legal basis: the record of an oral disclosure, typed
    and lost at a lock with the disk full, vanished with only a log line, while a note in the
    same state is named in the unlock window (414d0f8)."""
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    page = window.disclosures_page
    page.oral_button.click()
    page.oral_dialog.ui.whatEdit.setPlainText(TYPED)
    _disk_full(monkeypatch)
    controller.lock()
    said = controller.unlock_dialog.message
    assert TYPED not in said
    assert "could not be kept as a draft" in said


def test_a_form_whose_name_cannot_be_read_still_keeps_its_draft_when_the_disk_has_room(
    controller: Any, session: Any, vault_paths: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is only needed to tell of a loss; reading it first made the input lost (and
    with it every other open form's) though it could be kept."""
    form = _typing_a_note(controller, qtbot, session, vault_paths)

    def deleted() -> str:
        raise RuntimeError("Internal C++ object (QLabel) already deleted.")

    monkeypatch.setattr(form, "draft_title", deleted)
    controller.lock()
    assert controller.unlock_dialog.message == ""
    unlock(controller, qtbot)
    assert [kind for kind, *_ in draft_store.list_drafts(controller.session)] == ["note"]
