"""Creating and editing a case: title, level, orientation, opening day, who holds it, summary.

An existing case's level and status are not edited here: they change only with a reason, in
the case window ("Move to level…", "Close case…"), so this form shows the level but does not
let it change (Session.save refuses that too). The window title says "Case" and no more.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from kopingplan.domain import model, rules
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_case_edit import Ui_CaseEditDialog
    from kopingplan.services.session import Session


class CaseEditDialog(RecordDialog[model.Case]):
    FORM = "case_edit"
    DRAFT_KIND = "case"
    ui: Ui_CaseEditDialog

    def set_up(self) -> None:
        ui, case = self.ui, self.record
        session = unlocked(self.session)
        choices.fill_groups(ui.groupCombo, session)
        choices.fill_professionals(
            ui.personCombo, session, case.responsible_person_id if case else None
        )
        up_to_today(ui.openedEdit)
        if case is None:
            ui.levelHint.hide()
            return
        if case.closed_on is not None:  # a closed case cannot have opened after it closed
            # ... but an older record's later day stays shown, to be corrected.
            set_date_max = max(min(case.closed_on, date.today()), case.opened_on)
            ui.openedEdit.setMaximumDate(
                QDate(set_date_max.year, set_date_max.month, set_date_max.day)
            )
        ui.levelCombo.setEnabled(False)

    def new_values(self) -> dict[str, Any]:
        return {
            "opened_on": date.today(),
            "level": model.Level.GENERAL,
            "orientation": model.Orientation.UNCLEAR,
        }

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.levelCombo, model.Level, labels.level)
        fill_enum_combo(self.ui.orientationCombo, model.Orientation, labels.orientation)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("New case")
            if self.record is None
            else self.tr("Edit case {number}").format(number=self.record.id)
        )

    # --- RecordDialog -----------------------------------------------------------------------------

    def build(self) -> model.Case:
        case = self.record
        return self.record_from_fields(
            model.Case,
            status=case.status if case else model.CaseStatus.OPEN,
            closed_on=case.closed_on if case else None,
            close_reason=case.close_reason if case else "",
        )

    def problems(self) -> dict[str, str]:
        found = super().problems()
        # The rule names the closing day, which this form does not show: the opening day typed
        # here is what to correct, so it is named under "Opened", in its own words.
        if found.get("closed_on") == rules.BEFORE_CASE_OPENED:
            del found["closed_on"]
            found.setdefault("opened_on", rules.AFTER_CASE_CLOSED)
        return found

    def draft_title(self) -> str:
        return self.ui.headingLabel.text()


def open_case_form(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    """The case form for a draft's ref: a new case's form, or a case's own from its window."""
    if ref != "new":
        return drafts.via_case_window(CaseEditDialog.DRAFT_KIND)(parent, session, ref)
    dialog = CaseEditDialog(session, None, parent)
    dialog.show()
    return dialog


drafts.register(CaseEditDialog.DRAFT_KIND, open_case_form)
