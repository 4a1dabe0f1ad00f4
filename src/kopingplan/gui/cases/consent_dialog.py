"""Recording a consent for a case, and its withdrawal (OSL 12 kap. 2 §).

:class:`ConsentEditDialog` is a record form (:mod:`kopingplan.gui.common.record_form`): validation
as you type by the rules of :mod:`kopingplan.domain.consent`, "unsaved changes?" and a draft when
the vault locks. Recipients are chosen twice over: named organisations of the registry and whole
kinds of organisation ("the police"), each a list of check boxes. Purposes are one a line, as the
consent states them; a disclosure citing consent must give one of them.

:class:`ConsentWithdrawDialog` asks for the day, how and a short note, and stores the withdrawal
through :func:`kopingplan.services.consents.withdraw_consent`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kopingplan.domain import model, rules
from kopingplan.domain.consent import Consent, ConsentForm, ConsentGiver, ConsentState
from kopingplan.errors import QT_TRANSLATE_NOOP, InvalidInput
from kopingplan.gui.cases.case_records import CaseFormDialog
from kopingplan.gui.common import labels
from kopingplan.gui.common.field_messages import caption_text
from kopingplan.gui.common.record_form import fill_enum_combo, set_date, to_date
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tick_list import TickList
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form
from kopingplan.services import consents, registry

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_consent_edit import Ui_ConsentEditDialog
    from kopingplan.gui.forms.ui_consent_withdraw import Ui_ConsentWithdrawDialog
    from kopingplan.services.session import Session

CONTEXT = "ConsentLabels"  # the words of consents, wherever they are shown


_GIVERS = {
    ConsentGiver.SUBJECT: QT_TRANSLATE_NOOP("ConsentLabels", "The person"),
    ConsentGiver.GUARDIAN: QT_TRANSLATE_NOOP("ConsentLabels", "A guardian"),
    ConsentGiver.BOTH: QT_TRANSLATE_NOOP("ConsentLabels", "The person and a guardian"),
}
_FORMS = {
    ConsentForm.WRITTEN: QT_TRANSLATE_NOOP("ConsentLabels", "In writing"),
    ConsentForm.ORAL: QT_TRANSLATE_NOOP("ConsentLabels", "Orally"),
}
_STATES = {
    ConsentState.VALID: QT_TRANSLATE_NOOP("ConsentLabels", "Valid"),
    ConsentState.EXPIRED: QT_TRANSLATE_NOOP("ConsentLabels", "Expired"),
    ConsentState.WITHDRAWN: QT_TRANSLATE_NOOP("ConsentLabels", "Withdrawn"),
    ConsentState.NOT_YET: QT_TRANSLATE_NOOP("ConsentLabels", "Not yet valid"),
}


def giver_label(value: ConsentGiver | str) -> str:
    return QCoreApplication.translate(CONTEXT, _GIVERS[ConsentGiver(value)])


def form_label(value: ConsentForm | str) -> str:
    return QCoreApplication.translate(CONTEXT, _FORMS[ConsentForm(value)])


def state_label(value: ConsentState | str) -> str:
    return QCoreApplication.translate(CONTEXT, _STATES[ConsentState(value)])


class ConsentEditDialog(CaseFormDialog[Consent]):
    """A new consent for one case (a consent is never edited: it is withdrawn, and a new one
    recorded)."""

    FORM = "consent_edit"
    DRAFT_KIND = "consent"
    SAVE = staticmethod(consents.add_consent)
    ui: Ui_ConsentEditDialog

    def set_up(self) -> None:
        ui, session = self.ui, self.session
        # The recipients are kept in the order shown (organisations by name, kinds as listed),
        # and the consent lists them so.
        organisations = TickList(ui.organisationsList, in_row_order=True)
        kinds = TickList(ui.kindsList, str, in_row_order=True)
        self.tick_lists.update(organisation_ids=organisations, organisation_kinds=kinds)
        if session is not None:
            for row in registry.organisations(session):
                organisations.add(row.id, row.name)
        for kind in model.OrganisationKind:
            kinds.add(kind.value, labels.organisation_kind(kind))
        ui.givenOnEdit.setDate(QDate.currentDate())
        up_to_today(ui.givenOnEdit)
        ui.untilEdit.setDate(QDate.currentDate().addYears(1))
        self.optional_day("valid_until", ui.untilCheck, "valid_until_set")
        ui.givenByCombo.currentIndexChanged.connect(self._enable)
        ui.formCombo.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        ui = self.ui
        giver = ui.givenByCombo.currentData()
        ui.guardianEdit.setEnabled(giver in (ConsentGiver.GUARDIAN, ConsentGiver.BOTH))
        ui.witnessEdit.setEnabled(ui.formCombo.currentData() == ConsentForm.ORAL)

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.givenByCombo, ConsentGiver, giver_label)
        fill_enum_combo(self.ui.formCombo, ConsentForm, form_label)

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        for i, kind in enumerate(model.OrganisationKind):
            ui.kindsList.item(i).setText(labels.organisation_kind(kind))
        ui.headingLabel.setText(self.tr("New consent for case {case}").format(case=self.case_id))

    def build(self) -> Consent:
        ui = self.ui
        giver = ConsentGiver(ui.givenByCombo.currentData())
        oral = ui.formCombo.currentData() == ConsentForm.ORAL
        purposes = [
            rules.normalise_text(line) for line in ui.purposesEdit.toPlainText().split("\n")
        ]
        return self.record_from_fields(
            Consent,
            case_id=self.case_id,
            guardian=(
                rules.normalise_text(ui.guardianEdit.text())
                if giver != ConsentGiver.SUBJECT
                else ""
            ),
            purposes=tuple(dict.fromkeys(p for p in purposes if p)),
            witness=rules.normalise_text(ui.witnessEdit.text()) if oral else "",
            recorded_at=datetime.now(UTC),
            recorded_by=getattr(self.session, "actor", "") or "?",
        )


class ConsentWithdrawDialog(Retranslating, QDialog):
    """Records the withdrawal of one consent; ``accepted`` once it is stored."""

    def __init__(self, session: Session, consent: Consent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui: Ui_ConsentWithdrawDialog = setup_form("consent_withdraw", self)
        self.session = session
        self.consent = consent
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        # No lowest day (the day the consent was given): Qt made a typed day before it into
        # another one without a word. The day typed stays; Save names the problem (save).
        up_to_today(ui.withdrawnOnEdit)
        set_date(ui.withdrawnOnEdit, date.today())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        self._name_buttons()
        ui.withdrawnOnEdit.setFocus()

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.formCombo, ConsentForm, form_label)
        # The day it was given is shown: a withdrawal before it is refused in words naming it.
        ui.headingLabel.setText(
            self.tr("Withdrawal of consent {id} (case {case}), given on {given}").format(
                id=self.consent.id, case=self.consent.case_id, given=self.consent.given_on
            )
        )

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Save: self.tr("Record &withdrawal")}

    def save(self) -> bool:
        ui = self.ui
        assert self.consent.id is not None
        try:
            consents.withdraw_consent(
                self.session,
                self.consent.id,
                to_date(ui.withdrawnOnEdit),
                ConsentForm(ui.formCombo.currentData()),
                ui.noteEdit.text(),
            )
        except Exception as error:  # shown; the dialog keeps its values
            failed = error
            self.message.show(lambda: self._error_text(failed), error=True)
            if isinstance(error, InvalidInput) and error.field == "withdrawn_on":
                ui.withdrawnOnEdit.setFocus()
            return False
        self.accept()
        return True

    def _error_text(self, error: Exception) -> str:
        """A day refused (before the consent was given, after today) is named by its caption,
        in the language shown, not by its code name."""
        if isinstance(error, InvalidInput) and error.field == "withdrawn_on":
            caption = caption_text(self.ui.withdrawnOnLabel.text())
            return error_text(InvalidInput(caption, error.problem))
        return error_text(error)
