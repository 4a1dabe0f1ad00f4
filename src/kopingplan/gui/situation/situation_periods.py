"""The lägesbild for a period, in the Lägesbild section's own tab (issue 18).

:class:`AssessmentsPanel` lists the overall assessments (samlad bedömning), the latest period
first, with who wrote them and when; the chosen one is shown in full below with its earlier
versions. "New assessment…" and "Correct…" open :class:`AssessmentDialog` (a correction keeps
the text it replaces, with a reason); "Period report…" opens :class:`SituationPeriodDialog`,
which makes and signs the period report on the task runner's worker and writes it with its
"brief.create" audit row here (:func:`kopingplan.gui.reports.signed_report.save_signed_report`):
one signed PDF per copy, each with its recipient, and each copy for a recipient outside the
own unit a disclosure of its own (the brief window's copies, issue 16). Such a copy is
without the entries' sources unless the coordinator ticks them for it under "Change what this
copy holds…" (the lägesbild brief's rule); the own unit's copy and an unnamed one keep them.
A refusal (a reversed period, an empty text) is shown in the dialog, which stays open, and
nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan import errors, i18n
from kopingplan.briefs.document import Brief
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import changes
from kopingplan.gui.common.field_messages import caption_text
from kopingplan.gui.common.form_values import set_date, to_date
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.signed_report import Made
from kopingplan.gui.reports.statistics_dialog import StatisticsDialog, last_half_year
from kopingplan.services import situation, situation_report

if TYPE_CHECKING:
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


# The fields of an assessment as the dialog's captions name them (its labels, in this order).
_FIELDS = ("first_day", "last_day", "text", "reason")


class AssessmentDialog(Retranslating, QDialog):
    """The period and the text of an assessment; with ``stored`` a correction (with reason).
    Saving is the caller's (:meth:`AssessmentsPanel.new_assessment`): a refusal is shown here
    by :meth:`refuse` and the dialog stays open."""

    def __init__(
        self,
        parent: QWidget | None,
        period: tuple[date, date],
        stored: SituationAssessment | None = None,
    ) -> None:
        super().__init__(parent)
        self.stored = stored
        self.fromDate, self.toDate = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.fromDate, period[0]), (self.toDate, period[1])):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            set_date(edit, day)
        self.textEdit = QPlainTextEdit(self)
        self.textEdit.setTabChangesFocus(True)
        self.reasonEdit = QLineEdit(self)
        self.messageLabel, self.buttons = save_and_cancel(self)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, field in zip(
            self.labels, (self.fromDate, self.toDate, self.textEdit, self.reasonEdit), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        if stored is None:
            self.reasonEdit.hide()
            self.labels[3].hide()
        else:
            self.textEdit.setPlainText(stored.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.resize(620, 440)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(
            self.tr("Correct the overall assessment")
            if self.stored is not None
            else self.tr("New overall assessment of the situation picture")
        )
        for label, text in zip(
            self.labels,
            (self.tr("&From:"), self.tr("&To:"), self.tr("&Assessment:"), self.tr("R&eason:")),
            strict=True,
        ):
            label.setText(text)
        self.textEdit.setPlaceholderText(
            self.tr(
                "What the entries of the period say about the milieus and orientations, and "
                "how the picture has changed since the period before."
            )
        )
        self.reasonEdit.setPlaceholderText(self.tr("Why it is corrected (kept with the text)"))

    def values(self) -> tuple[date, date, str, str]:
        return (
            to_date(self.fromDate),
            to_date(self.toDate),
            self.textEdit.toPlainText(),
            self.reasonEdit.text(),
        )

    def refuse(self, error: Exception) -> None:
        """The refusal, a field's by its caption ("Assessment: must be filled in", not the
        code's "text"), with the keyboard in that field."""
        if isinstance(error, errors.InvalidInput) and error.field in _FIELDS:
            label = self.labels[_FIELDS.index(error.field)]
            problem = i18n.tr(errors.CONTEXT, error.problem)
            self.messageLabel.setText(f"{caption_text(label.text())}: {problem}")
            label.buddy().setFocus()
            return
        self.messageLabel.setText(error_text(error))


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
        for row, found in enumerate(self.found):
            item = self.tree.topLevelItem(row)
            if found.id == assessment_id and item is not None:
                self.tree.setCurrentItem(item)
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
        # Today when asked: the tab stays as long as the vault is open, past midnight too.
        self._open(AssessmentDialog(self, last_half_year(date.today())))

    def correct(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._open(AssessmentDialog(self, self._period(), chosen))

    def _open(self, dialog: AssessmentDialog) -> None:
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        self.open_dialog.show(dialog, modal=True)

    def _save(self, dialog: AssessmentDialog) -> None:
        session = unlocked(self.session)
        first, last, text, reason = dialog.values()
        try:
            if dialog.stored is None:
                situation.add_assessment(session, first, last, text)
            else:
                situation.correct_assessment(
                    session, int(dialog.stored.id or 0), text, first=first, last=last,
                    reason=reason,
                )  # fmt: skip
        except Exception as error:
            dialog.refuse(error)
            return
        dialog.accept()
        if not changes.announce(self):
            self.refresh()

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
        if (dialog := self.open_dialog.window) is not None:
            dialog.close()
