"""Muntligt utlämnande: recording what was said about one or more cases to someone outside the
coordinator's unit, as a disclosure like an export (to whom, which cases, what in words, legal
basis, decided by and role, purpose, when).

Opened from a case's consents window (that case filled in) or from the Utlämnanden section.
Everything is checked by :func:`kopingplan.services.disclosures_oral.record_oral_disclosure`;
a refusal (a field missing, consent cited without a consent that covers the recipient and the
purpose) is shown on the message line, names the field by its label, and stores nothing.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from kopingplan import errors, i18n
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.common import choices
from kopingplan.gui.common.added_button import add_button_after
from kopingplan.gui.common.form_values import to_datetime
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.services import exchange
from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_oral_disclosure import Ui_OralDisclosureDialog
    from kopingplan.services.session import Session

NOT_CASE_NUMBERS = QT_TRANSLATE_NOOP("Errors", "must be case numbers separated by commas")
_CASE_NUMBERS = re.compile(r"\s*(\d{1,9}\s*(,\s*\d{1,9}\s*)*)?,?\s*")


class OralDisclosureDialog(Retranslating, QDialog):
    """``recorded`` carries the stored disclosure."""

    recorded = Signal(object)

    def __init__(
        self,
        session: Session,
        case_ids: tuple[int, ...] = (),
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,  # made at this meeting: its minutes list it
    ) -> None:
        super().__init__(parent)
        self.meeting_id = meeting_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui: Ui_OralDisclosureDialog = setup_form("oral_disclosure", self)
        self.session = session
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        # Field of the service's InvalidInput -> the label that names it on screen.
        self._labels: dict[str, QLabel] = {
            "recipient": ui.organisationLabel,
            "what": ui.whatLabel,
            "legal_basis": ui.basisLabel,
            "decided_by": ui.decidedByLabel,
            "decided_by_role": ui.roleLabel,
            "purpose": ui.purposeLabel,
            "disclosed_at": ui.whenLabel,
            "case_ids": ui.casesLabel,
        }
        choices.fill_organisations(ui.organisationCombo, session)
        choices.fill_professionals(ui.personCombo, session)
        for basis in exchange.legal_bases(session):
            ui.basisCombo.addItem(basis.title, basis.code)
            ui.basisCombo.setItemData(
                ui.basisCombo.count() - 1, basis.description, Qt.ItemDataRole.ToolTipRole
            )
        ui.casesEdit.setText(", ".join(str(i) for i in case_ids))
        ui.decidedByEdit.setText(getattr(session, "actor", "") or "")
        now = QDateTime.currentDateTime()
        ui.whenEdit.setDateTime(now.addSecs(-now.time().second()))
        ui.whenEdit.setMaximumDateTime(now)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        ui.organisationCombo.setFocus()

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(self.tr("Oral disclosure"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Record &disclosure")
        )

    def retranslate(self) -> None:
        super().retranslate()
        self._retranslate_dynamic()
        self.message.refresh()

    def case_ids(self) -> tuple[int, ...] | None:
        """The case numbers typed, or None when the text is not a list of numbers."""
        text = self.ui.casesEdit.text()
        if not _CASE_NUMBERS.fullmatch(text):
            return None
        return tuple(dict.fromkeys(int(n) for n in re.findall(r"\d+", text)))

    def request(self) -> OralDisclosureRequest | None:
        ui = self.ui
        case_ids = self.case_ids()
        if case_ids is None:
            self._refuse(errors.InvalidInput("case_ids", NOT_CASE_NUMBERS))
            ui.casesEdit.setFocus()
            return None
        when: datetime = to_datetime(ui.whenEdit)
        return OralDisclosureRequest(
            what=ui.whatEdit.toPlainText(),
            legal_basis=str(ui.basisCombo.currentData() or ""),
            decided_by=ui.decidedByEdit.text(),
            decided_by_role=ui.roleEdit.text(),
            purpose=ui.purposeEdit.text(),
            disclosed_at=when,
            case_ids=case_ids,
            organisation_id=ui.organisationCombo.currentData(),
            person_id=ui.personCombo.currentData(),
            meeting_id=self.meeting_id,
        )

    def save(self) -> bool:
        request = self.request()
        if request is None:
            return False
        try:
            disclosure = record_oral_disclosure(self.session, request)
        except Exception as error:  # shown; the dialog keeps its values, nothing was stored
            self._refuse(error)
            return False
        self.recorded.emit(disclosure)
        self.accept()
        return True

    def _refuse(self, error: BaseException) -> None:
        def text() -> str:
            if isinstance(error, errors.InvalidInput) and error.field in self._labels:
                caption = self._labels[error.field].text().replace("&", "").rstrip(":")
                return f"{caption}: {i18n.tr(errors.CONTEXT, error.problem)}"
            return error_text(error)

        self.message.show(text, error=True)


# --- the Utlämnanden section's entry ---------------------------------------------------------


def add_oral_button(page: Any) -> QPushButton:
    """ "Oral disclosure…" after "New disclosure…" on the Utlämnanden page: the dialog, and on
    a recorded disclosure the page's list read again and a notice."""

    def open_dialog() -> OralDisclosureDialog:
        dialog = OralDisclosureDialog(page.session, (), page)
        dialog.recorded.connect(lambda _d: _recorded(page))
        dialog.open()
        page.oral_dialog = dialog
        return dialog

    translate = QCoreApplication.translate
    button = add_button_after(
        page.ui.exportButton,
        "oralButton",
        lambda: translate("OralDisclosureDialog", "&Oral disclosure…"),
        lambda: translate(
            "OralDisclosureDialog",
            "Record what was said about a case to someone outside your unit (muntligt utlämnande)",
        ),
        open_dialog,
        parent=page,
    )
    button.setEnabled(page.session is not None)
    page.oral_button = button
    return button


def _recorded(page: Any) -> None:
    page.refresh()
    page.notice.emit(
        QCoreApplication.translate("OralDisclosureDialog", "The oral disclosure was recorded.")
    )
