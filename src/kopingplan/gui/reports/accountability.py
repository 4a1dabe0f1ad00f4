"""The accountability dialogs: the access-log follow-up (logguppföljning), the disclosure report
and the record of processing (GDPR art. 30), each saved as a signed PDF.

The follow-up shows the audit log a page at a time (:class:`PagedTableModel`), filtered by case
number, action and period in SQL. Each filter the coordinator applies is recorded
("audit.view"), because the follow-up of who opened what must also show who followed up.

A report is made and signed on the worker thread (the access-log report checks the whole audit
chain, which takes a moment on a large log), then written where the coordinator chose, with its
"brief.create" audit row, back in the GUI thread (``briefs.write``). The dialogs are children of
the main window: locking tears them down (:meth:`teardown` forgets the session and the rows).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QLabel, QWidget

from kopingplan.briefs.document import Brief
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.form_values import optional_date, tie_optional_date
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_support import save_table, setup_table
from kopingplan.gui.common.paged_model import ROW_ROLE, Column, PagedTableModel
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.disclosures_page import PERIODS, period_bounds
from kopingplan.gui.reports.access_log_words import action_label, record_label
from kopingplan.gui.reports.signed_report import SignedReportDialog, save_signed_report
from kopingplan.services import accountability, exchange

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_access_log import Ui_AccessLogDialog
    from kopingplan.services.session import Session

SETTINGS_KEY = "access_log"


def local_moment(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# --- The access-log follow-up -----------------------------------------------------------------


class AccessLogDialog(VaultDialog):
    FORM = "access_log"
    ui: Ui_AccessLogDialog

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        case_id: int | None = None,
    ) -> None:
        super().__init__(session, parent, runner=runner)
        ui = self.ui
        self.model = PagedTableModel(self._columns(), self)
        self.model.countChanged.connect(lambda *_: self._show_count())
        setup_table(ui.logTable, self.model, [150, 140, 260, 150, 70], SETTINGS_KEY)
        # A row opens in full; its menu narrows the log to the row's case (the follow-up's
        # next question: who else looked at it?) and copies the row.
        self.row_actions = table_actions.install(
            ui.logTable,
            [
                table_actions.show_row_action(ui.logTable, self.windowTitle),
                RowAction(
                    lambda: self.tr("Only this &case"),
                    self._only_case,
                    lambda index: self._row_case(index) is not None,
                ),
                table_actions.copy_row_action(ui.logTable),
            ],
        )
        ui.caseEdit.setValidator(QIntValidator(1, 2_000_000_000, self))
        if case_id is not None:
            ui.caseEdit.setText(f"{case_id}")
        today = QDate.currentDate()
        ui.fromDate.setDate(today.addDays(-30))
        ui.toDate.setDate(today)
        for check, edit in ((ui.fromCheck, ui.fromDate), (ui.toCheck, ui.toDate)):
            tie_optional_date(check, edit)
        self._actions = accountability.actions(session)
        self._fill_actions()
        ui.applyButton.clicked.connect(self.apply_filters)
        ui.caseEdit.returnPressed.connect(self.apply_filters)
        ui.printButton.clicked.connect(self.print_signed)
        ui.closeButton.clicked.connect(self.close)
        self.applied: accountability.AccessFilter | None = None
        self.apply_filters()

    @staticmethod
    def _row_case(index: QModelIndex) -> int | None:
        """The row's case when it concerns exactly one."""
        row = table_actions.row_value(index, ROW_ROLE)
        cases = str(getattr(row, "cases", "") or "").strip()
        return int(cases) if cases.isdigit() else None

    def _only_case(self, index: QModelIndex) -> None:
        case_id = self._row_case(index)
        if case_id is not None:
            self.ui.caseEdit.setText(f"{case_id}")
            self.apply_filters()

    def _columns(self) -> list[Column]:
        return [
            Column(lambda: self.tr("When"), lambda r: local_moment(r.at)),
            Column(lambda: self.tr("User"), lambda r: r.actor),
            Column(lambda: self.tr("Action"), lambda r: action_label(r.action)),
            Column(lambda: self.tr("Record"), lambda r: record_label(r.entity, r.entity_id)),
            Column(lambda: self.tr("Case"), lambda r: r.cases),
        ]

    def _fill_actions(self) -> None:
        combo = self.ui.actionCombo
        actions = sorted(self._actions, key=action_label)
        refill_choices(
            combo, [(self.tr("All actions"), None), *((action_label(a), a) for a in actions)]
        )
        for row, action in enumerate(actions, start=1):  # the code the log stores, as a tip
            combo.setItemData(row, action, Qt.ItemDataRole.ToolTipRole)

    def filters(self) -> accountability.AccessFilter:
        """The filters as chosen; raises InvalidInput for a reversed period."""
        ui = self.ui
        text = ui.caseEdit.text().strip()
        case_id = int(text) if text.isdigit() else None
        first = optional_date(ui.fromCheck, ui.fromDate)
        last = optional_date(ui.toCheck, ui.toDate)
        return accountability.access_filter(case_id, ui.actionCombo.currentData(), first, last)

    def apply_filters(self) -> None:
        if self.session is None:
            return
        self.ui.messageLabel.clear()
        try:
            chosen = self.filters()
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return
        session = self.session
        self.model.set_paged_query(
            accountability.access_log, accountability.access_log_count, session, chosen
        )
        accountability.record_view(session, chosen, rows=self.model.total)
        self.applied = chosen

    def _show_count(self) -> None:
        self.ui.countLabel.setText(
            self.tr("Rows in the log that match: {count}").format(count=self.model.total)
        )

    def suggested_file_name(self) -> list[str]:
        """``Logguppföljning 2026-12-05 ärende 12`` (the case by number, never its title)."""
        case_id = self.applied.case_id if self.applied else None
        number = self.tr("case {number}").format(number=case_id) if case_id else ""
        return [self.windowTitle(), date.today().isoformat(), number]

    def print_signed(self) -> None:
        """The rows as they are filtered now, as a signed PDF (the filters shown are applied)."""
        if self.session is None:
            return
        try:
            shown = self.filters()
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return
        if shown != self.applied:  # filters edited but not yet shown: show what is printed
            self.apply_filters()
        if self.applied is None:
            return
        session, chosen = self.session, self.applied
        save_signed_report(
            self,
            session,
            self.runner,
            lambda: accountability.access_log_report(session, chosen),
            self.ui.messageLabel.setText,
        )

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_actions()
        self.model.retranslate()
        self._show_count()

    def done(self, result: int) -> None:
        save_table(self.ui.logTable, SETTINGS_KEY)
        super().done(result)

    def teardown(self) -> None:
        super().teardown()
        self.model.clear()
        self.ui.caseEdit.clear()
        self.close()


# --- The disclosure report and the record of processing ------------------------------------------


class ReportDialog(SignedReportDialog):
    """One report of the form ``report_dialog``: a heading, what it holds, a period where it
    has one (``PERIODIC``), "Save signed PDF…"; its window title is ``TITLE``."""

    FORM = "report_dialog"
    PERIODIC: ClassVar[bool] = False
    TITLE: ClassVar[str]  # QT_TRANSLATE_NOOP in the report's own class's context

    def __init__(self, session: Session, runner: TaskRunner | None, parent: QWidget | None) -> None:
        super().__init__(session, runner, parent)
        ui = self.ui
        for widget in (ui.periodLabel, ui.periodCombo):
            widget.setVisible(self.PERIODIC)
        self.fill_choices()
        ui.periodCombo.currentIndexChanged.connect(lambda *_: self.show_summary())
        self.show_texts()

    def fill_choices(self) -> None:
        periods = [(_period_text(key), key) for key in PERIODS]
        refill_choices(self.ui.periodCombo, periods, first="this_year")

    def show_texts(self) -> None:
        self.setWindowTitle(QCoreApplication.translate(type(self).__name__, self.TITLE))
        super().show_texts()


class DisclosureReportDialog(ReportDialog):
    """Every disclosure of a period, with totals."""

    PERIODIC = True
    TITLE = HEADING = QT_TRANSLATE_NOOP("DisclosureReportDialog", "Disclosure report")
    EXPLANATION = QT_TRANSLATE_NOOP(
        "DisclosureReportDialog",
        "Every disclosure of the period: when, to whom, on which legal basis, who "
        "decided and why, the cases and the checksum of what left. Totals per legal "
        "basis and recipient. Signed, for the data protection officer or an auditor.",
    )

    def period(self) -> tuple[datetime | None, datetime | None]:
        return period_bounds(self.ui.periodCombo.currentData() or "all")

    def show_summary(self) -> None:
        label: QLabel = self.ui.summaryLabel
        if self.session is None:
            label.clear()
            return
        since, until = self.period()
        count = exchange.disclosure_count(self.session, since=since, until=until)
        label.setText(self.tr("Disclosures in the period: {count}").format(count=count))

    def maker(self) -> Callable[[], Brief]:
        session = unlocked(self.session)
        since, until = self.period()
        return lambda: accountability.disclosure_report(session, since, until)


class ProcessingRecordDialog(ReportDialog):
    """The record of processing (GDPR art. 30), from the vault's counts and settings."""

    TITLE = QT_TRANSLATE_NOOP("ProcessingRecordDialog", "Record of processing")
    HEADING = QT_TRANSLATE_NOOP("ProcessingRecordDialog", "Record of processing (GDPR art. 30)")
    EXPLANATION = QT_TRANSLATE_NOOP(
        "ProcessingRecordDialog",
        "Purposes, categories of people and data with counts from the vault, "
        "recipients, retention periods and security measures, from the vault's own "
        "settings. Signed and dated.",
    )

    def show_summary(self) -> None:
        label: QLabel = self.ui.summaryLabel
        if self.session is None:
            label.clear()
            return
        label.setText(
            self.tr(
                "Where the vault does not know something (the data protection officer, the "
                "legal basis of the processing), the record says so: fill it in on paper."
            )
        )

    def maker(self) -> Callable[[], Brief]:
        session = unlocked(self.session)
        return lambda: accountability.processing_record(session)


def _period_text(key: str) -> str:
    """The disclosure log's own words for its periods (same choices, same translations)."""
    translate = QCoreApplication.translate
    texts = {
        "all": translate("DisclosuresPage", "All time"),
        "30d": translate("DisclosuresPage", "The last 30 days"),
        "12m": translate("DisclosuresPage", "The last 12 months"),
        "this_year": translate("DisclosuresPage", "This year"),
        "last_year": translate("DisclosuresPage", "Last year"),
    }
    return texts[key]
