"""Rapporter → Lägesrapport till kommunstyrelsen: the period, then a signed PDF.

The coordinator picks the first and last day (or a common period: a half-year, a year); the
dialog says which period it is compared with. Saving asks where (the briefs' folder, a name
such as ``Lägesrapport 2026-01-01–2026-06-30.pdf``), counts and signs on the task runner's
worker with a progress dialog, then writes the file and its "brief.create" audit row here
(:func:`kopingplan.gui.reports.signed_report.save_signed_report`). A reversed or overlong period is
refused with a message before anything is asked or counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from kopingplan.briefs.document import Brief
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.common.form_values import set_date, to_date
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.signed_report import PeriodReportDialog
from kopingplan.services import statistics

PRESETS = ("", "last_half", "this_year", "last_year")


def last_half_year(today: date) -> tuple[date, date]:
    """The latest half-year that has ended: the usual period of a report to the board."""
    if today.month > 6:
        return date(today.year, 1, 1), date(today.year, 6, 30)
    return date(today.year - 1, 7, 1), date(today.year - 1, 12, 31)


def preset_period(key: str, today: date) -> tuple[date, date]:
    if key == "this_year":
        return date(today.year, 1, 1), today
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return last_half_year(today)


class StatisticsDialog(PeriodReportDialog):
    """The period (or a common one) and the period it is compared with, then the counts as a
    signed PDF."""

    FORM = "statistics_report"
    HEADING = QT_TRANSLATE_NOOP("StatisticsDialog", "Report to the municipal executive board")
    EXPLANATION = QT_TRANSLATE_NOOP(
        "StatisticsDialog",
        "How the work goes, in counts for the period and the period of the same length "
        "before it: cases by level, orientation and age, new and closed cases, moves "
        "between levels, exit plans, support to relatives, disclosures by legal basis, "
        "channel and kind of recipient, activities and participants, incidents and the "
        "action plan's commitments. "
        "No names, case numbers or texts; every count from 1 to 4 is shown as “<5”, "
        "with what would give it away hidden too. Signed.",
    )

    def setup(self) -> None:
        ui = self.ui
        first, last = last_half_year(self.today)
        for edit, value in ((ui.fromDate, first), (ui.toDate, last)):
            set_date(edit, value)
            edit.dateChanged.connect(lambda *_: self.show_summary())
        self.fill_choices()
        ui.presetCombo.activated.connect(lambda *_: self._apply_preset())

    def period(self) -> tuple[date, date]:
        return to_date(self.ui.fromDate), to_date(self.ui.toDate)

    def set_period(self, first: date, last: date) -> None:
        set_date(self.ui.fromDate, first)
        set_date(self.ui.toDate, last)

    def suggested_file_name(self) -> list[str]:
        """``Lägesrapport 2026-01-01–2026-06-30``: the document's own (Swedish) title and the
        dates, whatever the screen's language; never a name."""
        return statistics.suggested_name(*self.period())

    def fill_choices(self) -> None:
        combo = self.ui.presetCombo
        combo.clear()
        # In this class's context also when a subclass (the lägesbild for a period) runs it:
        # PySide's self.tr would look them up under the subclass's name.
        texts = {
            "": QCoreApplication.translate("StatisticsDialog", "Common periods…"),
            "last_half": QCoreApplication.translate("StatisticsDialog", "The last half-year"),
            "this_year": QCoreApplication.translate("StatisticsDialog", "This year so far"),
            "last_year": QCoreApplication.translate("StatisticsDialog", "Last year"),
        }
        for key in PRESETS:
            combo.addItem(texts[key], key)

    def _apply_preset(self) -> None:
        key = self.ui.presetCombo.currentData()
        if key:
            self.set_period(*preset_period(key, self.today))
        self.ui.presetCombo.setCurrentIndex(0)

    def _checked_period(self) -> tuple[date, date] | None:
        """The period, or None with the reason shown (reversed, or longer than ten years)."""
        first, last = self.period()
        try:
            statistics.periods(first, last)
        except Exception as error:
            self.ui.summaryLabel.setText(error_text(error))
            return None
        return first, last

    def show_summary(self) -> None:
        self.ui.messageLabel.clear()
        checked = self._checked_period()
        if checked is None:
            return
        current, previous = statistics.periods(*checked)
        self.ui.summaryLabel.setText(
            QCoreApplication.translate(
                "StatisticsDialog",
                "{days} days, compared with the {days} days before: {first} – {last}.",
            ).format(
                days=(current.last - current.first).days + 1,
                first=previous.first.isoformat(),
                last=previous.last.isoformat(),
            )
        )

    def _make(self, first: date, last: date) -> Callable[[], Brief]:
        session = unlocked(self.session)
        return lambda: statistics.report(session, first, last)

    def maker(self) -> Callable[[], Brief] | None:
        checked = self._checked_period()
        return None if checked is None else self._make(*checked)
