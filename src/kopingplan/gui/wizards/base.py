"""The Qt side of a wizard flow: a QWizard that saves drafts, asks before throwing input
away and saves once at the end (its pages are in :mod:`kopingplan.gui.wizards.pages`).

Picard's setup wizard is the model: each page fills its widgets in ``initializePage`` and
checks them in ``validatePage``; everything is stored once, in ``accept()``. What is typed lives
in the Qt-free flow (:mod:`kopingplan.domain.flows`), so Back keeps it and a draft is simply
``flow.to_draft()``. Drafts, the question before input is thrown away and keeping the input at
a lock are :class:`~kopingplan.gui.common.draft_wizard.DraftWizard`'s, which the export wizard
shares; this adds a "Save draft and close" button and the save at the end.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from kopingplan import errors
from kopingplan.domain.flows import Flow
from kopingplan.gui.common.changes import announce
from kopingplan.gui.common.draft_wizard import DraftWizard
from kopingplan.gui.common.retranslating import retranslate_wizard_buttons
from kopingplan.gui.wizards.page_room import grow_with_pages
from kopingplan.gui.wizards.pages import FlowPage, to_qdate

if TYPE_CHECKING:
    from kopingplan.services.session import Session

# The pages and their widget helpers live in pages.py; FlowPage and to_qdate are named here
# too because tests reach them through the wizard module.
__all__ = ["FlowPage", "FlowWizard", "to_qdate"]


# --- The wizard --------------------------------------------------------------------------------


class FlowWizard(DraftWizard):
    """A QWizard over a flow, with drafts. Subclasses set ``DRAFT_KIND`` and ``PAGES``, call
    :meth:`add_pages` once their pages' look-ups are read, and implement
    :meth:`flow_from_draft` and :meth:`store_records`."""

    PAGES: ClassVar[tuple[type[FlowPage], ...]]  # in the flow's order

    def __init__(
        self,
        session: Session,
        flow: Flow,
        draft_ref: str,
        parent: QWidget | None,
        *,
        resume: bool = False,
    ) -> None:
        super().__init__(session, flow, draft_ref, parent, resume=resume)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(self._custom_button)
        self.currentIdChanged.connect(self._order_buttons)
        # A page is filled before it becomes the current one: say why Next waits once it is.
        self.currentIdChanged.connect(self._explain_current)
        grow_with_pages(self)  # a later page that needs more room than the first is not cut
        self.retranslate()

    # --- for subclasses

    def add_pages(self) -> None:
        """Adds a page of each of ``PAGES``, in order, and gives the wizard its first size."""
        for page in self.PAGES:
            self.addPage(page(self))
        self.resize(860, 640)  # fits a 1280×720 (150 %) laptop less its task bar

    def store_records(self) -> None:
        """Builds the records from the flow and saves them through the service."""
        raise NotImplementedError

    def flow_pages(self) -> list[FlowPage]:
        return [p for p in (self.page(i) for i in self.pageIds()) if isinstance(p, FlowPage)]

    # --- closing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._order_buttons()

    def accept(self) -> None:
        if self.closing or not self.validateCurrentPage():
            return
        self.store_current()
        for page in self.flow_pages():
            found = self.flow.page_problems(page.PAGE)
            if found:
                # Checked when it was left, but not any more: a follow-up day that was today
                # when the page was left is in the past once midnight has passed.
                while self.currentPage() is not page and self.currentId() != self.startId():
                    self.back()
                page.show_problems(found)
                return
        try:
            self.store_records()
        except errors.KopingplanError as error:
            self._warn(error)
            return
        self.saved = True
        announce(self)  # the open views show what the wizard stored (gui/common/changes.py)
        self._finish(QDialog.DialogCode.Accepted)

    def _explain_current(self, *_: Any) -> None:
        page = self.currentPage()
        if isinstance(page, FlowPage) and not self.closing:
            page.explain()

    def _order_buttons(self, *_: Any) -> None:
        """Tab goes along the buttons as they stand (Save draft on the left, then Back, Next or
        Save, Cancel). QWizard orders them itself whenever it lays them out, with Save draft
        after Cancel, so this runs after each of those."""
        kinds = QWizard.WizardButton
        buttons = [
            self.button(kind)
            for kind in (
                kinds.CustomButton1,
                kinds.BackButton,
                kinds.NextButton,
                kinds.CommitButton,
                kinds.FinishButton,
                kinds.CancelButton,
            )
        ]
        for first, second in itertools.pairwise(buttons):
            QWidget.setTabOrder(first, second)

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.save_draft_and_close()

    def retranslate(self) -> None:
        """The buttons' texts, Qt's own among them; a subclass adds its window title (calling
        super), and each page sets its own texts (:meth:`FlowPage.changeEvent`)."""
        super().retranslate()
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Save d&raft and close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save"))
        retranslate_wizard_buttons(self)
