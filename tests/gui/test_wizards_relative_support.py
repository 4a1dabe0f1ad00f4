"""The relative-support wizard driven as a user drives it; the stored contact is read back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from test_wizards_exit_plan import (
    audit_actions,
    back,
    cancel,
    choose,
    click,
    finish,
    next_page,
    page_ui,
    problems,
    tick,
)

from kopingplan.domain import model as m
from kopingplan.domain.flows import CallerMode, LinkMode
from kopingplan.gui.wizards import RelativeSupportWizard
from kopingplan.gui.wizards.base import to_qdate
from kopingplan.services import cases as case_service
from kopingplan.services import drafts, relative_support

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english(gui: QApplication) -> None:
    """The application set up as kopingplan sets it up, in English: the texts asserted here."""


WORRY = "Sonen har slutat träffa sina vänner 😟 och pratar om ”vi och dom”."


@pytest.fixture
def cases(session: Any) -> list[int]:
    return add_cases(session, [("Bertil i skolan", "specific"), ("Åsa på fritids", "general")])


@pytest.fixture
def partners(session: Any) -> dict[str, int]:
    soc = session.save(m.Organisation("Socialtjänsten Köping", m.OrganisationKind.SOCIAL_SERVICES))
    red = session.save(m.Organisation("Röda Korset", m.OrganisationKind.CIVIL_SOCIETY))
    return {"soc": soc.id, "red": red.id}


def make(qtbot: Any, session: Any, case_id: int | None = None) -> RelativeSupportWizard:
    wizard = RelativeSupportWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def check_item(list_widget: Any, text: str) -> None:
    """Ticks the entry ``text`` of a check list, as clicking its box does."""
    item = list_widget.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    item.setCheckState(Qt.CheckState.Checked)


def fill_worry(qtbot: Any, wizard: RelativeSupportWizard) -> None:
    ui = page_ui(wizard)
    type_text(ui.worryEdit, WORRY)
    tick(qtbot, ui.sign_isolation)
    tick(qtbot, ui.sign_us_and_them)
    type_text(ui.signsOtherEdit, "Nya kläder")


def test_an_anonymous_call_linked_to_a_case(
    qtbot: Any, session: Any, cases: list[int], partners: dict[str, int]
) -> None:
    wizard = make(qtbot, session)
    assert wizard.windowTitle() == "Support to a relative"
    ui = page_ui(wizard)
    assert ui.anonymousRadio.isChecked() and ui.newThreadRadio.isChecked()
    assert not ui.laterRadio.isEnabled()  # there is no thread to continue yet
    next_page(qtbot, wizard)  # disabled: it says what is missing
    assert wizard.currentId() == wizard.startId()
    assert problems(wizard) == "Fill in: Anonymous, pseudonym, Relation to the person of concern"
    assert wizard.button(QWizard.WizardButton.NextButton).toolTip() == problems(wizard)
    type_text(ui.pseudonymEdit, "Mamman i Kolsva")
    type_text(ui.callbackEdit, "Ring efter 17")
    type_text(ui.relationEdit, "mamma")
    next_page(qtbot, wizard)

    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: What worries them"
    fill_worry(qtbot, wizard)
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    type_text(ui.adviceEdit, "Fortsätt prata med honom.")
    check_item(ui.referralsList, "Röda Korset")
    tick(qtbot, ui.consentOthersCheck)
    back(qtbot, wizard)
    assert page_ui(wizard).worryEdit.toPlainText() == WORRY  # Back keeps what was typed
    next_page(qtbot, wizard)
    assert page_ui(wizard).adviceEdit.toPlainText() == "Fortsätt prata med honom."
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    tick(qtbot, ui.existingCaseRadio)
    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: An existing case"
    type_text(ui.caseSearchEdit, "bertil")
    assert ui.caseList.count() == 1
    row = ui.caseList.visualItemRect(ui.caseList.item(0))
    qtbot.mouseClick(ui.caseList.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert ui.caseList.currentItem().text() == "#1 Bertil i skolan (Specific)"
    tick(qtbot, ui.followUpCheck)
    ui.followUpEdit.setDate(to_qdate(date.today() - timedelta(days=1)))
    next_page(qtbot, wizard)
    assert problems(wizard) == "Correct: Follow up on"
    assert wizard.currentPage().shown_problem(ui.followUpEdit) == (
        "Cannot be a day that has already passed."
    )
    ui.followUpEdit.setDate(to_qdate(date.today() + timedelta(days=14)))
    next_page(qtbot, wizard)

    summary = page_ui(wizard).summaryBrowser.toPlainText()
    for text in ("Mamman i Kolsva", WORRY, "Röda Korset", "Bertil i skolan"):
        assert text in summary
    before = len(audit_actions(session))
    finish(qtbot, wizard)
    assert wizard.saved

    (row,) = relative_support.threads(session, cases[0])
    thread = row.thread
    assert (thread.pseudonym, thread.callback, thread.relation) == (
        "Mamman i Kolsva",
        "Ring efter 17",
        "mamma",
    )
    assert thread.person_id is None and thread.case_id == cases[0]
    (contact,) = relative_support.thread_contacts(session, thread.id)
    assert contact.worry == WORRY
    assert contact.channel is m.Channel.PHONE
    assert contact.signs == ("isolation", "us_and_them")
    assert contact.signs_other == "Nya kläder"
    assert contact.advice == "Fortsätt prata med honom."
    assert contact.referral_organisation_ids == (partners["red"],)
    assert (contact.consent_to_record, contact.consent_to_contact_others) == (False, True)
    assert contact.follow_up_on == date.today() + timedelta(days=14)
    assert audit_actions(session)[before : before + 2] == [
        "relative_supports.create",
        "relative_support_contacts.create",
    ]


def test_a_named_relative_needs_consent_and_can_open_a_new_case(
    qtbot: Any, session: Any, cases: list[int]
) -> None:
    wizard = make(qtbot, session)
    ui = page_ui(wizard)
    tick(qtbot, ui.newPersonRadio)
    assert ui.givenNameEdit.isEnabled() and not ui.pseudonymEdit.isEnabled()
    type_text(ui.givenNameEdit, "Åsa")
    type_text(ui.familyNameEdit, "Öberg")
    type_text(ui.relationEdit, "moster")
    next_page(qtbot, wizard)
    assert problems(wizard) == "Correct: The relative agrees that the contact is recorded"
    assert wizard.currentPage().shown_problem(ui.consentRecordCheck) == (
        "Without consent to record, the relative is recorded anonymously: choose “Anonymous” "
        "and a pseudonym."
    )  # a conflict with another choice is explained at once, untouched
    tick(qtbot, ui.consentRecordCheck)
    choose(ui.channelCombo, "Meeting")
    next_page(qtbot, wizard)
    fill_worry(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    ui = page_ui(wizard)
    tick(qtbot, ui.newCaseRadio)
    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: A new case, titled"
    type_text(ui.newCaseTitleEdit, "Oro för systerson")
    choose(ui.newCaseLevelCombo, "Specific")
    next_page(qtbot, wizard)
    finish(qtbot, wizard)

    result = wizard.result_contact
    assert result is not None and result.case is not None and result.person is not None
    assert result.person.full_name == "Åsa Öberg"
    detail = case_service.open_case(session, result.case.id)
    assert detail.case.title == "Oro för systerson" and detail.case.level is m.Level.SPECIFIC
    assert [(p.role, person.full_name) for p, person in detail.participants] == [
        (m.CaseRole.RELATIVE, "Åsa Öberg")
    ]
    (contact,) = relative_support.thread_contacts(session, result.thread.id)
    assert contact.channel is m.Channel.MEETING and contact.consent_to_record


def test_a_later_call_attaches_to_the_same_thread(
    qtbot: Any, session: Any, cases: list[int]
) -> None:
    flow = relative_support.start_flow(session, cases[0])
    flow.pseudonym, flow.relation = "Mamman i Kolsva", "mamma"
    flow.worry = "Sonen drar sig undan."
    flow.occurred_at -= timedelta(days=20)
    assert flow.link_mode is LinkMode.EXISTING_CASE
    first = relative_support.save_contact(session, flow.build())

    wizard = make(qtbot, session, cases[0])
    ui = page_ui(wizard)
    assert ui.laterRadio.isEnabled()
    tick(qtbot, ui.laterRadio)
    assert ui.threadCombo.currentText().startswith("“Mamman i Kolsva” (anonymous) – mamma")
    assert not ui.callerGroup.isVisible()
    assert ui.threadRelationValue.text() == "mamma" and not ui.relationEdit.isVisible()
    next_page(qtbot, wizard)
    type_text(page_ui(wizard).worryEdit, "Det har blivit bättre.")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    ui = page_ui(wizard)
    assert ui.linkedCaseValue.text() == "#1 Bertil i skolan (Specific)"
    assert not ui.existingCaseRadio.isVisible()  # the thread stays with its case
    next_page(qtbot, wizard)
    finish(qtbot, wizard)

    assert wizard.result_contact is not None
    assert wizard.result_contact.thread.id == first.thread.id
    contacts = relative_support.thread_contacts(session, first.thread.id)
    assert [c.worry for c in contacts] == [first.contact.worry, "Det har blivit bättre."]
    assert len(relative_support.threads(session)) == 1


def test_draft_and_cancel(qtbot: Any, session: Any) -> None:
    wizard = make(qtbot, session)
    type_text(page_ui(wizard).pseudonymEdit, "Pappan")
    cancel(qtbot, wizard)
    click(qtbot, wizard.question_buttons["save"])
    draft = drafts.load_draft(session, "relative_support", "")
    assert draft is not None and draft["fields"]["pseudonym"] == "Pappan"

    again = make(qtbot, session)
    click(qtbot, again.question_buttons["resume"])
    assert page_ui(again).pseudonymEdit.text() == "Pappan"
    assert again.flow.caller_mode is CallerMode.ANONYMOUS
    type_text(page_ui(again).relationEdit, "pappa")
    cancel(qtbot, again)
    click(qtbot, again.question_buttons["discard"])
    assert drafts.load_draft(session, "relative_support", "") is None
    assert relative_support.threads(session) == []
