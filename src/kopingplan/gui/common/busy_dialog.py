"""A dialog whose long work runs on the task runner, one piece of work at a time.

The safety dialogs (backup, restore, recovery key, retention review, security, the recovery
unlock) share one rule: while their work runs, what could start it again or close the dialog
is off, and Esc does nothing; the work's own progress window is the way to cancel it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskContext, TaskRunner

T = TypeVar("T")


class BusyDialog(Retranslating, QDialog):
    """A dialog that runs its long work on ``runner`` (a backup, a re-key, a deletion).

    A subclass starts its work with :meth:`run_busy`, names what is off meanwhile in
    :meth:`busy_widgets`, and what closing must forget (a typed code, a prepared restore) in
    :meth:`forget`. Closing is refused while the work runs.
    """

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False

    def busy_widgets(self) -> tuple[QWidget, ...]:
        """The inputs and buttons that are off while the work runs."""
        return ()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in self.busy_widgets():
            widget.setEnabled(not busy)

    def run_busy(
        self,
        work: Callable[[TaskContext], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        label: str,
        on_cancelled: Callable[[], None] | None = None,
        **options: Any,
    ) -> None:
        """Runs ``work`` on the task runner with its progress window over this dialog, which is
        busy until the work ends; the callback that follows finds the dialog usable again.
        ``options`` go to :meth:`TaskRunner.run` (``cancellable``, ``exclusive``)."""

        def usable(then: Callable[..., None]) -> Callable[..., None]:
            def call(*result: Any) -> None:
                self._set_busy(False)
                then(*result)

            return call

        self._set_busy(True)
        self._runner.run(
            work,
            on_success=usable(on_success),
            on_failure=usable(on_failure),
            on_cancelled=usable(on_cancelled or (lambda: None)),
            label=label,
            parent=self,
            owner=self,
            **options,
        )

    def forget(self) -> None:
        """What closing the dialog lets go of (never called while the work runs)."""

    def reject(self) -> None:
        if self._busy:
            return
        self.forget()
        super().reject()
