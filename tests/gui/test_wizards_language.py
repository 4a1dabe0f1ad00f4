"""The exit-plan and relative-support wizards follow a language switch made while they are
open: the window title, the open page's title and every button under it, Qt's own Back, Next
and Cancel included (Qt says those again only when the page changes)."""

from __future__ import annotations

from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QWizard
from test_wizards_exit_plan import fill_situation, next_page

from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard
from kopingplan.services.session import Session

from gui_helpers import add_cases

pytestmark = pytest.mark.gui

BUTTON = QWizard.WizardButton
W = TypeVar("W", bound=QWizard)


def _shown(wizard: W, qtbot: Any) -> W:
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _buttons(wizard: QWizard) -> dict[str, str]:
    """The texts a user reads on the buttons under the open page."""
    kinds = {
        "back": BUTTON.BackButton,
        "next": BUTTON.NextButton,
        "finish": BUTTON.FinishButton,
        "cancel": BUTTON.CancelButton,
        "draft": BUTTON.CustomButton1,
    }
    return {key: wizard.button(kind).text() for key, kind in kinds.items()}


ENGLISH = {
    "back": "< &Back",
    "next": "&Next >",
    "finish": "&Save",
    "cancel": "Cancel",
    "draft": "Save d&raft and close",
}
SWEDISH = {
    "back": "< Till&baka",
    "next": "&Nästa >",
    "finish": "&Spara",
    "cancel": "Avbryt",
    "draft": "Spara utkast och s&täng",
}


@pytest.mark.parametrize("on_page", [0, 1])
def test_the_exit_plan_wizard_follows_a_language_switch_on_the_open_page(
    controller: Any, session: Session, qtbot: Any, on_page: int
) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    wizard = _shown(ExitPlanWizard(session, case_id), qtbot)
    if on_page:
        fill_situation(wizard)
        next_page(qtbot, wizard)
        assert wizard.currentId() == 1
    page = wizard.currentPage()
    title = page.title()
    assert wizard.windowTitle() == "New exit plan"
    assert _buttons(wizard) == ENGLISH

    controller.set_language("sv")

    assert wizard.windowTitle() == "Ny individuell handlingsplan"
    assert page.title() == ("Utgångsläge", "Social dimension")[on_page]  # the same in both
    assert page.subTitle() == f"Steg {on_page + 1} av 6"
    assert _buttons(wizard) == SWEDISH
    wizard.grab().save(f"/tmp/h77_exit_plan_sv_{on_page}.png")

    controller.set_language("en")

    assert wizard.windowTitle() == "New exit plan"
    assert page.title() == title
    assert _buttons(wizard) == ENGLISH


def test_the_relative_support_wizard_follows_a_language_switch_on_the_open_page(
    controller: Any, session: Session, qtbot: Any
) -> None:
    wizard = _shown(RelativeSupportWizard(session), qtbot)
    page = wizard.currentPage()
    assert wizard.windowTitle() == "Support to a relative"
    assert page.title() == "Who made contact"
    assert _buttons(wizard) == ENGLISH

    controller.set_language("sv")

    assert wizard.windowTitle() == "Anhörigstöd"
    assert page.title() == "Vem hör av sig"
    assert _buttons(wizard) == SWEDISH
    wizard.grab().save("/tmp/h77_relative_support_sv.png")

    controller.set_language("en")

    assert wizard.windowTitle() == "Support to a relative"
    assert page.title() == "Who made contact"
    assert _buttons(wizard) == ENGLISH
