"""Saving a report as a signed PDF, and the window every report of Rapporter shares.

:func:`save_signed_report` asks where, makes and signs the report on the worker thread (the
access-log report checks the whole audit chain, which takes a moment on a large log), then
writes it where the coordinator chose, with its "brief.create" audit row, back in the GUI thread
(``briefs.write``).

:class:`SignedReportDialog` is the window of one report: a heading, what the report holds, a
summary line, "Save signed PDF…" and Close. A report says its words
(:meth:`~SignedReportDialog.heading`, :meth:`~SignedReportDialog.explanation`), its summary and
how it is made for what is chosen (:meth:`~SignedReportDialog.maker`, which refuses a bad
choice with the reason in the summary line). The dialogs are children of the main window:
locking tears them down (:meth:`~SignedReportDialog.teardown` forgets the session).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.briefs.document import Brief
from kopingplan.gui.briefs.brief_dialog import choose_save_path
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.forms import setup_form
from kopingplan.services import briefs

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def save_signed_report(
    dialog: QWidget,
    session: Session | None,
    runner: TaskRunner,
    make: Callable[[], Brief],
    show: Callable[[str], None],
) -> None:
    """Asks where, makes and signs the report on the worker thread, writes it and its audit row
    here; ``show`` gets what happened (or the error) as one line."""
    path = choose_save_path(dialog)
    if not path or session is None:
        return
    try:
        signer = briefs.signer_for(session)
    except Exception as error:
        show(error_text(error))
        return

    def work(ctx: TaskContext) -> tuple[Brief, list[Any]]:
        brief = make()
        ctx.check_cancelled()
        return brief, briefs.sign_copies(brief, signer)

    def written(result: tuple[Brief, list[Any]]) -> None:
        brief, made = result
        try:
            briefs.write(session, brief, made, Path(path), overwrite=True)
        except Exception as error:
            show(error_text(error))
            return
        show(
            QCoreApplication.translate(
                "AccessLog", "Saved and signed: {name} (document id {id})."
            ).format(name=Path(path).name, id=brief.document_id)
        )

    runner.run(
        work,
        on_success=written,
        on_failure=lambda error: show(error_text(error)),
        on_cancelled=lambda: show(
            QCoreApplication.translate("AccessLog", "Cancelled: nothing was saved.")
        ),
        label=QCoreApplication.translate("AccessLog", "Making and signing the report…"),
        cancellable=True,
        parent=dialog,
    )


class SignedReportDialog(Retranslating, QDialog):
    """One report's window, built from a form with ``headingLabel``, ``explanationLabel``,
    ``summaryLabel``, ``messageLabel``, ``saveButton`` and ``closeButton``."""

    def __init__(
        self, form: str, session: Session, runner: TaskRunner | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.ui: Any = setup_form(form, self)
        self.session: Session | None = session
        self.runner = runner or TaskRunner(self)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.close)

    # --- what a report says ------------------------------------------------------------------

    def heading(self) -> str:
        raise NotImplementedError

    def explanation(self) -> str:
        raise NotImplementedError

    def fill_choices(self) -> None:
        """(Re)fills the report's own choices (a period) in the current language."""

    def show_summary(self) -> None:
        """The summary line for what is chosen."""

    def maker(self) -> Callable[[], Brief] | None:
        """How the report is made for what is chosen; ``None`` (the reason shown) to refuse."""
        raise NotImplementedError

    # --- shared behaviour --------------------------------------------------------------------

    def show_texts(self) -> None:
        """The texts set in code (the first time, and after a language switch)."""
        self.ui.headingLabel.setText(self.heading())
        self.ui.explanationLabel.setText(self.explanation())
        self.show_summary()

    def save(self) -> None:
        if self.session is None:
            return
        self.ui.messageLabel.clear()
        make = self.maker()
        if make is None:
            return
        save_signed_report(self, self.session, self.runner, make, self.ui.messageLabel.setText)

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_choices()
        self.show_texts()

    def teardown(self) -> None:
        """Locking: forgets the session and the summary."""
        self.session = None
        self.ui.summaryLabel.clear()
        self.close()
