"""Making a brief: what each case contributes (data minimisation), copies and recipients, then
"Save as signed PDF…" or "Print…".

The group's defaults (``default_case_content``) are ticked for every case; the coordinator
changes them per case, or leaves a case out (it is then only named in the agenda). The brief is
gathered in the GUI thread (a read of the vault), rendered and signed on the worker thread
(``briefs.sign_copies`` touches neither vault nor disk), and written only where the coordinator
chose, with the audit row (``briefs.write``). "Print…" asks for the printer first (the
system's dialog), signs, logs the print (``briefs.record_print``: which copy for which recipient,
on which printer) and sends every copy in one job, rasterised in memory by pdfium
(:mod:`kopingplan.gui.briefs.brief_print`); nothing is written, but a printer's file is saved.

Every named copy is made from its own content: its recipient's content profile within the
case choice for a meeting's or a case's brief, the whole picture for the lägesbild's
(:mod:`kopingplan.gui.briefs.copy_contents`). The choices survive a lock as a draft in the
vault (:mod:`kopingplan.gui.briefs.brief_draft`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QListWidgetItem, QWidget

from kopingplan.briefs.document import (
    Brief,
    BriefKind,
    BriefOptions,
    CaseContent,
    default_case_content,
)
from kopingplan.domain import model
from kopingplan.gui.briefs.brief_copies import CopyEditor
from kopingplan.gui.briefs.brief_draft import BriefDraft, restored_text
from kopingplan.gui.briefs.brief_output import BriefOutput, Gathered
from kopingplan.gui.briefs.copy_contents import CopyContents
from kopingplan.gui.common import file_dialogs, list_focus
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.meetings.meeting_view import meeting_time
from kopingplan.services import brief_disclosures, briefs, content_profiles, meetings

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_brief_dialog import Ui_BriefDialog
    from kopingplan.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole
# (options, each copy's recipient, each copy's change) -> the brief and one brief per copy.
MakeCopies = Callable[[BriefOptions, list[Any], list[Any]], tuple[Brief, list[Brief]]]
# The checkboxes of the form, by the CaseContent field they switch.
PART_BOXES = {
    "level": "levelCheck",
    "orientation": "orientationCheck",
    "summary": "summaryCheck",
    "level_history": "levelHistoryCheck",
    "measures": "measuresCheck",
    "exit_plan": "exitPlanCheck",
    "follow_ups": "followUpsCheck",
    "decisions": "decisionsCheck",
    "timeline": "timelineCheck",
    "professionals": "professionalsCheck",
    "subject_name": "subjectNameCheck",
    "relatives": "relativesCheck",
}


def choose_save_path(parent: QWidget) -> str:
    """Where the signed PDF goes: the briefs' folder, a suggested name, ".pdf" added, and an
    existing file replaced only after asking. The name comes from the dialog's
    ``suggested_file_name()`` when it has one, else from its window title and today's date."""
    suggest = getattr(parent, "suggested_file_name", None)
    parts = suggest() if callable(suggest) else [parent.windowTitle(), date.today().isoformat()]
    path = file_dialogs.save_path(
        parent,
        "brief",
        QCoreApplication.translate("BriefDialog", "Save as signed PDF"),
        file_dialogs.suggested_name(parts, "pdf"),
        "pdf",
        QCoreApplication.translate("BriefDialog", "PDF documents (*.pdf)"),
    )
    return str(path) if path else ""


class BriefDialog(BriefOutput):
    FORM = "brief_dialog"
    ui: Ui_BriefDialog

    def __init__(
        self,
        session: Session,
        make: Callable[[BriefOptions], Brief],
        heading: str | Callable[[], str],
        cases: list[tuple[int, str]],
        group_kind: model.GroupKind | None,
        parent: QWidget | None = None,
        *,
        situation: bool = True,
        file_name: Callable[[], list[str]] | None = None,
        make_copies: MakeCopies | None = None,
        brief_kind: BriefKind = BriefKind.MEETING,
        draft_ref: str = "",
    ) -> None:
        super().__init__(session, parent)
        # The parts of the suggested file name: dates, a group's name, a case number, never a
        # person's name (a file name is seen in every folder listing).
        self._file_name = file_name or (lambda: [self.tr("Brief"), date.today().isoformat()])
        self._make = make
        self._make_copies = make_copies
        self._print_job = None
        self.contents = {case_id: default_case_content(group_kind) for case_id, _ in cases}
        ui = self.ui
        # A function when the heading is words (a meeting's), made again on a language switch.
        self._heading: Callable[[], str] = heading if callable(heading) else lambda: heading
        self.boxes: dict[str, QCheckBox] = {f: getattr(ui, n) for f, n in PART_BOXES.items()}
        for name, box in self.boxes.items():
            box.toggled.connect(lambda on, n=name: self._part_toggled(n, on))
        for case_id, title in cases:
            item = QListWidgetItem(title)
            item.setData(ID_ROLE, case_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            ui.caseList.addItem(item)
        ui.casesBox.setVisible(bool(cases))
        list_focus.show_keyboard_focus(ui.caseList)  # Space ticks a case the user can see
        ui.caseList.currentRowChanged.connect(self._case_chosen)
        ui.caseList.itemChanged.connect(lambda *_: self._case_chosen(ui.caseList.currentRow()))
        ui.attendeesCheck.setChecked(True)
        ui.attendeesCheck.setVisible(group_kind is not None)
        ui.situationCheck.setChecked(True)
        ui.situationCheck.setVisible(situation)
        # Every copy has a recipient; one outside the own unit is a disclosure (issue 16).
        self.copy_editor = CopyEditor(ui, self, session, [ui.saveButton, ui.printButton])
        # A named copy holds its recipient's content profile (issue 16).
        self.copy_contents: CopyContents | None = None
        if make_copies is not None:
            self.copy_contents = CopyContents(
                ui,
                self.copy_editor,
                self.options,
                lambda: cases,
                group_kind,
                content_profiles.profiles(session),
                brief_kind,
            )
            refresh = self.copy_contents.refresh
            ui.copyList.currentRowChanged.connect(lambda _: refresh())
            ui.recipientCombo.currentIndexChanged.connect(lambda _: refresh())
            ui.caseList.itemChanged.connect(lambda _: refresh())
            ui.situationCheck.toggled.connect(lambda _: refresh())  # its sources per copy
            ui.addCopyButton.clicked.connect(lambda: refresh())
            ui.removeCopyButton.clicked.connect(lambda: refresh())
            for box in self.boxes.values():
                box.toggled.connect(lambda _: refresh())
        ui.saveButton.clicked.connect(self.save)
        ui.printButton.clicked.connect(self.print_brief)
        ui.closeButton.clicked.connect(self.close)
        self._retranslate_dynamic()
        ui.caseList.setCurrentRow(0)
        self._case_chosen(ui.caseList.currentRow())
        # Kept across a lock (issue 16); the same brief opened again takes its draft up.
        self.draft = BriefDraft(self, draft_ref or brief_kind.value)
        if draft_ref and self.draft.take_up(session):
            ui.messageLabel.setText(restored_text())

    # --- the three kinds

    @classmethod
    def for_meeting(cls, session: Session, meeting_id: int, parent: QWidget | None) -> BriefDialog:
        detail = meetings.detail(session, meeting_id)
        cases = [
            (item.case_id, item.title)
            for item in detail.agenda
            if item.kind is model.AgendaItemKind.CASE and item.case_id is not None
        ]

        def heading() -> str:
            return QCoreApplication.translate(
                "BriefDialog", "Brief for the meeting of {group}, {time}"
            ).format(group=detail.group.name, time=meeting_time(detail.meeting))

        day = detail.meeting.starts_at.astimezone().date().isoformat()
        return cls(
            session,
            lambda options: briefs.meeting_brief(session, meeting_id, options),
            heading,
            cases,
            detail.group.kind,
            parent,
            make_copies=lambda options, to, changes: content_profiles.meeting_copies(
                session, meeting_id, options, to, changes
            ),
            draft_ref=f"meeting:{meeting_id}",
            file_name=lambda: [
                QCoreApplication.translate("BriefDialog", "Meeting brief"),
                day,
                detail.group.name,
            ],
        )

    @classmethod
    def for_case(
        cls, session: Session, case_id: int, title: str, parent: QWidget | None
    ) -> BriefDialog:
        return cls(
            session,
            lambda options: briefs.case_brief(session, case_id, options),
            title,
            [(case_id, title)],
            None,
            parent,
            situation=False,
            make_copies=lambda options, to, changes: content_profiles.case_copies(
                session, case_id, options, to, changes
            ),
            brief_kind=BriefKind.CASE,
            draft_ref=f"case:{case_id}",
            # The case number, not its title: a title often holds a name.
            file_name=lambda: [
                QCoreApplication.translate("BriefDialog", "Case brief"),
                date.today().isoformat(),
                QCoreApplication.translate("BriefDialog", "case {number}").format(number=case_id),
            ],
        )

    @classmethod
    def for_situation(cls, session: Session, parent: QWidget | None) -> BriefDialog:
        return cls(
            session,
            lambda options: briefs.situation_report(session, options),
            "",
            [],
            None,
            parent,
            situation=False,
            make_copies=lambda options, to, changes: content_profiles.situation_copies(
                session, options, to, changes
            ),
            brief_kind=BriefKind.SITUATION,
            draft_ref="situation",
            file_name=lambda: [
                QCoreApplication.translate("BriefDialog", "Situation picture"),
                date.today().isoformat(),
            ],
        )

    def suggested_file_name(self) -> list[str]:
        return self._file_name()

    # --- choices

    def _current_case(self) -> int | None:
        item = self.ui.caseList.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _case_chosen(self, row: int) -> None:
        case_id = self._current_case()
        item = self.ui.caseList.currentItem()
        included = item is not None and item.checkState() == Qt.CheckState.Checked
        content = self.contents.get(case_id) if case_id is not None else None
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(content and getattr(content, name)))
            box.setEnabled(included)
            box.blockSignals(False)
        self._retranslate_dynamic()

    def _part_toggled(self, name: str, on: bool) -> None:
        case_id = self._current_case()
        if case_id is not None:
            self.contents[case_id] = replace(self.contents[case_id], **{name: on})

    def choices_changed(self) -> None:
        """After the choices were set from outside (a draft): the window shows them."""
        self._case_chosen(self.ui.caseList.currentRow())
        if self.copy_contents is not None:
            self.copy_contents.refresh()

    def options(self) -> BriefOptions:
        ui = self.ui
        excluded = set()
        for row in range(ui.caseList.count()):
            item = ui.caseList.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                excluded.add(int(item.data(ID_ROLE)))
        return BriefOptions(
            per_case=dict(self.contents),
            excluded_cases=frozenset(excluded),
            attendees=ui.attendeesCheck.isChecked(),
            situation=ui.situationCheck.isChecked() or not ui.situationCheck.isVisible(),
        )

    def recipients(self) -> list[str]:
        """The names printed on the copies, one per copy (none when no copy is named)."""
        return [copy.name for copy in self.copy_editor.recipients()]

    # --- making it

    def _gather(self) -> Gathered | None:
        if self.copy_editor.validate():
            return None  # the buttons say why
        to = self.copy_editor.recipients()
        copies = len(to) or self.copy_editor.count()
        try:
            per_copy: list[Brief] = []
            if self._make_copies is not None and self.copy_contents is not None and to:
                # Each named copy from its own content, under one document id.
                changes = self.copy_contents.changes()
                brief, per_copy = self._make_copies(self.options(), to, changes)
            else:
                brief = self._make(self.options())
            # Refused before anything is signed: no legal basis, consent not on file…
            brief_disclosures.check(unlocked(self.session), brief, to, datetime.now(UTC))
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return None
        return Gathered(brief, per_copy, to, copies)

    def save(self, _checked: bool = False, path: str = "") -> None:
        path = path or choose_save_path(self)
        if path and self.session is not None:
            self.save_to(path)

    # --- language and closing

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        heading = self._heading()
        ui.headingLabel.setText(heading or self.tr("The current situation picture"))
        if not heading:  # the lägesbild now, not to be taken for "Lägesbild för en period"
            self.setWindowTitle(ui.headingLabel.text())
        if ui.casesBox.isHidden():  # the lägesbild: no parts of cases to choose
            ui.introLabel.setText(
                self.tr(
                    "The whole situation picture, each entry with its source. Every copy has a "
                    "recipient: a copy outside your own unit is a disclosure, without the "
                    "sources unless you tick them for it."
                )
            )
        item = ui.caseList.currentItem()
        if item is None:
            ui.partsLabel.clear()
        elif item.checkState() == Qt.CheckState.Checked:
            ui.partsLabel.setText(self.tr("{case} contributes:").format(case=item.text()))
        else:
            ui.partsLabel.setText(
                self.tr("{case} is left out: the agenda names it, nothing more.").format(
                    case=item.text()
                )
            )

    def retranslate(self) -> None:
        super().retranslate()
        self.copy_editor.retranslate()
        if self.copy_contents is not None:
            self.copy_contents.retranslate()

    def keep_as_draft(self) -> tuple[str, str] | None:
        """Locking: the choices go into the vault as a draft (when any was made) and the
        window closes (:mod:`kopingplan.gui.briefs.brief_draft`), also when the draft cannot
        be stored (that error goes on to the lock, which names the window as lost)."""
        try:
            return self.draft.keep(self.session)
        finally:
            self.reject()
            self.teardown()

    def reject(self) -> None:
        self.draft.closing(self.session)
        super().reject()

    def teardown(self) -> None:
        if self._print_job is not None:
            self._print_job.detach()  # a begun job still prints (it is logged), unseen
        super().teardown()
        self.contents.clear()
        self.ui.caseList.clear()
        self.copy_editor.clear()


# Checked against the form so that a renamed checkbox fails at import, not at a user's click.
assert set(PART_BOXES) <= {f.name for f in fields(CaseContent)}
