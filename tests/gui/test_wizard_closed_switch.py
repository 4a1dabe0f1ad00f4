"""A wizard done with its session (kept as a draft at a lock, saved or discarded) forgets it,
so a language switch Qt still hands its pages leaves them alone, by the rule of every window a
lock closed (forgot_its_session): they store nothing into the flow and read nothing. An open
wizard's pages still follow the switch."""

from __future__ import annotations

from typing import Any

import pytest

from kopingplan.gui.wizards import ExitPlanWizard
from kopingplan.services.session import Session

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def test_a_wizard_kept_as_a_draft_leaves_its_pages_alone_and_an_open_one_switches(
    controller: Any, session: Session, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    kept, still_open = ExitPlanWizard(session, case_id), ExitPlanWizard(session, case_id)
    for wizard in (kept, still_open):
        qtbot.addWidget(wizard)
        wizard.show()
    kept_page, open_page = kept.currentPage(), still_open.currentPage()
    english = kept_page.subTitle()
    stored: list[Any] = []
    monkeypatch.setattr(type(kept_page), "store", lambda page: stored.append(page))

    kept.keep_as_draft()  # as a lock does
    assert kept.closing and kept.session is None and not kept_page.checking()
    stored.clear()  # keeping the draft stored the page's input

    controller.set_language("sv")

    assert kept_page.subTitle() == english
    assert open_page.subTitle() == "Steg 1 av 6"
    assert kept_page not in stored and open_page in stored  # the open page kept its input
    controller.set_language("en")
    assert open_page.subTitle() == english
