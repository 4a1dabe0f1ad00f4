"""The "Rapporter" menu of the main window, installed by the controller after unlock.

Logguppföljning …, Utlämnanderapport …, Registerförteckning (GDPR art. 30) …: the records a data
protection officer or an auditor asks for, each saved as a signed PDF; then Lägesrapport till
kommunstyrelsen … (counts for the political leadership, no names) and Lägesbild för en
period … (the signed period report, also made from the Lägesbild section's own tab). The menu
sits before Settings; its texts are retranslated on a language switch. The dialogs are children
of the main window, so locking closes them with it (their ``teardown`` forgets the session).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from kopingplan.gui.common.menu_actions import WindowActions
from kopingplan.gui.plan.follow_up_dialog import FollowUpDialog
from kopingplan.gui.reports import where_to_turn
from kopingplan.gui.reports.accountability import (
    AccessLogDialog,
    DisclosureReportDialog,
    ProcessingRecordDialog,
)
from kopingplan.gui.reports.statistics_dialog import StatisticsDialog
from kopingplan.gui.situation.situation_periods import SituationPeriodDialog

if TYPE_CHECKING:
    from kopingplan.gui.shell.controller import AppController
    from kopingplan.gui.shell.main_window import MainWindow


class ReportActions(WindowActions):
    def __init__(self, controller: AppController, window: MainWindow) -> None:
        super().__init__(controller, window)
        ui = window.ui
        self.menu = menu = QMenu(window)
        menu.setObjectName("reportsMenu")
        ui.menuBar.insertMenu(ui.settingsMenu.menuAction(), menu)
        translate = QCoreApplication.translate
        self.access_log_action = self.action(
            self.open_access_log, menu, lambda: translate("ReportActions", "&Access log follow-up…")
        )
        self.disclosures_action = self.action(
            self.open_disclosure_report,
            menu,
            lambda: translate("ReportActions", "&Disclosure report…"),
        )
        self.processing_action = self.action(
            self.open_processing_record,
            menu,
            lambda: translate("ReportActions", "Record of &processing (GDPR art. 30)…"),
        )
        menu.addSeparator()
        self.statistics_action = self.action(
            self.open_statistics,
            menu,
            lambda: translate("ReportActions", "&Report to the municipal executive board…"),
        )
        self.situation_action = self.action(  # issue 18
            self.open_situation_report,
            menu,
            lambda: translate("ReportActions", "The &situation picture for a period…"),
        )
        self.follow_up_action = self.action(  # gui.plan.follow_up_dialog
            self.open_follow_up,
            menu,
            lambda: translate("ReportActions", "&Yearly follow-up of the action plan…"),
        )
        self.where_action = self.action(
            lambda: where_to_turn.open_dialog(self),
            menu,
            lambda: translate("ReportActions", "&Where do I turn?…"),
        )
        self.ready()

    def retranslate(self) -> None:
        super().retranslate()
        self.menu.setTitle(QCoreApplication.translate("ReportActions", "&Reports"))

    def open_access_log(self, case_id: int | None = None) -> AccessLogDialog | None:
        return self.show_task_dialog(partial(AccessLogDialog, case_id=case_id))

    def open_disclosure_report(self) -> DisclosureReportDialog | None:
        return self.show_task_dialog(DisclosureReportDialog)

    def open_processing_record(self) -> ProcessingRecordDialog | None:
        return self.show_task_dialog(ProcessingRecordDialog)

    def open_statistics(self) -> StatisticsDialog | None:
        """Rapporter → Lägesrapport till kommunstyrelsen."""
        return self.show_task_dialog(StatisticsDialog)

    def open_situation_report(self) -> SituationPeriodDialog | None:
        """Rapporter → Lägesbild för en period: the signed report, the last half-year first."""
        return self.show_task_dialog(SituationPeriodDialog)

    def open_follow_up(self) -> FollowUpDialog | None:
        """Rapporter → Årlig uppföljning av handlingsplanen."""
        return self.show_task_dialog(FollowUpDialog)


def install(controller: AppController, window: MainWindow) -> ReportActions:
    """Called by the controller once the main window is up."""
    actions = ReportActions(controller, window)
    window.reports = actions
    # The Disclosures section offers its own report too, where the log is (once it is built).
    window.sections.when_built("disclosures", lambda page: _offer_report(page, actions))
    return actions


def _offer_report(page: Any, actions: ReportActions) -> None:
    page.ui.reportButton.clicked.connect(actions.open_disclosure_report)
    page.ui.reportButton.show()
