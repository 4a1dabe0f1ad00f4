"""A day typed into a date field stays the day typed, and the form says why it cannot be saved
(helper 126, after helper 125 found it in "Stöd som getts").

A date field with a lowest day made a typed earlier day into another one without a word: for a
case opened 2025-11-06, typing 2025-01-01 into "Stäng ärendet" or "Flytta ärendet" left
2025-12-01 in the field (Qt refused the typed month and kept its own), and so did a consent's
withdrawal after a consent given that day. And a day after today pasted with Ctrl+V into a field
that goes no later than today was refused whole: the field kept its old day, unseen. Now the
typed (or pasted) day stays, the rule's own words name the day it is compared with, and nothing
is stored.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox

from days import tomorrow
from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.gui.cases.case_actions import CloseCaseDialog, MoveLevelDialog
from kopingplan.gui.cases.consent_dialog import ConsentWithdrawDialog
from kopingplan.services import cases, consents

from gui_helpers import type_text

pytestmark = pytest.mark.gui

OPENED = date(2025, 11, 6)
TYPED = "2025-01-01"  # meant as 2025-12-01, or a slip: either way the day typed


@pytest.fixture
def swedish(gui: QApplication) -> Any:
    i18n.install_translators(gui, "sv")
    yield gui
    i18n.install_translators(gui, "en")


@pytest.fixture
def case(session: Any) -> model.Case:
    return session.save(
        model.Case("Ärende Norra", model.Level.GENERAL, model.Orientation.UNCLEAR, OPENED)
    )


def _type_day(qtbot: Any, dialog: Any, editor: QDateTimeEdit, text: str) -> None:
    """``text`` typed into ``editor`` by keyboard over its whole text, then Tab out."""
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: editor.setFocus() or editor.hasFocus(), timeout=2000)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Tab)


def _shown_day(editor: QDateTimeEdit) -> str:
    return editor.date().toString(Qt.DateFormat.ISODate)


@pytest.mark.parametrize(
    ("form", "field", "reason"),
    [(CloseCaseDialog, "closed_on", "Stödet är avslutat"),
     (MoveLevelDialog, "changed_on", "Behovet är individuellt")],
    ids=["close", "move"],
)  # fmt: skip
def test_a_day_before_the_case_was_opened_is_kept_as_typed_and_named(
    swedish: QApplication, qtbot: Any, session: Any, case: model.Case,
    form: type, field: str, reason: str,
) -> None:  # fmt: skip
    dialog = form(session, case)
    try:
        type_text(dialog.ui.reasonEdit, reason)
        _type_day(qtbot, dialog, dialog.ui.dateEdit, TYPED)
        assert _shown_day(dialog.ui.dateEdit) == TYPED  # was 2025-12-01, unsaid
        assert dialog.shown_problem(field) == "Kan inte vara tidigare än dagen ärendet öppnades."
        assert not dialog.action_button().isEnabled()
        assert not dialog.save()  # a move: the service has no rule of its own for it
        unchanged = cases.open_case(session, case.id).case
        assert (unchanged.status, unchanged.level) == (case.status, case.level)
        # The opening day itself is a day the case can close or move on.
        _type_day(qtbot, dialog, dialog.ui.dateEdit, OPENED.isoformat())
        assert dialog.shown_problem(field) == ""
        assert dialog.action_button().isEnabled(), dialog.blocker
    finally:
        dialog.close_for_lock()


def test_a_withdrawal_before_the_consent_was_given_keeps_the_day_and_is_refused(
    swedish: QApplication, qtbot: Any, session: Any, case: model.Case
) -> None:
    _, dialog = withdrawal_of_consent(qtbot, session, case.id)
    editor = dialog.ui.withdrawnOnEdit
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    _type_day(qtbot, dialog, editor, TYPED)
    assert _shown_day(editor) == TYPED  # was 2025-12-01, stored as withdrawn then
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    # Named by its caption, not its code name ("withdrawn_on: …").
    assert dialog.ui.messageLabel.text() == (
        "Återkallat den: kan inte vara tidigare än dagen samtycket gavs"
    )
    assert dialog.isVisible() and editor.hasFocus()
    assert _shown_day(editor) == TYPED
    (unchanged,) = consents.consents_of_case(session, case.id)
    assert unchanged.withdrawn_on is None


def test_a_day_after_today_pasted_is_kept_and_named(
    swedish: QApplication, qtbot: Any, session: Any, case: model.Case
) -> None:
    """Ctrl+V of a later day into a field that goes no later than today was refused whole:
    the field kept today, and today was saved as the day the case closed."""
    later = tomorrow().isoformat()
    dialog = CloseCaseDialog(session, case)
    try:
        editor = dialog.ui.dateEdit
        _type_day(qtbot, dialog, editor, date.today().isoformat())
        QApplication.clipboard().setText(later)
        editor.setFocus()
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(editor, Qt.Key.Key_Tab)
        assert _shown_day(editor) == later
        assert dialog.shown_problem("closed_on") == "Kan inte vara en dag efter i dag."
        assert editor.maximumDate() == QDate.fromString(later, Qt.DateFormat.ISODate)
    finally:
        dialog.close_for_lock()


def withdrawal_of_consent(
    qtbot: Any, session: Any, case_id: int | None
) -> tuple[Consent, ConsentWithdrawDialog]:
    """A written consent given on OPENED for the case, and its withdrawal dialog (which
    deletes itself on saving)."""
    consent = consents.add_consent(
        session,
        Consent(case_id, ConsentGiver.SUBJECT, ("Stöd",), OPENED, ConsentForm.WRITTEN,
                datetime.now(UTC), "Anna Lindqvist", organisation_kinds=("police",)),
    )  # fmt: skip
    dialog = ConsentWithdrawDialog(session, consent)
    qtbot.addWidget(dialog)
    return consent, dialog
