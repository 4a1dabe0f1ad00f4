"""A button a feature adds after a form's button (the case window's Consents and Attachments,
Utlämnanden's Oral disclosure) is on over the unlocked vault and off in a window a lock made
forget its session: add_button_after decides it, not each caller."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.common.added_button import add_button_after
from kopingplan.services import cases

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


class _Window(QWidget):
    def __init__(self, session: object) -> None:
        super().__init__()
        self.session = session
        self.anchor = QPushButton("Disclose…", self)
        QHBoxLayout(self).addWidget(self.anchor)


def _added(window: QWidget, anchor: QPushButton) -> QPushButton:
    return add_button_after(
        anchor, "extraButton", lambda: "Extra…", lambda: "More", lambda: None, parent=window
    )


def test_an_added_button_is_on_over_the_vault_and_off_once_the_window_forgot_its_session(
    qtbot: Any,
) -> None:
    unlocked, locked = _Window(object()), _Window(None)
    for window in (unlocked, locked):
        qtbot.addWidget(window)

    assert _added(unlocked, unlocked.anchor).isEnabled()
    assert not _added(locked, locked.anchor).isEnabled()


def test_the_case_windows_added_buttons_are_on(controller: Any, qtbot: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Adam", "individual")])
    view = CaseView(cases.open_case(session, case_id), session)
    qtbot.addWidget(view)
    assert view.consents_button.isEnabled() and view.attachments_button.isEnabled()
