"""What every wizard page over a Qt-free flow shares (Picard's way): the page fills itself from
the flow in ``initializePage`` and puts its part back into the flow on every edit, on Back and
on Next, so that the wizard never reaches into a page.

:class:`~kopingplan.gui.wizards.pages.FlowPage` (the wizards' Designer pages) and
:class:`~kopingplan.gui.exchange.exchange_support.ExportPage` (the export wizard's pages) build
on :class:`FlowPageBase`; each says how its problems show (:meth:`FlowPageBase.render_problems`),
what Next does (``validatePage``) and what a language switch redoes
(:meth:`FlowPageBase.language_changed`). A page whose wizard is done with its session (saved,
discarded, or closed by a lock) neither checks edits nor follows a switch: the rule of every
window a lock closed (:func:`~kopingplan.gui.common.retranslating.forgot_its_session`).
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizardPage

from kopingplan.domain.flows import Problem
from kopingplan.gui.common.field_messages import FieldMessages
from kopingplan.gui.common.retranslating import forgot_its_session


class FlowPageBase(QWizardPage):
    """One page for the flow's page ``PAGE``; ``owner``: the wizard that holds the flow."""

    PAGE: ClassVar[str]
    owner: Any

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks = FieldMessages(self)
        self._problems: list[Problem] = []
        self._touched: set[QWidget] = set()  # edited widgets: their problems show
        self._show_all = False  # Next was pressed, or the wizard sent the user back: all show
        self._filling = False  # widgets are being filled from the flow, not edited

    @property
    def flow(self) -> Any:
        return self.owner.flow

    # --- for subclasses

    def load(self) -> None:
        """Puts the flow's values into the widgets."""

    def store(self) -> None:
        """Puts the widgets' values into the flow."""

    def render_problems(self, found: list[Problem]) -> None:
        """Shows ``found`` (the page's problems) beside the fields and says why Next waits."""
        raise NotImplementedError

    def checking(self) -> bool:
        """Whether an edit checks the page again: not once its wizard forgot its session."""
        return not forgot_its_session(self.owner)

    def language_changed(self) -> None:
        """Says the page again in the language now chosen (while :meth:`checking`)."""

    # --- shared behaviour

    def fill_from_flow(self) -> None:
        """:meth:`load`, without the widgets' signals counting as edits."""
        self._filling = True
        try:
            self.load()
        finally:
            self._filling = False

    def recheck(self) -> None:
        """Stores the page into the flow and shows the flow's problems with it."""
        if not self.checking():
            return
        self.store()
        self.render_problems(self.flow.page_problems(self.PAGE))

    def set_problems(self, found: list[Problem]) -> bool:
        """Keeps ``found`` for :meth:`isComplete`; True when the page's completeness changed
        (the subclass emits ``completeChanged`` once it has shown them)."""
        was_complete = not self._problems
        self._problems = list(found)
        return was_complete != (not found)

    # --- QWizardPage

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.checking():
            self.language_changed()
        super().changeEvent(event)

    def initializePage(self) -> None:
        self.flow.go_to(self.PAGE)
        self.fill_from_flow()
        self._touched.clear()
        self._show_all = False
        self.recheck()

    def cleanupPage(self) -> None:
        # Back keeps what was chosen: it is in the flow (QWizardPage's own cleanup would
        # reset registered fields).
        self.store()

    def isComplete(self) -> bool:
        return not self._problems

    # --- what the user reads (tests)

    def shown_problem(self, widget: QWidget) -> str:
        """The message on show under ``widget`` ("" if none)."""
        return self.checks.shown(widget)

    @property
    def problem_text(self) -> str:
        """Why Next waits ("Fill in: Role, Purpose"), "" when it does not."""
        status = self.checks.status
        return status.text() if status is not None else ""
