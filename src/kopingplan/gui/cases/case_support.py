"""The case window's "Exit and relatives" tab: the exit plan in force and the relatives'
support threads, with the buttons that open the wizards of ``kopingplan.gui.wizards``.

The wizards and the exit-plan service are built apart; both are imported when needed, and the
buttons are hidden when the wizards are not there. The plan's measures and follow-ups are read
(and the reading audited by the service) only when the tab is opened, not with every case.
"""

from __future__ import annotations

import importlib
import logging
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, QObject, QTimeZone
from PySide6.QtWidgets import QTreeWidgetItem

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.assessment_chart import AssessmentChart
from kopingplan.gui.cases.case_model import format_date
from kopingplan.services import registry

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_case_view import Ui_CaseView
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

_OPEN_MEASURE = (model.MeasureStatus.PLANNED, model.MeasureStatus.ONGOING)


def format_time(value: Any) -> str:
    """A UTC instant in local time, the UI locale's short form."""
    stamp = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def exit_plans_service() -> Any:
    """``kopingplan.services.exit_plans`` if it is there (built apart, like the wizards)."""
    try:
        return importlib.import_module("kopingplan.services.exit_plans")
    except ImportError:
        return None


def wizard(name: str) -> Callable[..., Any] | None:
    """``kopingplan.gui.wizards.<name>`` if that package provides it (it is built apart)."""
    try:
        module = importlib.import_module("kopingplan.gui.wizards")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


class SupportPanel(QObject):
    """Fills the tab's widgets (``ui`` is the case window's form)."""

    def __init__(
        self, ui: Ui_CaseView, session: Session | None, case_id: int, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ui, self.case_id = ui, case_id
        self.session: Session | None = session
        self.detail: Any = None
        self._plan_summary: Any = None
        self._plan_viewed = False  # the audited reading was made; later ones only refresh
        self.chart: AssessmentChart | None = None  # made when there are revisions to compare
        ui.tabs.currentChanged.connect(self._tab_changed)

    def fill(self, detail: Any) -> None:
        self.detail = detail
        ui = self.ui
        plan = getattr(self.detail, "exit_plan", None)
        ui.exitPlanLabel.setText(
            self.tr("Revision {n}, made {day}.").format(
                n=plan.revision, day=format_time(plan.created_at)
            )
            if plan is not None
            else self.tr("No exit plan.")
        )
        self._plan_summary = None
        if plan is not None and ui.tabs.currentWidget() is ui.supportTab:
            self._show_plan_summary()
        ui.exitPlanButton.setText(
            self.tr("Exit &plan…") if plan is not None else self.tr("New exit &plan…")
        )
        ui.supportTree.clear()
        threads = []
        if self.session is not None:
            try:
                threads = registry.case_support_threads(self.session, self.case_id)
            except Exception:
                log_failure(_log, "The relatives' support of a case could not be read")
        for thread in threads:
            ui.supportTree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_date(thread.opened_on),
                        thread.relative_name,
                        thread.relation,
                        str(thread.contact_count),
                        format_time(thread.last_contact_at) if thread.last_contact_at else "",
                        format_date(thread.follow_up_on) if thread.follow_up_on else "",
                    ]
                )
            )
        for column in range(ui.supportTree.columnCount() - 1):
            ui.supportTree.resizeColumnToContents(column)
        ui.supportNote.setText(
            "" if threads else self.tr("No relative has been in touch about this case.")
        )
        ui.supportNote.setVisible(not threads)
        ui.supportTree.setVisible(bool(threads))  # an empty table says less than the note

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.supportTab and self._plan_summary is None:
            self._show_plan_summary()

    def _show_plan_summary(self) -> None:
        """Measures and follow-ups of the plan in force, read (and audited by the service)
        only when the tab that shows them is opened. Once per window: showing the plan again
        after a change (a new revision made here, a note saved) is not another viewing."""
        plan = getattr(self.detail, "exit_plan", None)
        service = exit_plans_service()
        if plan is None or service is None or self.session is None:
            return
        read = service.reload_current_plan if self._plan_viewed else service.current_plan
        try:
            current = read(self.session, self.case_id)
            self._plan_viewed = True
        except Exception:
            log_failure(_log, "The exit plan could not be read")
            return
        if current is None:
            return
        self._plan_summary = current
        counts = Counter(model.MeasureStatus(m.status) for m in current.measures)
        parts = [
            self.tr("Revision {n}, made {day}.").format(
                n=current.plan.revision, day=format_time(current.plan.created_at)
            )
        ]
        if current.plan.motivation:
            parts.append(self.tr("Motivation {n} of 5.").format(n=current.plan.motivation))
        if current.measures:
            parts.append(
                self.tr("Measures: {planned} planned, {ongoing} ongoing, {done} done.").format(
                    planned=counts[model.MeasureStatus.PLANNED],
                    ongoing=counts[model.MeasureStatus.ONGOING],
                    done=counts[model.MeasureStatus.DONE],
                )
            )
        upcoming = sorted(
            [f.due_on for f in current.follow_ups if f.done_on is None]
            + [
                m.follow_up_on
                for m in current.measures
                if m.follow_up_on is not None and model.MeasureStatus(m.status) in _OPEN_MEASURE
            ]
        )
        if upcoming:
            parts.append(self.tr("Next follow-up {day}.").format(day=format_date(upcoming[0])))
        self.ui.exitPlanLabel.setText(" ".join(parts))
        self._show_trend(service)

    def _show_trend(self, service: Any) -> None:
        """The assessment across the latest revisions, when there are two or more."""
        try:
            trend = service.assessment_trend(self.session, self.case_id)
        except Exception:
            log_failure(_log, "The exit plan's revisions could not be read")
            return
        if self.chart is None:
            if not trend.comparable:
                return
            self.chart = AssessmentChart(self.ui.supportTab)
            below_buttons = self.ui.supportLayout.indexOf(self.ui.exitPlanLabel) + 2
            self.ui.supportLayout.insertWidget(below_buttons, self.chart)
        self.chart.set_trend(trend)

    def forget(self) -> None:
        self.ui.supportTree.clear()
        self.ui.exitPlanLabel.clear()
        if self.chart is not None:
            self.chart.set_trend(None)
        self.detail = self._plan_summary = self.session = None
