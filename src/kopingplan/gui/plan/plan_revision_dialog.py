"""The form for one revision of the action plan: its number, the day it was adopted, who
decided it (KF, KS or a committee), the decision's diary number, what changed and the plan's
text. Saving goes through :func:`kopingplan.services.plan.save_revision` ("plan_revisions.add"
or ".change" in the log); validation as you type is
:class:`~kopingplan.gui.common.record_form.RecordDialog`'s, from ``domain.rules.problems``.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from kopingplan.domain import model
from kopingplan.gui.common import drafts
from kopingplan.gui.common.record_form import RecordDialog
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.services import plan

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_plan_revision import Ui_PlanRevisionDialog
    from kopingplan.services.session import Session


class PlanRevisionDialog(RecordDialog[model.PlanRevision]):
    FORM = "plan_revision"
    DRAFT_KIND = "plan_revision"
    SAVE = staticmethod(plan.save_revision)
    FOCUS = "textEdit"
    FOCUS_STORED = "changesEdit"
    ui: Ui_PlanRevisionDialog

    def __init__(
        self,
        session: Session,
        revision: model.PlanRevision | None,
        parent: QWidget | None = None,
        *,
        number: int = 1,
    ) -> None:
        self.number = number  # a new revision's number
        super().__init__(session, revision, parent)

    def set_up(self) -> None:
        completer = QCompleter(list(plan.ADOPTERS.values()), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.adoptedByEdit.setCompleter(completer)
        up_to_today(self.ui.adoptedEdit)  # adopted: not a day to come

    def new_values(self) -> dict[str, Any]:
        return {
            "revision": self.number,
            "adopted_on": date.today(),
            "adopted_by": plan.ADOPTERS["KF"],
        }

    def _retranslate_dynamic(self) -> None:
        if self.record is None:
            heading = self.tr("New revision of the action plan")
        else:
            heading = self.tr("Revision {n} of the action plan").format(n=self.record.revision)
        self.ui.headingLabel.setText(heading)

    def button_words(self) -> ButtonWords:
        return {**super().button_words(), QDialogButtonBox.StandardButton.Cancel: self.tr("Cancel")}

    def build(self) -> model.PlanRevision:
        return self.record_from_fields(model.PlanRevision)

    def draft_title(self) -> str:
        return self.tr("Revision of the action plan")


# After unlocking: the plan's view, then the form again with its draft.
drafts.register(
    PlanRevisionDialog.DRAFT_KIND, drafts.via_main_window_part("plan_actions", "open_revision")
)
