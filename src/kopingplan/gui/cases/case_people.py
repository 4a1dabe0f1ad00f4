"""Adding a person to a case: find them in the registry (or register them on the spot), then
their role and relation.

The search runs in SQL as the user types (every word part of the name, or digits of the
identity number) and offers the first matches; a person not in the vault yet is registered with
"New person…" and chosen at once.
"""

from __future__ import annotations

from typing import Any

import sqlcipher3
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo
from kopingplan.gui.forms import setup_form
from kopingplan.gui.people.person_edit import PersonEditDialog
from kopingplan.services import registry

ALREADY_IN_CASE = errors.QT_TRANSLATE_NOOP("Errors", "is already in the case with this role")


class ParticipantDialog(RecordDialog):
    DRAFT_KIND = "participant"

    def __init__(self, session: Any, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = setup_form("participant_edit", self)
        self.case_id = case_id
        ui = self.ui
        self.fields = {
            "person_id": ui.personCombo,
            "role": ui.roleCombo,
            "relation": ui.relationEdit,
        }
        # The search text first: restoring a draft refills the matches before choosing one.
        self.extra = {"find": ui.findEdit}
        fill_enum_combo(ui.roleCombo, model.CaseRole, labels.role)
        choices.select(ui.roleCombo, model.CaseRole.RELATIVE.value)
        ui.findEdit.textChanged.connect(self.find)
        ui.newPersonButton.clicked.connect(self.new_person)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._person_form: PersonEditDialog | None = None
        self.find("")
        self._retranslate_dynamic()
        self.start(ui.messageLabel)
        ui.findEdit.setFocus()

    def find(self, text: str) -> None:
        if self.session is None:
            return
        rows = choices.offer_persons(
            self.session,
            self.ui.personCombo,
            text,
            label=lambda row: (
                choices.person_label(row) + (f", {row.birth_year}" if row.birth_year else "")
            ),
        )
        total = registry.person_count(self.session, text.strip() or None)
        self.ui.matchesLabel.setText(
            self.tr("The first {shown} of {total} persons; type more to narrow the list.").format(
                shown=len(rows), total=total
            )
            if total > len(rows)
            else ""
        )
        self.ui.matchesLabel.setVisible(total > len(rows))

    def new_person(self) -> None:
        if self.session is None:
            return
        if self._person_form is not None:
            self._person_form.raise_()
            return
        form = PersonEditDialog(self.session, None, self)
        form.saved.connect(self._person_created)
        form.finished.connect(lambda *_: setattr(self, "_person_form", None))
        self._person_form = form
        form.show()

    def _person_created(self, person: model.Person) -> None:
        self.ui.findEdit.setText(person.full_name)
        choices.select(self.ui.personCombo, person.id)

    def _retranslate_dynamic(self) -> None:
        fill_enum_combo(self.ui.roleCombo, model.CaseRole, labels.role)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._retranslate_dynamic()

    def build(self) -> model.CaseParticipant:
        return model.CaseParticipant(
            case_id=self.case_id,
            person_id=self.ui.personCombo.currentData() or 0,
            role=model.CaseRole(self.ui.roleCombo.currentData()),
            relation=rules.normalise_text(self.ui.relationEdit.text()),
        )

    def extra_problems(self) -> dict[str, str]:
        # "Choose a person" reads better than the validator's "must refer to a stored record".
        return {} if self.ui.personCombo.currentData() else {"person_id": rules.REQUIRED}

    def store(self, record: model.CaseParticipant) -> model.CaseParticipant:
        try:
            return self.session.save(record)  # type: ignore[no-any-return]
        except sqlcipher3.IntegrityError:  # UNIQUE (case, person, role)
            raise errors.InvalidInput("person_id", ALREADY_IN_CASE) from None

    def draft_ref(self) -> str:
        return str(self.case_id)

    def close_for_lock(self) -> None:
        if self._person_form is not None:
            self._person_form.close_for_lock()
        super().close_for_lock()


drafts.register(ParticipantDialog.DRAFT_KIND, drafts.via_case_window(ParticipantDialog.DRAFT_KIND))
