"""Consents and oral disclosures in the GUI: from the case window ("Consents…") a consent is
recorded, withdrawn and shown as such; an oral disclosure citing consent is refused on the
message line (nothing stored) until a consent covers it; the Utlämnanden section records one
too; an organisation is marked as the coordinator's own unit or not. Screens in Swedish go to
/tmp/kopingplan-screens/consents-*.png to be looked at."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver
from kopingplan.domain.model import DisclosureTerms
from kopingplan.gui.cases.case_consents import CaseConsentsDialog
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.cases.consent_dialog import ConsentEditDialog, ConsentWithdrawDialog
from kopingplan.gui.exchange.disclosures_page import DisclosuresPage
from kopingplan.gui.exchange.oral_disclosure_dialog import OralDisclosureDialog
from kopingplan.gui.people.person_edit import OrganisationEditDialog
from kopingplan.gui.people.person_view import OrganisationView
from kopingplan.services import cases, consents
from kopingplan.storage import audit

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))
PURPOSE = "Stöd till avhopp"


@pytest.fixture
def case_id(session: Any) -> int:
    (made,) = add_cases(session, [("Ärende Norra", "individual")])
    session.save(model.Organisation("Polisen Köping", model.OrganisationKind.POLICE))
    session.save(model.Organisation("Norra skolan", model.OrganisationKind.SCHOOL))
    return made


def _shot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"consents-{name}.png"))


def _save(dialog: Any) -> Any:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def _disclosures(session: Any) -> int:
    return int(session.vault.conn.execute("SELECT count(*) FROM disclosures").fetchone()[0])


def _consents_window(session: Any, case_id: int, qtbot: Any) -> CaseConsentsDialog:
    view = CaseView(cases.open_case(session, case_id), session)
    qtbot.addWidget(view)
    view.show()
    button = view.consents_button
    assert button.text() == "Consents &given…" and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (window,) = view.findChildren(CaseConsentsDialog)
    assert window.isVisible()
    return window


def _check_item(widget: Any, text: str) -> None:
    (item,) = [widget.item(i) for i in range(widget.count()) if widget.item(i).text() == text]
    item.setCheckState(Qt.CheckState.Checked)


def _add_consent(session: Any, case_id: int, **changes: Any) -> Consent:
    values: dict[str, Any] = {
        "case_id": case_id,
        "given_by": ConsentGiver.SUBJECT,
        "purposes": (PURPOSE,),
        "given_on": date.today() - timedelta(days=20),
        "form": ConsentForm.WRITTEN,
        "recorded_at": datetime.now(UTC) - timedelta(days=20),
        "recorded_by": "Anna Lindqvist",
        "organisation_kinds": ("police",),
    }
    values.update(changes)
    return consents.add_consent(session, Consent(**values))


def test_a_consent_is_recorded_from_the_case_window(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    window = _consents_window(session, case_id, qtbot)
    assert window.ui.headingLabel.text() == f"Case {case_id} has no consent on file."
    assert not window.ui.withdrawButton.isEnabled()
    form = window.open_new()
    assert isinstance(form, ConsentEditDialog)
    assert not form.ui.witnessEdit.isEnabled() and not form.ui.guardianEdit.isEnabled()
    _check_item(form.ui.kindsList, "Police")
    _check_item(form.ui.organisationsList, "Norra skolan")
    type_text(form.ui.purposesEdit, PURPOSE)
    form.ui.formCombo.setCurrentIndex(form.ui.formCombo.findData("oral"))
    assert form.ui.witnessEdit.isEnabled()
    # Oral without a witness: Save is refused, and the form says why.
    assert not _save(form).isEnabled()
    assert "witnessed" in form.blocker or "Witness" in form.blocker
    type_text(form.ui.witnessEdit, "Per Ek")
    assert _save(form).isEnabled(), form.blocker
    qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    (stored,) = consents.consents_of_case(session, case_id)
    assert stored.witness == "Per Ek" and stored.organisation_kinds == ("police",)
    assert stored.purposes == (PURPOSE,) and len(stored.organisation_ids) == 1
    assert audit.entries(session.vault.conn, action="consents.add")
    tree = window.ui.consentsTree
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert row.text(0) == "Valid" and "Police" in row.text(2) and "Norra skolan" in row.text(2)
    assert "Per Ek" in row.text(4)
    assert window.ui.messageLabel.text() == "The consent was recorded."


def test_nothing_is_named_and_nothing_stored(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    form = ConsentEditDialog(session, case_id)
    qtbot.addWidget(form)
    form.show()
    assert not _save(form).isEnabled()
    assert "Fill in: Purposes" in form.blocker and "organisation" in form.blocker
    assert not form.save()
    assert consents.consents_of_case(session, case_id) == []


def test_a_withdrawn_or_expired_consent_is_shown_as_such(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    valid = _add_consent(session, case_id)
    _add_consent(session, case_id, given_on=date(2025, 1, 1), valid_until=date(2025, 6, 30))
    window = _consents_window(session, case_id, qtbot)
    tree = window.ui.consentsTree
    states = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
    assert states == {"Valid", "Expired"}
    (valid_row,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == valid.id
    ]
    tree.setCurrentItem(valid_row)
    assert window.ui.withdrawButton.isEnabled()
    qtbot.mouseClick(window.ui.withdrawButton, Qt.MouseButton.LeftButton)
    (dialog,) = window.findChildren(ConsentWithdrawDialog)
    dialog.ui.formCombo.setCurrentIndex(dialog.ui.formCombo.findData("oral"))
    type_text(dialog.ui.noteEdit, "Telefon")
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    states = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert sorted(states) == ["Expired", "Withdrawn"]
    (withdrawn,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Withdrawn"
    ]
    assert date.today().isoformat() in withdrawn.text(7) and "Telefon" in withdrawn.text(7)
    tree.setCurrentItem(withdrawn)
    assert not window.ui.withdrawButton.isEnabled()  # once is enough


def _fill_oral(dialog: OralDisclosureDialog, organisation: str) -> None:
    ui = dialog.ui
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findText(organisation))
    type_text(ui.whatEdit, "Berättade att han har fått stöd.")
    ui.basisCombo.setCurrentIndex(ui.basisCombo.findData("osl-12-2"))
    type_text(ui.roleEdit, "samordnare")
    type_text(ui.purposeEdit, PURPOSE)


def test_an_oral_disclosure_citing_consent_needs_one_that_covers_it(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    window = _consents_window(session, case_id, qtbot)
    dialog = window.open_oral()
    assert dialog.ui.casesEdit.text() == str(case_id)
    assert dialog.ui.decidedByEdit.text()  # the owner's name, to change if someone else decided
    _fill_oral(dialog, "Polisen Köping")
    log = audit.entries(session.vault.conn)
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "has no consent on file" in dialog.ui.messageLabel.text()
    assert _disclosures(session) == 0 and audit.entries(session.vault.conn) == log

    _add_consent(session, case_id, organisation_kinds=("school",))
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert "names Polisen Köping" in dialog.ui.messageLabel.text()
    assert _disclosures(session) == 0

    dialog.ui.roleEdit.clear()
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "Role: must be filled in"
    type_text(dialog.ui.roleEdit, "samordnare")

    _add_consent(session, case_id)
    qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _disclosures(session) == 1
    assert window.ui.messageLabel.text() == "The oral disclosure was recorded."


def test_the_disclosures_section_records_an_oral_disclosure(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    page = DisclosuresPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.oral_button.text() == "&Oral disclosure…"
    qtbot.mouseClick(page.oral_button, Qt.MouseButton.LeftButton)
    dialog = page.oral_dialog
    _fill_oral(dialog, "Norra skolan")
    dialog.ui.basisCombo.setCurrentIndex(dialog.ui.basisCombo.findData("osl-10-2"))
    with qtbot.waitSignal(page.notice) as notice:
        qtbot.mouseClick(_save(dialog), Qt.MouseButton.LeftButton)
    assert notice.args == ["The oral disclosure was recorded."]
    assert page.model.total == 1
    assert page.model.index(0, 1).data() == "Norra skolan"
    page.teardown()


def test_an_organisation_is_marked_as_the_own_unit(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    form = OrganisationEditDialog(session, None)
    qtbot.addWidget(form)
    type_text(form.ui.nameEdit, "Samordnarens enhet")
    assert not form.ui.ownUnitCheck.isChecked()  # outside unless marked
    form.ui.ownUnitCheck.setChecked(True)
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(_save(form), Qt.MouseButton.LeftButton)
    organisation = saved.args[0]
    assert session.get(model.Organisation, organisation.id).own_unit is True
    view = OrganisationView(session, organisation.id)
    qtbot.addWidget(view)
    assert view.ui.ownUnitValue.text().startswith("Yes")
    police = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    other = OrganisationView(session, police.id)
    qtbot.addWidget(other)
    assert other.ui.ownUnitValue.text().startswith("No")


def test_the_dialogs_in_swedish(gui: QApplication, qtbot: Any, session: Any, case_id: int) -> None:
    """Looked at as PNGs; the checks are what a Swedish reader would see first."""
    i18n.install_translators(gui, "sv")
    _add_consent(session, case_id, given_by=ConsentGiver.BOTH, guardian="Maria Quist")
    gone = _add_consent(session, case_id, given_on=date(2025, 1, 1))
    assert gone.id is not None
    consents.withdraw_consent(session, gone.id, date(2025, 3, 1), ConsentForm.ORAL, "Telefon")
    _add_consent(session, case_id, given_on=date(2024, 1, 1), valid_until=date(2024, 12, 31))
    view = CaseView(cases.open_case(session, case_id), session)
    qtbot.addWidget(view)
    view.show()
    assert view.consents_button.text() == "Sa&mtycken …"
    _shot(view, "case-window")
    qtbot.mouseClick(view.consents_button, Qt.MouseButton.LeftButton)
    (window,) = view.findChildren(CaseConsentsDialog)
    window.resize(1100, 360)
    states = sorted(
        window.ui.consentsTree.topLevelItem(i).text(0)
        for i in range(window.ui.consentsTree.topLevelItemCount())
    )
    assert states == ["Giltigt", "Har löpt ut", "Återkallat"]
    _shot(window, "list")
    form = window.open_new()
    form.ui.givenOnEdit.setDate(QDate(2026, 11, 2))
    _shot(form, "form")
    assert form.ui.headingLabel.text() == f"Nytt samtycke i ärende {case_id}"
    form.close()
    oral = window.open_oral()
    _shot(oral, "oral")
    assert oral.ui.headingLabel.text() == "Muntligt utlämnande"
    oral.close()
    organisation = OrganisationEditDialog(session, None)
    qtbot.addWidget(organisation)
    _shot(organisation, "organisation")


def test_the_export_wizard_says_why_consent_does_not_hold(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    from cryptography.hazmat.primitives import serialization
    from test_exchange_gui import fingerprint, police_certificate

    from kopingplan.gui.exchange.exchange_wizard import ExportWizard
    from kopingplan.services import exchange

    certificate = police_certificate()
    row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(certificate))
    wizard = ExportWizard(session, None, case_ids=(case_id,))
    qtbot.addWidget(wizard)
    wizard.build_request = lambda: exchange.ExportRequest(  # type: ignore[method-assign]
        recipient_ids=(row.id,),
        terms=DisclosureTerms("osl-12-2", "Anna Lindqvist", "samordnare", PURPOSE),
        cases=(exchange.CasePart(case_id),),
        message="Hej",
    )
    i18n.install_translators(gui, "sv")
    problem = wizard.make_preview()
    assert problem.startswith("Samtycke (OSL 12 kap. 2 §) anges som grund")
    assert f"ärende {case_id}" in problem and wizard.preview is None
    assert _disclosures(session) == 0


def test_an_unsaved_consent_is_kept_as_a_draft_when_the_vault_locks(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    form = ConsentEditDialog(session, case_id)
    qtbot.addWidget(form)
    _check_item(form.ui.kindsList, "Police")
    type_text(form.ui.purposesEdit, PURPOSE)
    assert form.keep_as_draft() == ("consent", str(case_id))
    again = ConsentEditDialog(session, case_id)
    qtbot.addWidget(again)
    assert again.values()["organisation_kinds"] == ["police"]
    assert again.ui.purposesEdit.toPlainText() == PURPOSE
    assert consents.consents_of_case(session, case_id) == []  # a draft is not a consent
