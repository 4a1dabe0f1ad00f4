"""What this morning's walk (session 9, helper 127) found a coordinator reads wrong, in
Swedish: the consent form's message named other things than its lists, and the person form
said "Fyll i: Förnamn" although a family name alone will do."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kopingplan import i18n
from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
from kopingplan.gui.common.field_messages import caption_text
from kopingplan.gui.people.person_edit import PersonEditDialog

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def swedish(gui: QApplication) -> Iterator[QApplication]:
    i18n.install_translators(gui, "sv")
    try:
        yield gui
    finally:
        i18n.install_translators(gui, "en")


def _save_enabled(form: Any) -> bool:
    return bool(form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled())


def test_the_consent_forms_message_names_its_lists(swedish: Any, session: Any) -> None:
    (case_id,) = add_cases(session, [("Ärende Norra", "individual")])
    form = ConsentEditDialog(session, case_id)  # deletes itself on closing
    form.show()
    ui = form.ui
    try:
        # Tick a kind of recipient and take it back: nothing is chosen, and the form says so.
        kind = ui.kindsList.item(0)
        kind.setCheckState(Qt.CheckState.Checked)
        assert form.blocker == "Fyll i: Ändamål"
        kind.setCheckState(Qt.CheckState.Unchecked)
        lists = [caption_text(ui.organisationsLabel.text()), caption_text(ui.kindsLabel.text())]
        assert lists == ["Mottagande organisationer", "Typer av mottagare"]
        # Said whole on the status line (the two lists are no one field to name).
        assert form.blocker == (
            "Måste ange en mottagande organisation eller en typ av mottagare. Fyll i: Ändamål"
        )
        assert not _save_enabled(form)
    finally:
        form.close_for_lock()


def test_the_person_form_says_a_given_or_a_family_name_will_do(
    swedish: Any, qtbot: Any, session: Any
) -> None:
    form = PersonEditDialog(session, None)
    form.show()
    qtbot.waitExposed(form)
    ui = form.ui
    try:
        assert form.blocker == "Fyll i förnamn eller efternamn"
        type_text(ui.givenEdit, "Märta")
        ui.givenEdit.clear()
        assert form.shown_problem("given_name") == "Fyll i förnamn eller efternamn."
        # With a wrong value as well, each is said in its own words.
        type_text(ui.identityEdit, "19900101-1234")
        assert form.blocker == "Fyll i förnamn eller efternamn. Rätta: Personnummer"
        ui.identityEdit.clear()
        type_text(ui.familyEdit, "Lind")  # a family name alone is enough
        assert form.shown_problem("given_name") == ""
        assert form.blocker == "" and _save_enabled(form)
    finally:
        form.close_for_lock()
