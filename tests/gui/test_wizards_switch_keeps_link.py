"""A language switch while a wizard is open keeps what its pages hold for later pages."""

from __future__ import annotations

from typing import Any

import pytest
from test_wizards_exit_plan import next_page, page_ui
from test_wizards_language import _shown
from test_wizards_relative_support import fill_worry

from kopingplan.domain.flows import LinkMode
from kopingplan.gui.wizards import RelativeSupportWizard
from kopingplan.services.session import Session

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui


def test_a_contact_opened_from_a_case_stays_linked_to_it_after_a_language_switch(
    controller: Any, session: Session, qtbot: Any
) -> None:
    """The case page, not visited yet, used to store its empty form on the switch: the
    contact opened from Bertil's case was then linked to no case."""
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    wizard = _shown(RelativeSupportWizard(session, case_id), qtbot)

    controller.set_language("sv")
    controller.set_language("en")

    ui = page_ui(wizard)
    type_text(ui.pseudonymEdit, "Mamman i Kolsva")
    type_text(ui.relationEdit, "mamma")
    next_page(qtbot, wizard)
    fill_worry(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    ui = page_ui(wizard)
    assert ui.existingCaseRadio.isChecked()
    assert ui.caseList.currentItem().text() == "#1 Bertil i skolan (Specific)"
    assert wizard.flow.link_mode is LinkMode.EXISTING_CASE and wizard.flow.case_id == case_id
