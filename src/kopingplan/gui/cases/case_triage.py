"""The case window's priority and flags (issue 17, triage over time).

The overview shows the case's priority and the flags in force ("High · Weapons, Travel
plans"), read with the case; "Priority and flags…" opens the same triage window as the case
list's row menu (:class:`~kopingplan.gui.cases.triage_dialog.CaseTriageDialog`), one per case
window. What is set there shows here at once, and goes to the other views through the change
channel like every other save (the service's audit rows are ``cases.*``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.triage_dialog import CaseTriageDialog
from kopingplan.gui.common import labels
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.services import triage

if TYPE_CHECKING:
    from kopingplan.gui.cases.case_view import CaseView

_log = logging.getLogger(__name__)


class TriagePanel(QObject):
    """Fills ``triageValue`` and opens the triage window from ``triageButton``."""

    def __init__(self, view: CaseView) -> None:
        super().__init__(view)
        self.view = view
        self.window: OneWindow[CaseTriageDialog] = OneWindow()
        view.ui.triageButton.clicked.connect(self.open)
        view.ui.triageButton.setEnabled(view.session is not None)

    def text(self) -> str:
        """ "High priority; flags: Weapons, Travel plans" in the UI language."""
        session = self.view.session
        if session is None:
            return ""
        try:
            priority, flags = triage.case_marks(session, [self.view.case_id]).get(
                self.view.case_id, (model.Priority.NORMAL, ())
            )
        except Exception:
            log_failure(_log, "The priority and flags of a case could not be read")
            return ""
        words = labels.priority(priority)
        if not flags:
            return self.tr("{priority}; no flags").format(priority=words)
        return self.tr("{priority}; flags: {flags}").format(
            priority=words, flags=", ".join(labels.flag_kind(f) for f in flags)
        )

    def fill(self) -> None:
        self.view.ui.triageValue.setText(self.text())

    def open(self) -> CaseTriageDialog | None:
        """The case's triage window (brought forward if it is open already)."""
        view = self.view
        if view.session is None or view.detail is None:
            return None
        if (shown := self.window.front()) is not None:
            return shown
        number = str(view.case_id)
        form = CaseTriageDialog(view.session, view.case_id, view.detail.case.title, view)
        form.setWindowFlag(Qt.WindowType.Window)
        form.changed.connect(lambda _case_id: self.fill())
        form.setObjectName(f"caseTriage{number}")
        return self.window.show(form)

    @property
    def form(self) -> CaseTriageDialog | None:
        return self.window.window

    def forget(self) -> None:
        """Locking: the window closes, the words go."""
        if self.form is not None:
            self.form.teardown()  # forgets its session and flags, and closes
        self.view.ui.triageValue.clear()
