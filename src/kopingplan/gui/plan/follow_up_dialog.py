"""Rapporter → Årlig uppföljning av handlingsplanen: the year, the coordinator's words, then a
signed PDF (:mod:`kopingplan.services.yearly_follow_up`).

The dialog says which revision of the plan is followed up (the one in force at the year's end)
and offers a box for the coordinator's assessment of each of its commitments, one for the
overall assessment and one for proposals for the next revision. These words are held by the
dialog only: they go into the PDF and nowhere else (no draft at a lock, no audit detail), so a
lock or Close forgets them. Saving asks where (``Årlig uppföljning 2026.pdf``), counts and
signs on the task runner's worker, then writes the file and its "brief.create" row
(:class:`kopingplan.gui.reports.signed_report.SignedReportDialog`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPlainTextEdit

from kopingplan.briefs.document import Brief
from kopingplan.domain import model
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.signed_report import PeriodReportDialog
from kopingplan.services import plan, yearly_follow_up


class FollowUpDialog(PeriodReportDialog):
    """The year, the revision it follows up with a box per commitment for the coordinator's
    assessment, then the follow-up as a signed PDF."""

    FORM = "follow_up"
    HEADING = QT_TRANSLATE_NOOP("FollowUpDialog", "Yearly follow-up of the action plan")
    EXPLANATION = QT_TRANSLATE_NOOP(
        "FollowUpDialog",
        "For each commitment of the revision in force at the end of the year: the "
        "meetings of its working groups, its activities and their participants, contacts "
        "with its partners and the cases its groups took up by level, and what was not "
        "done. Add your assessment and proposals below: they are printed in the signed "
        "PDF and not kept in the vault. No names, case numbers or texts from cases; "
        "every count from 1 to 4 is shown as “<5”.",
    )

    def setup(self) -> None:
        self.revision: model.PlanRevision | None = None
        self.commitments: list[model.Commitment] = []
        self.words: dict[int, str] = {}  # typed per commitment id, kept while the year changes
        self.edits: dict[int, QPlainTextEdit] = {}
        ui = self.ui
        ui.yearSpin.setMaximum(self.today.year)
        ui.yearSpin.setValue(self.today.year - 1)
        ui.yearSpin.valueChanged.connect(lambda *_: self.show_summary())

    @property
    def year(self) -> int:
        return int(self.ui.yearSpin.value())

    def suggested_file_name(self) -> list[str]:
        """``Årlig uppföljning 2026``: the document's own (Swedish) title, never a name."""
        return yearly_follow_up.suggested_name(self.year)

    # --- the year and its commitments ------------------------------------------------------------

    def _keep_words(self) -> None:
        for commitment_id, edit in self.edits.items():
            self.words[commitment_id] = edit.toPlainText()

    def show_summary(self) -> None:
        """Which revision the year follows up, and a box per commitment for the assessment."""
        self._keep_words()
        self.ui.messageLabel.clear()
        self.revision, self.commitments = None, []
        if self.session is not None and self.session.vault.is_open:
            try:
                self.revision = yearly_follow_up.revision_for(self.session, self.year, self.today)
                if self.revision is not None and self.revision.id is not None:
                    self.commitments = plan.commitments(self.session, self.revision.id)
            except Exception as error:
                self.ui.messageLabel.setText(error_text(error))
        self._fill_boxes()
        self._show_revision()

    def _show_revision(self) -> None:
        revision = self.revision
        if revision is None:
            text = self.tr(
                "No revision of the action plan had been adopted by the end of {year}: record "
                "it under File → Action plan first."
            ).format(year=self.year)
        else:
            text = self.tr(
                "Revision {n}, adopted on {day} by {who}, with %n commitment(s).", "",
                len(self.commitments),
            ).format(n=revision.revision, day=revision.adopted_on.isoformat(),
                     who=revision.adopted_by)  # fmt: skip
        self.ui.summaryLabel.setText(text)
        self.ui.saveButton.setEnabled(revision is not None)

    def _fill_boxes(self) -> None:
        layout = self.ui.assessmentLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.edits = {}
        for number, commitment in enumerate(self.commitments, start=1):
            label = QLabel(f"{number}. {' '.join(commitment.text.split())}", self.ui.assessmentArea)
            label.setWordWrap(True)
            edit = QPlainTextEdit(self.ui.assessmentArea)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(64)
            edit.setPlainText(self.words.get(commitment.id or 0, ""))
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
            self.edits[commitment.id or 0] = edit
        self._retranslate_boxes()
        layout.addStretch(1)

    def _retranslate_boxes(self) -> None:
        for number, edit in enumerate(self.edits.values(), start=1):
            edit.setAccessibleName(self.tr("Your assessment of commitment {n}").format(n=number))
            edit.setPlaceholderText(
                self.tr("Your assessment: what was done, what was not, and why")
            )

    def assessment(self) -> yearly_follow_up.Assessment:
        """What the coordinator typed, for this follow-up only."""
        self._keep_words()
        shown = {key: self.words.get(key, "") for key in self.edits}
        return yearly_follow_up.Assessment(
            self.ui.overallEdit.toPlainText(), shown, self.ui.proposalsEdit.toPlainText()
        )

    # --- saving ----------------------------------------------------------------------------------

    def maker(self) -> Callable[[], Brief] | None:
        """The follow-up of the chosen year with the words typed; a bad text or a year not
        begun is said in the message line before anything is asked."""
        try:
            words = self.assessment().normalised()
            yearly_follow_up.check_year(self.year, self.today)
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return None
        session, year = unlocked(self.session), self.year
        return lambda: yearly_follow_up.report(session, year, words)

    # --- locking -------------------------------------------------------

    def teardown(self) -> None:
        """Locking: forgets the session and every word typed (they are not kept anywhere)."""
        self.words.clear()
        for edit in (*self.edits.values(), self.ui.overallEdit, self.ui.proposalsEdit):
            edit.clear()
        super().teardown()
