"""The copies by Tab, in the period report window and the brief window: "Change what this copy
holds…" comes right after the list of copies it acts on (it stands under that list), not after
Purpose at the far side (the report) or after Close (the brief)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_copy_contents_gui import dialog as brief_dialog
from test_period_report_recipients import _choose, dialog

pytestmark = pytest.mark.gui
__all__ = ["brief_dialog", "dialog"]  # fixtures: a meeting's brief window; the period report's


def _tab_from(widget: Any) -> Any:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_change_what_this_copy_holds_comes_right_after_the_copies(dialog: Any) -> None:
    copies, button = dialog.copies, dialog.copy_contents.button
    _choose(copies.recipientCombo, "Polisen Köping")  # a copy whose content can be changed
    assert button.isEnabled()
    assert _tab_from(copies.copyList) is button
    assert _tab_from(button) is copies.addCopyButton
    after_purpose = _tab_from(copies.purposeEdit)
    assert after_purpose is not button and after_purpose.window() is dialog


def test_the_brief_windows_button_comes_right_after_the_copies(brief_dialog: Any) -> None:
    ui = brief_dialog.ui
    button = brief_dialog.copy_contents.button
    _choose(ui.recipientCombo, "Polisen Köping")
    assert button.isEnabled()
    assert _tab_from(ui.copyList) is button
    assert _tab_from(button) is ui.addCopyButton
    assert _tab_from(ui.purposeEdit) is not button
