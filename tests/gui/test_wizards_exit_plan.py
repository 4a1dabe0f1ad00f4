"""The exit-plan wizard driven as a user drives it: typing, clicking Next and Back, drafts,
Cancel, a revision; what was saved is read back through the service and compared."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWidget, QWizard

from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.gui.wizards import ExitPlanWizard, open_exit_plan_wizard
from kopingplan.gui.wizards.base import to_qdate
from kopingplan.services import drafts as draft_store
from kopingplan.services import exit_plans
from kopingplan.storage import audit

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _english(gui: QApplication) -> None:
    """The application set up as kopingplan sets it up, in English: the texts asserted here."""


SITUATION = "Bor hos mamma i Köping; har brutit med gruppen 🙂"


# --- helpers shared by the wizard tests (imported by the other test_wizards_* modules) -------


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot: Any, box: QWidget) -> None:
    """Clicks a check box or radio button on its indicator, as a user would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(combo: QComboBox, text: str) -> None:
    """Picks the entry the user reads as ``text``."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def next_page(qtbot: Any, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def back(qtbot: Any, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))


def finish(qtbot: Any, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))


def cancel(qtbot: Any, wizard: QWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))


def page_ui(wizard: QWizard) -> Any:
    return wizard.currentPage().ui


def problems(wizard: QWizard) -> str:
    return str(wizard.currentPage().problem_text)


def audit_actions(session: Any) -> list[str]:
    return [e.action for e in reversed(audit.entries(session.vault.conn, limit=2000))]


# --- fixtures and the walk --------------------------------------------------------------------


@pytest.fixture
def case_id(session: Any) -> int:
    return add_cases(session, [("Bertil i skolan", "individual")])[0]


@pytest.fixture
def registry(session: Any) -> dict[str, int]:
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    work = session.save(m.Organisation("Arbetsförmedlingen", m.OrganisationKind.EMPLOYMENT_SERVICE))
    staff = session.save(m.Person("Örjan", "Ek", organisation_id=police.id, title="kontaktpolis"))
    return {"police": police.id, "work": work.id, "staff": staff.id}


def make(qtbot: Any, session: Any, case_id: int, **kwargs: Any) -> ExitPlanWizard:
    wizard = ExitPlanWizard(session, case_id, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_situation(wizard: ExitPlanWizard) -> None:
    ui = page_ui(wizard)
    type_text(ui.situationEdit, SITUATION)
    type_text(ui.prerequisitesEdit, "Vill börja arbeta")
    choose(ui.motivationCombo, "4 – clear")
    type_text(ui.motivationReasonEdit, "Har själv tagit kontakt")
    type_text(ui.milieuEdit, "Nordisk grupp på nätet")
    type_text(ui.participantsEdit, "Socialtjänsten, kontaktpolisen")


def add_social_item(
    qtbot: Any, wizard: ExitPlanWizard, kind: str, text: str, influence: str
) -> None:
    ui = page_ui(wizard)
    click(qtbot, ui.addButton)
    choose(ui.kindCombo, kind)
    type_text(ui.descriptionEdit, text)
    choose(ui.influenceCombo, influence)


def add_measure(qtbot: Any, wizard: ExitPlanWizard, text: str, responsible: str) -> None:
    ui = page_ui(wizard)
    click(qtbot, ui.addButton)
    type_text(ui.descriptionEdit, text)
    choose(ui.actorKindCombo, "Employment service")
    choose(ui.responsibleCombo, responsible)


def walk_to_summary(qtbot: Any, wizard: ExitPlanWizard) -> None:
    """Fills every page validly and stops on the summary."""
    fill_situation(wizard)
    next_page(qtbot, wizard)
    add_social_item(qtbot, wizard, "Relative", "Systern Åsa", "Supports the change")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    add_measure(qtbot, wizard, "Praktik via Arbetsförmedlingen", "Arbetsförmedlingen")
    next_page(qtbot, wizard)
    tick(qtbot, page_ui(wizard).boundaryCheck)
    type_text(page_ui(wizard).policeEdit, "Ingenting delas")
    next_page(qtbot, wizard)
    assert wizard.currentPage().PAGE == "summary"


# --- tests ------------------------------------------------------------------------------------


def test_a_full_plan_forwards_and_back_then_saved(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    wizard = make(qtbot, session, case_id)
    assert wizard.windowTitle() == "New exit plan"  # never the case's title
    assert wizard.currentPage().title() == "Initial assessment"

    # Page 1: Next is disabled and says which required fields are still empty.
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    next_page(qtbot, wizard)
    assert wizard.currentId() == 0
    assert problems(wizard) == (
        "Fill in: Situation, Motivation to change, Why this assessment, Milieu to leave, "
        "Took part in the assessment"
    )
    assert next_button.toolTip() == problems(wizard)
    fill_situation(wizard)
    assert next_button.isEnabled() and problems(wizard) == ""
    next_page(qtbot, wizard)

    # Page 2: an item without a description is refused.
    assert wizard.currentPage().PAGE == "social"
    click(qtbot, page_ui(wizard).addButton)
    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: Item 1 – Description"
    type_text(page_ui(wizard).descriptionEdit, "Systern Åsa")
    choose(page_ui(wizard).influenceCombo, "Supports the change")
    add_social_item(qtbot, wizard, "Friend", "Gamla vänner i gruppen", "Pulls back")
    assert page_ui(wizard).itemsTree.topLevelItem(1).text(1) == "Gamla vänner i gruppen"

    # Back keeps what was typed on both pages.
    back(qtbot, wizard)
    assert page_ui(wizard).situationEdit.toPlainText() == SITUATION
    next_page(qtbot, wizard)
    assert page_ui(wizard).itemsTree.topLevelItemCount() == 2
    next_page(qtbot, wizard)

    # Page 3: the practical dimension.
    ui = page_ui(wizard)
    choose(ui.housingCombo, "A need")
    type_text(ui.housingNote, "Egen lägenhet behövs")
    next_page(qtbot, wizard)

    # Page 4: a measure or a reason; no follow-up day in the past.
    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: If there is no measure yet, why"
    add_measure(qtbot, wizard, "Praktik via Arbetsförmedlingen", "Arbetsförmedlingen")
    page_ui(wizard).followUpEdit.setDate(to_qdate(date.today() - timedelta(days=2)))
    next_page(qtbot, wizard)
    assert problems(wizard) == "Correct: Measure 1 – Follow up on"
    assert wizard.currentPage().shown_problem(page_ui(wizard).followUpEdit) == (
        "Cannot be a day that has already passed."
    )
    follow_up = date.today() + timedelta(days=45)
    page_ui(wizard).followUpEdit.setDate(to_qdate(follow_up))
    assert problems(wizard) == ""  # a fixed problem goes away at once
    assert wizard.currentPage().shown_problem(page_ui(wizard).followUpEdit) == ""
    tick(qtbot, page_ui(wizard).planFollowUpCheck)
    page_ui(wizard).planFollowUpEdit.setDate(to_qdate(date.today() + timedelta(days=90)))
    next_page(qtbot, wizard)

    # Page 5: the line against investigation must be confirmed.
    assert wizard.currentPage().PAGE == "boundary"
    type_text(page_ui(wizard).policeEdit, "Ingenting delas")
    next_page(qtbot, wizard)
    assert problems(wizard) == "Fill in: I confirm: this plan is support, not investigation"
    tick(qtbot, page_ui(wizard).boundaryCheck)
    next_page(qtbot, wizard)

    # Page 6: the summary shows what will be saved.
    summary = page_ui(wizard).summaryBrowser.toPlainText()
    for text in (
        SITUATION,
        "Systern Åsa",
        "Egen lägenhet behövs",
        "Praktik via Arbetsförmedlingen",
    ):
        assert text in summary
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Save"
    actions_before = len(audit_actions(session))
    finish(qtbot, wizard)

    assert wizard.saved and not wizard.isVisible()
    detail = exit_plans.current_plan(session, case_id)
    assert detail is not None
    plan = detail.plan
    assert (plan.revision, plan.situation, plan.motivation) == (1, SITUATION, 4)
    assert plan.prerequisites == "Vill börja arbeta" and plan.needs == ""
    assert plan.motivation_reason == "Har själv tagit kontakt"
    assert plan.milieu_to_leave == "Nordisk grupp på nätet"
    assert plan.assessment_participants == "Socialtjänsten, kontaktpolisen"
    assert plan.social_items == (
        m.SocialItem(m.SocialKind.RELATIVE, "Systern Åsa", m.Influence.SUPPORTS),
        m.SocialItem(m.SocialKind.FRIEND, "Gamla vänner i gruppen", m.Influence.PULLS_BACK),
    )
    housing = next(n for n in plan.practical_needs if n.area is m.PracticalArea.HOUSING)
    assert housing == m.PracticalNeed(
        m.PracticalArea.HOUSING, m.NeedStatus.PRESENT, "Egen lägenhet behövs"
    )
    assert plan.boundary_confirmed and plan.police_sharing_note == "Ingenting delas"
    (measure,) = detail.measures
    assert measure.description == "Praktik via Arbetsförmedlingen"
    assert measure.actor_kind is m.ActorKind.EMPLOYMENT_SERVICE
    assert measure.actor_organisation_id == registry["work"]
    assert (measure.starts_on, measure.follow_up_on) == (date.today(), follow_up)
    assert measure.status is m.MeasureStatus.PLANNED
    (plan_follow_up,) = detail.follow_ups
    assert plan_follow_up.due_on == date.today() + timedelta(days=90)
    assert plan_follow_up.description == "Follow up the exit plan"
    new = audit_actions(session)[actions_before:]
    assert new[:3] == ["exit_plans.create", "measures.create", "follow_ups.create"]


def test_very_long_text_is_refused_beside_its_field(qtbot: Any, session: Any, case_id: int) -> None:
    wizard = make(qtbot, session, case_id)
    fill_situation(wizard)
    page_ui(wizard).needsEdit.setFocus()
    page_ui(wizard).needsEdit.insertPlainText("å" * (rules.TEXT_MAX + 1))  # a paste
    next_page(qtbot, wizard)
    assert wizard.currentId() == 0
    assert problems(wizard) == "Correct: Needs"
    assert wizard.currentPage().shown_problem(page_ui(wizard).needsEdit) == "Is too long."
    assert wizard.focusWidget() is page_ui(wizard).needsEdit  # Next did not take it away


def test_a_draft_is_saved_and_resumed_where_it_was_left(
    qtbot: Any, session: Any, case_id: int
) -> None:
    wizard = make(qtbot, session, case_id)
    fill_situation(wizard)
    next_page(qtbot, wizard)
    add_social_item(qtbot, wizard, "Partner", "Flickvän i Arboga", "Supports the change")
    click(qtbot, wizard.button(QWizard.WizardButton.CustomButton1))  # Save draft and close
    assert not wizard.isVisible() and not wizard.saved
    assert draft_store.load_draft(session, "exit_plan", str(case_id)) is not None
    assert exit_plans.current_plan(session, case_id) is None

    again = make(qtbot, session, case_id)
    assert again.question is not None and again.question.isVisible()
    assert again.question.text() == "You started this earlier and saved a draft. Continue from it?"
    click(qtbot, again.question_buttons["resume"])
    assert again.currentPage().PAGE == "social"
    assert page_ui(again).itemsTree.topLevelItem(0).text(1) == "Flickvän i Arboga"
    back(qtbot, again)
    assert page_ui(again).situationEdit.toPlainText() == SITUATION
    # Nothing changed since resuming: Cancel closes without asking and keeps the draft.
    cancel(qtbot, again)
    assert not again.isVisible() and again.question is None
    assert draft_store.load_draft(session, "exit_plan", str(case_id)) is not None


def test_start_over_leaves_the_draft_until_something_replaces_it(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    draft_store.save_draft(
        session, "exit_plan", str(case_id), {"version": 1, "fields": {"situation": "Gammal"}}
    )
    wizard = make(qtbot, session, case_id)
    click(qtbot, wizard.question_buttons["fresh"])
    assert page_ui(wizard).situationEdit.toPlainText() == ""
    assert draft_store.load_draft(session, "exit_plan", str(case_id)) is not None
    walk_to_summary(qtbot, wizard)
    finish(qtbot, wizard)
    assert wizard.saved
    # Saved: the draft is done.
    assert draft_store.load_draft(session, "exit_plan", str(case_id)) is None


def test_cancel_asks_before_throwing_input_away(qtbot: Any, session: Any, case_id: int) -> None:
    untouched = make(qtbot, session, case_id)
    cancel(qtbot, untouched)
    assert not untouched.isVisible() and untouched.question is None  # nothing to lose

    wizard = make(qtbot, session, case_id)
    type_text(page_ui(wizard).situationEdit, "Något")
    cancel(qtbot, wizard)
    assert wizard.question is not None
    assert wizard.question.text().startswith("Save it as a draft to continue later")
    click(qtbot, wizard.question_buttons["keep"])
    assert wizard.isVisible()
    assert page_ui(wizard).situationEdit.toPlainText() == "Något"

    cancel(qtbot, wizard)
    click(qtbot, wizard.question_buttons["discard"])
    assert not wizard.isVisible() and not wizard.saved
    assert draft_store.load_draft(session, "exit_plan", str(case_id)) is None
    assert exit_plans.plan_history(session, case_id) == []

    third = make(qtbot, session, case_id)
    type_text(page_ui(third).situationEdit, "Sparas som utkast")
    cancel(qtbot, third)
    click(qtbot, third.question_buttons["save"])
    assert not third.isVisible()
    draft = draft_store.load_draft(session, "exit_plan", str(case_id))
    assert draft is not None and draft["fields"]["situation"] == "Sparas som utkast"


def test_locking_keeps_the_input_as_a_draft(qtbot: Any, session: Any, case_id: int) -> None:
    wizard = make(qtbot, session, case_id)
    type_text(page_ui(wizard).situationEdit, "Halvvägs")
    cancel(qtbot, wizard)  # even with the question open
    assert wizard.keep_as_draft() == ("exit_plan", str(case_id))
    assert not wizard.isVisible() and wizard.question is None
    assert (
        draft_store.load_draft(session, "exit_plan", str(case_id))["fields"]["situation"]
        == "Halvvägs"
    )
    untouched = make(qtbot, session, case_id)
    click(qtbot, untouched.question_buttons["fresh"])
    # Nothing typed after "Start over": nothing of this wizard is kept, the stored draft stays.
    assert untouched.keep_as_draft() is None
    assert (
        draft_store.load_draft(session, "exit_plan", str(case_id))["fields"]["situation"]
        == "Halvvägs"
    )


def test_a_revision_starts_from_the_plan_in_force(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    first = make(qtbot, session, case_id)
    walk_to_summary(qtbot, first)
    finish(qtbot, first)

    wizard = make(qtbot, session, case_id)
    assert wizard.windowTitle() == "Revise the exit plan"
    ui = page_ui(wizard)
    assert ui.situationEdit.toPlainText() == SITUATION
    assert ui.motivationCombo.currentText() == "4 – clear"
    ui.situationEdit.selectAll()
    type_text(ui.situationEdit, "Har fått egen lägenhet")
    next_page(qtbot, wizard)
    assert page_ui(wizard).itemsTree.topLevelItem(0).text(1) == "Systern Åsa"
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    ui = page_ui(wizard)
    assert ui.measuresTree.topLevelItem(0).text(0) == "Praktik via Arbetsförmedlingen"
    choose(ui.statusCombo, "Ongoing")
    next_page(qtbot, wizard)
    assert not page_ui(wizard).boundaryCheck.isChecked()  # confirmed again for each revision
    assert page_ui(wizard).policeEdit.toPlainText() == "Ingenting delas"
    tick(qtbot, page_ui(wizard).boundaryCheck)
    next_page(qtbot, wizard)
    assert "Exit plan, revision 2" in page_ui(wizard).summaryBrowser.toPlainText()
    finish(qtbot, wizard)

    history = exit_plans.plan_history(session, case_id)
    assert [(p.revision, p.situation) for p in history] == [
        (1, SITUATION),
        (2, "Har fått egen lägenhet"),
    ]
    assert history[1].supersedes_id == history[0].id
    current = exit_plans.current_plan(session, case_id)
    assert current is not None
    assert current.measures[0].status is m.MeasureStatus.ONGOING
    assert exit_plans.plan_detail(session, history[0].id).measures[0].status is (
        m.MeasureStatus.PLANNED
    )
    assert "exit_plans.revise" in audit_actions(session)


def test_open_exit_plan_wizard_says_whether_it_saved(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    # A complete draft, saved on the summary page, is continued and saved from the modal wizard.
    helper = make(qtbot, session, case_id)
    walk_to_summary(qtbot, helper)
    helper.save_draft_and_close()

    def answer() -> None:
        wizard = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExitPlanWizard) and w.isVisible()
        )
        click(qtbot, wizard.question_buttons["resume"])
        assert wizard.currentPage().PAGE == "summary"
        finish(qtbot, wizard)

    QTimer.singleShot(0, answer)
    assert open_exit_plan_wizard(None, session, case_id) is True
    assert exit_plans.current_plan(session, case_id) is not None

    def close() -> None:
        wizard = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ExitPlanWizard) and w.isVisible()
        )
        cancel(qtbot, wizard)

    QTimer.singleShot(0, close)
    assert open_exit_plan_wizard(None, session, case_id) is False


def test_a_draft_kept_at_lock_opens_again_after_unlock(
    qtbot: Any, session: Any, case_id: int
) -> None:
    from kopingplan.gui.common import drafts

    wizard = make(qtbot, session, case_id)
    fill_situation(wizard)
    next_page(qtbot, wizard)
    assert wizard.keep_as_draft() == ("exit_plan", str(case_id))
    assert drafts.known("exit_plan") and drafts.known("relative_support")

    again = drafts.reopen(None, session, "exit_plan", str(case_id))  # type: ignore[arg-type]
    assert isinstance(again, ExitPlanWizard)
    qtbot.addWidget(again)
    assert again.isVisible() and again.question is None  # the user chose it: no question
    assert again.currentPage().PAGE == "social"
    back(qtbot, again)
    assert page_ui(again).situationEdit.toPlainText() == SITUATION


def test_a_page_that_went_stale_is_shown_again_on_save(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    wizard = make(qtbot, session, case_id)
    walk_to_summary(qtbot, wizard)
    wizard.flow.today += timedelta(days=60)  # left open past the measure's follow-up day
    finish(qtbot, wizard)
    assert not wizard.saved and wizard.isVisible()
    assert wizard.currentPage().PAGE == "measures"
    assert problems(wizard) == "Correct: Measure 1 – Follow up on"
    assert wizard.currentPage().shown_problem(page_ui(wizard).followUpEdit) == (
        "Cannot be a day that has already passed."
    )  # shown beside the field although the user did not touch it on this visit
    assert exit_plans.current_plan(session, case_id) is None


def test_a_refused_save_says_why_and_keeps_the_wizard_open(
    qtbot: Any, session: Any, case_id: int, registry: dict[str, int]
) -> None:
    wizard = make(qtbot, session, case_id)
    walk_to_summary(qtbot, wizard)
    session.delete(m.Case, case_id)  # gone meanwhile (another window, retention)
    finish(qtbot, wizard)
    assert not wizard.saved and wizard.isVisible()
    assert wizard.warning is not None and wizard.warning.isVisible()
    assert wizard.warning.text() == "There is no case with number 1 in the vault."
