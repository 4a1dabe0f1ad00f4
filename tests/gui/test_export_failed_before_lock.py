"""The package failed before the vault locked: Create package… ended in a full disk, the wizard
said so on its preview page, and the idle lock came while nobody was at the laptop. The lock
keeps the draft; the unlock window says that the package could not be made and why (the words
the wizard showed), and that the draft is kept. Before, it said nothing: the coordinator, back,
found a draft and no package and no reason.

Only a reason that holds nothing of the vault is said there (a recipient's expired certificate
is not), and only the last try's: a new try (the package made in the lock's wait, or before
it) or a new preview leaves the old failure unsaid. Through the real controller and main
window, the package made on the worker, as test_export_lock_reason drives them.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_export_during_lock import FILE, Making, making, vault
from test_export_lock_reason import FULL, KEPT, full_disk, nothing_made_and_draft_kept
from test_export_lock_reason import nothing_of_the_vault as nothing_said_of_the_vault
from test_export_wizard_draft import click_next, shown_wizards, stored
from test_review_111 import to_preview

from kopingplan.services import exchange
from kopingplan.services.exchange import outgoing
from kopingplan.services.exchange.recipients import RecipientCertificateExpired

from gui_helpers import results_handled

pytestmark = pytest.mark.gui

__all__ = ["making", "vault"]

BEFORE = (
    "The package you asked for before the vault locked could not be made, and no disclosure "
    "was recorded. "
)
WAIT_MS = 10_000


def create_package(making: Making) -> None:
    """Clicks Create package… and waits until the worker's end is handled in the wizard."""
    finish = making.wizard.button(QWizard.WizardButton.FinishButton)
    making.qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    results_handled(making.qtbot, making.controller.runner, WAIT_MS)


def failed_in_the_wizard(making: Making) -> str:
    """Create package… fails; the preview page's words for it (the wizard stays open)."""
    create_package(making)
    assert making.wizard.isVisible()
    said = making.wizard.preview_page.message_label.text()
    assert said
    return str(said)


def idle_lock(making: Making) -> Any:
    """Nobody at the laptop: the idle timer locks. The unlock window."""
    making.controller.idle.idle.emit()
    dialog = making.controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_full_disk_shown_in_the_wizard_is_said_after_the_idle_lock(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    space_freed = full_disk(monkeypatch)
    assert failed_in_the_wizard(making) == FULL

    dialog = idle_lock(making)

    assert dialog.message == BEFORE + "The reason: " + FULL + " " + KEPT
    assert dialog.message_is_error
    nothing_said_of_the_vault(dialog.message)
    space_freed()
    nothing_made_and_draft_kept(making)


def test_a_reason_that_names_a_recipient_is_not_said_after_the_idle_lock(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The liaison's certificate expired after the preview: the wizard names them; the unlock
    window, which anyone passing by sees, does not, and says where to read it."""
    label = making.wizard.preview.recipients[0].label

    def expired(row: Any, now: Any) -> Any:
        raise RecipientCertificateExpired(name=row.label, date="2026-12-05")

    monkeypatch.setattr(outgoing, "usable", expired)
    assert label in failed_in_the_wizard(making)

    dialog = idle_lock(making)

    assert dialog.message == (
        BEFORE + "The reason is not shown here, as it may name a recipient or a case; New "
        "disclosure shows it when you make the package again. " + KEPT
    )
    assert dialog.message_is_error
    assert label not in dialog.message
    nothing_said_of_the_vault(dialog.message)
    nothing_made_and_draft_kept(making)


def test_a_retry_made_in_the_locks_wait_says_the_package_not_the_old_failure(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk was full, space was freed, Create package… again: the package is made while
    the lock waits. The window says it was made, nothing of the full disk."""
    space_freed = full_disk(monkeypatch)
    failed_in_the_wizard(making)
    space_freed()
    making.create(making.slowed(exchange, "export_package"))
    making.release.set()  # made within the lock's wait

    dialog = idle_lock(making)

    assert dialog.message == (
        "A package was made and recorded as a disclosure while the vault locked. "
        f"It was saved as {FILE}."
    )
    assert not dialog.message_is_error
    window = making.unlocked()
    assert making.path.exists() and exchange.disclosure_count(window.session) == 1
    assert stored(window) is None


def test_a_retry_made_before_the_lock_leaves_the_unlock_window_silent(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    space_freed = full_disk(monkeypatch)
    failed_in_the_wizard(making)
    space_freed()
    create_package(making)
    assert not shown_wizards()  # made: the wizard closed

    dialog = idle_lock(making)

    assert dialog.message == ""
    window = making.unlocked()
    assert making.path.exists() and exchange.disclosure_count(window.session) == 1


def test_a_new_preview_after_the_failure_leaves_it_unsaid(
    making: Making, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Back to the decision and on to a new preview: the failure was of the old one's package,
    and the preview page no longer shows it; the draft is kept, as at any lock."""
    space_freed = full_disk(monkeypatch)
    failed_in_the_wizard(making)
    making.wizard.back()
    click_next(making.wizard, making.qtbot)
    to_preview(making.wizard, making.qtbot)
    assert making.wizard.preview_page.message_label.text() == ""

    dialog = idle_lock(making)

    assert dialog.message == ""
    space_freed()
    nothing_made_and_draft_kept(making)
