"""A window that a lock has closed, but Qt has not yet deleted, may still get a language switch
posted before: it must not read the vault then (its session is gone), while a window still
over the unlocked vault says everything again in the new language. The rule sits in the shared
base (Retranslating), so every window on it follows it, RecordDialog included."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from kopingplan.gui.cases.case_records import NoteDialog
from kopingplan.gui.cases.triage_dialog import CaseTriageDialog
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.unlocked import unlocked

from gui_helpers import add_cases, settle

pytestmark = pytest.mark.gui


def test_a_triage_window_closed_by_a_lock_keeps_its_words_and_an_open_one_switches(
    controller: Any, qtbot: Any, session: Any
) -> None:
    """The triage window lists the case's flags from the vault when it retranslates."""
    (case_id,) = add_cases(session, [("Adam", "individual")])
    locked = CaseTriageDialog(session, case_id, "Adam")
    still_open = CaseTriageDialog(session, case_id, "Adam")
    qtbot.addWidget(still_open)
    locked.show()
    still_open.show()
    locked.teardown()  # as the lock does: forgets the session and closes

    controller.set_language("sv")  # reaches the closed window too: it is not yet deleted

    assert locked.ui.headingLabel.text() == f"Triage: {case_id} Adam"
    settle(qtbot)  # the closed window goes; nothing was raised on the way
    assert still_open.ui.headingLabel.text() == f"Prioritet och flaggor: {case_id} Adam"


def test_a_form_closed_for_a_lock_is_left_alone_and_an_open_form_switches(
    controller: Any, qtbot: Any, session: Any
) -> None:
    (case_id,) = add_cases(session, [("Adam", "individual")])
    closed = NoteDialog(session, case_id)
    open_form = NoteDialog(session, case_id)
    qtbot.addWidget(open_form)
    closed.show()
    open_form.show()
    open_save = open_form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    english = closed.windowTitle()
    closed.close_for_lock()

    controller.set_language("sv")

    assert closed.windowTitle() == english  # not yet deleted, left as it was
    assert open_form.windowTitle() not in ("", english)
    qtbot.waitUntil(lambda: open_save.text() == "&Spara")


class _Page(Retranslating, QWidget):
    """A page over the vault whose texts come from it (as a list's filters do)."""

    def __init__(self, session: Any) -> None:
        super().__init__()
        self.session = session
        self.label = QLabel(self)
        self._retranslate_dynamic()

    def _retranslate_dynamic(self) -> None:
        owner = unlocked(self.session).owner_name()  # raises once the session is gone
        self.label.setText(self.tr("Owner: {name}").format(name=owner))

    def teardown(self) -> None:
        self.session = None


class _Plain(Retranslating, QWidget):
    """A widget that never had a session: it always retranslates."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def _retranslate_dynamic(self) -> None:
        self.calls += 1


def test_the_rule_is_the_base_s_a_page_that_forgot_its_session_skips_the_switch(
    controller: Any, qtbot: Any
) -> None:
    class _Session:
        def __init__(self) -> None:
            self.asked = 0

        def owner_name(self) -> str:
            self.asked += 1
            return "Kim"

    kept, forgot = _Session(), _Session()
    open_page, locked_page, plain = _Page(kept), _Page(forgot), _Plain()
    for widget in (open_page, locked_page, plain):
        qtbot.addWidget(widget)
    locked_page.teardown()

    controller.set_language("sv")
    settle(qtbot)  # every LanguageChange delivered: none asks again later

    assert (kept.asked, forgot.asked, plain.calls) == (2, 1, 1)
