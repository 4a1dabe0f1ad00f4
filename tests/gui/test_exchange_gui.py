"""The "Disclosures" section, the recipients registry, the export wizard and the import dialog,
driven as the coordinator would: click, type, read what is on screen."""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from kopingplan.domain import model
from kopingplan.domain.flows.export import CaseChoice, CaseWhat
from kopingplan.exchange import cms, package, schema
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.exchange.exchange_import import PackageImportDialog
from kopingplan.gui.exchange.exchange_recipients import RecipientsDialog, VerifyFingerprintDialog
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.gui.shell.sections import section_index
from kopingplan.services import exchange
from kopingplan.services import identity as identity_service

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui

SECTION = section_index("disclosures")
CASE_TITLE = "Åsa på fritidsgården"


@functools.cache
def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_certificate(
    key: Any = None, *, name: str = "Kontaktpolis Karin Berg", days: int = 365
) -> x509.Certificate:
    key = key or _rsa_key()
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Polisen"),
        ]
    )
    now = datetime.now(UTC)
    start = now - timedelta(days=400) if days < 0 else now - timedelta(days=1)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )


@functools.cache
def police_certificate() -> x509.Certificate:
    """The liaison's certificate, kept: a reply must be signed with the registered one."""
    return make_certificate()


def pem_file(folder: Path, certificate: x509.Certificate, name: str = "polis.pem") -> Path:
    path = folder / name
    path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return path


def fingerprint(certificate: x509.Certificate) -> str:
    return certificate.fingerprint(hashes.SHA256()).hex()


def _open_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    unlock(controller, qtbot)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)  # real threads
    opened = controller.main_window
    qtbot.waitExposed(opened)
    opened.show_section(SECTION)
    return opened


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [(CASE_TITLE, "specific")])
    session.save(model.Note(case_id, datetime(2026, 3, 3, 9, tzinfo=UTC), "Oro från skolan."))
    return _open_window(controller, qtbot, session, vault_paths)


@pytest.fixture
def verified_window(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    add_cases(session, [(CASE_TITLE, "specific"), ("Bertil i skolan", "individual")])
    certificate = police_certificate()
    row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(certificate))
    return _open_window(controller, qtbot, session, vault_paths)


def _column(page: Any, column: int) -> list[str]:
    found = page.model
    return [found.data(found.index(r, column)) for r in range(found.rowCount(QModelIndex()))]


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(path)])


def _recipients_dialog(window: Any, qtbot: Any) -> RecipientsDialog:
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.recipientsButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(RecipientsDialog)
    assert dialog.isVisible()
    return dialog


def exchange_forms(window: Any) -> list[tuple[str, Any]]:
    """The exchange helper's dialogs, for the keyboard and layout checks: a verified and an
    unverified recipient are registered through the service, then each dialog is opened as a
    user would; the export wizard once at each of its pages."""
    session = window.session
    verified = make_certificate()
    row = exchange.add_recipient(session, verified.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(verified))
    other = make_certificate(rsa.generate_private_key(public_exponent=65537, key_size=2048))
    exchange.add_recipient(session, other.public_bytes(serialization.Encoding.PEM), name="Ny")
    page = window.disclosures_page
    page.refresh()
    recipients = page.open_recipients()
    assert recipients is not None
    forms: list[tuple[str, Any]] = [("recipients", recipients)]
    recipients.ui.recipientList.setCurrentRow(0 if not recipients.current().verified else 1)
    forms.append(("verify fingerprint", recipients.verify_current()))
    forms.append(("import package", page.open_import()))
    forms.append(("incoming information", page.open_incoming()))
    forms.append(("legal bases", page.open_legal_bases()))
    for start in range(5):
        wizard = page.open_export()
        assert wizard is not None
        wizard.setStartId(wizard.pageIds()[start])
        wizard.restart()
        forms.append((f"export wizard page {start}", wizard))
    return forms


# --- the section --------------------------------------------------------------------------------


def test_the_section_starts_empty(window: Any) -> None:
    page = window.disclosures_page
    assert window.ui.sectionStack.currentWidget() is page
    assert page.ui.countLabel.text() == "0 disclosures"
    assert page.ui.recipientFilter.currentText() == "All recipients"


# --- recipients ---------------------------------------------------------------------------------


def test_register_and_verify_a_recipient(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    certificate = make_certificate()
    _choose_file(monkeypatch, pem_file(tmp_path, certificate))
    dialog = _recipients_dialog(window, qtbot)
    assert dialog.ui.statusLabel.text() == "No recipient is registered yet."
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)

    # In words, with how to verify beside it: no bare "?".
    item = dialog.ui.recipientList.currentItem()
    assert item.text() == "Kontaktpolis Karin Berg, Polisen\nnot verified"
    assert "read the fingerprint below aloud" in item.toolTip()
    assert "CN=Kontaktpolis Karin Berg" in dialog.ui.subjectLabel.text()
    shown = dialog.ui.fingerprintLabel.text()
    groups = shown.split()
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert "".join(groups).lower() == fingerprint(certificate)
    assert len(shown.splitlines()) == 2
    assert dialog.ui.fingerprintLabel.font().pointSize() >= 14
    assert dialog.ui.statusLabel.text().startswith("Not verified")
    assert "Mark as verified" in dialog.ui.statusLabel.text()

    # A fingerprint that does not match is refused, and nothing changes.
    qtbot.mouseClick(dialog.ui.verifyButton, Qt.MouseButton.LeftButton)
    (verify,) = dialog.findChildren(VerifyFingerprintDialog)
    assert not verify.ok_button.isEnabled()
    type_text(verify.edit, "0000 1111")
    qtbot.mouseClick(verify.ok_button, Qt.MouseButton.LeftButton)
    assert "does not match" in dialog.ui.messageLabel.text()
    assert dialog.ui.statusLabel.text().startswith("Not verified")
    assert exchange.list_recipients(window.session, verified_only=True) == []
    verify.deleteLater()

    # The fingerprint as the holder read it out (any spacing) marks it verified.
    qtbot.mouseClick(dialog.ui.verifyButton, Qt.MouseButton.LeftButton)
    verify = next(d for d in dialog.findChildren(VerifyFingerprintDialog) if d.isVisible())
    spoken = " ".join(fingerprint(certificate)[i : i + 8] for i in range(0, 64, 8))
    type_text(verify.edit, spoken)
    qtbot.mouseClick(verify.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.statusLabel.text().startswith("Verified on")
    assert dialog.ui.recipientList.currentItem().text().endswith("\nverified")
    assert dialog.ui.recipientList.currentItem().toolTip() == ""
    assert not dialog.ui.verifyButton.isEnabled()
    assert len(exchange.list_recipients(window.session, verified_only=True)) == 1
    # The section's recipient filter knows the new recipient.
    filter_combo = window.disclosures_page.ui.recipientFilter
    assert filter_combo.findText("Kontaktpolis Karin Berg, Polisen") > 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("ec", "elliptic-curve (EC) key"),
        ("expired", "The certificate expired on"),
        ("garbage", "not a certificate Köpingplan can read"),
    ],
)
def test_unusable_certificates_are_refused_with_a_clear_message(
    window: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str,
    expected: str,
) -> None:
    if content == "ec":
        path = pem_file(tmp_path, make_certificate(ec.generate_private_key(ec.SECP256R1())))
    elif content == "expired":
        path = pem_file(tmp_path, make_certificate(days=-10))
    else:
        path = tmp_path / "brev.pem"
        path.write_bytes(b"Hej! Har kommer mitt certifikat.\n")
    _choose_file(monkeypatch, path)
    dialog = _recipients_dialog(window, qtbot)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert expected in dialog.ui.messageLabel.text()
    assert dialog.ui.recipientList.count() == 0
    assert exchange.list_recipients(window.session) == []


def test_a_certificate_near_its_end_is_shown_with_a_warning(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose_file(monkeypatch, pem_file(tmp_path, make_certificate(days=12)))
    dialog = _recipients_dialog(window, qtbot)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.warningLabel.isVisible()
    assert dialog.ui.warningLabel.text().startswith("The certificate expires in 1")


def test_unlocking_warns_of_a_certificate_that_ends_soon(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    ending = make_certificate(days=20)
    exchange.add_recipient(session, ending.public_bytes(serialization.Encoding.PEM))
    window = _open_window(controller, qtbot, session, vault_paths)
    (bar,) = [b for b in window.notices() if b.key == "expiring_recipients"]
    assert "1 recipient ends within 30 days" in bar.findChild(QLabel).text()
    assert "Karin" not in bar.findChild(QLabel).text()
    (button,) = bar.buttons
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = window.disclosures_page.findChildren(RecipientsDialog)
    assert dialog.isVisible() and dialog.ui.warningLabel.isVisible()


# --- export -------------------------------------------------------------------------------------


def _next(wizard: QWizard, qtbot: Any) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def to_finish(
    wizard: QWizard, qtbot: Any, monkeypatch: pytest.MonkeyPatch, destination: Path
) -> Path:
    """Walks an export wizard from its recipients to its last page with the first case, a
    role and a purpose; the save dialog Finish opens then answers ``destination``."""
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    type_text(wizard.decision_page.role, "Samordnare")
    type_text(wizard.decision_page.purpose, "Bedömning.")
    _next(wizard, qtbot)
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    return destination


def test_export_a_case_through_the_wizard(
    verified_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = verified_window
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    (wizard,) = page.findChildren(ExportWizard)
    # The only verified recipient is chosen already.
    assert wizard.currentPage() is wizard.recipient_page
    assert wizard.recipient_page.chosen()
    _next(wizard, qtbot)

    content = wizard.content_page
    type_text(content.search, "fritid")
    content.search.returnPressed.emit()
    assert content.cases.count() == 1
    content.cases.item(0).setCheckState(Qt.CheckState.Checked)
    assert content.details.isChecked() and not content.subjects.isChecked()
    _next(wizard, qtbot)
    # No lägesbild entry or brief is needed beside a case.
    assert wizard.currentPage() is wizard.situation_page
    _next(wizard, qtbot)

    decision = wizard.decision_page
    decision.ui_basis.setCurrentIndex(decision.ui_basis.findText("OSL 10 kap. 18 a §"))
    assert decision.description.text()
    # The vault owner is suggested as the one who decided.
    assert decision.decided_by.text() == "Anna Lindqvist"
    type_text(decision.role, "Samordnare")
    type_text(decision.purpose, "Polisens bedömning inför insatsgruppens möte.")
    _next(wizard, qtbot)

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    # In words first: the decision, then the case field by field.
    assert preview.views.currentWidget() is preview.readable
    words = preview.readable.toPlainText()
    assert "OSL 10 kap. 18 a §" in words and "Anna Lindqvist (Samordnare)" in words
    assert "Polisens bedömning inför insatsgruppens möte." in words
    assert f"Case {wizard.preview.case_ids[0]}: {CASE_TITLE}" in words
    assert "Level" in words and "{" not in words and "level" not in words
    # The exact data.json is one click away.
    assert preview.exact_button.text() == "Show the e&xact content (data.json)"
    qtbot.mouseClick(preview.exact_button, Qt.MouseButton.LeftButton)
    assert preview.views.currentWidget() is preview.json_view
    shown = preview.json_view.toPlainText()
    assert shown.encode("utf-8") == wizard.preview.data_json
    assert CASE_TITLE in shown and "Bertil" not in shown
    assert schema.loads(shown.encode())["legal_basis"]["title"] == "OSL 10 kap. 18 a §"
    assert preview.json_view.isReadOnly()
    assert "Cases: 1" in preview.counts.text()
    qtbot.mouseClick(preview.exact_button, Qt.MouseButton.LeftButton)
    assert preview.views.currentWidget() is preview.readable

    destination = tmp_path / "utlamnande.p7m"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "Create &package…"
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert destination.exists() and destination.stat().st_size > 0
    assert not wizard.isVisible()

    assert page.ui.countLabel.text() == "1 disclosure"
    assert _column(page, 1) == ["Kontaktpolis Karin Berg, Polisen"]
    assert _column(page, 2) == ["—"]  # "Polisen" is not in the registry: no kind to name
    assert _column(page, 3) == ["Encrypted export"]  # how it left
    assert _column(page, 4) == ["OSL 10 kap. 18 a §"]
    assert _column(page, 5) == ["Anna Lindqvist (Samordnare)"]
    assert _column(page, 6) == ["1"]
    assert _column(page, 7) == [""]  # the case has no person registered: nobody named
    assert _column(page, 8) == [wizard.preview.content_sha256]
    assert _column(page, 0)[0].startswith(date.today().isoformat())
    # Filtering by period and recipient happens in the service.
    page.ui.periodFilter.setCurrentIndex(page.ui.periodFilter.findData("last_year"))
    assert page.ui.countLabel.text() == "0 disclosures"
    page.ui.periodFilter.setCurrentIndex(page.ui.periodFilter.findData("30d"))
    page.ui.recipientFilter.setCurrentIndex(1)
    assert page.ui.countLabel.text() == "1 disclosure"


def test_a_wizard_closed_before_the_end_discloses_nothing(verified_window: Any, qtbot: Any) -> None:
    page = verified_window.disclosures_page
    wizard = page.open_export()
    assert wizard is not None
    _next(wizard, qtbot)
    wizard.content_page.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    _next(wizard, qtbot)  # role and purpose are required
    assert wizard.currentPage() is wizard.decision_page
    wizard.reject()
    assert exchange.disclosure_count(verified_window.session) == 0


def test_each_export_page_says_what_is_missing_and_back_keeps_every_choice(
    verified_window: Any, qtbot: Any
) -> None:
    wizard = verified_window.disclosures_page.open_export()
    assert wizard is not None
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    recipients = wizard.recipient_page
    recipients.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not next_button.isEnabled()
    assert recipients.shown_problem(recipients.list) == "Choose at least one recipient."
    assert next_button.toolTip() == "Fill in: Recipients"
    recipients.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert next_button.isEnabled() and recipients.shown_problem(recipients.list) == ""
    _next(wizard, qtbot)

    # Nothing chosen to leave: the next page says so and waits.
    _next(wizard, qtbot)
    situation = wizard.situation_page
    assert wizard.currentPage() is situation and not next_button.isEnabled()
    said = "Choose something that leaves: a case, a situation picture entry or a brief."
    assert situation.problem_text == said and next_button.toolTip() == said
    wizard.back()

    content = wizard.content_page
    content.cases.item(0).setCheckState(Qt.CheckState.Checked)
    case_id = int(content.cases.item(0).data(Qt.ItemDataRole.UserRole))
    content.subjects.setChecked(True)
    _next(wizard, qtbot)
    assert next_button.isEnabled()  # a case leaves
    _next(wizard, qtbot)

    decision = wizard.decision_page
    assert not next_button.isEnabled()
    assert decision.problem_text == "Fill in: Role, Purpose"
    assert decision.shown_problem(decision.role) == ""  # not named before it was used
    type_text(decision.role, "Samordnare")
    decision.decided_by.clear()
    assert decision.shown_problem(decision.decided_by) == "Must be filled in."
    assert decision.problem_text == "Fill in: Decided by (name), Purpose"
    type_text(decision.decided_by, "Karin Ek")
    type_text(decision.purpose, "Bedömning")
    assert next_button.isEnabled() and decision.problem_text == ""

    # Back to the cases and forward again: nothing chosen or typed is lost.
    wizard.back()
    wizard.back()
    assert content.cases.item(0).checkState() == Qt.CheckState.Checked
    assert content.details.isChecked() and content.subjects.isChecked()
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    assert decision.role.text() == "Samordnare" and decision.decided_by.text() == "Karin Ek"
    assert wizard.flow.cases() == (CaseChoice(case_id, CaseWhat(details=True, subjects=True)),)
    _next(wizard, qtbot)
    assert decision.message_label.text() == ""
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview.request.cases[0].subjects
    # The decision goes into the request whole, as typed.
    basis = str(decision.ui_basis.currentData())
    assert basis and wizard.preview.request.terms == model.DisclosureTerms(
        basis, "Karin Ek", "Samordnare", "Bedömning"
    )
    wizard.teardown()


# --- import -------------------------------------------------------------------------------------


def _package(session: Any, sender: x509.Certificate, texts: list[str]) -> bytes:
    """Encrypted to this vault's certificate, signed with ``sender`` (key: ``_rsa_key()``)."""
    zip_bytes = package.build(
        package_id=f"svar-{fingerprint(sender)[:8]}",
        created=datetime.now(UTC),
        sender_fingerprint=fingerprint(sender),
        sender_name="Kontaktpolis",
        sender_organisation="Polisen",
        data_json=schema.dumps({"messages": [{"text": text} for text in texts]}),
        attachments=(),
    )
    signed = cms.sign(zip_bytes, sender, _rsa_key())
    return cms.encrypt(signed, [identity_service.active_identity(session).certificate])


def _package_from_a_stranger(session: Any) -> bytes:
    """Signed by someone nobody registered."""
    return _package(session, make_certificate(name="Okänd Avsändare"), ["Hej"])


def test_a_package_from_the_liaison_is_previewed_linked_and_stored(
    verified_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = verified_window.session
    path = tmp_path / "svar.p7m"
    texts = ["Personen är känd sedan tidigare.", "Ring mig på måndag."]
    path.write_bytes(_package(session, police_certificate(), texts))
    _choose_file(monkeypatch, path)
    page = verified_window.disclosures_page
    dialog = page.open_import()
    assert dialog is not None and not dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.senderLabel.text().startswith("Kontaktpolis Karin Berg, Polisen")
    assert dialog.ui.recordsLabel.text() == "2 records"
    assert texts[0] in dialog.ui.recordList.item(0).text()
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.ui.caseRadio, Qt.MouseButton.LeftButton)
    dialog.ui.caseCombo.setCurrentIndex(
        dialog.ui.caseCombo.findText(CASE_TITLE, Qt.MatchFlag.MatchEndsWith)
    )
    case_id = dialog.ui.caseCombo.currentData()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = exchange.incoming_items(session)
    assert sorted(item.text for item in stored) == sorted(texts)
    assert {item.case_id for item in stored} == {case_id}
    assert verified_window.statusBar().currentMessage() == "2 records imported."
    # The same package again is refused, and nothing more is stored.
    dialog = page.open_import()
    assert dialog is not None
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    assert "already imported" in dialog.ui.messageLabel.text()
    assert len(exchange.incoming_items(session)) == 2


def test_a_package_from_an_unknown_sender_is_refused_and_nothing_changes(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    path = tmp_path / "svar.p7m"
    path.write_bytes(_package_from_a_stranger(session))
    before = (len(exchange.incoming_items(session)), exchange.disclosure_count(session))
    _choose_file(monkeypatch, path)
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.importButton, Qt.MouseButton.LeftButton)
    (dialog,) = page.findChildren(PackageImportDialog)
    qtbot.mouseClick(dialog.ui.chooseButton, Qt.MouseButton.LeftButton)
    shown = dialog.ui.messageLabel.text()
    assert "not among your recipients" in shown and "Nothing was changed" in shown
    assert not dialog.accept_button.isEnabled()
    assert not dialog.ui.previewBox.isEnabled()
    assert dialog.ui.recordList.count() == 0
    after = (len(exchange.incoming_items(session)), exchange.disclosure_count(session))
    assert after == before


@pytest.mark.real_threads
def test_export_runs_on_the_worker_thread(
    verified_window: Any,
    controller: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = verified_window.disclosures_page
    wizard = page.open_export()
    assert wizard is not None and wizard.runner is controller.runner
    destination = to_finish(wizard, qtbot, monkeypatch, tmp_path / "paket.p7m")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "1 disclosure", timeout=20_000)
    assert destination.exists()
    assert not [w for w in page.findChildren(ExportWizard) if w.isVisible()]


def test_locking_closes_the_exchange_dialogs(
    verified_window: Any, controller: Any, qtbot: Any
) -> None:
    page = verified_window.disclosures_page
    opened = [page.open_recipients(), page.open_export(), page.open_import()]
    assert all(d is not None and d.isVisible() for d in opened)
    controller.lock()
    assert controller.main_window is None
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
