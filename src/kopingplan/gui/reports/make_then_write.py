"""What every report's Save does once the coordinator has chosen where: make it on the worker
thread, write it here, say what happened in one line.

A report (a signed report of Rapporter, the register extract, the sheet "Where do I turn?") is
made and, where it is signed, signed on the task runner's worker with a progress dialog (the
access-log report checks the whole audit chain; signing takes a moment), and written with its
audit row back in the GUI thread, where the vault's writes belong. :func:`make_then_write` is
that sequence: the report says how it is made (``make``, on the worker) and how it is written
(``write``, here, returning the line that says so); the line for a failure of either, for a
Cancel and for a vault locked meanwhile are the same for every report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from kopingplan.gui.common.tasks import TaskContext, TaskRunner
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text

T = TypeVar("T")


def make_then_write(
    dialog: VaultDialog,
    runner: TaskRunner,
    make: Callable[[TaskContext], T],
    write: Callable[[T], str],
    show: Callable[[str], None],
    *,
    label: str,
    cancellable: bool = True,
    failed: Callable[[BaseException], str] = error_text,
) -> None:
    """Runs ``make`` on the worker (``label`` in its progress dialog, with Cancel where
    ``cancellable``: ``make`` then checks ``ctx``), then ``write`` with what it made, here.
    ``show`` gets one line: what ``write`` returns, or the failure of either in ``failed``'s
    words, or that a Cancel saved nothing. A lock meanwhile (the dialog's session gone)
    writes nothing and says nothing: the dialog is torn down."""

    def written(made: T) -> None:
        if dialog.session is None:
            return
        try:
            text = write(made)
        except Exception as error:
            show(failed(error))
            return
        show(text)

    runner.run(
        make,
        on_success=written,
        on_failure=lambda error: show(failed(error)),
        on_cancelled=lambda: show(
            QCoreApplication.translate("AccessLog", "Cancelled: nothing was saved.")
        ),
        label=label,
        cancellable=cancellable,
        parent=dialog,
    )
