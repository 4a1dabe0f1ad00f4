"""The brief window's second half: a gathered brief signed on the worker thread, then saved as
signed PDFs (``briefs.write``) or sent to a printer in one job (``briefs.record_print``,
:mod:`kopingplan.gui.briefs.brief_print`).

:class:`BriefOutput` is the base of :class:`~kopingplan.gui.briefs.brief_dialog.BriefDialog`,
which says what is signed (:meth:`BriefOutput._gather`: the choices of cases, parts and copies)
and where a save goes (``save`` asks for the path, then :meth:`BriefOutput.save_to`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Signal

from kopingplan.briefs.document import Brief
from kopingplan.gui.briefs import brief_print
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.text_context import TextContext
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.services import briefs

if TYPE_CHECKING:
    from kopingplan.gui.briefs.brief_draft import BriefDraft
    from kopingplan.gui.forms.ui_brief_dialog import Ui_BriefDialog


class BriefOutputWords(TextContext):
    """This module's words, in their own context: through ``self.tr`` a BriefDialog would look
    a "%n" text up under its own name first, and Qt's English answer there (the count put in)
    would be taken as the translation."""


class Gathered(NamedTuple):
    """What is signed: the brief, each named copy's own brief (none: every copy is the brief),
    the copies' recipients, and how many copies there are."""

    brief: Brief
    per_copy: list[Brief]
    to: list[Any]
    copies: int


class BriefOutput(VaultDialog):
    notice = Signal(str)
    saved = Signal(list)  # the paths written
    printed = Signal(str)  # the printer's name, after the job went out and was logged

    ui: Ui_BriefDialog
    draft: BriefDraft
    _print_job: brief_print.PrintJob | None = None

    def _gather(self) -> Gathered | None:
        """The brief as the window's choices say, gathered here (a read of the vault); None
        when it cannot be made (the window then says why)."""
        raise NotImplementedError

    def save(self, _checked: bool = False, path: str = "") -> None:
        raise NotImplementedError

    def _sign(self, label: str, done: Callable[[Brief, list[Any], list[Any]], None]) -> None:
        """Gathers the brief here, signs it on the worker thread, then calls ``done``."""
        self.ui.messageLabel.clear()
        gathered = self._gather()
        if gathered is None:
            return
        brief, per_copy, to, copies = gathered
        recipients = [copy.name for copy in to]
        try:
            signer = briefs.signer_for(unlocked(self.session))
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return
        task: Any = None

        def finished(made: list[Any]) -> None:
            if self.session is None:  # locked after signing: nothing saved, asked or printed
                return
            if task is not None and task.context.cancelled:
                self.ui.messageLabel.setText(
                    BriefOutputWords.tr("Cancelled: nothing was saved or printed.")
                )
                return
            done(brief, made, to)

        task = self.runner.run(
            lambda ctx: briefs.sign_copies(
                brief, signer, copies=copies, recipients=recipients, per_copy=per_copy
            ),
            on_success=finished,
            on_failure=lambda error: self.ui.messageLabel.setText(error_text(error)),
            on_cancelled=lambda: None,
            label=label,
            cancellable=True,
            parent=self,
        )

    def save_to(self, path: str) -> None:
        """Signs, then writes the copies at ``path`` (several as "<name>-exemplar-k-av-n.pdf")
        with the audit row; nothing is replaced without asking."""

        def write(brief: Brief, made: list[Any], to: list[Any]) -> None:
            # Several copies are written as "<name>-exemplar-k-av-n.pdf": the save dialog asked
            # about the name chosen only, so ask about those too before any is replaced.
            targets = [briefs.copy_path(Path(path), item.copy) for item in made]
            if not file_dialogs.may_replace(self, Path(path), targets):
                self.ui.messageLabel.setText(
                    BriefOutputWords.tr(
                        "Nothing was saved and no file was replaced. Save under another name."
                    )
                )
                return
            try:
                written = briefs.write(
                    unlocked(self.session), brief, made, Path(path), overwrite=True, to=to
                )
            except Exception as error:
                self.ui.messageLabel.setText(error_text(error))
                return
            text = BriefOutputWords.tr(
                "Saved and signed: %n file(s), {names}.", "", len(written)
            ).format(names=", ".join(p.name for p in written))
            disclosed = sum(copy.terms is not None for copy in to)
            if disclosed:
                text += " " + BriefOutputWords.tr(
                    "%n copy(ies) recorded as disclosures.", "", disclosed
                )
            self.draft.end(self.session)
            self.ui.messageLabel.setText(text)
            self.notice.emit(text)
            self.saved.emit(written)

        self._sign(BriefOutputWords.tr("Signing the brief…"), write)

    def print_brief(self) -> None:
        """The system's print dialog first (Cancel there costs nothing), then signing on the
        worker (cancellable), then every copy to the printer in one job, logged before its
        first page goes out (:mod:`kopingplan.gui.briefs.brief_print`)."""
        if self.session is None or self._print_job is not None:
            return
        self.ui.messageLabel.clear()
        try:
            printer = brief_print.choose_printer(self)
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return
        if printer is None:
            return
        if brief_print.writes_file(printer):  # Qt would write the plaintext itself: saved
            self.save(path=printer.outputFileName())  # signed, as "Save as signed PDF" does
            return
        session = self.session

        def send(brief: Brief, made: list[Any], to: list[Any]) -> None:
            def record(name: str) -> None:
                briefs.record_print(session, brief, made, name, to=to)

            try:
                job = brief_print.PrintJob(
                    printer, [copy.data for copy in made], self, before_first_page=record
                )
            except Exception as error:
                self.ui.messageLabel.setText(error_text(error))
                return
            self._print_job = job
            job.finished.connect(self._printed)
            job.start()

        self._sign(BriefOutputWords.tr("Signing the brief…"), send)

    def _printed(self, ok: bool) -> None:
        job, self._print_job = self._print_job, None
        if job is None:
            return
        if not ok:
            self.ui.messageLabel.setText(
                error_text(job.error)
                if job.error is not None
                else BriefOutputWords.tr("Nothing was printed.")
            )
            return
        name = job.printer.printerName()
        shown = name or Path(job.printer.outputFileName()).name  # a PDF printer has no name
        self.draft.end(self.session)
        text = BriefOutputWords.tr("Sent to the printer {name}.").format(name=shown)
        self.ui.messageLabel.setText(text)
        self.notice.emit(text)
        self.printed.emit(name)
