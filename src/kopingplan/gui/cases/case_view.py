"""A case: overview (facts, people, level history), timeline, exit plan and relatives' support,
incoming information linked to it, with the actions on it (edit, move level, close or reopen,
new note, new contact, a signed brief of it, a disclosure of it). Its rows open
(:mod:`kopingplan.gui.cases.case_rows`): a note or a contact in a window of its own, where it can be
corrected and copied; a person in their person window, or taken out of the case with a reason.

The detail comes from ``cases.open_case``, which writes the opening to the audit log;
after a change made here the case is read again through ``cases.reload_case``, which
writes nothing: the change has its own row, and showing it is not another opening.
Every change goes through a form (:mod:`kopingplan.gui.cases.case_edit`, ``case_actions``,
``case_records``) and the service. The window title is "Case" and the case number, nothing
more: titles appear in task bars and window switchers, which must show no names.

"Create brief…" opens the brief dialog for this case and "Disclose…" the export wizard with this
case chosen; both are children of this window, so closing or locking it closes them too.

The exit plan and relatives' support buttons open the wizards of ``kopingplan.gui.wizards``
when that package is there (imported when needed); without it they are hidden.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_actions import CloseCaseDialog, MoveLevelDialog, ask_reopen
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_incoming import CaseIncomingPanel
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_people import ParticipantDialog
from kopingplan.gui.cases.case_records import ContactDialog, NoteDialog
from kopingplan.gui.cases.case_rows import (
    ROW_ROLE,
    TIMELINE_LIMIT,
    CaseRecordWindows,
    CaseRows,
    fill_participants,
    find_row,
    timeline_row,
)
from kopingplan.gui.cases.case_support import SupportPanel, format_time, wizard
from kopingplan.gui.cases.case_triage import TriagePanel
from kopingplan.gui.cases.keys_shown import keys_shown, tab_letters_reach
from kopingplan.gui.common import changes, labels, table_actions
from kopingplan.gui.common.one_window import OneWindow, WindowsByKey
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.gui.forms import setup_form
from kopingplan.gui.intake.concerns_page import show_concerns_of_case
from kopingplan.services import cases, registry
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.cases.note_view import RecordView
    from kopingplan.gui.forms.ui_case_view import Ui_CaseView
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

# What a case window shows, by kind of record (services/changes.py): a change of any of them
# reads the case again (without an "opened" row in the access log).
SHOWN_KINDS = (
    "cases",
    "level_changes",
    "notes",
    "contacts",
    "case_participants",
    "persons",
    "organisations",
    "exit_plans",
    "measures",
    "follow_ups",
    "relative_supports",
    "relative_support_contacts",
    "consents",
    "attachments",
    "disclosures",
    "concerns",
    "exchange",
)


class CaseView(Retranslating, CaseRecordWindows, QDialog):
    disclosed = Signal(object)  # an export of this case was made here (ExportResult)
    personRequested = Signal(int)  # open this person's window (a row of "People in the case")

    def __init__(
        self, detail: Any, session: Session | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui: Ui_CaseView = setup_form("case_view", self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail: Any = detail
        self.session: Session | None = session
        self.case_id: int = detail.case.id
        self._forms: WindowsByKey[str, QDialog] = WindowsByKey()
        self._records: WindowsByKey[tuple[str, int], RecordView] = WindowsByKey()  # notes, contacts
        self._wizard_windows: list[Any] = []
        self._brief: OneWindow[Any] = OneWindow()
        self._export: OneWindow[ExportWizard] = OneWindow()
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.close)
        self.support = SupportPanel(ui, session, self.case_id, self)
        self.incoming = CaseIncomingPanel(
            self, ui, session, self.case_id, linked=self.message.clear
        )
        self.triage = TriagePanel(self)
        ui.briefButton.clicked.connect(self.open_brief)
        ui.discloseButton.clicked.connect(self.open_export)
        from kopingplan.gui.cases.case_consents import add_consents_button  # issue 16: consents

        add_consents_button(self)
        from kopingplan.gui.attachments.attachments_view import add_attachments_button  # issue 17

        add_attachments_button(self)
        ui.editButton.clicked.connect(lambda: self.open_form(CaseEditDialog.DRAFT_KIND))
        ui.levelButton.clicked.connect(lambda: self.open_form(MoveLevelDialog.DRAFT_KIND))
        ui.statusButton.clicked.connect(self._status_clicked)
        ui.noteButton.clicked.connect(lambda: self.open_form(NoteDialog.DRAFT_KIND))
        ui.contactButton.clicked.connect(lambda: self.open_form(ContactDialog.DRAFT_KIND))
        ui.addPersonButton.clicked.connect(lambda: self.open_form(ParticipantDialog.DRAFT_KIND))
        self._exit_plan_wizard = wizard("open_exit_plan_wizard")
        self._support_wizard = wizard("open_relative_support_wizard")
        ui.exitPlanButton.setVisible(self._exit_plan_wizard is not None)
        ui.supportButton.setVisible(self._support_wizard is not None)
        ui.exitPlanButton.clicked.connect(lambda: self._run_wizard(self._exit_plan_wizard))
        ui.supportButton.clicked.connect(lambda: self._run_wizard(self._support_wizard))
        for button in (
            ui.editButton,
            ui.levelButton,
            ui.statusButton,
            ui.noteButton,
            ui.contactButton,
            ui.addPersonButton,
            ui.briefButton,
            ui.discloseButton,
        ):
            button.setEnabled(session is not None)
        self.rows = CaseRows(self)
        self.timeline_limit = TIMELINE_LIMIT  # more after "Show older events" or a search hit
        ui.olderButton.clicked.connect(self.show_older)
        for tree in (
            ui.participantsTree,
            ui.levelTree,
            ui.timelineTree,
            ui.supportTree,
            ui.incomingTree,
        ):
            keys_shown(tree)  # reached by a letter, Tab or the window's return: a row chosen
        tab_letters_reach(
            ui.tabs, {ui.timelineTab: ui.timelineTree, ui.incomingTab: ui.incomingTree}
        )
        # The level history opens a row in full (its reason may be long) and copies it.
        self.level_actions = table_actions.install(
            ui.levelTree,
            [
                table_actions.show_row_action(ui.levelTree),
                table_actions.copy_row_action(ui.levelTree),
            ],
        )
        self._fill()
        # Changes made anywhere (here too) come through the main window's hub; on its own
        # (tests) the window reads itself again after its own saves.
        self._told = changes.subscribe(self, SHOWN_KINDS, self._changed)

    def retranslate(self) -> None:
        super().retranslate()
        self.incoming.retranslate()
        if self.detail is not None:
            self._fill()

    def _changed(self, what: Changes) -> None:
        """Something this window shows changed: read the case again, unless only other
        cases did."""
        shown = what.kinds & set(SHOWN_KINDS)
        if shown == {"cases"} and self.case_id not in what.ids("cases"):
            return
        self.reload(keep_notice=True)

    def _reload_after_own_change(self, *, done: bool = True) -> None:
        """After an action of this window; ``done`` when it succeeded: the notice of an earlier
        action ("Corrected. …") is stale then (the hub's reload keeps notices)."""
        if done:
            self.message.clear()
        if not changes.announce(self):
            self.reload()

    # --- actions -----------------------------------------------------------------------------

    def open_form(self, kind: str) -> QDialog | None:
        """Opens (or brings forward) this case's form of ``kind``; returns it."""
        if self.session is None or self.detail is None:
            return None
        if (open_form := self._forms.front(kind)) is not None:
            return open_form
        case = self.detail.case
        form: QDialog
        if kind == CaseEditDialog.DRAFT_KIND:
            form = CaseEditDialog(self.session, case, self)
        elif kind == MoveLevelDialog.DRAFT_KIND:
            form = MoveLevelDialog(self.session, case, self)
        elif kind == CloseCaseDialog.DRAFT_KIND:
            form = CloseCaseDialog(self.session, case, self)
        elif kind == NoteDialog.DRAFT_KIND:
            form = NoteDialog(self.session, self.case_id, self)
        elif kind == ContactDialog.DRAFT_KIND:
            form = ContactDialog(self.session, self.case_id, self._people_choices(), self)
        elif kind == ParticipantDialog.DRAFT_KIND:
            form = ParticipantDialog(self.session, self.case_id, self)
        else:
            return None
        # A notice about an earlier save ("Corrected. …") is stale once this one is saved.
        form.saved.connect(lambda _record: self.message.clear())
        if not self._told:  # in the main window the form's save tells the hub
            form.saved.connect(lambda _record: self.reload())
        return self._forms.show(kind, form)

    def open_brief(self) -> Any:
        """The brief dialog for this case (one at a time), a child of this window."""
        if self.session is None or self.detail is None:
            return None
        if (shown := self._brief.front()) is not None:
            return shown
        from kopingplan.gui.briefs.brief_dialog import BriefDialog  # renders PDFs: load when asked

        dialog = BriefDialog.for_case(self.session, self.case_id, self.detail.case.title, self)
        dialog.notice.connect(lambda text: self.message.show(lambda: text))
        return self._brief.show(dialog)

    def open_export(self) -> ExportWizard | None:
        """The export wizard with this case chosen (one at a time), a child of this window."""
        if self.session is None:
            return None
        if (shown := self._export.front()) is not None:
            return shown
        wizard = ExportWizard(self.session, self, case_ids=(self.case_id,))
        wizard.exported.connect(self._exported)
        wizard.finished.connect(wizard.deleteLater)
        return self._export.show(wizard, modal=True)

    def _exported(self, result: Any) -> None:
        name = result.destination.name
        self.message.show(
            lambda: self.tr("The package was saved and the disclosure recorded ({name}).").format(
                name=name
            )
        )
        self.disclosed.emit(result)

    def _status_clicked(self) -> None:
        if self.detail is None or self.session is None:
            return
        if self.detail.case.status == model.CaseStatus.CLOSED:
            ask_reopen(self, self._reopen)
        else:
            self.open_form(CloseCaseDialog.DRAFT_KIND)

    def _reopen(self) -> None:
        if self.session is None:
            return
        try:
            cases.reopen_case(self.session, self.case_id)
        except Exception as error:
            self.show_error(error)
            return
        self._reload_after_own_change()

    def _run_wizard(self, opener: Callable[..., Any] | None) -> None:
        if opener is None or self.session is None:
            return
        try:
            window = opener(self, self.session, self.case_id)
        except Exception as error:
            log_failure(_log, "A wizard could not be opened")
            self.show_error(error)
            return
        finished = getattr(window, "finished", None)
        if finished is not None:
            finished.connect(
                lambda result: self._reload_after_own_change(
                    done=result == QDialog.DialogCode.Accepted.value
                )
            )
            self._wizard_windows.append(window)
        else:  # a wizard that ran to its end already (modal): True when it saved
            self._reload_after_own_change(done=window is True)

    def show_error(self, error: BaseException) -> None:
        # The lambda keeps the error object itself: a language switch re-renders the text.
        self.message.show(lambda: error_text(error), error=True)

    def reload(self, *, keep_notice: bool = False) -> None:
        """Reads the case again (after a change) and shows it; not another opening in the
        access log (see the module docstring). An error on show goes (it is stale now); with
        ``keep_notice`` a notice stays ("The package was saved…", said just before the change
        reached this window)."""
        if self.session is None:
            return
        try:
            self.detail = cases.reload_case(
                self.session, self.case_id, timeline_limit=self.timeline_limit
            )
        except Exception as error:
            self.show_error(error)
            return
        if not keep_notice or self.message.is_error:
            self.message.clear()
        self._fill()

    # --- showing -----------------------------------------------------------------------------

    def _fill(self) -> None:
        detail = self.detail
        case = detail.case
        ui = self.ui
        ui.titleLabel.setText(case.title)
        self.setWindowTitle(self.tr("Case {number}").format(number=case.id))
        ui.numberValue.setText(str(case.id))
        ui.levelValue.setText(labels.level(case.level))
        ui.orientationValue.setText(labels.orientation(case.orientation))
        if case.closed_on is not None:
            status = self.tr("{status} on {day}").format(
                status=labels.status(case.status), day=format_date(case.closed_on)
            )
            if case.close_reason:
                status = self.tr("{status}: {reason}").format(
                    status=status, reason=" ".join(case.close_reason.split())
                )
            ui.statusValue.setText(status)
            ui.statusButton.setText(self.tr("&Reopen…"))
        else:
            ui.statusValue.setText(labels.status(case.status))
            ui.statusButton.setText(self.tr("Clo&se case…"))
        ui.levelButton.setEnabled(self.session is not None and case.closed_on is None)
        ui.openedValue.setText(format_date(case.opened_on))
        show_concerns_of_case(ui.openedValue, self.session, case.id, self._open_concern)
        ui.responsibleValue.setText(self._responsible_text(case))
        self.triage.fill()
        ui.summaryText.setPlainText(case.summary or self.tr("(no summary)"))

        fill_participants(ui.participantsTree, detail.participants, detail.removals)

        ui.levelTree.clear()
        for change in detail.level_history:
            ui.levelTree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        format_date(change.changed_on),
                        labels.level(change.from_level) if change.from_level else "",
                        labels.level(change.to_level),
                        change.reason,
                    ]
                )
            )
        self._fill_timeline()
        self.support.fill(self.detail)
        self.incoming.fill()
        for tree in (ui.participantsTree, ui.levelTree):
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)

    def _open_concern(self, concern_id: int) -> None:
        opener = getattr(self.parentWidget(), "edit_record", None)
        if callable(opener):
            opener("concern", concern_id)

    def _responsible_text(self, case: model.Case) -> str:
        if self.session is None:
            return ""
        parts = []
        try:
            if case.responsible_person_id is not None:
                parts.append(self.session.get(model.Person, case.responsible_person_id).full_name)
            if case.responsible_group_id is not None:
                parts += [
                    g.name
                    for g in registry.groups(self.session)
                    if g.id == case.responsible_group_id
                ]
        except Exception:
            log_failure(_log, "Who holds the case could not be read")
        return ", ".join(parts) or self.tr("Nobody yet")

    def _fill_timeline(self) -> None:
        ui = self.ui
        chosen = ui.timelineTree.currentItem()
        key = chosen.data(0, ROW_ROLE) if chosen is not None else None
        ui.timelineTree.clear()
        for item in self.detail.timeline:
            when = format_time(item.at) if item.at is not None else format_date(item.on)
            ui.timelineTree.addTopLevelItem(timeline_row(item, when))
        if key is not None and (again := find_row(ui.timelineTree, key)) is not None:
            ui.timelineTree.setCurrentItem(again)  # the event chosen stays chosen
        count = len(self.detail.timeline)
        ui.olderButton.setVisible(count >= self.timeline_limit)
        if count >= self.timeline_limit:
            note = self.tr("The newest {n} events are shown.").format(n=count)
        elif count:
            note = self.tr("All {n} events of the case.").format(n=count)
        else:
            note = self.tr("Nothing has happened in this case yet.")
        ui.timelineNote.setText(note)
        # Date and kind fit their contents; the text gets the room, the detail what is left.
        ui.timelineTree.resizeColumnToContents(0)
        ui.timelineTree.resizeColumnToContents(1)
        ui.timelineTree.setColumnWidth(2, 420)

    # --- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """A form of this case with unsaved input stays, and asks, before the window goes
        (its forms are its children and would go with it)."""
        if self.session is not None:
            unsaved = [f for f in self._forms.values() if getattr(f, "dirty", False)]
            if unsaved:
                event.ignore()
                unsaved[0].raise_()
                unsaved[0].activateWindow()
                unsaved[0].reject()  # "Save the changes in this form?"
                return
            for form in list(self._forms.values()):
                form.close()
        for view in list(self._records.values()):
            if shiboken6.isValid(view):
                view.close()
        super().closeEvent(event)

    def teardown(self) -> None:
        """Forgets the case's data (locking); the window closes and deletes itself."""
        for form in list(self._forms.values()):
            close_for_lock = getattr(form, "close_for_lock", None)
            if close_for_lock is not None:
                close_for_lock()
        self._forms.clear()
        for view in list(self._records.values()):
            if shiboken6.isValid(view):
                view.teardown()
        self._records.clear()
        if (brief := self._brief.window) is not None:
            brief.teardown()
            brief.close()
        if (export := self._export.window) is not None:
            export.teardown()
        for tree in (
            self.ui.participantsTree,
            self.ui.levelTree,
            self.ui.timelineTree,
            self.ui.supportTree,
        ):
            tree.clear()
        self.ui.summaryText.clear()
        self.ui.titleLabel.clear()
        self.ui.responsibleValue.clear()
        self.ui.statusValue.clear()
        self.support.forget()
        self.incoming.forget()
        self.triage.forget()
        self.detail = None
        self.session = None
        self.close()
