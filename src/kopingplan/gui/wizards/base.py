"""The Qt side of a wizard flow: a QWizard that saves drafts, asks before throwing input
away and saves once at the end (its pages are in :mod:`kopingplan.gui.wizards.pages`).

Picard's setup wizard is the model: each page fills its widgets in ``initializePage`` and
checks them in ``validatePage``; everything is stored once, in ``accept()``. What is typed lives
in the Qt-free flow (:mod:`kopingplan.domain.flows`), so Back keeps it and a draft is simply
``flow.to_draft()``.

Closing paths:

* Cancel, Esc and the window's close button all end in :meth:`FlowWizard.reject`: with
  unsaved input it asks Save draft / Discard / Keep writing (opened with ``open()``, so there is
  no nested event loop that a lock would have to unwind).
* Locking calls :meth:`FlowWizard.keep_as_draft` (the protocol of
  :mod:`kopingplan.gui.common.drafts`) while the session is still open: the input goes into the
  vault as a draft, the wizard closes without asking.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget, QWizard

from kopingplan import errors
from kopingplan.domain.flows import Flow
from kopingplan.gui.common.changes import announce
from kopingplan.gui.common.retranslating import (
    Retranslating,
    forgot_its_session,
    retranslate_wizard_buttons,
)
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.wizards.page_room import grow_with_pages
from kopingplan.gui.wizards.pages import FlowPage, to_qdate
from kopingplan.services import drafts as draft_store

if TYPE_CHECKING:
    from kopingplan.services.session import Session

# The pages and their widget helpers live in pages.py; FlowPage and to_qdate are named here
# too because tests reach them through the wizard module.
__all__ = ["FlowPage", "FlowWizard", "to_qdate"]


# --- The wizard --------------------------------------------------------------------------------


class FlowWizard(Retranslating, QWizard):
    """A QWizard over a flow, with drafts. Subclasses set ``DRAFT_KIND`` and ``PAGES``, call
    :meth:`add_pages` once their pages' look-ups are read, and implement
    :meth:`flow_from_draft` and :meth:`store_records`."""

    DRAFT_KIND: ClassVar[str]
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
        super().__init__(parent)
        self._resume_unasked = resume  # reopened from a draft after unlocking: no question
        self.session: Session | None = session  # None once the wizard is done (closing)
        self.flow: Any = flow
        self.draft_ref = draft_ref
        self.saved = False
        self.question: QMessageBox | None = None
        self.question_buttons: dict[str, QAbstractButton] = {}
        self.warning: QMessageBox | None = None  # the last "not saved" message, for tests
        self._draft_in_use = False  # a stored draft belongs to this wizard's input
        self._offered = False
        self._initial = self._fields()
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

    def flow_from_draft(self, payload: dict[str, Any]) -> Flow:
        raise NotImplementedError

    def store_records(self) -> None:
        """Builds the records from the flow and saves them through the service."""
        raise NotImplementedError

    def flow_pages(self) -> list[FlowPage]:
        return [p for p in (self.page(i) for i in self.pageIds()) if isinstance(p, FlowPage)]

    # --- state

    def _fields(self) -> Any:
        return self.flow.to_draft()["fields"]

    def store_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, FlowPage):
            page.store()

    def changed(self) -> bool:
        """Whether anything was typed since the wizard opened (or its draft was resumed)."""
        self.store_current()
        return bool(self._fields() != self._initial)

    # --- drafts

    def save_draft(self) -> None:
        self.store_current()
        draft_store.save_draft(
            unlocked(self.session), self.DRAFT_KIND, self.draft_ref, self.flow.to_draft()
        )
        self._draft_in_use = True

    def save_draft_and_close(self) -> None:
        try:
            self.save_draft()
        except errors.KopingplanError as error:
            self._warn(error)
            return
        self._finish(QDialog.DialogCode.Rejected)

    def keep_as_draft(self) -> tuple[str, str] | None:
        """Locking: the input goes into the vault as a draft and the wizard closes unasked.
        Returns (kind, ref) when a draft of this wizard is in the vault, else None."""
        if self.closing:
            return None
        self._close_question()
        kept = self._draft_in_use
        try:
            if self.changed():
                self.save_draft()
                kept = True
        finally:
            # Closed even when the draft cannot be stored (a full disk): left open, it would
            # ask its question again when the lock rejects it, over the locked vault.
            self._finish(QDialog.DialogCode.Rejected)
        return (self.DRAFT_KIND, self.draft_ref) if kept else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._order_buttons()
        if not self._offered:
            self._offered = True
            self.offer_stored_draft()
            if self.question is not None:
                # Asked before this window itself is shown (showEvent comes first), the question
                # ends up below it: hidden behind the wizard, which took the keys while Esc did
                # nothing (seen under X11). Shown again once the wizard is up, it is on top.
                QTimer.singleShot(0, self, self._lift_question)

    def offer_stored_draft(self) -> None:
        """Asks whether to continue from a stored draft, if there is one."""
        payload = draft_store.load_draft(unlocked(self.session), self.DRAFT_KIND, self.draft_ref)
        if payload is None:
            return
        if self._resume_unasked:
            self.resume(payload)
            return
        self._ask(
            self.tr("There is a saved draft"),
            self.tr("You started this earlier and saved a draft. Continue from it?"),
            [
                ("resume", self.tr("&Continue with the draft"), QMessageBox.ButtonRole.AcceptRole),
                ("fresh", self.tr("&Start over"), QMessageBox.ButtonRole.RejectRole),
            ],
            lambda answer: self.resume(payload) if answer == "resume" else None,
        )

    def resume(self, payload: dict[str, Any]) -> None:
        """Continues from a draft: on the page it was saved on, or the first earlier page that
        still has problems."""
        flow = self.flow_from_draft(payload)
        target = flow.index
        # restart() cleans the visited pages up, which stores their widgets into the flow:
        # it must run while the old flow is in place, and the first page is filled again.
        self.restart()
        self.flow = flow
        self._initial = self._fields()
        self._draft_in_use = True
        page = self.currentPage()
        if isinstance(page, FlowPage):
            page.initializePage()
        for _ in range(target):
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # --- closing

    def reject(self) -> None:
        if self.closing or self.question is not None:
            return
        if not self.changed():
            self._finish(QDialog.DialogCode.Rejected)
            return
        self._ask(
            self.tr("Keep what you have written?"),
            self.tr(
                "Save it as a draft to continue later; a draft is kept encrypted in the vault. "
                "Discard throws away what you have written here."
            ),
            [
                ("save", self.tr("Save d&raft"), QMessageBox.ButtonRole.AcceptRole),
                ("discard", self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole),
                ("keep", self.tr("&Keep writing"), QMessageBox.ButtonRole.RejectRole),
            ],
            self._cancel_answered,
        )

    def _cancel_answered(self, answer: str) -> None:
        if answer == "save":
            self.save_draft_and_close()
        elif answer == "discard":
            if self._draft_in_use:
                draft_store.discard_draft(unlocked(self.session), self.DRAFT_KIND, self.draft_ref)
            self._finish(QDialog.DialogCode.Rejected)

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

    @property
    def closing(self) -> bool:
        """Saved, discarded or kept as a draft: the wizard is done with its session."""
        return forgot_its_session(self)

    def _finish(self, result: QDialog.DialogCode) -> None:
        self.session = None  # done with it: a language switch now leaves the wizard alone
        self._close_question()
        QDialog.done(self, result)

    # --- questions and messages

    def _ask(
        self,
        title: str,
        text: str,
        buttons: list[tuple[str, str, QMessageBox.ButtonRole]],
        answered: Callable[[str], None],
    ) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.question_buttons = {}
        for key, label, role in buttons:
            button = box.addButton(label, role)
            if not self.question_buttons:
                box.setDefaultButton(button)
            self.question_buttons[key] = button
        self.question = box

        def clicked(button: QAbstractButton) -> None:
            answer = next((k for k, b in self.question_buttons.items() if b is button), "")
            self.question = None
            self.question_buttons = {}
            answered(answer)

        box.buttonClicked.connect(clicked)
        box.finished.connect(lambda *_: setattr(self, "question", None))
        box.open()

    def _lift_question(self) -> None:
        box = self.question
        if box is not None and box.isVisible():
            box.hide()
            box.open()

    def _close_question(self) -> None:
        box, self.question = self.question, None
        if box is not None:
            box.blockSignals(True)
            box.close()

    def _warn(self, error: BaseException) -> None:
        text = error_text(error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.warning = box

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
