"""The exit-plan wizard (individuell handlingsplan): a new plan or the next revision."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kopingplan.domain.flows import ExitPlanFlow
from kopingplan.domain.flows.exit_plan import DRAFT_KIND
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.wizards.base import FlowWizard
from kopingplan.gui.wizards.exit_plan_pages import PAGES
from kopingplan.gui.wizards.summary import Names
from kopingplan.services import exit_plans

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class ExitPlanWizard(FlowWizard):
    """Opened from a case. Its title never names the case: titles show in task bars."""

    DRAFT_KIND = DRAFT_KIND
    PAGES = PAGES

    def __init__(
        self, session: Session, case_id: int, parent: QWidget | None = None, *, resume: bool = False
    ) -> None:
        flow = exit_plans.start_flow(session, case_id)
        super().__init__(session, flow, exit_plans.draft_ref(case_id), parent, resume=resume)
        self.case_id = case_id
        self.result_detail: exit_plans.PlanDetail | None = None
        # The registry is read once: a wizard is short-lived, and the pick lists stay stable.
        self.organisations = exit_plans.organisations(session)
        self.staff = exit_plans.staff(session)
        self.names = Names(
            organisations={c.id: c.label for c in self.organisations},
            people={c.id: c.label for c in self.staff},
        )
        self.add_pages()

    def retranslate(self) -> None:
        super().retranslate()
        if self.flow.base_revision:
            self.setWindowTitle(self.tr("Revise the exit plan"))
        else:
            self.setWindowTitle(self.tr("New exit plan"))

    def flow_from_draft(self, payload: dict[str, Any]) -> ExitPlanFlow:
        return ExitPlanFlow.from_draft(self.case_id, payload)

    def store_records(self) -> None:
        records = self.flow.build()
        self.result_detail = exit_plans.save_exit_plan(
            unlocked(self.session), records, draft=self.draft_ref
        )
