"""Changes of a case that need a reason: moving it to another level, closing it, taking a
person out of it.

They go through the service calls that record why (``cases.move_case_level``,
``cases.close_case``, ``records.remove_participant``); reopening needs no reason and is a
plain question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from kopingplan.domain import model, rules
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo, set_date, to_date
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import cases, records

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_case_reason import Ui_CaseReasonDialog
    from kopingplan.services.session import Session


class _ReasonDialog(RecordDialog[Any]):
    """The shared form: heading, explanation, (level), date, reason. Its case is no record it
    edits (each change builds its own: a level change, the closed case, the participant)."""

    FORM = "case_reason"
    # The value each widget of the shared form holds, by its name; a row not named is hidden.
    FIELDS: ClassVar[dict[str, str]] = {"reason": "reasonEdit"}
    ui: Ui_CaseReasonDialog

    def __init__(self, session: Session, case: model.Case, parent: QWidget | None = None) -> None:
        self.case = case
        assert case.id is not None
        self.case_id: int = case.id
        super().__init__(session, None, parent)

    def set_up(self) -> None:
        ui = self.ui
        # No lowest day on the field: Qt made a typed day before it into another one without
        # a word (2025-01-01 became 2025-12-01 for a case opened 2025-11-06). The day typed
        # stays, and a day before the opening is named under the field (extra_problems).
        up_to_today(ui.dateEdit)
        set_date(ui.dateEdit, date.today())
        self.fields = {name: getattr(ui, widget) for name, widget in self.FIELDS.items()}
        for editor in (ui.levelCombo, ui.dateEdit):
            if editor not in self.fields.values():
                ui.form.setRowVisible(editor, False)

    @property
    def reason_field(self) -> str:
        return next(name for name, widget in self.FIELDS.items() if widget == "reasonEdit")

    def reason(self) -> str:
        return rules.normalise_text(self.ui.reasonEdit.toPlainText())

    def extra_problems(self) -> dict[str, str]:
        # The services refuse a move or a closing without a reason; say so while typing.
        found = {} if self.reason() else {self.reason_field: rules.REQUIRED}
        # A move has no rule of its own against a day before the case was opened (its record
        # does not know that day): the form says it, as the case's rule does for a closing.
        day = next((name for name, widget in self.FIELDS.items() if widget == "dateEdit"), None)
        if day is not None and to_date(self.ui.dateEdit) < self.case.opened_on:
            found[day] = rules.BEFORE_CASE_OPENED
        return found

    def draft_ref(self) -> str:
        return str(self.case_id)

    def words(self) -> tuple[str, str, str]:
        """What this change says: the heading, the explanation and the OK button's text."""
        raise NotImplementedError

    def _retranslate_dynamic(self) -> None:
        heading, explanation, _action = self.words()
        self.ui.headingLabel.setText(heading)
        self.ui.explanationLabel.setText(explanation)

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Ok: self.words()[2]}


class MoveLevelDialog(_ReasonDialog):
    DRAFT_KIND = "case_level"
    FIELDS: ClassVar[dict[str, str]] = {
        "to_level": "levelCombo",
        "changed_on": "dateEdit",
        "reason": "reasonEdit",
    }

    def set_up(self) -> None:
        super().set_up()
        # The usual move is one step: from general or specific down, from individual back up.
        order = list(model.Level)
        position = order.index(self.case.level)
        suggested = order[position + 1] if position + 1 < len(order) else order[position - 1]
        choices.select(self.ui.levelCombo, suggested.value)

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.levelCombo, model.Level, labels.level)

    def words(self) -> tuple[str, str, str]:
        explanation = self.tr(
            "The case is at the {level} level now. The move and its reason are kept in "
            "the level history."
        )
        level = labels.level(self.case.level).lower()
        return (
            self.tr("Move the case to another level"),
            explanation.format(level=level),
            self.tr("&Move"),
        )

    def build(self) -> model.LevelChange:
        return model.LevelChange(
            case_id=self.case_id,
            to_level=model.Level(self.ui.levelCombo.currentData()),
            changed_on=to_date(self.ui.dateEdit),
            reason=self.reason(),
            from_level=self.case.level,
        )

    def store(self, record: model.LevelChange) -> model.Case:
        return cases.move_case_level(
            unlocked(self.session), self.case_id, record.to_level, record.reason, record.changed_on
        )


class CloseCaseDialog(_ReasonDialog):
    DRAFT_KIND = "case_close"
    FOCUS = "reasonEdit"  # the day is today's as a rule; the reason is what is to be written
    FIELDS: ClassVar[dict[str, str]] = {"closed_on": "dateEdit", "close_reason": "reasonEdit"}

    def words(self) -> tuple[str, str, str]:
        explanation = self.tr(
            "A closed case stays in the vault until retention deletes it, and can be "
            "reopened until then."
        )
        return self.tr("Close the case"), explanation, self.tr("&Close case")

    def build(self) -> model.Case:
        return replace(
            self.case,
            status=model.CaseStatus.CLOSED,
            closed_on=to_date(self.ui.dateEdit),
            close_reason=self.reason(),
        )

    def store(self, record: model.Case) -> model.Case:
        assert record.closed_on is not None
        return cases.close_case(
            unlocked(self.session), self.case_id, record.close_reason, record.closed_on
        )


class RemoveParticipantDialog(_ReasonDialog):
    """Takes a person out of the case; the reason is kept with the case."""

    DRAFT_KIND = "participant_remove"

    def __init__(
        self,
        session: Session,
        case: model.Case,
        participant: model.CaseParticipant,
        person_name: str,
        parent: QWidget | None = None,
    ) -> None:
        self.participant = participant
        self.person_name = person_name
        super().__init__(session, case, parent)

    def words(self) -> tuple[str, str, str]:
        explanation = self.tr(
            "{name} ({role}) is taken out of the case. The person stays in the registry; "
            "the removal and its reason are kept with the case."
        )
        role = labels.role(self.participant.role).lower()
        explanation = explanation.format(name=self.person_name, role=role)
        return self.tr("Remove a person from the case"), explanation, self.tr("&Remove")

    def _retranslate_dynamic(self) -> None:
        super()._retranslate_dynamic()
        self.setWindowTitle(self.tr("Remove from case"))

    def build(self) -> model.CaseParticipant:
        return self.participant

    def store(self, record: model.CaseParticipant) -> model.CaseParticipant:
        assert record.id is not None
        return records.remove_participant(unlocked(self.session), record.id, self.reason())

    def draft_ref(self) -> str:
        return f"{self.case_id}:{self.participant.id}"


def ask_reopen(parent: QWidget, on_yes: Callable[[], object]) -> QMessageBox:
    """Asks whether to reopen; ``on_yes()`` runs when the answer is yes. Not modal to the app:
    the box is window-modal and opened, so a lock can close it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("CaseActions", "Reopen the case"),
        QCoreApplication.translate(
            "CaseActions",
            "Reopen the case? It becomes open again; its closing day and reason are cleared.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("reopenQuestion")
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("CaseActions", "&Reopen")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("CaseActions", "Cancel")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            on_yes()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box


drafts.register(MoveLevelDialog.DRAFT_KIND, drafts.via_case_window(MoveLevelDialog.DRAFT_KIND))
drafts.register(CloseCaseDialog.DRAFT_KIND, drafts.via_case_window(CloseCaseDialog.DRAFT_KIND))


def _open_removal(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    case_id, _, participant_id = ref.partition(":")
    view = drafts.main_window(parent).open_case(int(case_id))
    if view is None or not participant_id.isdigit():
        return None
    return view.open_removal(int(participant_id))


drafts.register(RemoveParticipantDialog.DRAFT_KIND, _open_removal)
