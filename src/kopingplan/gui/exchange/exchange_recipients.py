"""The recipients registry (Mottagare): certificates of the police liaison and others.

The coordinator adds the certificate file the recipient sent (PEM, DER or a PKCS#7 bundle),
reads its SHA-256 fingerprint aloud over the phone (large, monospace, in groups of four) and
marks it verified only when the holder confirms every group. Expired, elliptic-curve and
unreadable certificates are refused by the service with a translated message. A certificate
that ends within 30 days is shown with a warning.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common import file_dialogs, table_actions
from kopingplan.gui.common.certificates import (
    day,
    fingerprint_font,
    fingerprint_lines,
    monospace_font,
    validity_text,
)
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import ERROR_STYLE, MessageLabel, error_text
from kopingplan.gui.exchange.exchange_preview import how_to_verify
from kopingplan.services import exchange

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_exchange_recipients import Ui_RecipientsDialog
    from kopingplan.services.session import Session


class RecipientsDialog(VaultDialog):
    """Lists the registered recipients; adds a certificate; marks one verified."""

    changed = Signal()

    FORM = "exchange_recipients"
    ui: Ui_RecipientsDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.message = MessageLabel(self.ui.messageLabel)
        self.ui.fingerprintLabel.setFont(fingerprint_font())
        self.ui.warningLabel.setStyleSheet(ERROR_STYLE)
        self.ui.addButton.clicked.connect(self.add_certificate)
        self.ui.verifyButton.clicked.connect(self.verify_current)
        self.ui.recipientList.currentRowChanged.connect(lambda _row: self._show_current())
        self.ui.buttonBox.rejected.connect(self.reject)
        self._rows: list[Any] = []
        # Enter verifies an unverified recipient; the menu also copies the fingerprint (to
        # read it out or send it for comparison) or the row.
        recipients = self.ui.recipientList
        self.row_actions = table_actions.install(
            recipients,
            [
                RowAction(
                    lambda: self.ui.verifyButton.text(),
                    lambda index: self._verify_row(index.row()),
                    lambda index: (row := self._row(index.row())) is not None and not row.verified,
                ),
                RowAction(
                    lambda: self.tr("Copy the &fingerprint"),
                    lambda index: self._copy_fingerprint(index.row()),
                    lambda index: self._row(index.row()) is not None,
                ),
                table_actions.copy_row_action(recipients),
            ],
        )
        self.reload()

    # --- the list

    def reload(self, select_id: int | None = None) -> None:
        current = self.current()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self._rows = exchange.list_recipients(self.session) if self.session is not None else []
        widget = self.ui.recipientList
        widget.blockSignals(True)
        widget.clear()
        for row in self._rows:
            # In words, not a "?" or a tick: read aloud by a screen reader and clear to anyone;
            # on a line of its own so a long name does not push it out of sight.
            if row.verified:
                text = self.tr("{recipient}\nverified").format(recipient=row.label)
            else:
                text = self.tr("{recipient}\nnot verified").format(recipient=row.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if not row.verified:
                item.setToolTip(how_to_verify())
            widget.addItem(item)
        index = next((i for i, r in enumerate(self._rows) if r.id == wanted), 0)
        widget.setCurrentRow(index if self._rows else -1)
        widget.blockSignals(False)
        self._show_current()

    def _row(self, number: int) -> Any | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def _verify_row(self, number: int) -> None:
        self.ui.recipientList.setCurrentRow(number)
        self.verify_current()

    def _copy_fingerprint(self, number: int) -> None:
        row = self._row(number)
        if row is not None:
            fingerprint = exchange.describe_recipient(row).fingerprint
            QGuiApplication.clipboard().setText(fingerprint_lines(fingerprint))

    def current(self) -> Any | None:
        row = self.ui.recipientList.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _show_current(self) -> None:
        ui = self.ui
        row = self.current()
        ui.verifyButton.setEnabled(row is not None and not row.verified)
        if row is None:
            for label in (
                ui.subjectLabel, ui.issuerLabel, ui.validityLabel, ui.keyLabel, ui.statusLabel,
                ui.fingerprintLabel, ui.warningLabel,
            ):  # fmt: skip
                label.clear()
            ui.statusLabel.setText(self.tr("No recipient is registered yet."))
            ui.warningLabel.setVisible(False)
            return
        info = exchange.describe_recipient(row)
        ui.subjectLabel.setText(info.subject)
        ui.issuerLabel.setText(info.issuer)
        ui.validityLabel.setText(validity_text(info.not_before, info.not_after))
        ui.keyLabel.setText(info.key_description)
        if row.verified and row.verified_at is not None:
            ui.statusLabel.setText(
                self.tr("Verified on {date} by {who}.").format(
                    date=day(row.verified_at), who=row.verified_by
                )
            )
        else:
            ui.statusLabel.setText(how_to_verify())
        ui.fingerprintLabel.setText(fingerprint_lines(info.fingerprint))
        now = datetime.now(UTC)
        warning = ""
        if info.not_after < now:
            warning = self.tr("The certificate has expired. Ask the recipient for a new one.")
        elif info.expires_soon(now):
            warning = self.tr(
                "The certificate expires in %n day(s). Ask the recipient for a new one in time.",
                "",
                info.days_left(now),
            )
        ui.warningLabel.setText(warning)
        ui.warningLabel.setVisible(bool(warning))

    # --- adding and verifying

    def add_certificate(self) -> None:
        file_dialogs.open_then(
            self,
            "certificate",
            self.tr("Certificate of the recipient"),
            self.tr("Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)"),
            self.add_file,
        )

    def add_file(self, path: Path) -> Any | None:
        """Registers the certificate in ``path`` (unverified) and shows it."""
        self.message.clear()
        try:
            data = exchange.read_certificate_file(path)  # checked before it is read
            found = exchange.inspect_certificates(data)
            fingerprint = None
            if len(found) > 1:
                fingerprint = self._choose(found)
                if fingerprint is None:
                    return None
            row = exchange.add_recipient(unlocked(self.session), data, fingerprint=fingerprint)
        except Exception as error:
            self.message.show(partial(error_text, error), error=True)
            return None
        self.reload(select_id=row.id)
        self.message.show(
            lambda: self.tr(
                "Added. Now call the recipient and compare the fingerprint, group by group."
            )
        )
        self.changed.emit()
        return row

    def _choose(self, found: list[Any]) -> str | None:
        labels = [f"{info.common_name} — {info.fingerprint[:19]}…" for info in found]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Choose a certificate"),
            self.tr("The file holds several certificates. Which one is the recipient's?"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        return str(found[labels.index(chosen)].fingerprint)

    def verify_current(self) -> VerifyFingerprintDialog | None:
        row = self.current()
        if row is None or row.verified:
            return None
        dialog = VerifyFingerprintDialog(row.label, self)
        dialog.accepted.connect(lambda: self._verify(row.id, dialog.given()))
        dialog.open()
        return dialog

    def _verify(self, recipient_id: int, fingerprint: str) -> None:
        try:
            exchange.verify_recipient(unlocked(self.session), recipient_id, fingerprint)
        except Exception as error:
            self.message.show(partial(error_text, error), error=True)
            return
        self.reload(select_id=recipient_id)
        self.message.show(lambda: self.tr("Marked as verified."))
        self.changed.emit()

    def retranslate(self) -> None:
        super().retranslate()
        self._show_current()

    def teardown(self) -> None:
        super().teardown()
        self._rows = []
        self.ui.recipientList.clear()


class VerifyFingerprintDialog(QDialog):
    """Asks for the fingerprint the holder read out: typed, or confirmed group by group."""

    def __init__(self, name: str, parent: RecipientsDialog) -> None:
        super().__init__(parent)
        self._expected = parent.ui.fingerprintLabel.text().replace("\n", " ")
        self.setWindowTitle(self.tr("Verify the fingerprint"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Call {name} on a number you know is theirs. Ask them to read out the "
                "fingerprint of their certificate, and type it here (spaces do not matter)."
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        caption = QLabel(self.tr("&Fingerprint as read out:"), self)
        self.edit = QLineEdit(self)
        self.edit.setFont(monospace_font())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0" * 82))
        caption.setBuddy(self.edit)
        layout.addWidget(caption)
        layout.addWidget(self.edit)
        self.confirm = QCheckBox(
            self.tr("The holder read out &every group, and each matches the screen"), self
        )
        self.confirm.toggled.connect(self._confirmed)
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(
            self.tr("&Mark verified"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.edit.setFocus()

    def _confirmed(self, checked: bool) -> None:
        self.edit.setText(self._expected if checked else "")
        self.edit.setReadOnly(checked)

    def given(self) -> str:
        return self.edit.text()
