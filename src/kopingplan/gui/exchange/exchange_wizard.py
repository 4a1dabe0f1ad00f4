"""The export wizard (utlämnande): recipients, cases, lägesbild entries and attached briefs,
decision, preview, then the package.

Every choice lives in a Qt-free :class:`~kopingplan.domain.flows.export.ExportFlow`. Pages follow
Picard's pattern: each fills itself from the flow in ``initializePage`` and saves its own part
into it (and checks it) in ``validatePage``; the wizard never reaches into a page. Leaving the
decision page asks the wizard for the preview, which the service makes (reads only) from the
flow's content; the preview
page shows exactly data.json as it will leave, the attachments' names and sizes, and the
counts. "Create package…" asks where to write it and runs :func:`exchange.export_package`
(signing, encryption, the disclosure record) on the application's one worker thread.

What the coordinator prepared is kept as the other wizards keep theirs
(:class:`~kopingplan.gui.common.draft_wizard.DraftWizard`): closing with input asks Save draft /
Discard / Keep writing, a lock keeps it as a draft in the vault, and the draft is offered again
(after unlocking, or when the wizard opens from the same place). A draft keeps every choice by
id and the attached briefs by name only; reopened, it leaves out what was deleted meanwhile and
says so, and asks for the briefs again (:meth:`ExportWizard.flow_from_draft`). Made into a
package, the draft goes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.domain.flows.export import DRAFT_KIND, Available, ExportContent, ExportFlow, LeftOut
from kopingplan.gui.common import drafts, file_dialogs
from kopingplan.gui.common.draft_wizard import DraftWizard
from kopingplan.gui.common.retranslating import retranslate_wizard_buttons
from kopingplan.gui.common.tasks import app_runner
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.exchange_attach import ENTRY_LIMIT, ExportSituationPage
from kopingplan.gui.exchange.exchange_pages import (
    ExportContentPage,
    ExportDecisionPage,
    ExportPreviewPage,
    ExportRecipientPage,
    can_be_chosen,
    owner_name,
)
from kopingplan.gui.exchange.exchange_support import ExportPage
from kopingplan.gui.exchange.export_lock import RecordingGate, bare, made_note, not_made_note
from kopingplan.services import exchange, situation
from kopingplan.services.exchange import case_files

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def destination_name(preview: Any) -> list[str]:
    """``Export 2026-12-05 Polisen``: the day and the recipients' organisations (never their
    names, nor anything about the cases)."""
    organisations = dict.fromkeys(r.organisation.strip() for r in preview.recipients)
    return [
        QCoreApplication.translate("ExportWizard", "Export"),
        preview.created.astimezone().date().isoformat(),
        ", ".join(o for o in organisations if o),
    ]


def export_request(content: ExportContent) -> exchange.ExportRequest:
    """The service's request for the flow's content (the same fields, in its types)."""
    return exchange.ExportRequest(
        recipient_ids=content.recipient_ids,
        terms=content.terms,
        cases=tuple(
            exchange.CasePart(
                choice.case_id,
                details=choice.what.details,
                subjects=choice.what.subjects,
                all_notes=choice.what.notes,
                all_measures=choice.what.measures,
            )
            for choice in content.cases
        ),
        situation_entry_ids=content.situation_entry_ids,
        attachments=content.attachments,
        attachment_ids=content.attachment_ids,
    )


def draft_ref(case_ids: tuple[int, ...]) -> str:
    """Where the wizard was opened: from a case's window (``case:<id>``: the draft goes with
    the case, as every draft begun from a case does) or the Utlämnanden section (``new``)."""
    return f"case:{case_ids[0]}" if len(case_ids) == 1 else "new"


def available(session: Session, flow: ExportFlow) -> Available:
    """What the draft's flow may still choose: the verified recipients whose certificate is
    still valid (one that expired meanwhile is left out, and said so), its cases that still
    exist, the entries the situation page lists, those cases' files and the legal bases."""
    cases = []
    for case_id in flow.case_ids:
        try:
            session.get(model.Case, case_id)
        except errors.NotFound:
            continue
        cases.append(case_id)
    return Available(
        recipient_ids={
            r.id for r in exchange.list_recipients(session, verified_only=True) if can_be_chosen(r)
        },
        case_ids=cases,
        situation_entry_ids={
            e.id for e in situation.entry_page(session, limit=ENTRY_LIMIT) if e.id is not None
        },
        attachment_ids={
            a.id
            for _case, a in case_files.of_cases(session, cases)
            if a.id is not None and case_files.can_leave(a)
        },
        legal_bases={basis.code for basis in exchange.legal_bases(session)},
    )


class ExportWizard(DraftWizard):
    exported = Signal(object)  # ExportResult
    # Why the package was not made (the error, which the preview page says in the UI language).
    export_failed = Signal(object)

    DRAFT_KIND = DRAFT_KIND

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        case_ids: tuple[int, ...] = (),
        runner: Any = None,
        resume: bool = False,
    ) -> None:
        flow = ExportFlow(case_ids, decided_by=owner_name(session))
        super().__init__(session, flow, draft_ref(case_ids), parent, resume=resume)
        self.runner = runner or app_runner(self)
        # What a reopened draft left out, said at the top of every page (functions: a language
        # switch says them again).
        self.resume_notes: list[Callable[[], str]] = []
        # The draft's legal basis was taken off the list: the decision page shows none chosen
        # (not the list's first, which nobody decided on) until one is.
        self.basis_left_out = False
        self.preview: Any = None
        self.preview_error: BaseException | None = None  # why the preview was refused
        self.result_: Any = None
        # The package's result, set on the worker as soon as it is made: a lock waits for
        # the work before its result comes back to this window.
        self._made: Any = None
        self._failure: BaseException | None = None  # why it was not, set there too
        # Why the last Create package… failed, as the preview page shows it, until a new try
        # or a new preview: a lock before either says it in the unlock window.
        self._shown_failure: BaseException | None = None
        self._making = False  # Create package… runs on the worker: closing waits for it
        # Held by the worker while it records the disclosure; a lock closes it (export_lock).
        self._gate = RecordingGate()
        self._destination: Path | None = None
        # What the unlock window says about the package after a lock that came while it was
        # being made: (words, whether it is a failure); read by drafts.keep_open_forms.
        self.lock_note: tuple[Callable[[], str], bool] | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.recipient_page = ExportRecipientPage(self)
        self.content_page = ExportContentPage(self)
        self.situation_page = ExportSituationPage(self)
        self.decision_page = ExportDecisionPage(self)
        self.preview_page = ExportPreviewPage(self)
        for page in (
            self.recipient_page, self.content_page, self.situation_page, self.decision_page,
            self.preview_page,
        ):  # fmt: skip
            self.addPage(page)
        self.mark_unchanged()  # the only verified recipient is ticked at once: not input
        self.retranslate()
        # A page is filled before it becomes the current one: say why Next waits once it is.
        self.currentIdChanged.connect(self._check_current)
        self.resize(820, 600)

    def retranslate(self) -> None:
        """The window's texts; each page sets its own (:meth:`ExportPage.retranslate`)."""
        super().retranslate()
        self.setWindowTitle(self.tr("New disclosure"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &package…"))
        retranslate_wizard_buttons(self)

    def export_pages(self) -> list[ExportPage]:
        return [p for p in (self.page(i) for i in self.pageIds()) if isinstance(p, ExportPage)]

    def _check_current(self, *_: Any) -> None:
        page = self.currentPage()
        if isinstance(page, ExportPage) and self.session is not None:
            page.recheck()
            page.show_resume_notes()  # a brief attached or left out since on another page

    def build_request(self) -> exchange.ExportRequest:
        """The flow's content as the service's request (the pages saved their parts)."""
        return export_request(self.flow.content())

    def make_preview(self) -> str:
        """Asks the service for the preview; the error's text, or '' when it is made (the
        error in ``preview_error``, for the page to say it again after a language switch)."""
        self.preview_error = self._shown_failure = None  # a new preview: a new package
        try:
            self.preview = exchange.preview_export(unlocked(self.session), self.build_request())
        except Exception as error:
            self.preview = None
            self.preview_error = error.with_traceback(None)  # its frames hold the request
            return error_text(error)
        return ""

    def choose_destination(self) -> Path | None:
        return file_dialogs.save_path(
            self,
            "export",
            self.tr("Where to save the encrypted package"),
            file_dialogs.suggested_name(destination_name(self.preview), "p7m"),
            "p7m",
            self.tr("Encrypted packages (*.p7m)"),
        )

    # --- drafts

    def flow_from_draft(self, payload: dict[str, Any]) -> ExportFlow:
        """The draft's flow without what was deleted (or can no longer be chosen) meanwhile;
        the pages say what was left out, and which briefs to attach again."""
        session = unlocked(self.session)
        flow = ExportFlow.from_draft(payload, decided_by=owner_name(session))
        left = flow.keep_only(available(session, flow))
        self.resume_notes = self.notes_for(left)
        self.basis_left_out = left.legal_basis
        return flow

    def draft_refused_text(self) -> str:
        return self.tr(
            "The draft was not kept: this disclosure names a case that is no longer in the "
            "vault (it was deleted after you chose it). Nothing was stored. To disclose what is "
            "still in the vault, prepare the disclosure again."
        )

    def notes_for(self, left: LeftOut) -> list[Callable[[], str]]:
        notes: list[Callable[[], str]] = []
        if left.gone:
            notes.append(lambda: self.left_out_text(left))
        if left.briefs:
            notes.append(self.briefs_to_attach_text)
        return notes

    def briefs_to_attach_text(self) -> str:
        """The briefs of the draft not attached again yet ("" once all are)."""
        names = ", ".join(self.flow.briefs_not_kept)
        if not names:
            return ""
        return self.tr(
            "A draft keeps no files. Attach again, under Situation picture and attachments: "
            "{names}."
        ).format(names=names)

    def left_out_text(self, left: LeftOut) -> str:
        parts = []
        if left.recipients:
            parts.append(self.tr("%n recipient(s)", "", left.recipients))
        if left.cases:
            numbers = ", ".join(str(case_id) for case_id in left.cases)
            parts.append(
                self.tr("%n case(s) (number {numbers})", "", len(left.cases)).format(
                    numbers=numbers
                )
            )
        if left.situation_entries:
            parts.append(self.tr("%n situation picture entry(ies)", "", left.situation_entries))
        if left.case_files:
            parts.append(self.tr("%n file(s) of the cases", "", left.case_files))
        if left.legal_basis:
            parts.append(self.tr("the legal basis"))
        return self.tr(
            "Deleted or no longer to be chosen since the draft was saved, so left out: {what}."
        ).format(what="; ".join(parts))

    def store_current(self) -> None:
        super().store_current()
        page = self.currentPage()
        if isinstance(page, ExportPage):
            self.flow.go_to(page.PAGE)  # the page a draft reopens on

    # --- the package

    def accept(self) -> None:
        if self.result_ is not None:
            self._finish(QDialog.DialogCode.Accepted)
            return
        if self.closing or self.preview is None or self._making:
            return
        destination = self.choose_destination()
        if destination is None:
            return
        session, preview, gate = unlocked(self.session), self.preview, self._gate
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self._making, self._destination, self._failure = True, destination, None
        self._shown_failure = None  # a new try: what it ends in is said, not the last one

        def make(_ctx: Any) -> Any:
            try:
                made = exchange.export_package(session, preview, destination, gate=gate)
            except BaseException as error:
                self._failure = error  # the lock says why (keep_as_draft), not _failed
                raise
            self._made = made  # the lock reads it (keep_as_draft) before _exported runs
            return made

        self.runner.run(
            make,
            on_success=self._exported,
            on_failure=self._failed,
            label=self.tr("Signing and encrypting the package…"),
            parent=self,
        )

    def keep_as_draft(self) -> tuple[str, str] | None:
        """Locking. A package made while the lock waited (or being recorded when the wait ran
        out, which is waited for) keeps no draft: the disclosure is recorded, and a draft of
        it, offered after unlocking, would only be made into a second disclosure of the same.
        One not made by then never will be (its gate is closed): the input is kept as a draft.
        Either way the unlock window says so (``lock_note``), naming only the file, and why it
        was not made when the worker failed on its own (a full disk) in the wait. One that
        failed before the lock (shown on the preview page, nobody there to read it when the
        idle lock came) is said too, with its reason, beside the draft kept."""
        if self.closing:
            return super().keep_as_draft()
        if not self._making:
            if self._shown_failure is None:
                return super().keep_as_draft()
            return self._kept_saying(self._shown_failure, already_shown=True)
        destination = self._destination
        if self._gate.close() and destination is not None:
            self.lock_note = (made_note(destination.name), False)
            self.result_, self.saved = self._made, True
            self.done_with_draft()
            self._finish(QDialog.DialogCode.Accepted)
            return None
        # None while the worker still runs: the lock came first
        return self._kept_saying(self._failure, already_shown=False)

    def _kept_saying(
        self, failure: BaseException | None, *, already_shown: bool
    ) -> tuple[str, str] | None:
        """The input kept as a draft, the unlock window saying the package was not made (and
        why, ``failure``) and whether the draft was kept."""
        note = not_made_note(False, failure, already_shown=already_shown)
        self.lock_note = (note, True)  # unless the draft is kept
        kept = super().keep_as_draft()
        note = not_made_note(kept is not None, failure, already_shown=already_shown)
        self.lock_note = (note, True)
        return kept

    def reject(self) -> None:
        """Esc, Cancel or the close button. Nothing while the package is being made (before
        its progress window is up): the disclosure is being recorded, so there is no input
        to keep as a draft or throw away, and the wizard closes once it is made."""
        if not self._making:
            super().reject()

    def _exported(self, result: Any) -> None:
        if self.closing:  # made while the vault locked: keep_as_draft saw to it
            return
        self.result_ = result
        self.saved = True
        self.done_with_draft()  # the disclosure is recorded: its draft goes
        self.exported.emit(result)
        self._finish(QDialog.DialogCode.Accepted)

    def _failed(self, error: BaseException) -> None:
        if self.closing:  # stopped by a lock (its gate closed): the lock said so
            return
        self._making, self._failure = False, None  # said on the page: its frames let go
        self._shown_failure = bare(error)  # and by the unlock window, if a lock comes first
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.export_failed.emit(self._shown_failure)

    def teardown(self) -> None:
        """Locking (after :meth:`keep_as_draft`): forgets the session and what the pages show,
        and closes unasked."""
        self.preview = None
        self.session = None
        for page in self.export_pages():
            page.teardown()
        self._finish(QDialog.DialogCode.Rejected)


def _reopen(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    """A kept draft, opened again over the Utlämnanden section (the draft menu)."""
    kind, _, number = ref.partition(":")
    if ref != "new" and not (kind == "case" and number.isdigit()):
        return None
    from kopingplan.gui.shell.sections import section_index  # the shell imports this module

    window = drafts.main_window(parent)
    window.show_section(section_index("disclosures"))
    case_ids = (int(number),) if kind == "case" else ()
    return window.disclosures_page.open_export(case_ids, resume=True)


drafts.register(DRAFT_KIND, _reopen)
