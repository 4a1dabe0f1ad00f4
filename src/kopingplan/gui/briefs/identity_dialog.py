"""Inställningar → "Signeringsidentitet…": the certificate briefs are signed with, its history,
importing an organisation-issued PKCS#12 file and exporting the certificate.

The import is two steps on one page: the file and its password open it in memory and show
what it holds (subject, issuer, validity, key, key usages, CA chain, fingerprint) together with
any reason it cannot be used; only then does "Signera med detta certifikat" switch. Opening a
PKCS#12 file takes a fraction of a second, so it runs on the GUI thread. The password lives only
in its field and is cleared on every way out of the page; the file's bytes are dropped with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from kopingplan.gui.common import file_dialogs, table_actions
from kopingplan.gui.common.certificates import fingerprint_font, fingerprint_lines, validity_text
from kopingplan.gui.common.message_line import ShowsMessage
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel
from kopingplan.services import identity as identity_service

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_identity import Ui_IdentityDialog
    from kopingplan.services.session import Session

OVERVIEW_PAGE, IMPORT_PAGE = 0, 1
CONTEXT = "IdentityDialog"


def source_text(source: str) -> str:
    if source == identity_service.SOURCE_PKCS12:
        return QCoreApplication.translate("IdentityDialog", "Imported (PKCS#12)")
    return QCoreApplication.translate("IdentityDialog", "Self-signed, made with the vault")


def choose_certificate_destination(parent: QWidget) -> str:
    path = file_dialogs.save_path(
        parent,
        "certificate",
        QCoreApplication.translate("IdentityDialog", "Export your certificate"),
        file_dialogs.suggested_name(
            [QCoreApplication.translate("IdentityDialog", "Certificate of the coordinator")], "pem"
        ),
        "pem",
        QCoreApplication.translate("IdentityDialog", "Certificates (*.pem)"),
        accepted=("crt", "cer"),
    )
    return str(path) if path else ""


class IdentityDialog(ShowsMessage, VaultDialog):
    FORM = "identity"
    ui: Ui_IdentityDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._data: bytes | None = None  # the chosen PKCS#12 file, while the import page shows
        self._file = ""
        self.preview: identity_service.Pkcs12Info | None = None
        self._message = MessageLabel(self.ui.messageLabel)
        for label in (self.ui.fingerprintLabel, self.ui.previewFingerprintLabel):
            label.setFont(fingerprint_font())
        # Spare height goes to the history table, or below the facts when there is none
        # (hidden), rather than between the lines.
        self.ui.overviewLayout.addStretch(1)
        self.ui.overviewLayout.setStretchFactor(self.ui.historyTable, 10)
        # Eight groups to a line, like above, in the table's own size: the whole fingerprint
        # is shown, for comparing with a signature's.
        self._table_fingerprint_font = fingerprint_font()
        self._table_fingerprint_font.setPointSize(self.ui.historyTable.font().pointSize())
        self._table_fingerprint_font.setBold(False)
        header = self.ui.historyTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # An earlier identity opens in full (the whole fingerprint, for comparing) and copies.
        self.history_actions = table_actions.install(
            self.ui.historyTable,
            [
                table_actions.show_row_action(self.ui.historyTable),
                table_actions.copy_row_action(self.ui.historyTable),
            ],
        )
        self.ui.importButton.clicked.connect(self.choose_import)
        self.ui.exportButton.clicked.connect(self.export_certificate)
        self.ui.readButton.clicked.connect(self.read_file)
        self.ui.passwordEdit.returnPressed.connect(self.read_file)
        self.ui.confirmButton.clicked.connect(self.confirm_import)
        self.ui.cancelButton.clicked.connect(self.cancel_import)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.passwordEdit.textEdited.connect(lambda _text: self._forget_preview())
        self.show_overview()

    def retranslate(self) -> None:
        super().retranslate()
        if self.session is not None:
            self._fill_overview()
            self._fill_preview()

    # --- the overview ----------------------------------------------------------------------

    def _show_page(self, page: int) -> None:
        """The page with its own buttons: the overview's, or the import's."""
        importing = page == IMPORT_PAGE
        self.ui.pages.setCurrentIndex(page)
        for button in (self.ui.importButton, self.ui.exportButton, self.ui.closeButton):
            button.setVisible(not importing)
        for button in (self.ui.confirmButton, self.ui.cancelButton):
            button.setVisible(importing)

    def show_overview(self) -> None:
        self._show_page(OVERVIEW_PAGE)
        self.ui.closeButton.setDefault(True)
        self._fill_overview()

    def _fill_overview(self) -> None:
        if self.session is None:
            return
        entries = identity_service.history(self.session)
        active = next((e for e in entries if e.active), None)
        ui = self.ui
        if active is not None:
            ui.subjectLabel.setText(active.subject)
            ui.issuerLabel.setText(active.issuer)
            ui.validityLabel.setText(validity_text(active.not_before, active.not_after))
            ui.sourceLabel.setText(source_text(active.source))
            ui.fingerprintLabel.setText(fingerprint_lines(active.fingerprint))
        earlier = [e for e in entries if not e.active]
        table = ui.historyTable
        table.setRowCount(len(earlier))
        for row, entry in enumerate(earlier):
            values = (
                fingerprint_lines(entry.fingerprint),
                entry.subject,
                source_text(entry.source),
                entry.since.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 0:
                    item.setFont(self._table_fingerprint_font)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        ui.historyLabel.setVisible(bool(earlier))
        table.setVisible(bool(earlier))

    def history_rows(self) -> list[list[str]]:
        """What the earlier-identities table shows, one line a cell; for the tests."""
        table, columns = self.ui.historyTable, self.ui.historyTable.columnCount()
        return [
            [" ".join(str(table.model().index(r, c).data() or "").split()) for c in range(columns)]
            for r in range(table.rowCount())
        ]

    # --- exporting ---------------------------------------------------------------------------

    def export_certificate(self) -> None:
        if self.session is None:
            return
        path = choose_certificate_destination(self)
        if not path:
            return
        try:
            identity_service.export_certificate(self.session, Path(path))
        except Exception as error:  # shown, never swallowed: the user chose this file
            self.show_failure(error)
            return
        self._message.show(lambda: self.tr("Wrote your certificate to {path}.").format(path=path))

    # --- importing ---------------------------------------------------------------------------

    def choose_import(self) -> None:
        if self.session is None:
            return
        file_dialogs.open_then(
            self,
            "identity",
            self.tr("Import a PKCS#12 identity"),
            self.tr("PKCS#12 identities (*.p12 *.pfx);;All files (*)"),
            self.read_import,
        )

    def read_import(self, path: Path) -> None:
        """The chosen file read and its import begun; a file that cannot be read is named."""
        from kopingplan.errors import KopingplanError
        from kopingplan.services.identity import read_pkcs12_file

        try:
            data = read_pkcs12_file(path)  # a regular file of at most 1 MiB, checked first
        except (OSError, KopingplanError) as error:
            self.show_failure(error)
            return
        self.start_import(str(path), data)

    def start_import(self, path: str, data: bytes) -> None:
        """The import page for ``data`` (read from ``path``): password first, then facts."""
        self._data, self._file = data, path
        self._message.clear()
        self._forget_preview()
        self.ui.passwordEdit.clear()
        self.ui.fileLabel.setText(path)
        self._show_page(IMPORT_PAGE)
        self.ui.readButton.setDefault(True)
        self.ui.passwordEdit.setFocus()

    def read_file(self) -> None:
        """Opens the file with the password typed and shows what it holds, or why not."""
        if self.session is None or self._data is None:
            return
        self._forget_preview()
        try:
            info = identity_service.inspect_pkcs12(self._data, self.ui.passwordEdit.text())
        except Exception as error:
            self.show_failure(error)
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
            return
        self.preview = info
        self._fill_preview()
        self.ui.previewBox.setEnabled(True)
        try:
            identity_service.check_usable(self.session, info)
        except Exception as error:
            self.show_failure(error)
            return
        self._message.show(
            lambda: self.tr("The file can be used. Check the facts, then sign with it.")
        )
        self.ui.confirmButton.setEnabled(True)
        self.ui.confirmButton.setDefault(True)
        self.ui.confirmButton.setFocus()

    def _fill_preview(self) -> None:
        info, ui = self.preview, self.ui
        if info is None:
            for label in (ui.previewSubjectLabel, ui.previewIssuerLabel, ui.previewValidityLabel,
                          ui.previewKeyLabel, ui.previewUsageLabel, ui.previewChainLabel,
                          ui.previewFingerprintLabel):  # fmt: skip
                label.clear()
            return
        ui.previewSubjectLabel.setText(info.subject)
        ui.previewIssuerLabel.setText(info.issuer)
        ui.previewValidityLabel.setText(validity_text(info.not_before, info.not_after))
        ui.previewKeyLabel.setText(info.key_description)
        ui.previewUsageLabel.setText(", ".join(info.key_usages) or self.tr("none"))
        ui.previewChainLabel.setText(str(info.chain_length))
        ui.previewFingerprintLabel.setText(fingerprint_lines(info.fingerprint))

    def _forget_preview(self) -> None:
        self.preview = None
        self._fill_preview()
        self.ui.previewBox.setEnabled(False)
        self.ui.confirmButton.setEnabled(False)
        self.ui.readButton.setDefault(True)

    def confirm_import(self) -> None:
        if self.session is None or self._data is None or self.preview is None:
            return
        try:
            info = identity_service.import_pkcs12(
                self.session, self._data, self.ui.passwordEdit.text()
            )
        except Exception as error:
            self.show_failure(error)
            return
        self._leave_import()
        self._message.show(
            lambda: self.tr(
                "Briefs are signed from now on with the imported certificate ({fingerprint}). "
                "The earlier identity is kept."
            ).format(fingerprint=info.fingerprint)
        )

    def cancel_import(self) -> None:
        self._leave_import()
        self._message.clear()

    def _leave_import(self) -> None:
        self.ui.passwordEdit.clear()
        self._data, self._file = None, ""
        self.ui.fileLabel.clear()
        self._forget_preview()
        self.show_overview()

    # --- closing -------------------------------------------------------------------------------

    def teardown(self) -> None:
        """Locking: the password, the file and the session go."""
        self.ui.passwordEdit.clear()
        self._data = None
        self.preview = None
        super().teardown()

    def reject(self) -> None:
        self.teardown()
        super().reject()
