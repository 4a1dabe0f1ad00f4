"""Helpers for the GUI tests (imported as ``gui_helpers``: pytest puts this folder on the path)."""

from __future__ import annotations

from typing import Any

from support import PASSPHRASE  # the passphrase of the ``session`` fixture's vault

__all__ = [
    "PASSPHRASE",
    "add_cases",
    "click_save",
    "open_main_window",
    "opened_rows",
    "type_text",
    "unlock",
]


def add_cases(session: Any, specs: list[tuple[str, str]]) -> list[int]:
    """Cases made through the service, as the app makes them: (title, level) pairs."""
    from datetime import date

    from kopingplan.domain import model

    ids = []
    for number, (title, level) in enumerate(specs):
        case = model.Case(
            title=title,
            level=model.Level(level),
            orientation=model.Orientation.UNCLEAR,
            opened_on=date(2026, 1, 1 + number % 28),
        )
        ids.append(session.save(case).id)
    return ids


def type_text(widget: Any, text: str) -> None:
    """Types ``text`` key by key, like qtbot.keyClicks, but also å, ä, ö and other non-ASCII
    characters (QTest's keyClicks aborts the process on a character it has no key code for)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def unlock(controller: Any, qtbot: Any, passphrase: str = PASSPHRASE) -> Any:
    """Types the passphrase into the unlock dialog as a user would; returns the main window."""
    from PySide6.QtCore import Qt

    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.passphraseEdit.clear()
    type_text(dialog.ui.passphraseEdit, passphrase)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    return controller.main_window


def open_main_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """Closes the ``session`` fixture's vault and unlocks it in the app: its main window, shown."""
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def click_save(qtbot: Any, form: Any) -> None:
    """Clicks a form's Save (or OK) button, which must be enabled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    box = form.ui.buttonBox
    button = box.button(QDialogButtonBox.StandardButton.Save) or box.button(
        QDialogButtonBox.StandardButton.Ok
    )
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def opened_rows(window: Any, action: str, entity_id: int) -> int:
    """How many audit rows of ``action`` (e.g. "cases.open") for ``entity_id`` the vault of
    ``window`` holds."""
    from kopingplan.storage import audit

    rows = audit.entries(window.session.vault.conn, action=action, limit=-1)
    return sum(1 for row in rows if row.entity_id == entity_id)


def settle_language_switch(qtbot: Any) -> None:
    """Waits until every widget has had its LanguageChange and what a window does right after
    (the button box says its standard names at its own LanguageChange, then the window names
    its buttons from a zero timer): a fixed ``qtbot.wait(10)`` was too short on a loaded
    machine, with two test processes on two cores."""
    from PySide6.QtCore import QCoreApplication, QTimer

    QCoreApplication.sendPostedEvents()
    after: list[bool] = []
    QTimer.singleShot(0, lambda: after.append(True))  # queued behind the windows' own timers
    qtbot.waitUntil(lambda: bool(after))


def button_said_after_switches(qtbot: Any, gui: Any, form: Any, which: Any) -> list[str]:
    """What the form's standard button ``which`` says in English, after a switch to Swedish and
    after one back; the form is closed as a lock closes it, and English is restored."""
    from kopingplan import i18n

    form.show()
    qtbot.waitExposed(form)
    button = form.ui.buttonBox.button(which)
    said = [button.text()]
    try:
        for language in ("sv", "en"):
            i18n.install_translators(gui, language)
            settle_language_switch(qtbot)
            said.append(button.text())
    finally:
        i18n.install_translators(gui, "en")
        form.close_for_lock()
    return said
