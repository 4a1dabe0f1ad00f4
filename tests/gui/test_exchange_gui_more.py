"""The rest of the exchange with the police liaison, driven as the coordinator would: a
disclosure with a lägesbild entry and an attached signed brief, its import into the liaison's
own vault through the import dialog, the incoming information in that vault's case window, and
the lawyer's list of legal bases."""

from __future__ import annotations

import functools
import hashlib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QWizard
from test_exchange_gui import SECTION

from kopingplan.briefs.document import BriefOptions
from kopingplan.crypto.identity import create_identity
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import schema
from kopingplan.gui.briefs import brief_dialog
from kopingplan.gui.cases.case_view import CaseView
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_incoming import IncomingItemsDialog
from kopingplan.gui.exchange.exchange_legal_bases import LegalBasesDialog
from kopingplan.services import briefs, cases, exchange
from kopingplan.services import identity as identity_service
from kopingplan.services.brief_disclosures import CopyRecipient
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.vault import VaultPaths

from gui_helpers import add_cases, type_text, unlock
from support import FAST_KDF, PASSPHRASE

POLICE_TERMS = DisclosureTerms("osl-10-18a", "Anna Lindqvist", "Samordnare", "Polisens bedömning")

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _earlier_controllers_gone(gui: Any) -> None:
    """An earlier test's controller waits for deletion (deleteLater) with its task runner,
    which the exchange screens would find first (``tasks.app_runner``)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


CASE_TITLE = "Åsa på fritidsgården"
OBSERVATION = "Nya klistermärken vid busstationen, samma symbol som i höstas."
SHOTS = Path("/tmp/shots")


@functools.cache
def liaison_identity() -> Any:
    return create_identity("Kontaktpolis Karin Berg", "Polisen")


def _pem(certificate: Any) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def _register(session: Any, certificate: Any) -> None:
    """A verified recipient, as after reading the fingerprint aloud."""
    row = exchange.add_recipient(session, _pem(certificate))
    exchange.verify_recipient(session, row.id, row.fingerprint)


@pytest.fixture
def liaison_vault(tmp_path: Path) -> Any:
    """The police liaison's own vault, with its own identity, knowing the coordinator."""
    with Session.create(
        VaultPaths(tmp_path / "polisen"),
        PASSPHRASE,
        name="Kontaktpolis Karin Berg",
        organisation="Polisen",
        kdf_params=FAST_KDF,
        identity=liaison_identity(),
    ) as opened:
        yield opened


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, tmp_path: Path) -> Any:
    """The coordinator's vault: a case, a lägesbild entry, a signed brief of the case saved
    to disk, and the liaison as a verified recipient."""
    (case_id,) = add_cases(session, [(CASE_TITLE, "specific")])
    session.save(model.Note(case_id, datetime(2026, 3, 3, 9, tzinfo=UTC), "Oro från skolan."))
    session.save(
        model.SituationEntry(
            date(2026, 3, 1), "Busstationen", model.Orientation.RIGHT, OBSERVATION, "Polisen"
        )
    )
    _register(session, liaison_identity().certificate)
    # A package carries only the copy made for its recipient (issue 16): the police's copy,
    # itself a disclosure when saved, under the name the tests choose.
    police = session.save(model.Organisation("Polisen", model.OrganisationKind.POLICE))
    to = [CopyRecipient(police.name, police.id, POLICE_TERMS)]
    made = briefs.case_brief(session, case_id, BriefOptions())
    (saved,) = briefs.save(session, made, tmp_path / "pm.pdf", to=to)
    saved.rename(_brief(tmp_path))
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    opened.show_section(SECTION)
    return opened


def _brief(tmp_path: Path) -> Path:
    return tmp_path / "pm-arende.pdf"


def _next(wizard: QWizard, qtbot: Any) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(path)])


def _to_decision(wizard: Any, qtbot: Any) -> None:
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    _next(wizard, qtbot)


def _at_attachments(window: Any, qtbot: Any) -> tuple[Any, Any]:
    """The wizard at its page of lägesbild entries and attachments, with the case chosen."""
    wizard = window.disclosures_page.open_export()
    assert wizard is not None
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    assert wizard.currentPage() is wizard.situation_page
    return wizard, wizard.situation_page


def _decide_and_preview(wizard: Any, qtbot: Any) -> None:
    decision = wizard.decision_page
    type_text(decision.role, "Samordnare")
    type_text(decision.purpose, "Polisens bedömning inför insatsgruppens möte.")
    _next(wizard, qtbot)
    assert wizard.currentPage() is wizard.preview_page


def _finish(wizard: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, destination: Path) -> None:
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert destination.exists()


# --- export with a lägesbild entry and a brief, import into the liaison's vault -----------------


def test_a_case_entry_and_brief_leave_and_arrive_in_the_liaisons_case(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    liaison_vault: Any,
) -> None:
    page = window.disclosures_page
    wizard = page.open_export()
    assert wizard is not None
    _next(wizard, qtbot)
    _next(wizard, qtbot)  # no case: the entry and the brief are enough

    situation = wizard.situation_page
    assert wizard.currentPage() is situation
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    (line,) = [situation.entries.item(i).text() for i in range(situation.entries.count())]
    assert "Busstationen (right-wing extremism)" in line and "Nya klistermärken" in line
    situation.entries.item(0).setCheckState(Qt.CheckState.Checked)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    brief = _brief(tmp_path)
    _choose(monkeypatch, brief)
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    size = brief.stat().st_size
    assert situation.files.item(0).text() == f"pm-arende.pdf ({QLocale().toString(size)} bytes)"
    assert "signature is valid" in situation.message_label.text()
    SHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SHOTS / "export_situation_page.png"))
    _next(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)

    preview = wizard.preview_page
    shown = preview.json_view.toPlainText()
    assert shown.encode("utf-8") == wizard.preview.data_json
    data = schema.loads(shown.encode("utf-8"))
    assert [e["observation"] for e in data["situation_entries"]] == [OBSERVATION]
    assert data["attachments"] == ["pm-arende.pdf"]
    assert "cases" not in data and CASE_TITLE not in shown
    assert preview.files.item(0).text() == f"pm-arende.pdf (PDF, {QLocale().toString(size)} bytes)"
    assert "situation picture entries: 1; attachments: 1" in preview.counts.text()
    wizard.grab().save(str(SHOTS / "export_preview_page.png"))
    package_file = tmp_path / "till-polisen.p7m"
    _finish(wizard, qtbot, monkeypatch, package_file)
    # The package, and the brief in it as a copy of its own (issue 16).
    assert exchange.disclosure_count(window.session, channel="export") == 1
    saved, copy = exchange.disclosures(window.session, channel="brief")  # newest last?
    if "krypterat paket" in saved.content_description:
        saved, copy = copy, saved
    assert "krypterat paket" in copy.content_description  # the one that left in the package
    assert copy.content_sha256 == hashlib.sha256(brief.read_bytes()).hexdigest()
    assert saved.content_sha256 == copy.content_sha256  # the same copy, saved for the police

    # The liaison imports it through the import dialog of their own vault.
    _register(liaison_vault, identity_service.active_identity(window.session).certificate)
    (their_case,) = add_cases(liaison_vault, [("Klotter vid busstationen", "general")])
    from kopingplan.gui.exchange.exchange_import import PackageImportDialog

    dialog = PackageImportDialog(liaison_vault)
    _choose(monkeypatch, package_file)
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.recordsLabel.text() == "2 records"
    qtbot.mouseClick(dialog.ui.caseRadio, Qt.MouseButton.LeftButton)
    dialog.ui.caseCombo.setCurrentIndex(dialog.ui.caseCombo.findData(their_case))
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    # The items show in the liaison's case window, with their source.
    view = CaseView(cases.open_case(liaison_vault, their_case), liaison_vault)
    view.show()  # not handed to qtbot: teardown() below closes and deletes it
    view.ui.tabs.setCurrentWidget(view.ui.incomingTab)
    tree = view.ui.incomingTree
    assert tree.topLevelItemCount() == 2
    rows = [[tree.topLevelItem(r).text(c) for c in range(6)] for r in range(2)]
    assert {row[2] for row in rows} == {"Situation picture entry", "Attached file"}
    assert all(row[1] == "Anna Lindqvist, Köpings kommun" for row in rows)
    entry_row = next(r for r, row in enumerate(rows) if row[2] == "Situation picture entry")
    tree.setCurrentItem(tree.topLevelItem(entry_row))
    full = view.ui.incomingText.toPlainText()
    assert OBSERVATION in full and "Source: Anna Lindqvist, Köpings kommun" in full
    assert "Orientation: Right-wing extremism" in full
    assert "Source of the information: Polisen" in full
    # The sender's own record of the disclosure came with it.
    assert "Decided by (sender): " in full and "The sender's legal basis: OSL" in full
    assert "The sender's purpose: Polisens bedömning inför insatsgruppens möte." in full
    assert "The sender's purpose: Polisens" in tree.topLevelItem(entry_row).toolTip(1)
    assert view.ui.incomingNote.text() == "Items: 2."
    view.grab().save(str(SHOTS / "case_view_incoming.png"))
    # All incoming items, from the liaison's Disclosures page's dialog.
    everything = IncomingItemsDialog(liaison_vault)
    qtbot.addWidget(everything)
    assert everything.ui.itemTree.topLevelItemCount() == 2
    assert everything.ui.itemTree.topLevelItem(0).text(4) == str(their_case)
    everything.show()
    everything.grab().save(str(SHOTS / "incoming_items.png"))
    # Opening the window is one audited reading with the number shown; showing it again
    # (a language switch, a change elsewhere) is not another.
    everything.refresh()
    listed = audit.entries(liaison_vault.vault.conn, action="incoming_items.list", limit=-1)
    assert [row.details for row in listed] == [{"items": 2}]
    view.teardown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_pdf_that_is_not_our_signed_brief_is_refused_and_nothing_changes(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, situation = _at_attachments(window, qtbot)
    for name, content in (
        ("inbjudan.pdf", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
        ("brev.txt", b"Hej!"),
    ):
        other = tmp_path / name
        other.write_bytes(content)
        _choose(monkeypatch, other)
        qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
        shown = situation.message_label.text()
        assert f"The file {name} is not a brief signed in this vault" in shown
        assert "nothing was attached" in shown
        assert situation.files.count() == 0 and situation.attachments == []
    # A brief changed after signing is refused just the same.
    tampered = tmp_path / "andrad.pdf"
    data = bytearray(_brief(tmp_path).read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    tampered.write_bytes(bytes(data))
    _choose(monkeypatch, tampered)
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    assert "The file andrad.pdf is not a brief" in situation.message_label.text()
    _next(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)
    assert "attachments" not in wizard.preview.data
    assert wizard.preview_page.files.item(0).text() == "No attached files."
    # Only the police's copy saved before the wizard opened: nothing left with a package.
    assert exchange.disclosure_count(window.session) == 1


def test_a_removed_attachment_does_not_leave(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, situation = _at_attachments(window, qtbot)
    _choose(monkeypatch, _brief(tmp_path))
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    assert situation.files.count() == 1
    situation.files.setCurrentRow(0)
    qtbot.mouseClick(situation.remove_button, Qt.MouseButton.LeftButton)
    assert situation.files.count() == 0
    _next(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)
    assert "attachments" not in wizard.preview.data


def test_a_brief_made_from_the_wizard_is_attached(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, situation = _at_attachments(window, qtbot)
    qtbot.mouseClick(situation.create_button, Qt.MouseButton.LeftButton)
    dialog = situation.findChild(brief_dialog.BriefDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.caseList.item(0).text() == CASE_TITLE
    # It starts with the copy for the package's recipient; its terms are given here.
    assert dialog.ui.copyList.count() == 1 and "Polisen" in dialog.ui.copyList.item(0).text()
    ui = dialog.ui
    ui.basisCombo.setCurrentIndex(2)
    type_text(ui.roleEdit, "Samordnare")
    type_text(ui.purposeEdit, "Polisens bedömning")
    made = tmp_path / "nytt-pm.pdf"
    monkeypatch.setattr(brief_dialog, "choose_save_path", lambda parent: str(made))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    copy = tmp_path / "nytt-pm-exemplar-1-av-1.pdf"
    assert [a.name for a in situation.attachments] == [copy.name]
    assert situation.attachments[0].content == copy.read_bytes()
    dialog.close()
    _next(wizard, qtbot)
    _decide_and_preview(wizard, qtbot)
    assert wizard.preview.data["attachments"] == [copy.name]


# --- the legal bases ----------------------------------------------------------------------------


def _legal_bases_dialog(window: Any, qtbot: Any) -> LegalBasesDialog:
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.legalBasesButton, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in page.findChildren(LegalBasesDialog) if d.isVisible()]
    return dialog


def _select(dialog: LegalBasesDialog, code: str) -> None:
    tree = dialog.ui.basisTree
    (item,) = [
        tree.topLevelItem(r)
        for r in range(tree.topLevelItemCount())
        if tree.topLevelItem(r).text(0) == code
    ]
    tree.setCurrentItem(item)


def test_the_lawyers_edit_reaches_the_wizard_and_the_package(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _legal_bases_dialog(window, qtbot)
    assert dialog.ui.basisTree.topLevelItemCount() == 6
    _select(dialog, "osl-10-2")
    assert not dialog.ui.removeButton.isEnabled()  # a shipped basis stays
    dialog.ui.descriptionEdit.clear()
    type_text(dialog.ui.descriptionEdit, "Nödvändigt för kommunens egen verksamhet (jurist 2026).")
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.titleEdit.hasFocus() or dialog.ui.titleEdit.text() == ""
    type_text(dialog.ui.titleEdit, "Köpings samverkansavtal med polisen")
    type_text(dialog.ui.descriptionEdit, "Avtalet från 2025, punkt 4.")
    assert dialog.ui.removeButton.isEnabled()
    dialog.grab().save(str(SHOTS / "legal_bases.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "The list of legal bases was saved."
    stored = {b.code: b for b in exchange.legal_bases(window.session)}
    assert stored["egen-1"].title == "Köpings samverkansavtal med polisen"

    wizard = window.disclosures_page.open_export()
    assert wizard is not None
    _to_decision(wizard, qtbot)
    decision = wizard.decision_page
    decision.ui_basis.setCurrentIndex(decision.ui_basis.findText("OSL 10 kap. 2 §"))
    assert decision.description.text() == "Nödvändigt för kommunens egen verksamhet (jurist 2026)."
    own = decision.ui_basis.findText("Köpings samverkansavtal med polisen")
    assert own >= 0
    decision.ui_basis.setCurrentIndex(own)
    assert decision.description.text() == "Avtalet från 2025, punkt 4."
    _decide_and_preview(wizard, qtbot)
    basis = wizard.preview.data["legal_basis"]
    assert basis == {
        "code": "egen-1",
        "title": "Köpings samverkansavtal med polisen",
        "description": "Avtalet från 2025, punkt 4.",
        "note": "",
    }
    _finish(wizard, qtbot, monkeypatch, tmp_path / "paket.p7m")

    # Cited now: the municipality's own basis can no longer be removed; the shipped texts
    # come back on request and the own basis stays.
    dialog = _legal_bases_dialog(window, qtbot)
    _select(dialog, "egen-1")
    assert not dialog.ui.removeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = {b.code: b for b in exchange.legal_bases(window.session)}
    assert stored["osl-10-2"].description.startswith("Sekretess hindrar inte")
    assert "egen-1" in stored and len(stored) == 7


def test_the_wizard_opens_the_list_and_follows_a_change(window: Any, qtbot: Any) -> None:
    wizard = window.disclosures_page.open_export()
    assert wizard is not None
    _to_decision(wizard, qtbot)
    decision = wizard.decision_page
    decision.ui_basis.setCurrentIndex(decision.ui_basis.findText("OSL 10 kap. 27 §"))
    qtbot.mouseClick(decision.edit_bases, Qt.MouseButton.LeftButton)
    (dialog,) = decision.findChildren(LegalBasesDialog)
    _select(dialog, "osl-10-27")
    dialog.ui.titleEdit.clear()
    type_text(dialog.ui.titleEdit, "OSL 10:27 (generalklausulen)")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert decision.ui_basis.currentText() == "OSL 10:27 (generalklausulen)"


def test_an_own_basis_without_a_title_is_not_saved(window: Any, qtbot: Any) -> None:
    before = exchange.legal_bases(window.session)
    dialog = _legal_bases_dialog(window, qtbot)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "title" in dialog.ui.messageLabel.text().lower()
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.basisTree.topLevelItemCount() == len(before)
    dialog.reject()
    assert exchange.legal_bases(window.session) == before


# --- the Disclosures page -----------------------------------------------------------------------


def test_the_disclosures_page_offers_report_incoming_and_legal_bases(window: Any) -> None:
    page = window.disclosures_page
    window.show_section(window.ui.sectionStack.indexOf(page))
    buttons = (page.ui.reportButton, page.ui.incomingButton, page.ui.legalBasesButton)
    assert all(button.isVisible() for button in buttons)


def test_incoming_opens_from_the_disclosures_page(window: Any, qtbot: Any) -> None:
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.incomingButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(IncomingItemsDialog)
    assert dialog.isVisible()
    assert dialog.ui.countLabel.text() == "Nothing has been received yet."


def test_locking_closes_the_new_exchange_dialogs(window: Any, controller: Any, qtbot: Any) -> None:
    page = window.disclosures_page
    opened = [page.open_incoming(), page.open_legal_bases()]
    assert all(d is not None and d.isVisible() for d in opened)
    controller.lock()
    assert controller.main_window is None
    assert not [w for w in (opened) if w is not None and _alive_and_visible(w)]


def _alive_and_visible(widget: Any) -> bool:
    import shiboken6

    return shiboken6.isValid(widget) and widget.isVisible()
