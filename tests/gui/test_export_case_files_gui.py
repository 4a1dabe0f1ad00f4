"""The export wizard offers the chosen cases' own attachments (issue 17): on the page after the
cases, each file of a chosen case is listed with its case, name, kind and size; a PDF or an
image (or any kind the vault keeps) can be ticked and then leaves in the package, listed in the
preview with its kind; a file too large for a package cannot be ticked and says why. Screens go
to /tmp/kopingplan-screens/export-case-files.png and export-case-files-preview.png."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from test_exchange_gui import CASE_TITLE, _next, _open_window, fingerprint, police_certificate

import attachment_samples as samples
from kopingplan.domain import model
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.services import attachments, exchange

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))


@pytest.fixture
def prepared(controller: Any, qtbot: Any, session: Any, vault_paths: Any) -> Any:
    (case_id,) = add_cases(session, [(CASE_TITLE, "specific")])
    letter = attachments.attach_bytes(session, model.AttachmentOwner.CASE, case_id,
                                      "Orosanmälan.pdf", samples.pdf())  # fmt: skip
    picture = attachments.attach_bytes(session, model.AttachmentOwner.CASE, case_id,
                                       "Foto.png", samples.png())  # fmt: skip
    certificate = police_certificate()
    row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
    exchange.verify_recipient(session, row.id, fingerprint(certificate))
    window = _open_window(controller, qtbot, session, vault_paths)
    return window, case_id, letter.id, picture.id


def _to_case_files(window: Any, qtbot: Any) -> ExportWizard:
    """The wizard opened, the case chosen, on the page with its files."""
    page = window.disclosures_page
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    (wizard,) = page.findChildren(ExportWizard)
    _next(wizard, qtbot)
    content = wizard.content_page
    type_text(content.search, "fritid")
    content.search.returnPressed.emit()
    content.cases.item(0).setCheckState(Qt.CheckState.Checked)
    _next(wizard, qtbot)
    return wizard


def test_a_ticked_pdf_and_image_of_the_case_leave_in_the_package(prepared: Any, qtbot: Any) -> None:
    window, case_id, letter_id, picture_id = prepared
    wizard = _to_case_files(window, qtbot)
    content = wizard.content_page
    situation = wizard.situation_page
    assert wizard.currentPage() is situation
    files = situation.case_files.list
    assert files.count() == 2
    pdf, png = files.item(0), files.item(1)
    assert pdf.text().startswith(f"Case {case_id}: Orosanmälan.pdf (PDF, ")
    assert pdf.checkState() == Qt.CheckState.Unchecked and pdf.flags() & Qt.ItemFlag.ItemIsEnabled
    assert png.text().startswith(f"Case {case_id}: Foto.png (PNG image, ")
    assert png.checkState() == Qt.CheckState.Unchecked and png.flags() & Qt.ItemFlag.ItemIsEnabled
    pdf.setCheckState(Qt.CheckState.Checked)
    png.setCheckState(Qt.CheckState.Checked)
    assert wizard.flow.attachment_ids == [letter_id, picture_id]
    wizard.resize(1366, 768)
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "export-case-files.png"))
    _next(wizard, qtbot)
    decision = wizard.decision_page
    decision.ui_basis.setCurrentIndex(decision.ui_basis.findText("OSL 10 kap. 18 a §"))
    type_text(decision.role, "Samordnare")
    type_text(decision.purpose, "Polisens bedömning.")
    _next(wizard, qtbot)
    assert wizard.currentPage() is wizard.preview_page
    assert [a.name for a in wizard.preview.attachments] == ["Orosanmalan.pdf", "Foto.png"]
    assert [a.id for a in wizard.preview.case_files] == [letter_id, picture_id]
    # The disclosure record names the files by number and kind, never by name (issue 16).
    assert (
        f"bilagor: ärendets bilaga {letter_id} (PDF), ärendets bilaga {picture_id} (PNG-bild)"
    ) in wizard.preview.description
    assert "Orosanm" not in wizard.preview.description
    preview = wizard.preview_page
    listed = [preview.files.item(i).text() for i in range(preview.files.count())]
    assert listed[0].startswith("Orosanmalan.pdf (PDF, ")
    assert listed[1].startswith("Foto.png (PNG image, ")
    assert "Foto.png (PNG image, " in preview.readable.toPlainText()
    wizard.grab().save(str(SHOTS / "export-case-files-preview.png"))
    # Back to the cases, the case left out: its file goes from the choice too.
    wizard.back()
    wizard.back()
    wizard.back()
    content.cases.item(0).setCheckState(Qt.CheckState.Unchecked)
    _next(wizard, qtbot)
    assert files.count() == 0 and wizard.flow.attachment_ids == []
    assert picture_id not in wizard.flow.attachment_ids


def test_a_file_too_large_for_a_package_cannot_be_ticked_and_says_why(
    prepared: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kopingplan.exchange import package

    monkeypatch.setattr(package, "MAX_ATTACHMENT_BYTES", 3000)  # the PNG is larger, the PDF not
    wizard = _to_case_files(prepared[0], qtbot)
    files = wizard.situation_page.case_files.list
    pdf, png = files.item(0), files.item(1)
    assert pdf.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not png.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "larger than a package may carry" in png.toolTip()
