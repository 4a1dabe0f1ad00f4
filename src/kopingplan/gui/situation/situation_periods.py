"""The lägesbild for a period, in the Lägesbild section's own tab (issue 18).

:class:`AssessmentsPanel` lists the overall assessments (samlad bedömning), the latest period
first, with who wrote them and when; the chosen one is shown in full below with its earlier
versions. "New assessment…" and "Correct…" open :class:`AssessmentDialog`, a record form like
the others (checked as you type; Esc with changes asks; a lock keeps a draft, offered again
after unlocking): a correction keeps the text it replaces, with a reason. A refusal (a
reversed period, an empty text) is shown under its field, Save waits, and nothing is written.

"Period report…" opens :class:`SituationPeriodDialog`, which makes and signs the period report
on the task runner's worker and writes it with its "brief.create" audit row here
(:func:`kopingplan.gui.reports.signed_report.save_signed_report`): one signed PDF per copy,
each with its recipient, and each copy for a recipient outside the own unit a disclosure of
its own (the brief window's copies, issue 16). Such a copy is without the entries' sources
unless the coordinator ticks them for it under "Change what this copy holds…" (the lägesbild
brief's rule); the own unit's copy and an unnamed one keep them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan.briefs.document import Brief
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import changes, drafts
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.record_form import RecordDialog
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.common.text_room import make_room
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.reports.signed_report import Made
from kopingplan.gui.reports.statistics_dialog import StatisticsDialog, last_half_year
from kopingplan.gui.shell.sections import section_index
from kopingplan.services import situation, situation_report

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_assessment_edit import Ui_AssessmentDialog
    from kopingplan.services.session import Session

FIRST_WORDS = 120


class SaveCancelButtons(QDialogButtonBox):
    """Save and Cancel, Save with its Alt+S: Qt names its standard buttons without one (again at
    each language switch), and Alt+S then typed an "s" into the assessment's text."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent
        )
        self._name_save()

    def _name_save(self) -> None:
        self.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # Qt names its buttons again here: name Save after it
        if event.type() == QEvent.Type.LanguageChange:
            self._name_save()


def save_and_cancel(dialog: QDialog) -> tuple[QLabel, QDialogButtonBox]:
    """A dialog's line for a refusal and its Save and Cancel buttons (Cancel closes it; what
    Save does is the caller's, so a refusal can keep the dialog open)."""
    message = QLabel(dialog)
    message.setWordWrap(True)
    buttons = SaveCancelButtons(dialog)
    buttons.rejected.connect(dialog.reject)
    return message, buttons


class SituationPeriodDialog(StatisticsDialog):
    """The period, then the signed lägesbild for it (the report to the board's window, with
    its common periods and comparison, making another report)."""

    HEADING = QT_TRANSLATE_NOOP("SituationPeriodDialog", "The situation picture for a period")
    EXPLANATION = QT_TRANSLATE_NOOP(
        "SituationPeriodDialog",
        "The overall assessments written for the period, its entries with source, "
        "assessment and reliability, and a comparison with the period of the same length "
        "before it: entries by orientation and by milieu, the milieus that are new and "
        "those that have gone. Signed. A copy outside your own unit is without the "
        "entries' sources unless you tick them for it.",
    )

    def __init__(
        self,
        session: Session,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        period: tuple[date, date] | None = None,
    ) -> None:
        super().__init__(session, runner, parent, today=today)
        if period is not None:
            self.set_period(*period)
        # The lägesbild holds what sources told in confidence: a copy outside the own unit is
        # a disclosure (issue 16; :mod:`kopingplan.services.situation_report`), without the
        # sources unless the coordinator keeps them for that copy.
        self.add_copies(situation=True)
        self.resize(760, self.sizeHint().height())

    def _make(self, first: date, last: date) -> Callable[[], Brief]:
        session = unlocked(self.session)
        return lambda: situation_report.report(session, first, last)

    def copies_maker(self) -> Callable[[], Made] | None:
        """The report and one brief per named copy, each with or without the sources."""
        checked = self._checked_period()
        if checked is None:
            return None
        session = unlocked(self.session)
        to = self.copy_editor.recipients() if self.copy_editor is not None else []
        changes = self.copy_contents.changes() if self.copy_contents is not None else []
        return lambda: situation_report.report_copies(session, *checked, to, changes)

    def suggested_file_name(self) -> list[str]:
        """``Lägesbild 2026-07-01–2026-12-31``: the document's (Swedish) name and the dates."""
        return situation_report.suggested_name(*self.period())

    def show_texts(self) -> None:
        super().show_texts()
        self.setWindowTitle(self.heading())


class AssessmentDialog(RecordDialog[SituationAssessment]):
    """The period and the text of an overall assessment; with a stored one a correction, whose
    reason is kept with the text it replaces. A record form like the others: checked as you
    type, it asks before closing with changes and keeps a draft at a lock."""

    FORM = "assessment_edit"
    DRAFT_KIND = "situation_assessment"
    FOCUS = "textEdit"  # the period offered is usually the one meant
    ui: Ui_AssessmentDialog

    def __init__(
        self,
        session: Session,
        period: tuple[date, date],
        stored: SituationAssessment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.period = period  # a new assessment's, to start from
        super().__init__(session, stored, parent)

    def set_up(self) -> None:
        # The reason belongs to the correction, not to the assessment: a value of the form's.
        self.extra["reason"] = self.ui.reasonEdit
        for widget in (self.ui.reasonLabel, self.ui.reasonEdit):
            widget.setVisible(self.record is not None)

    def new_values(self) -> dict[str, Any]:
        return {"first_day": self.period[0], "last_day": self.period[1]}

    def _retranslate_dynamic(self) -> None:
        self.setWindowTitle(
            self.tr("Correct the overall assessment")
            if self.record is not None
            else self.tr("New overall assessment of the situation picture")
        )

    def build(self) -> SituationAssessment:
        # Written by whoever saves it, now (the service sets both again when it stores).
        actor = self.session.actor if self.session is not None else ""
        return self.record_from_fields(
            SituationAssessment, written_by=actor, written_at=datetime.now(UTC)
        )

    def store(self, record: SituationAssessment) -> SituationAssessment:
        session = unlocked(self.session)
        if self.record is None:
            return situation.add_assessment(session, record.first_day, record.last_day, record.text)
        return situation.correct_assessment(
            session, int(self.record.id or 0), record.text, first=record.first_day,
            last=record.last_day, reason=self.ui.reasonEdit.text(),
        )  # fmt: skip


class AssessmentsPanel(Retranslating, QWidget):
    """The assessments, the chosen one in full with its earlier versions, and the buttons."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.found: list[SituationAssessment] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.tree.itemActivated.connect(lambda *_: self.correct())
        self.tree.setObjectName("assessmentTree")
        make_room(self.tree)  # rows tall enough for Å Ä Ö ("Läget är …", "Ökad aktivitet")
        self.empty_hint = EmptyHint(
            self.tree,
            lambda: self.tr(
                "No assessment written yet. Write the first for a half-year or a year with "
                "New assessment…"
            ),
        )
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.text)
        self.newButton, self.correctButton, self.reportButton = (
            QPushButton(self) for _ in range(3)
        )
        self.newButton.clicked.connect(self.new_assessment)
        self.correctButton.clicked.connect(self.correct)
        self.reportButton.clicked.connect(self.make_report)
        buttons = QHBoxLayout()
        for button in (self.newButton, self.correctButton):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.reportButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.open_dialog: OneWindow[QDialog] = OneWindow()  # an assessment or the report
        self.retranslate()

    # --- the list ------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session is None:
            return
        chosen = self.current()
        self.found = situation.assessments(self.session)
        self.tree.clear()
        for found in self.found:
            words = " ".join(found.text.split())
            words = words if len(words) <= FIRST_WORDS else words[: FIRST_WORDS - 1] + "…"
            item = QTreeWidgetItem(
                [
                    f"{format_date(found.first_day)} – {format_date(found.last_day)}",
                    found.written_by,
                    format_time(found.written_at) if found.written_at else "",
                    words,
                ]
            )
            self.tree.addTopLevelItem(item)
            if chosen is not None and found.id == chosen.id:
                self.tree.setCurrentItem(item)
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self._show_current()

    def show_assessment(self, assessment_id: int) -> bool:
        """Chooses the assessment (a search hit); False when it is not listed (gone since)."""
        self.refresh()
        return self.choose(assessment_id)

    def choose(self, assessment_id: int) -> bool:
        """Makes the listed assessment the chosen row, scrolled into view, its text below;
        False (the choice as it was) when the list does not hold it."""
        for row, found in enumerate(self.found):
            item = self.tree.topLevelItem(row)
            if found.id == assessment_id and item is not None:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def current(self) -> SituationAssessment | None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.found[row] if 0 <= row < len(self.found) else None

    def _show_current(self) -> None:
        chosen = self.current()
        self.correctButton.setEnabled(chosen is not None)
        if chosen is None or self.session is None:
            self.text.setPlainText(
                self.tr("No overall assessment yet. Write one for a period with New assessment…")
                if not self.found
                else ""
            )
            return
        detail = situation.assessment_detail(self.session, int(chosen.id or 0))
        lines = [detail.assessment.text]
        for version in detail.versions:
            lines += [
                "",
                "—" * 20,
                self.tr("Earlier text, written by {who}, replaced {when} by {by}{reason}:").format(
                    who=version.record.written_by,
                    when=format_time(version.replaced_at),
                    by=version.replaced_by,
                    reason=f" ({version.reason})" if version.reason else "",
                ),
                version.record.text,
            ]
        self.text.setPlainText("\n".join(lines))

    # --- writing -------------------------------------------------------------------------------

    def _period(self) -> tuple[date, date]:
        chosen = self.current()
        if chosen is not None:
            return chosen.first_day, chosen.last_day
        return last_half_year(date.today())

    def new_assessment(self) -> None:
        self.open_assessment(None)

    def correct(self) -> None:
        chosen = self.current()
        if chosen is not None and chosen.id is not None:
            self.open_assessment(chosen.id)

    def open_assessment(self, assessment_id: int | None) -> AssessmentDialog | None:
        """The form for a new assessment (``None``) or a stored one, chosen in the list; also
        what a draft kept at a lock is opened again with. ``None`` when it is gone."""
        session = unlocked(self.session)
        stored = None
        if assessment_id is not None:
            if not self.show_assessment(assessment_id):
                return None
            stored = self.current()
        # A new one for the half-year ended by today when asked: the tab stays as long as the
        # vault is open, past midnight too.
        period = last_half_year(date.today())
        shown = self.open_dialog.open(
            lambda: AssessmentDialog(session, period, stored, self),
            modal=True,
            saved=self._saved,
        )
        return shown if isinstance(shown, AssessmentDialog) else None

    def _saved(self, stored: SituationAssessment) -> None:
        """The saved assessment becomes the chosen one (a new one was left unchosen, the row
        chosen before it kept), wherever its period puts it in the list."""
        if changes.hub_of(self) is None:  # else the section has read again (refresh_after)
            self.refresh()
        if stored.id is not None and not self.choose(stored.id):
            self.show_assessment(stored.id)  # not read yet: read, then choose

    def make_report(self) -> None:
        session = unlocked(self.session)
        # On the application's one worker, as from the Rapporter menu: a runner of its own
        # would be a second thread on the vault that a lock neither cancels nor waits for.
        dialog = SituationPeriodDialog(
            session, app_runner(self), self.window(), period=self._period()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_dialog.show(dialog, modal=True)

    # --- life cycle ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "The overall assessment of the situation picture for a period (a half-year, a "
                "year): what the entries say, and how the picture has changed. A correction "
                "keeps the earlier text. The period report prints it with the entries and a "
                "comparison with the period before, signed."
            )
        )
        self.tree.setHeaderLabels(
            [self.tr("Period"), self.tr("Written by"), self.tr("Written"), self.tr("Assessment")]
        )
        self.tree.setAccessibleName(self.tr("Period assessments"))
        self.text.setAccessibleName(self.tr("The chosen assessment in full"))
        self.newButton.setText(self.tr("&New assessment…"))
        self.correctButton.setText(self.tr("C&orrect…"))
        self.reportButton.setText(self.tr("Perio&d report…"))
        self.refresh()

    def teardown(self) -> None:
        self.session = None
        self.found = []
        self.tree.clear()
        self.text.clear()
        if isinstance(dialog := self.open_dialog.window, AssessmentDialog):
            dialog.close_for_lock()  # never asks over a locked vault
        elif dialog is not None:
            dialog.close()


def _reopen(parent: QWidget, session: Session, ref: str) -> AssessmentDialog | None:
    """A draft's form over the Lägesbild section's assessments, the section shown."""
    window = drafts.main_window(parent)
    window.show_section(section_index("situation"))
    return window.situation_page.open_assessment(drafts.stored_id(ref))


def _register() -> None:
    drafts.register(AssessmentDialog.DRAFT_KIND, _reopen)


_register()
