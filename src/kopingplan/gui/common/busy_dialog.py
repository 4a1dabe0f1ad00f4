"""A dialog whose long work runs on the task runner, one piece of work at a time.

The safety dialogs (backup, restore, recovery key, retention review, security, the recovery
unlock) share one rule: while their work runs, what could start it again or close the dialog
is off, and Esc does nothing; the work's own progress window is the way to cancel it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskRunner


class BusyDialog(Retranslating, QDialog):
    """A dialog that runs its long work on ``runner`` (a backup, a re-key, a deletion).

    A subclass calls ``self._set_busy(True)`` as it hands the work to ``self._runner`` and
    ``self._set_busy(False)`` in the work's callbacks; it names what is off meanwhile in
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

    def forget(self) -> None:
        """What closing the dialog lets go of (never called while the work runs)."""

    def reject(self) -> None:
        if self._busy:
            return
        self.forget()
        super().reject()
