"""The export wizard open on a draft as its case is deleted (the CLI, another window): the
lock does not keep the draft again, the unlock window says why, and nothing is offered. And
"Open again" on the drafts notice for a draft deleted meanwhile says so rather than opening an
empty wizard. Through the real controller and main window, as the coordinator drives it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_export_wizard_draft import Vault, no_warnings, open_wizard, prepare, shown_wizards
from test_export_wizard_draft import stored as stored_export
from test_export_wizard_draft import vault as vault  # the fixture: two cases, Utlämnanden

from kopingplan.domain import model
from kopingplan.services import drafts

from gui_helpers import unlock

pytestmark = pytest.mark.gui

NOT_KEPT = (
    "What was typed in a disclosure being prepared was not kept as a draft when the vault "
    "locked: it names a case that is no longer in the vault."
)
GONE = (
    "A form's kept input is no longer in the vault (it was discarded, or what it was about "
    "was deleted), so there is nothing to open again."
)


def drafts_notice(window: Any) -> list[Any]:
    return [bar for bar in window.notices() if bar.key == "drafts"]


def offered_after_a_lock(controller: Any, vault: Vault, qtbot: Any) -> tuple[Any, Any]:
    """A disclosure of both cases prepared, kept at a lock: the main window after unlocking
    and its drafts notice."""
    prepare(open_wizard(vault.window), qtbot, vault)
    controller.lock()
    window = unlock(controller, qtbot)
    (bar,) = drafts_notice(window)
    return window, bar


def test_a_lock_does_not_keep_again_the_draft_of_a_case_deleted_meanwhile(
    controller: Any, vault: Vault, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    window, bar = offered_after_a_lock(controller, vault, qtbot)
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # "Open again"
    (again,) = shown_wizards()
    window.session.delete(model.Case, vault.cases[1])  # one of its two cases, elsewhere
    assert stored_export(window) is None  # the deletion took the draft

    controller.lock()  # the wizard still showing it keeps it at the lock, as it did

    assert not again.isVisible()
    dialog = controller.unlock_dialog
    assert dialog.ui.messageLabel.isVisible() and dialog.ui.messageLabel.text() == NOT_KEPT
    controller.set_language("sv")
    assert dialog.ui.messageLabel.text() == (
        "Det som skrevs i ett utlämnande som förbereddes sparades inte som utkast när valvet "
        "låstes: det gäller ett ärende som inte längre finns i valvet."
    )
    controller.set_language("en")
    window = unlock(controller, qtbot)
    assert drafts_notice(window) == []  # nothing offered
    assert drafts.list_drafts(window.session) == []
    assert stored_export(window) is None
    assert no_warnings(caplog)


def test_open_again_for_a_draft_deleted_meanwhile_says_so(
    controller: Any, vault: Vault, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    window, bar = offered_after_a_lock(controller, vault, qtbot)
    window.session.delete(model.Case, vault.cases[0])  # takes the draft, the notice still up

    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)  # "Open again"

    assert shown_wizards() == []  # not an empty wizard
    (told,) = [notice for notice in window.notices() if notice.key == "drafts_gone"]
    assert told.isVisible() and told.label.text() == GONE
    controller.set_language("sv")
    assert told.label.text() == (
        "Uppgifterna som sparades från ett formulär finns inte längre i valvet (de har "
        "kastats, eller så har det de gällde tagits bort), så det finns inget att öppna igen."
    )
    controller.set_language("en")
    assert no_warnings(caplog)
