"""Muntligt utlämnande: recording what was said about one or more cases to someone outside the
coordinator's unit, as a disclosure like an export (to whom, which cases, what in words, legal
basis, decided by and role, purpose, when).

Opened from a case's consents window (that case filled in) or from the Utlämnanden section.
Everything is checked by :func:`kopingplan.services.disclosures_oral.record_oral_disclosure`;
a refusal (a field missing, consent cited without a consent that covers the recipient and the
purpose) is shown on the message line, names the field by its label, and stores nothing.

Locking keeps what was typed as a draft (:meth:`OralDisclosureDialog.keep_as_draft`, the record
forms' protocol in :mod:`kopingplan.gui.common.drafts`): the dialog closes, and after unlocking
the draft menu opens it again from the Utlämnanden section with the values back. A draft is
named by where the dialog was opened (a meeting, one case, or neither) and is discarded when the
disclosure is recorded or the dialog is closed, or when a case typed in it is deleted.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from kopingplan import errors, i18n
from kopingplan.domain.disclosure_drafts import ORAL_DRAFT_KIND, typed_case_numbers
from kopingplan.errors import QT_TRANSLATE_NOOP, log_failure
from kopingplan.gui.common import choices, drafts
from kopingplan.gui.common.added_button import add_button_after
from kopingplan.gui.common.form_values import set_widget_value, to_datetime, widget_value
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.services import drafts as draft_store
from kopingplan.services import exchange
from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_oral_disclosure import Ui_OralDisclosureDialog
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

NOT_CASE_NUMBERS = QT_TRANSLATE_NOOP("Errors", "must be case numbers separated by commas")


class OralDisclosureDialog(Retranslating, QDialog):
    """``recorded`` carries the stored disclosure."""

    recorded = Signal(object)

    DRAFT_KIND = ORAL_DRAFT_KIND  # its drafts go with a case they name (storage/drafts.py)

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
        self._opened_for = case_ids  # names the draft with the meeting
        self._baseline: dict[str, Any] | None = None  # the values as shown first
        self._draft_restored = False
        self._quiet = False  # closing for a lock or after recording: the draft is not touched
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
        choices.fill_legal_bases(ui.basisCombo, exchange.legal_bases(session))
        ui.casesEdit.setText(", ".join(str(i) for i in case_ids))
        ui.decidedByEdit.setText(getattr(session, "actor", "") or "")
        now = QDateTime.currentDateTime()
        ui.whenEdit.setDateTime(now.addSecs(-now.time().second()))
        up_to_today(ui.whenEdit)  # a later time today is refused on saving, by name
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        self._name_buttons()
        ui.organisationCombo.setFocus()

    # --- drafts (the record forms' protocol, gui/common/drafts.py) -----------------------------

    def _fields(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "organisation": ui.organisationCombo,
            "person": ui.personCombo,
            "cases": ui.casesEdit,
            "what": ui.whatEdit,
            "legal_basis": ui.basisCombo,
            "decided_by": ui.decidedByEdit,
            "role": ui.roleEdit,
            "purpose": ui.purposeEdit,
            "when": ui.whenEdit,
        }

    def values(self) -> dict[str, Any]:
        return {name: widget_value(widget) for name, widget in self._fields().items()}

    def draft_ref(self) -> str:
        """Where the dialog was opened: a meeting, one case, or neither ("new")."""
        if self.meeting_id is not None:
            return f"meeting:{self.meeting_id}"
        if len(self._opened_for) == 1:
            return f"case:{self._opened_for[0]}"
        return "new"

    @property
    def dirty(self) -> bool:
        return self._draft_restored or (
            self._baseline is not None and self.values() != self._baseline
        )

    def showEvent(self, event: QShowEvent) -> None:
        # The opener may set the time (a meeting's start) after making the dialog: the values
        # as first shown are what "unchanged" means, and a kept draft goes over them.
        super().showEvent(event)
        if self._baseline is None:
            self._baseline = self.values()
            self._take_up_draft()

    def _take_up_draft(self) -> None:
        try:
            payload = draft_store.load_draft(self.session, self.DRAFT_KIND, self.draft_ref())
        except Exception:
            log_failure(_log, "A draft could not be read")
            return
        values = payload.get("values") if isinstance(payload, dict) else None
        if not isinstance(values, dict):
            return
        for name, widget in self._fields().items():
            if name in values:
                set_widget_value(widget, values[name])
        self._draft_restored = True
        self.message.show(
            lambda: self.tr(
                "What you typed before the vault was locked is back in the form. Record it, "
                "or close the form to throw it away."
            )
        )

    def _forget_draft(self) -> None:
        try:
            draft_store.discard_draft(self.session, self.DRAFT_KIND, self.draft_ref())
        except Exception:
            log_failure(_log, "A draft could not be discarded")

    def keep_as_draft(self) -> tuple[str, str] | None:
        """Locking: what was typed goes into the vault as a draft and the dialog closes, its
        text cleared. (kind, ref) of the draft, or None when nothing was typed. A draft that
        cannot be stored (a full disk) raises after the dialog has closed, so the unlock window
        names what was lost (the record forms' protocol in :mod:`kopingplan.gui.common.drafts`)."""
        try:
            if self._quiet or not self.dirty:
                return None
            values = self.values()
            draft_store.save_draft(
                self.session, self.DRAFT_KIND, self.draft_ref(), {"values": values}
            )
            return (self.DRAFT_KIND, self.draft_ref())
        finally:
            self._quiet = True
            ui = self.ui
            for edit in (ui.whatEdit, ui.purposeEdit, ui.roleEdit, ui.casesEdit):
                edit.clear()
            super().reject()

    def reject(self) -> None:
        if not self._quiet and self._draft_restored:  # closed by choice: the draft goes too
            self._forget_draft()
        self._quiet = True
        super().reject()

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(self.tr("Oral disclosure"))

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Save: self.tr("Record &disclosure")}

    def case_ids(self) -> tuple[int, ...] | None:
        """The case numbers typed, or None when the text is not a list of numbers."""
        return typed_case_numbers(self.ui.casesEdit.text())

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
            terms=choices.terms_in(ui),
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
        if self._draft_restored:
            self._forget_draft()
        self._quiet = True
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
        return open_on_page(page)

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
    page.oral_button = button
    return button


def open_on_page(
    page: Any, case_ids: tuple[int, ...] = (), meeting_id: int | None = None
) -> OralDisclosureDialog:
    """The dialog over the Utlämnanden page, which reads its list again on a recording."""
    dialog = OralDisclosureDialog(page.session, case_ids, page, meeting_id=meeting_id)
    dialog.recorded.connect(lambda _d: _recorded(page))
    dialog.open()
    page.oral_dialog = dialog
    return dialog


def _reopen(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    """A kept draft, opened again over the Utlämnanden section (the draft menu)."""
    kind, _, number = ref.partition(":")
    if kind not in ("new", "meeting", "case") or (kind != "new" and not number.isdigit()):
        return None
    from kopingplan.gui.shell.sections import section_index

    window = drafts.main_window(parent)
    window.show_section(section_index("disclosures"))
    page = window.disclosures_page
    if kind == "meeting":
        return open_on_page(page, meeting_id=int(number))
    return open_on_page(page, (int(number),) if kind == "case" else ())


drafts.register(OralDisclosureDialog.DRAFT_KIND, _reopen)


def _recorded(page: Any) -> None:
    page.refresh()
    page.notice.emit(
        QCoreApplication.translate("OralDisclosureDialog", "The oral disclosure was recorded.")
    )
