"""Rapporter → Vart vänder jag mig? …: a small dialog that says what the sheet for relatives and
professionals holds and how many organisations it lists, and saves it as PDF: asked where, made
on the task runner, written here (:mod:`kopingplan.services.where_to_turn`).

The sheet holds only organisations' public contact details, so it is not signed; writing it
is logged. What happened is said in the dialog and in the main window's status line.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.make_then_write import make_then_write
from kopingplan.services import where_to_turn

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_where_to_turn import Ui_WhereToTurnDialog
    from kopingplan.services.session import Session


class WhereToTurnDialog(VaultDialog):
    FORM = "where_to_turn"
    ui: Ui_WhereToTurnDialog

    def __init__(
        self, session: Session, runner: TaskRunner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent, runner=runner)
        self.counts = (0, 0)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.refresh()
        self._retranslate_dynamic()
        self._name_buttons()
        self.ui.saveButton.setFocus()

    def refresh(self) -> None:
        if self.session is None:
            return
        try:
            self.counts = where_to_turn.coverage(self.session)
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))

    def _retranslate_dynamic(self) -> None:
        listed, without = self.counts
        text = self.tr("The sheet lists %n organisation(s).", "", listed)
        if without:
            text += " " + self.tr(
                "%n without a phone number, e-mail or address is left out.", "", without
            )
        if not listed:
            text += " " + self.tr(
                "Add phone numbers in People and organisations; until then the sheet says to "
                "ask the municipality's switchboard."
            )
        self.ui.countLabel.setText(text)

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Close: self.tr("&Close")}

    def choose_path(self) -> Path | None:
        return file_dialogs.save_path(
            self,
            "brief",
            self.tr("Save the sheet 'Where do I turn?'"),
            file_dialogs.suggested_name(["Vart vänder jag mig", date.today().isoformat()], "pdf"),
            "pdf",
            self.tr("PDF documents (*.pdf)"),
        )

    def save(self) -> None:
        """Asks where, then makes and writes the sheet; says what happened."""
        session = self.session
        if session is None:
            return
        self.ui.messageLabel.clear()
        path = self.choose_path()
        if path is None:
            return

        def work(ctx: TaskContext) -> where_to_turn.Made:
            return where_to_turn.make(session)

        make_then_write(
            self,
            self.runner,
            work,
            lambda made: self._write(session, made, path),
            self.ui.messageLabel.setText,
            label=self.tr("Making the sheet…"),
            cancellable=False,
            failed=self._failed,
        )

    def _write(self, session: Session, made: where_to_turn.Made, path: Path) -> str:
        where_to_turn.save(session, made, path, overwrite=True)
        text = self.tr(
            "Saved {name}: %n organisation(s) with their contact details.", "", made.listed
        )
        text = text.format(name=path.name)
        if made.left_out:
            text += " " + self.tr("%n did not fit on the page.", "", made.left_out)
        notice = getattr(self.parent(), "show_notice", None)
        if callable(notice):
            notice(text)
        return text

    def _failed(self, error: BaseException) -> str:
        return self.tr("The sheet was not saved.") + " " + error_text(error)


def open_dialog(actions: Any) -> WhereToTurnDialog | None:
    """The Rapporter menu's action (``actions`` is its :class:`WindowActions`)."""
    window = actions.window
    if window.session is None:
        return None
    dialog = WhereToTurnDialog(window.session, actions.controller.runner, window)
    return actions.show_dialog(dialog)  # type: ignore[no-any-return]
