"""Every wizard page in Swedish, as the coordinator sees it: screenshots to look at
(/tmp/shots/wizard_*.png), no clipped label, Qt's own buttons in Swedish, and a tab order that
follows the form's."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard
from test_wizards_exit_plan import cancel, choose, click, next_page, page_ui, tick

from kopingplan import i18n
from kopingplan.domain import model as m
from kopingplan.gui.wizards import ExitPlanWizard, RelativeSupportWizard
from kopingplan.gui.wizards.base import FlowPage, to_qdate
from kopingplan.services import drafts

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
FORMS = Path(__file__).resolve().parents[2] / "forms"


@pytest.fixture
def swedish(gui: QApplication) -> Iterator[None]:
    before = QLocale()
    i18n.install_translators(gui, "sv")
    QLocale.setDefault(QLocale("sv_SE"))
    yield
    QLocale.setDefault(before)  # the gui fixture puts the English translators back


def clipped_labels(root: QWidget) -> list[str]:
    QApplication.processEvents()
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.minimumSizeHint().height()
            if label.width() < label.minimumSizeHint().width():
                found.append(f"{label.objectName()} too narrow: {label.text()!r}")
        if label.height() < needed:
            found.append(f"{label.objectName()} ({label.height()} < {needed}): {label.text()!r}")
    return found


def tab_order_problems(page: FlowPage) -> list[str]:
    """The form's tab stops that can take focus now, in the order Tab visits them."""
    stops = [
        t.text for t in ET.parse(FORMS / f"{page.FORM}.ui").getroot().iter("tabstop") if t.text
    ]
    reachable = [
        name
        for name in stops
        if (w := getattr(page.ui, name)).isVisibleTo(page)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    if not reachable:
        return []
    visited: list[str] = []
    widget = getattr(page.ui, reachable[0])
    for _ in range(500):
        name = widget.objectName()
        if name in reachable and name not in visited:
            visited.append(name)
        widget = widget.nextInFocusChain()
        if widget is getattr(page.ui, reachable[0]):
            break
    return [] if visited == reachable else [f"{page.FORM}: {visited} != {reachable}"]


def mnemonic_clashes(wizard: QWizard) -> list[str]:
    """Alt+letter must reach one widget: the page's labels and buttons and the wizard's own."""
    texts = [label.text() for label in wizard.currentPage().findChildren(QLabel) if label.buddy()]
    texts += [
        b.text()
        for b in wizard.findChildren(QAbstractButton)
        if b.isVisible() and (b.window() is wizard)
    ]
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        at = text.replace("&&", "").find("&")
        if at < 0:
            continue
        key = text.replace("&&", "")[at + 1].casefold()
        if key in seen and seen[key] != text:
            clashes.append(f"{seen[key]!r} and {text!r}")
        seen.setdefault(key, text)
    return clashes


def look(wizard: QWizard, name: str) -> None:
    """Saves the page to look at, and checks what can be checked by code."""
    page = wizard.currentPage()
    assert isinstance(page, FlowPage)
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert wizard.grab().save(str(SHOTS / f"wizard_{name}.png"))
    assert clipped_labels(wizard) == [], name
    assert tab_order_problems(page) == [], name
    assert mnemonic_clashes(wizard) == [], name
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Avbryt"


def test_exit_plan_pages_in_swedish(qtbot: Any, session: Any, swedish: None) -> None:
    (case_id,) = add_cases(session, [("Bertil i skolan", "individual")])
    session.save(m.Organisation("Arbetsförmedlingen", m.OrganisationKind.EMPLOYMENT_SERVICE))
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    session.save(m.Person("Örjan", "Ek", organisation_id=police.id, title="kontaktpolis"))
    wizard = ExitPlanWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Ny individuell handlingsplan"
    assert wizard.currentPage().title() == "Utgångsläge"
    assert wizard.currentPage().subTitle() == "Steg 1 av 6"

    ui = page_ui(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert next_button.toolTip() == (
        "Fyll i: Situation, Motivation till förändring, Varför den bedömningen, "
        "Miljö att lämna, Deltog i bedömningen"
    )
    type_text(ui.milieuEdit, "x")
    QTest.keyClick(ui.milieuEdit, Qt.Key.Key_Backspace)
    assert wizard.currentPage().shown_problem(ui.milieuEdit) == "Måste fyllas i."
    look(wizard, "exit_plan_1_utgangslage_fel")
    type_text(
        ui.situationEdit, "Bor hos mamma i Köping. Har brutit med gruppen för två månader sedan."
    )
    type_text(ui.prerequisitesEdit, "Gymnasiebetyg i svenska och matte; körkort saknas.")
    type_text(ui.needsEdit, "Eget boende, sysselsättning, någon att prata med.")
    choose(ui.motivationCombo, "4 – tydlig")
    type_text(ui.motivationReasonEdit, "Har själv tagit kontakt och kommer till samtalen.")
    type_text(ui.milieuEdit, "Nordisk grupp på nätet")
    type_text(ui.participantsEdit, "Socialtjänsten, kontaktpolisen, samordnaren")
    look(wizard, "exit_plan_1_utgangslage")
    next_page(qtbot, wizard)

    for kind, text, influence in (
        ("Anhörig", "Systern Åsa, träffas varje vecka", "Stöttar förändringen"),
        ("Vän", "Gamla vänner i gruppen", "Drar tillbaka"),
        ("Studier", "Vill läsa in gymnasiet på Komvux", "Stöttar förändringen"),
    ):
        click(qtbot, page_ui(wizard).addButton)
        choose(page_ui(wizard).kindCombo, kind)
        type_text(page_ui(wizard).descriptionEdit, text)
        choose(page_ui(wizard).influenceCombo, influence)
    look(wizard, "exit_plan_2_social")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    choose(ui.housingCombo, "Behov finns")
    type_text(ui.housingNote, "Egen lägenhet via bostadsbolaget")
    choose(ui.workOrStudiesCombo, "Behov finns")
    choose(ui.substanceAbuseCombo, "Inget behov")
    look(wizard, "exit_plan_3_praktisk")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    click(qtbot, ui.addButton)
    type_text(ui.descriptionEdit, "Praktikplats inom kommunens fastighetsskötsel")
    choose(ui.actorKindCombo, "Arbetsförmedlingen")
    choose(ui.responsibleCombo, "Arbetsförmedlingen")
    ui.followUpEdit.setDate(to_qdate(date.today() - timedelta(days=1)))
    next_page(qtbot, wizard)
    look(wizard, "exit_plan_4_insatser_fel")
    ui.followUpEdit.setDate(to_qdate(date.today() + timedelta(days=30)))
    click(qtbot, ui.addButton)
    type_text(ui.descriptionEdit, "Samtal med kurator varannan vecka")
    choose(ui.actorKindCombo, "Hälso- och sjukvården")
    type_text(ui.actorTextEdit, "Vårdcentralen Köping")
    tick(qtbot, ui.planFollowUpCheck)
    look(wizard, "exit_plan_4_insatser")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    next_page(qtbot, wizard)
    look(wizard, "exit_plan_5_grans_fel")
    tick(qtbot, ui.boundaryCheck)
    type_text(ui.policeEdit, "Inget delas. Eventuella utlämnanden registreras för sig.")
    look(wizard, "exit_plan_5_grans")
    next_page(qtbot, wizard)
    assert "Individuell handlingsplan, version 1" in page_ui(wizard).summaryBrowser.toPlainText()
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "&Spara"
    look(wizard, "exit_plan_6_sammanfattning")
    assert wizard.keep_as_draft() == ("exit_plan", str(case_id))  # as locking would


def test_relative_support_pages_in_swedish(qtbot: Any, session: Any, swedish: None) -> None:
    add_cases(session, [("Bertil i skolan", "specific"), ("Åsa på fritids", "general")])
    session.save(m.Organisation("Socialtjänsten Köping", m.OrganisationKind.SOCIAL_SERVICES))
    session.save(m.Organisation("Röda Korset", m.OrganisationKind.CIVIL_SOCIETY))
    session.save(m.Person("Åsa", "Öberg"))
    wizard = RelativeSupportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Anhörigstöd"
    ui = page_ui(wizard)
    next_page(qtbot, wizard)
    look(wizard, "relative_support_1_vem_fel")
    type_text(ui.pseudonymEdit, "Mamman i Kolsva")
    type_text(ui.callbackEdit, "Ring efter 17 på 070-000 00 00")
    type_text(ui.relationEdit, "mamma")
    look(wizard, "relative_support_1_vem")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    type_text(
        ui.worryEdit,
        "Sonen, 16 år, har slutat träffa sina gamla vänner och sitter uppe om nätterna.",
    )
    tick(qtbot, ui.sign_isolation)
    tick(qtbot, ui.sign_us_and_them)
    tick(qtbot, ui.sign_online_propaganda)
    look(wizard, "relative_support_2_oro")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    type_text(ui.adviceEdit, "Fortsätt prata med honom; hör av dig igen om något förändras.")
    ui.referralsList.item(1).setCheckState(Qt.CheckState.Checked)
    look(wizard, "relative_support_3_rad")
    next_page(qtbot, wizard)

    ui = page_ui(wizard)
    tick(qtbot, ui.existingCaseRadio)
    type_text(ui.caseSearchEdit, "bertil")
    ui.caseList.setCurrentRow(0)
    tick(qtbot, ui.followUpCheck)
    look(wizard, "relative_support_4_arende")
    next_page(qtbot, wizard)
    look(wizard, "relative_support_5_sammanfattning")
    assert wizard.keep_as_draft() == ("relative_support", "")


def test_a_later_contact_and_the_draft_question_in_swedish(
    qtbot: Any, session: Any, swedish: None
) -> None:
    from kopingplan.services import relative_support

    (case_id,) = add_cases(session, [("Bertil i skolan", "specific")])
    flow = relative_support.start_flow(session, case_id)
    flow.pseudonym, flow.relation, flow.worry = "Mamman i Kolsva", "mamma", "Oro för sonen"
    flow.occurred_at -= timedelta(days=10)
    relative_support.save_contact(session, flow.build())
    drafts.save_draft(
        session, "relative_support", str(case_id), {"fields": {"worry": "Halvfärdigt"}}
    )

    wizard = RelativeSupportWizard(session, case_id)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.question is not None
    QApplication.processEvents()
    assert wizard.question.grab().save(str(SHOTS / "wizard_relative_support_0_utkast.png"))
    assert [b.text() for b in wizard.question_buttons.values()] == [
        "&Fortsätt med utkastet",
        "&Börja om",
    ]
    click(qtbot, wizard.question_buttons["fresh"])
    tick(qtbot, page_ui(wizard).laterRadio)
    look(wizard, "relative_support_1_uppfoljande")
    next_page(qtbot, wizard)
    type_text(page_ui(wizard).worryEdit, "Det har blivit bättre.")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert page_ui(wizard).linkedCaseValue.text() == "nr 1 Bertil i skolan (Specifik)"
    look(wizard, "relative_support_4_kopplad")
    cancel(qtbot, wizard)
    assert wizard.question is not None
    QApplication.processEvents()
    assert wizard.question.grab().save(str(SHOTS / "wizard_relative_support_avbryt.png"))
    assert wizard.question.text().startswith("Spara det som utkast för att fortsätta senare")
    assert wizard.keep_as_draft() == ("relative_support", str(case_id))


WIZARD_CONTEXTS = {
    "Flows",
    "FlowPage",
    "FlowWizard",
    "ExitPlanWizard",
    "RelativeSupportWizard",
    "WizardTexts",
    "WizardSummary",
    *(f"ExitPlan{p}Page" for p in ("Situation", "Social", "Practical", "Measures", "Boundary")),
    "ExitPlanSummaryPage",
    *(f"RelativeSupport{p}Page" for p in ("Caller", "Worry", "Advice", "Link", "Summary")),
}


def test_every_wizard_text_has_its_swedish() -> None:
    import re

    root = ET.parse(FORMS.parent / "resources" / "i18n" / "kopingplan_sv.ts").getroot()
    missing, found = [], set()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name not in WIZARD_CONTEXTS:
            continue
        found.add(name)
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if not text or translation.get("type") == "unfinished":
                missing.append(f"{name}: {source}")
            elif sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text)):
                missing.append(f"{name}: placeholders differ in {text!r}")
    assert missing == []
    assert found == WIZARD_CONTEXTS
