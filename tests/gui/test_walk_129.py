"""What helper 129 found left after this morning's walk, in Swedish: a closed case's opening day
typed after its closing day was named only on the status line, in the closing day's words; the
consent withdrawal's message named a day the dialog did not show; and a wizard's status line
still read "Fyll i: Förnamn" where a given or a family name will do."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from test_typed_days_kept import _type_day, withdrawal_of_consent
from test_walk_127 import swedish  # noqa: F401 (the fixture, used by every test here)
from test_wizards_exit_plan import page_ui, problems, tick

from kopingplan.domain import model
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.wizards import RelativeSupportWizard
from kopingplan.services import cases

from gui_helpers import type_text

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("swedish")]

OPENED = date(2025, 11, 6)
CLOSED = date(2025, 12, 1)


def _case(session: Any) -> model.Case:
    return session.save(
        model.Case("Ärende Norra", model.Level.GENERAL, model.Orientation.UNCLEAR, OPENED)
    )


def test_a_closed_cases_opening_day_after_its_closing_is_named_under_opened(
    qtbot: Any, session: Any
) -> None:
    case = _case(session)
    closed = cases.close_case(session, case.id, "Stödet är avslutat", CLOSED)
    form = CaseEditDialog(session, closed)
    try:
        editor = form.ui.openedEdit
        _type_day(qtbot, form, editor, "2025-12-03")
        assert editor.date().toString(Qt.DateFormat.ISODate) == "2025-12-03"
        # Under the field, in words about the opening day (was nothing here, and the status
        # line said the closing day "cannot be earlier than the day the case was opened").
        assert form.shown_problem("opened_on") == (
            "Kan inte vara senare än dagen ärendet avslutades."
        )
        assert form.blocker == "Rätta: Öppnat"
        assert not form.action_button().isEnabled()
        # The closing day itself is a day the case can have opened on.
        _type_day(qtbot, form, editor, CLOSED.isoformat())
        assert form.shown_problem("opened_on") == ""
        assert form.blocker == "" and form.action_button().isEnabled()
    finally:
        form.close_for_lock()


def test_the_withdrawal_shows_the_day_the_consent_was_given(qtbot: Any, session: Any) -> None:
    case = _case(session)
    consent, dialog = withdrawal_of_consent(qtbot, session, case.id)
    # The refusal below names "the day the consent was given": the heading shows that day.
    assert dialog.ui.headingLabel.text() == (
        f"Återkallelse av samtycke {consent.id} (ärende {case.id}), som gavs den 2025-11-06"
    )
    _type_day(qtbot, dialog, dialog.ui.withdrawnOnEdit, "2025-11-05")
    assert not dialog.save()
    assert dialog.ui.messageLabel.text() == (
        "Återkallat den: kan inte vara tidigare än dagen samtycket gavs"
    )


def test_the_relative_support_wizard_says_a_given_or_a_family_name_will_do(
    qtbot: Any, session: Any
) -> None:
    wizard = RelativeSupportWizard(session, None)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    try:
        ui = page_ui(wizard)
        tick(qtbot, ui.newPersonRadio)
        type_text(ui.relationEdit, "moster")
        tick(qtbot, ui.consentRecordCheck)
        # As the person form says it (was "Fyll i: Förnamn", and "Skriv ett förnamn …" under it).
        assert problems(wizard) == "Fyll i förnamn eller efternamn"
        type_text(ui.givenNameEdit, "Å")
        ui.givenNameEdit.clear()
        assert wizard.currentPage().shown_problem(ui.givenNameEdit) == (
            "Fyll i förnamn eller efternamn."
        )
        type_text(ui.familyNameEdit, "Öberg")  # a family name alone is enough
        assert problems(wizard) == ""
        assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    finally:
        wizard.mark_unchanged()  # closed unasked, done with its session before the lock
        wizard.reject()
