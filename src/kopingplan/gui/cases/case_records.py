"""Adding a note or a contact to a case, from the case window, and correcting one.

New ones are stored through ``Session.save`` (validated, audited) and the case window's timeline
is read again afterwards. The person of a contact is chosen among the people of the case; the
organisation among the partner registry; either may stay empty (the case is the link).

A correction is the same form filled with the record, plus an optional "why"; it is stored
through :mod:`kopingplan.services.records`, which keeps the earlier text as a version.

:class:`CaseFormDialog` is the record form of anything of one case (these two, a person taken
into the case, a consent): ``Form(session, case_id, parent)``, its new one's draft the case's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from kopingplan.domain import model
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import (
    RecordDialog,
    fill_enum_combo,
    now_minute,
)
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import records

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_contact_edit import Ui_ContactDialog
    from kopingplan.gui.forms.ui_note_edit import Ui_NoteDialog
    from kopingplan.services.session import Session


R = TypeVar("R")
S = TypeVar("S", model.Note, model.Contact)


class CaseFormDialog(RecordDialog[R]):
    """A form of something of one case (a person in it, a consent, a note, a contact): it knows
    the case, and a new one's draft is the case's (one at a time, reopened from its window)."""

    def __init__(
        self, session: Session, case_id: int, parent: QWidget | None = None, record: R | None = None
    ) -> None:
        self.case_id = case_id
        super().__init__(session, record, parent)

    def draft_ref(self) -> str:
        return str(self.case_id)


class _CaseRecordDialog(CaseFormDialog[S]):
    """A note or a contact of a case: a new one, or (given the record) corrected with an
    optional "why", the earlier text kept as a version by ``CORRECT``."""

    CORRECT: ClassVar[staticmethod[[Session, Any, str], Any]]  # record, why → stored record

    def set_up(self) -> None:
        """The "why" row of a correction, after the form's own rows."""
        if self.record is not None:
            self.why = _add_why_row(self, self.ui.form)
            self.extra["why"] = self.why

    def store(self, record: S) -> S:
        if self.record is None:
            return super().store(record)  # type: ignore[no-any-return]
        return type(self).CORRECT(unlocked(self.session), record, self.why.text())  # type: ignore[no-any-return]

    def _retranslate_dynamic(self) -> None:
        _label_why(self)

    def draft_ref(self) -> str:
        """A correction's draft is the record's."""
        if self.record is None:
            return super().draft_ref()
        return f"{self.case_id}:{self.record.id}"


class NoteDialog(_CaseRecordDialog[model.Note]):
    FORM = "note_edit"
    DRAFT_KIND = "note"
    FOCUS = "textEdit"
    CORRECT = staticmethod(records.correct_note)
    ui: Ui_NoteDialog

    def set_up(self) -> None:
        ui = self.ui
        ui.writtenEdit.setDateTime(now_minute())
        up_to_today(ui.writtenEdit)
        super().set_up()

    def build(self) -> model.Note:
        return self.record_from_fields(model.Note, case_id=self.case_id)


class ContactDialog(_CaseRecordDialog[model.Contact]):
    FORM = "contact_edit"
    DRAFT_KIND = "contact"
    FOCUS = "summaryEdit"
    CORRECT = staticmethod(records.correct_contact)
    ui: Ui_ContactDialog

    def __init__(
        self,
        session: Session,
        case_id: int,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
        contact: model.Contact | None = None,
    ) -> None:
        self.people = people  # whom the contact may have been with
        super().__init__(session, case_id, parent, contact)

    def set_up(self) -> None:
        ui, contact = self.ui, self.record
        choices.fill_people(ui.personCombo, self.people)
        choices.fill_organisations(ui.organisationCombo, unlocked(self.session))
        ui.occurredEdit.setDateTime(now_minute())
        up_to_today(ui.occurredEdit)
        ui.followUpEdit.setDate(QDate.currentDate().addDays(14))
        self.optional_day("follow_up_on", ui.followUpCheck, "follow_up")
        person = contact.person_id if contact is not None else None
        if person is not None and ui.personCombo.findData(person) < 0:  # no longer in the case
            ui.personCombo.addItem(self.tr("(earlier person)"), person)
        super().set_up()

    def shown_values(self, record: model.Contact) -> dict[str, Any]:
        return {"channel": model.Channel(record.channel)}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.channelCombo, model.Channel, labels.channel)

    def build(self) -> model.Contact:
        return self.record_from_fields(
            model.Contact,
            case_id=self.case_id,
        )


def _add_why_row(form: QWidget, layout: Any) -> QLineEdit:
    """The optional "why" of a correction, as the last row of the form."""
    edit = QLineEdit(form)
    edit.setObjectName("whyEdit")
    label = QLabel(form)
    label.setObjectName("whyLabel")
    label.setBuddy(edit)
    layout.addRow(label, edit)
    _label_why(form)
    return edit


def _label_why(form: QWidget) -> None:
    """The words of a correction's "why" row (a form without one is left as it is)."""
    label, edit = form.findChild(QLabel, "whyLabel"), form.findChild(QLineEdit, "whyEdit")
    if label is None or edit is None:
        return
    translate = QCoreApplication.translate
    label.setText(translate("CaseRecords", "Wh&y corrected:"))
    edit.setPlaceholderText(
        translate("CaseRecords", "Optional, e.g. a wrong name; kept with the earlier version")
    )


class NoteCorrectionDialog(NoteDialog):
    """The note, to correct; the earlier text is kept as a version."""

    DRAFT_KIND = "note_correction"

    def __init__(self, session: Session, note: model.Note, parent: QWidget | None = None) -> None:
        super().__init__(session, note.case_id, parent, note)

    def _retranslate_dynamic(self) -> None:
        super()._retranslate_dynamic()
        self.ui.headingLabel.setText(self.tr("Correct the note"))
        self.setWindowTitle(self.tr("Correct note"))


class ContactCorrectionDialog(ContactDialog):
    DRAFT_KIND = "contact_correction"

    def __init__(
        self,
        session: Session,
        contact: model.Contact,
        people: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        assert contact.case_id is not None
        super().__init__(session, contact.case_id, people, parent, contact=contact)

    def _retranslate_dynamic(self) -> None:
        super()._retranslate_dynamic()
        self.ui.headingLabel.setText(self.tr("Correct the contact"))
        self.setWindowTitle(self.tr("Correct contact"))


def _via_case_window_record(kind: str) -> drafts.Opener:
    """Opens a correction form kept as a draft (ref "case:record") from its case window."""

    def opener(parent: QWidget, session: Session, ref: str) -> QWidget | None:
        case_id, _, record_id = ref.partition(":")
        view = drafts.main_window(parent).open_case(int(case_id))
        if view is None or not record_id.isdigit():
            return None
        return view.open_correction(kind, int(record_id))

    return opener


drafts.register(
    NoteCorrectionDialog.DRAFT_KIND, _via_case_window_record(NoteCorrectionDialog.DRAFT_KIND)
)
drafts.register(
    ContactCorrectionDialog.DRAFT_KIND, _via_case_window_record(ContactCorrectionDialog.DRAFT_KIND)
)
drafts.register(NoteDialog.DRAFT_KIND, drafts.via_case_window(NoteDialog.DRAFT_KIND))
drafts.register(ContactDialog.DRAFT_KIND, drafts.via_case_window(ContactDialog.DRAFT_KIND))
