"""Rapporter → Vart vänder jag mig? …: asks where to save the sheet for relatives and
professionals, makes it on the task runner and writes it (:mod:`kopingplan.services.where_to_turn`).

The sheet holds only organisations' public contact details, so it is not signed; writing it
is logged. What happened is said in the main window's status line; a failure also in a box.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from kopingplan.gui import file_dialogs
from kopingplan.gui.tasks import TaskContext, TaskRunner
from kopingplan.gui.widgets import error_text
from kopingplan.services import where_to_turn

CONTEXT = "WhereToTurn"


class WhereToTurn:
    """Holder of this module's ``tr``: lupdate files ``WhereToTurn.tr("…")`` under its name,
    plurals included."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        from kopingplan.i18n import tr as translate

        return translate(CONTEXT, text, n)


def choose_path(parent: QWidget) -> Path | None:
    return file_dialogs.save_path(
        parent,
        "brief",
        WhereToTurn.tr("Save the sheet 'Where do I turn?'"),
        file_dialogs.suggested_name(["Vart vänder jag mig", date.today().isoformat()], "pdf"),
        "pdf",
        WhereToTurn.tr("PDF documents (*.pdf)"),
    )


def save_sheet(window: Any, runner: TaskRunner) -> None:
    """Asks where, then makes and writes the sheet; says what happened in the status line."""
    session = window.session
    if session is None:
        return
    path = choose_path(window)
    if path is None:
        return

    def work(ctx: TaskContext) -> where_to_turn.Made:
        return where_to_turn.make(session)

    def written(made: where_to_turn.Made) -> None:
        if window.session is not session:  # locked meanwhile: nothing is written
            return
        try:
            where_to_turn.save(session, made, path, overwrite=True)
        except Exception as error:
            _failed(window, error)
            return
        text = WhereToTurn.tr(
            "Saved {name}: %n organisation(s) with their contact details.",
            "",
            made.listed,
        ).format(name=path.name)
        if made.left_out:
            more = WhereToTurn.tr("%n did not fit on the page.", "", made.left_out)
            text = f"{text} {more}"
        window.show_notice(text)

    runner.run(
        work,
        on_success=written,
        on_failure=lambda error: _failed(window, error),
        label=WhereToTurn.tr("Making the sheet…"),
        parent=window,
    )


def _failed(window: Any, error: BaseException) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        WhereToTurn.tr("Where do I turn?"),
        WhereToTurn.tr("The sheet was not saved.") + "\n\n" + error_text(error),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("whereToTurnError")
    box.open()
