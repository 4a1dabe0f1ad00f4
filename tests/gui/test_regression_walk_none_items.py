"""A language switch while a form is open says the optional choices' first item in the new
language too (seen on the regression walk under Xvfb: the person form switched to English still
offered 'Organisation: (ingen)', the case form '(ingen)' for group and person)."""

from __future__ import annotations

from typing import Any

import pytest

from kopingplan import i18n
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.people.person_edit import PersonEditDialog

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("form", ["person", "case"])
def test_the_none_item_follows_a_language_switch(
    qtbot: Any, qapp: Any, session: Any, form: str
) -> None:
    i18n.install_translators(qapp, "sv")
    try:
        dialog: Any = (
            PersonEditDialog(session, None) if form == "person" else CaseEditDialog(session, None)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        combos = [ui.organisationCombo] if form == "person" else [ui.groupCombo, ui.personCombo]
        assert [c.itemText(0) for c in combos] == ["(ingen)"] * len(combos)
        i18n.install_translators(qapp, "en")
        qapp.processEvents()
        assert [c.itemText(0) for c in combos] == ["(none)"] * len(combos)
        assert [c.currentData() for c in combos] == [None] * len(combos)
        i18n.install_translators(qapp, "sv")
        qapp.processEvents()
        assert [c.itemText(0) for c in combos] == ["(ingen)"] * len(combos)
    finally:
        i18n.install_translators(qapp, "en")
