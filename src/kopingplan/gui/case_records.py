"""Adding a note or a contact to a case, from the case window.

Both are stored through ``Session.save`` (validated, audited) and the case window's timeline is
read again afterwards. The person of a contact is chosen among the people of the case; the
organisation among the partner registry; either may stay empty (the case is the link).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.domain import model, rules
from kopingplan.gui import choices, drafts, labels
from kopingplan.gui.forms import setup_form
from kopingplan.gui.record_form import (
    RecordDialog,
    fill_enum_combo,
    now_minute,
    to_date,
    to_datetime,
)


class NoteDialog(RecordDialog):
    DRAFT_KIND = "note"

    def __init__(self, session: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = setup_form("note_edit", self)
        self.case_id = case_id
        ui = self.ui
        self.fields = {"written_at": ui.writtenEdit, "text": ui.textEdit, "source": ui.sourceEdit}
        ui.writtenEdit.setDateTime(now_minute())
        ui.writtenEdit.setMaximumDate(QDate.currentDate())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        self.start(ui.messageLabel)
        ui.textEdit.setFocus()

    def _retranslate_dynamic(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_dynamic()

    def build(self) -> model.Note:
        return model.Note(
            case_id=self.case_id,
            written_at=to_datetime(self.ui.writtenEdit),
            text=rules.normalise_text(self.ui.textEdit.toPlainText()),
            source=rules.normalise_text(self.ui.sourceEdit.text()),
        )

    def good_values(self) -> dict[str, Any]:
        return {"text": "x", "source": ""}

    def draft_ref(self) -> str:
        return str(self.case_id)


class ContactDialog(RecordDialog):
    DRAFT_KIND = "contact"

    def __init__(
        self,
        session: Any,
        case_id: int,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.ui = setup_form("contact_edit", self)
        self.case_id = case_id
        ui = self.ui
        self.fields = {
            "occurred_at": ui.occurredEdit,
            "channel": ui.channelCombo,
            "person_id": ui.personCombo,
            "organisation_id": ui.organisationCombo,
            "summary": ui.summaryEdit,
            "follow_up_on": ui.followUpEdit,
        }
        self.extra = {"follow_up": ui.followUpCheck}
        fill_enum_combo(ui.channelCombo, model.Channel, labels.channel)
        choices.fill_people(ui.personCombo, people)
        choices.fill_organisations(ui.organisationCombo, session)
        ui.occurredEdit.setDateTime(now_minute())
        ui.occurredEdit.setMaximumDate(QDate.currentDate())
        ui.followUpEdit.setDate(QDate.currentDate().addDays(14))
        ui.followUpEdit.setEnabled(False)
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        self.start(ui.messageLabel)
        ui.summaryEdit.setFocus()

    def _retranslate_dynamic(self) -> None:
        fill_enum_combo(self.ui.channelCombo, model.Channel, labels.channel)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_dynamic()

    def build(self) -> model.Contact:
        ui = self.ui
        return model.Contact(
            occurred_at=to_datetime(ui.occurredEdit),
            channel=model.Channel(ui.channelCombo.currentData()),
            summary=rules.normalise_text(ui.summaryEdit.toPlainText()),
            person_id=ui.personCombo.currentData(),
            organisation_id=ui.organisationCombo.currentData(),
            case_id=self.case_id,
            follow_up_on=to_date(ui.followUpEdit) if ui.followUpCheck.isChecked() else None,
        )

    def good_values(self) -> dict[str, Any]:
        return {"summary": "x", "follow_up_on": None}

    def draft_ref(self) -> str:
        return str(self.case_id)


drafts.register(NoteDialog.DRAFT_KIND, drafts.via_case_window(NoteDialog.DRAFT_KIND))
drafts.register(ContactDialog.DRAFT_KIND, drafts.via_case_window(ContactDialog.DRAFT_KIND))
