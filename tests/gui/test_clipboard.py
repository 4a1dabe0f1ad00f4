"""Copies of case content leave the clipboard again: after the set time, at lock and at quit,
but never something copied since."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication

from kopingplan.domain import model
from kopingplan.gui.common import clipboard as guard_module

from gui_helpers import unlock

pytestmark = pytest.mark.gui

SUMMARY = "Åsa har visat intresse för en våldsbejakande grupp på nätet."


@pytest.fixture
def case_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    """The main window on a vault with one case that has a summary, its case window open."""
    case = model.Case(
        title="Åsa på fritidsgården",
        level=model.Level.SPECIFIC,
        orientation=model.Orientation.UNCLEAR,
        opened_on=date(2026, 1, 5),
        summary=SUMMARY,
    )
    case_id = session.save(case).id
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    view = window.open_case(case_id)
    assert view is not None
    return view


def copy_summary(view: Any) -> None:
    """What Ctrl+C does in the case's summary: select it all and copy."""
    text = view.ui.summaryText
    text.setFocus()
    text.selectAll()
    text.copy()


def test_a_copy_is_marked_secret_and_cleared_after_the_set_time(
    controller: Any, qtbot: Any, case_window: Any
) -> None:
    clipboard = QGuiApplication.clipboard()
    controller.clipboard.set_seconds(lambda: 1)
    copy_summary(case_window)
    assert clipboard.text() == SUMMARY
    # Clipboard managers and the system's clipboard history are asked to leave it out.
    formats = clipboard.mimeData().formats()
    for name in guard_module.secret_markers(sys.platform):
        assert name in formats
    assert controller.main_window.statusBar().currentMessage() == (
        "Copied. The clipboard is cleared in 1 s."
    )
    assert controller.clipboard.pending
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    assert not controller.clipboard.pending
    assert controller.main_window.statusBar().currentMessage() == "The clipboard was cleared."


def test_the_time_comes_from_the_settings(controller: Any, qtbot: Any, case_window: Any) -> None:
    from kopingplan.gui.common import settings as app_settings

    app_settings.set_clipboard_seconds(45)
    copy_summary(case_window)
    assert 40_000 < controller.clipboard.remaining_ms <= 47_250  # a coarse timer: ±5 %
    assert controller.main_window.statusBar().currentMessage() == (
        "Copied. The clipboard is cleared in 45 s."
    )


def test_something_copied_since_is_not_cleared(
    controller: Any, qtbot: Any, case_window: Any
) -> None:
    clipboard = QGuiApplication.clipboard()
    controller.clipboard.set_seconds(lambda: 0.3)
    copy_summary(case_window)
    # Another program writes the clipboard. Offscreen there is no other program, so the
    # guard is kept from seeing the change as a copy of ours; only the content tells.
    clipboard.blockSignals(True)
    try:
        clipboard.setText("Mötestid torsdag 14.00")
    finally:
        clipboard.blockSignals(False)
    qtbot.waitUntil(lambda: not controller.clipboard.pending, timeout=3000)  # its time ran out
    assert clipboard.text() == "Mötestid torsdag 14.00"


def test_a_second_copy_restarts_the_time_and_only_the_last_is_cleared(
    controller: Any, qtbot: Any, case_window: Any
) -> None:
    clipboard = QGuiApplication.clipboard()
    controller.clipboard.set_seconds(lambda: 30)
    copy_summary(case_window)
    controller.clipboard.set_seconds(lambda: 0.3)
    case_window.ui.titleLabel.setFocus()
    clipboard.setText("Åsa på fritidsgården")  # a second copy, e.g. of the title
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_locking_and_quitting_clear_a_copy_at_once(
    controller: Any, qtbot: Any, case_window: Any
) -> None:
    clipboard = QGuiApplication.clipboard()
    copy_summary(case_window)
    assert controller.clipboard.remaining_ms > 20_000  # 30 s by default
    controller.lock()
    assert clipboard.text() == ""
    assert not controller.clipboard.pending

    window = unlock(controller, qtbot)
    window.search_box.setText("fritidsgården")
    window.search_box.selectAll()
    window.search_box.copy()
    assert clipboard.text() == "fritidsgården"
    controller.quit()
    assert clipboard.text() == ""
