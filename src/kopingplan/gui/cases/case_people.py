"""Adding a person to a case: find them in the registry (or register them on the spot), then
their role and relation.

The search runs in SQL as the user types (every word part of the name, or digits of the
identity number) and offers the first matches; a person not in the vault yet is registered with
"New person…" and chosen at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import sqlcipher3

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.gui.cases.case_records import CaseFormDialog
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import fill_enum_combo
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.people.person_finder import PersonFinder

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_participant_edit import Ui_ParticipantDialog

ALREADY_IN_CASE = errors.QT_TRANSLATE_NOOP("Errors", "is already in the case with this role")


class ParticipantDialog(CaseFormDialog[model.CaseParticipant]):
    FORM = "participant_edit"
    DRAFT_KIND = "participant"
    FOCUS = "findEdit"
    ui: Ui_ParticipantDialog

    def set_up(self) -> None:
        # The search text first: restoring a draft refills the matches before choosing one.
        self.extra = {"find": self.ui.findEdit}
        self.finder = PersonFinder(
            self,
            label=lambda row: (
                choices.person_label(row) + (f", {row.birth_year}" if row.birth_year else "")
            ),
        )
        self.finder.find("")

    def new_values(self) -> dict[str, Any]:
        return {"role": model.CaseRole.RELATIVE}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.roleCombo, model.CaseRole, labels.role)

    def build(self) -> model.CaseParticipant:
        return self.record_from_fields(
            model.CaseParticipant,
            case_id=self.case_id,
            person_id=self.ui.personCombo.currentData() or 0,
        )

    def extra_problems(self) -> dict[str, str]:
        # "Choose a person" reads better than the validator's "must refer to a stored record".
        return {} if self.ui.personCombo.currentData() else {"person_id": rules.REQUIRED}

    def store(self, record: model.CaseParticipant) -> model.CaseParticipant:
        try:
            return unlocked(self.session).save(record)
        except sqlcipher3.IntegrityError:  # UNIQUE (case, person, role)
            raise errors.InvalidInput("person_id", ALREADY_IN_CASE) from None

    def close_for_lock(self) -> None:
        self.finder.close_for_lock()
        super().close_for_lock()


drafts.register(ParticipantDialog.DRAFT_KIND, drafts.via_case_window(ParticipantDialog.DRAFT_KIND))
