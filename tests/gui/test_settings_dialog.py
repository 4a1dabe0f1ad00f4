"""The settings dialog: this computer's and the vault's settings, checked as typed."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from test_safety_gui import click

from kopingplan.gui.common import settings as app_settings
from kopingplan.services import backup, briefs, retention
from kopingplan.storage import audit

from gui_helpers import type_text, unlock

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
SETTINGS_AUDIT = ("backup.settings", "retention.policy", "settings.update")


def shot(widget: Any, name: str) -> None:
    if SHOTS.is_dir():
        QApplication.processEvents()
        widget.grab().save(str(SHOTS / f"settings_{name}.png"))


def set_spin(dialog: Any, spin: Any, text: str) -> None:
    """Shows the spin box's tab and types over its number, as a user would."""
    tabs = dialog.ui.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(spin)))
    spin.setFocus()
    spin.selectAll()
    type_text(spin, text)


def settings_rows(session: Any) -> int:
    return sum(len(audit.entries(session.vault.conn, action=name)) for name in SETTINGS_AUDIT)


def open_settings(controller: Any, qtbot: Any, vault: Any) -> Any:
    if controller.main_window is None:
        if controller.unlock_dialog is None:
            controller.start(vault.folder)
        unlock(controller, qtbot)
    window = controller.main_window
    window.safety.settings_action.trigger()
    dialog = window.safety.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_each_setting_is_saved_and_still_there_after_locking(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    ui = dialog.ui
    # What a new vault starts with.
    assert ui.idleSpin.text() == "5 min"
    assert ui.clipboardSpin.text() == "30 s"
    assert (ui.keepSpin.value(), ui.remindSpin.value()) == (5, 7)
    assert [
        s.value()
        for s in (
            ui.caseMonthsSpin,
            ui.situationMonthsSpin,
            ui.relativeMonthsSpin,
            ui.disclosureMonthsSpin,
        )
    ] == [60, 36, 24, 120]
    assert ui.classificationEdit.text() == briefs.DEFAULT_CLASSIFICATION
    assert "gallringsbeslut" in ui.retentionNote.text()

    set_spin(dialog, ui.idleSpin, "12")
    set_spin(dialog, ui.clipboardSpin, "45")
    set_spin(dialog, ui.keepSpin, "3")
    set_spin(dialog, ui.remindSpin, "14")
    set_spin(dialog, ui.caseMonthsSpin, "48")
    set_spin(dialog, ui.situationMonthsSpin, "24")
    set_spin(dialog, ui.relativeMonthsSpin, "18")
    set_spin(dialog, ui.disclosureMonthsSpin, "180")
    ui.tabs.setCurrentWidget(ui.briefTab)
    ui.classificationEdit.selectAll()
    type_text(ui.classificationEdit, "Sekretess enligt OSL 26 kap.")
    assert dialog.message == ""
    click(qtbot, ui.saveButton)
    assert not dialog.isVisible()
    assert controller.idle.timeout_ms == 12 * 60 * 1000  # the idle lock follows at once

    session = controller.main_window.session
    assert settings_rows(session) == 3  # one audited call per vault setting
    controller.lock()
    dialog = open_settings(controller, qtbot, closed_vault)
    ui = dialog.ui
    assert (ui.idleSpin.value(), ui.clipboardSpin.value()) == (12, 45)
    assert (ui.keepSpin.value(), ui.remindSpin.value()) == (3, 14)
    assert ui.classificationEdit.text() == "Sekretess enligt OSL 26 kap."
    session = controller.main_window.session
    assert backup.load_settings(session) == backup.BackupSettings(keep=3, remind_after_days=14)
    assert retention.load_policy(session) == retention.RetentionPolicy(48, 24, 18, 180)
    assert briefs.classification(session) == "Sekretess enligt OSL 26 kap."
    assert (app_settings.idle_minutes(), app_settings.clipboard_seconds()) == (12, 45)

    click(qtbot, ui.saveButton)  # nothing changed: nothing written, nothing audited
    assert settings_rows(session) == 3


def test_idle_lock_can_be_turned_off(controller: Any, qtbot: Any, closed_vault: Any) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    set_spin(dialog, dialog.ui.idleSpin, "0")
    click(qtbot, dialog.ui.saveButton)
    assert app_settings.idle_minutes() == 0
    assert not controller.idle.active
    controller.main_window.safety.settings_action.trigger()
    assert controller.main_window.safety.dialog.ui.idleSpin.text() == (
        "Never (the screen lock still locks)"
    )


@pytest.mark.parametrize(
    ("spin", "typed", "message"),
    [
        (
            "keepSpin",
            "0",
            "“Keep this many of the newest backups” takes a whole number from 1 to 100.",
        ),
        ("clipboardSpin", "2", "“Clear the clipboard after” takes a whole number from 5 to 600."),
        ("caseMonthsSpin", "", "“Closed cases, after closing” takes a whole number from 1 to 600."),
    ],
)
def test_an_invalid_number_is_named_as_typed_and_nothing_is_saved(
    controller: Any, qtbot: Any, closed_vault: Any, spin: str, typed: str, message: str
) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    set_spin(dialog, dialog.ui.remindSpin, "30")  # a valid change that must not be saved either
    set_spin(dialog, getattr(dialog.ui, spin), typed or "\b")
    assert dialog.message == message
    assert not dialog.ui.saveButton.isEnabled()
    shot(dialog, f"invalid_{spin}")
    dialog.save()  # Enter or a stray call: still nothing
    assert dialog.isVisible()
    session = controller.main_window.session
    assert settings_rows(session) == 0
    assert backup.load_settings(session).remind_after_days == 7
    assert app_settings.clipboard_seconds() == 30


def test_an_empty_or_long_classification_line_is_refused(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    edit = dialog.ui.classificationEdit
    dialog.ui.tabs.setCurrentWidget(dialog.ui.briefTab)
    edit.clear()
    assert "Type a classification line" in dialog.message
    assert not dialog.ui.saveButton.isEnabled()
    type_text(edit, "x" * (briefs.CLASSIFICATION_MAX + 1))
    assert dialog.message == (
        f"The classification line is at most {briefs.CLASSIFICATION_MAX} characters long; "
        f"it has {briefs.CLASSIFICATION_MAX + 1}."
    )
    edit.backspace()
    assert dialog.message == "" and dialog.ui.saveButton.isEnabled()
    click(qtbot, dialog.ui.cancelButton)
    assert briefs.classification(controller.main_window.session) == briefs.DEFAULT_CLASSIFICATION


def test_disclosures_kept_shorter_than_cases_is_allowed_with_a_word(
    controller: Any, qtbot: Any, closed_vault: Any
) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    set_spin(dialog, dialog.ui.disclosureMonthsSpin, "24")
    assert dialog.message.startswith("Disclosures are usually kept longer than cases")
    assert dialog.ui.saveButton.isEnabled()
    click(qtbot, dialog.ui.saveButton)
    assert retention.load_policy(controller.main_window.session).disclosure_months == 24


def test_locking_closes_the_settings_dialog(controller: Any, qtbot: Any, closed_vault: Any) -> None:
    dialog = open_settings(controller, qtbot, closed_vault)
    set_spin(dialog, dialog.ui.keepSpin, "9")
    controller.lock()
    assert not dialog.isVisible()
    assert controller.main_window is None
    dialog = open_settings(controller, qtbot, closed_vault)
    assert dialog.ui.keepSpin.value() == 5  # the unsaved change went with the lock


@pytest.mark.parametrize("language", ["sv", "en"])
def test_settings_tabs_have_no_clipped_labels_or_mnemonic_clashes(
    controller: Any, qtbot: Any, closed_vault: Any, language: str
) -> None:
    from test_keyboard import clashes
    from test_layout import _clipped_labels

    controller.set_language(language)
    dialog = open_settings(controller, qtbot, closed_vault)
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        assert clashes(dialog) == [], index
        assert _clipped_labels(dialog) == [], index
        shot(dialog, f"{language}_{index}")
    controller.set_language("en")
