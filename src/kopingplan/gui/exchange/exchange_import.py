"""Import of a package from a registered, verified recipient: choose, preview, link, accept.

Opening (decryption with the vault identity, the signature checked against the registered
certificate, the strict reading of the ZIP) runs on the application's worker thread and writes
nothing; a refusal shows its translated message and the vault is as it was. Accepting stores
the records as incoming items, linked to one case or to none.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.exchange.exchange_incoming import kind_text
from kopingplan.gui.exchange.exchange_support import run_from_button
from kopingplan.services import cases, exchange
from kopingplan.services.cases import CaseFilter

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_exchange_import import Ui_PackageImportDialog
    from kopingplan.services.session import Session

CASE_LIMIT = 500
RECORD_TEXT_LIMIT = 100


def record_line(record: Any) -> str:
    text = " ".join((record.title or record.text).split())
    if len(text) > RECORD_TEXT_LIMIT:
        text = text[: RECORD_TEXT_LIMIT - 1] + "…"
    dated = f"{record.dated}  " if record.dated else ""
    return f"{dated}[{kind_text(record.kind)}] {text}"  # the kind in the UI's words


class PackageImportDialog(VaultDialog):
    imported = Signal(object)  # ImportResult

    FORM = "exchange_import"
    ui: Ui_PackageImportDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.preview: Any = None
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        self.accept_button = ui.buttonBox.addButton(
            self.tr("Accept and &store"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.store)
        ui.buttonBox.rejected.connect(self.reject)
        ui.chooseButton.clicked.connect(self.choose_file)
        ui.caseRadio.toggled.connect(ui.caseCombo.setEnabled)
        ui.previewBox.setEnabled(False)
        rows = cases.list_cases(session, CaseFilter(), limit=CASE_LIMIT)
        for row in rows:
            ui.caseCombo.addItem(f"{row.id}  {row.title}", row.id)
        ui.caseRadio.setEnabled(bool(rows))

    def choose_file(self) -> None:
        file_dialogs.open_then(
            self,
            "import",
            self.tr("Package to import"),
            self.tr("Encrypted packages (*.p7m *.der *.cms);;All files (*)"),
            self.open_file,
        )

    def open_file(self, path: Path) -> None:
        self._show_preview(None)
        self.message.clear()
        self.ui.fileLabel.setText(path.name)
        session = unlocked(self.session)
        self.runner.run(
            lambda ctx: exchange.open_package(session, exchange.read_package_file(path)),
            on_success=self._show_preview,
            on_failure=self._refused,
            label=self.tr("Decrypting and checking the package…"),
            parent=self,
        )

    def _refused(self, error: BaseException) -> None:
        self._show_preview(None)
        self.message.show(partial(error_text, error), error=True)

    def _show_preview(self, preview: Any) -> None:
        ui = self.ui
        self.preview = preview
        ui.previewBox.setEnabled(preview is not None)
        self.accept_button.setEnabled(preview is not None)
        ui.recordList.clear()
        if preview is None:
            for label in (ui.senderLabel, ui.packageLabel, ui.basisLabel, ui.recordsLabel):
                label.clear()
            return
        sender = preview.sender
        ui.senderLabel.setText(
            self.tr("{name} (verified certificate {fingerprint})").format(
                name=sender.label, fingerprint=sender.fingerprint[:19] + " …"
            )
        )
        ui.packageLabel.setText(
            self.tr("{id}, made {created}").format(
                id=preview.package_id,
                created=preview.created.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        )
        terms = preview.sender_terms
        basis = " — ".join(p for p in (terms.legal_basis, terms.decided_by) if p)
        ui.basisLabel.setText(basis or self.tr("Not given"))
        ui.recordsLabel.setText(self.tr("%n record(s)", "", len(preview.records)))
        for record in preview.records:
            ui.recordList.addItem(record_line(record))
        self.message.show(
            lambda: self.tr("The signature is valid. Check the content, then accept.")
        )

    def chosen_case(self) -> int | None:
        if self.ui.caseRadio.isChecked():
            data = self.ui.caseCombo.currentData()
            return int(data) if data is not None else None
        return None

    def store(self) -> None:
        if self.preview is None:
            return
        session, preview, case_id = unlocked(self.session), self.preview, self.chosen_case()
        run_from_button(
            self.accept_button,
            self,
            lambda ctx: exchange.accept_import(session, preview, case_id=case_id),
            self._stored,
            label=self.tr("Storing the records…"),
        )

    def _stored(self, result: Any) -> None:
        self.imported.emit(result)
        self.accept()

    def retranslate(self) -> None:
        super().retranslate()
        self.accept_button.setText(self.tr("Accept and &store"))
        self._show_preview(self.preview)

    def teardown(self) -> None:
        self._show_preview(None)
        super().teardown()
        self.ui.caseCombo.clear()
