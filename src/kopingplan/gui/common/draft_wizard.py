"""A wizard over a Qt-free flow that keeps what was typed: it asks before throwing input away,
keeps it as a draft in the vault at a lock, and offers a stored draft when it opens again.

Shared by the exit-plan and relative-support wizards
(:class:`~kopingplan.gui.wizards.base.FlowWizard`) and the export wizard
(:class:`~kopingplan.gui.exchange.exchange_wizard.ExportWizard`). What was typed lives in the
flow (:mod:`kopingplan.domain.flows`), so a draft is simply ``flow.to_draft()``, and a page is a
:class:`~kopingplan.gui.common.flow_page.FlowPageBase` that stores itself into the flow.

Closing paths:

* Cancel, Esc and the window's close button all end in :meth:`DraftWizard.reject`: with
  unsaved input it asks Save draft / Discard / Keep writing (opened with ``open()``, so there is
  no nested event loop that a lock would have to unwind). A draft the vault refuses (an
  export's naming a case deleted meanwhile) is said so, and the wizard stays open.
* Locking calls :meth:`DraftWizard.keep_as_draft` (the protocol of
  :mod:`kopingplan.gui.common.drafts`) while the session is still open: the input goes into the
  vault as a draft, the wizard closes without asking.
* Done (saved, the package made): :meth:`DraftWizard.done_with_draft` deletes the draft this
  wizard's input came from or went to, and the wizard closes unasked.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractButton, QDialog, QMessageBox, QWidget, QWizard

from kopingplan import errors
from kopingplan.errors import log_failure
from kopingplan.gui.common.flow_page import FlowPageBase
from kopingplan.gui.common.retranslating import Retranslating, forgot_its_session
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.services import drafts as draft_store

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

Words = tuple[str, str, dict[str, str]]  # a question's title, text and buttons' labels by key


class DraftWizard(Retranslating, QWizard):
    """A QWizard over a flow, with drafts. Subclasses set ``DRAFT_KIND``, implement
    :meth:`flow_from_draft`, and call :meth:`mark_unchanged` once their pages have stored their
    first values when those differ from the flow's (a list's only choice ticked at once)."""

    DRAFT_KIND: ClassVar[str]

    def __init__(
        self,
        session: Session,
        flow: Any,
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
        self._question_words: Callable[[], Words] = lambda: ("", "", {})
        self.warning: QMessageBox | None = None  # the last "not saved" message, for tests
        self._draft_in_use = False  # a stored draft belongs to this wizard's input
        self._offered = False
        self._initial = self._fields()

    # --- for subclasses

    def flow_from_draft(self, payload: dict[str, Any]) -> Any:
        raise NotImplementedError

    # --- state

    def _fields(self) -> Any:
        return self.flow.to_draft()["fields"]

    def mark_unchanged(self) -> None:
        """What the flow holds now is what "nothing typed" means."""
        self._initial = self._fields()

    def untouched(self) -> bool:
        """Whether the flow holds what it held at first (without storing the current page)."""
        return bool(self._fields() == self._initial)

    def store_current(self) -> None:
        page = self.currentPage()
        if isinstance(page, FlowPageBase):
            page.store()

    def changed(self) -> bool:
        """Whether anything was typed since the wizard opened (or its draft was resumed)."""
        self.store_current()
        return not self.untouched()

    # --- drafts

    def save_draft(self) -> bool:
        """Stores the input as this wizard's draft; False when the vault refused it (a
        disclosure's draft naming a case deleted meanwhile is not stored, storage/drafts.py)."""
        self.store_current()
        session = unlocked(self.session)
        draft_store.save_draft(session, self.DRAFT_KIND, self.draft_ref, self.flow.to_draft())
        self._draft_in_use = not self._draft_gone()
        return self._draft_in_use

    def draft_refused_text(self) -> str:
        """Why the vault did not keep this wizard's draft (:meth:`save_draft` False)."""
        return self.tr("The draft was not kept: the vault refused it.")

    def save_draft_and_close(self) -> None:
        """Save draft: stored, the wizard closes; refused, it says why and stays open (what
        was typed is still here to read), rather than closing as if kept."""
        try:
            stored = self.save_draft()
        except errors.KopingplanError as error:
            self._warn(error)
            return
        if not stored:
            self._warn_text(self.draft_refused_text())
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
            if self.changed() or (kept and self._draft_gone()):
                self.save_draft()
                kept = True
        finally:
            # Closed even when the draft cannot be stored (a full disk): left open, it would
            # ask its question again when the lock rejects it, over the locked vault.
            self._finish(QDialog.DialogCode.Rejected)
        return (self.DRAFT_KIND, self.draft_ref) if kept else None

    def _draft_gone(self) -> bool:
        """Whether the draft this wizard shows was discarded meanwhile: by another window
        opened on the same draft (from the unlock's notice and from the case's window), whose
        Discard or save took it while this one still showed it."""
        session = unlocked(self.session)
        return draft_store.load_draft(session, self.DRAFT_KIND, self.draft_ref) is None

    def done_with_draft(self) -> None:
        """The input was saved (or its package made): the draft it came from or went to goes.
        A failure is logged, never raised: what was saved stays saved."""
        if not self._draft_in_use or self.session is None:
            return
        try:
            draft_store.discard_draft(self.session, self.DRAFT_KIND, self.draft_ref)
        except Exception:
            log_failure(_log, "A draft could not be discarded")
        self._draft_in_use = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
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
            lambda: (
                self.tr("There is a saved draft"),
                self.tr("You started this earlier and saved a draft. Continue from it?"),
                {"resume": self.tr("&Continue with the draft"), "fresh": self.tr("&Start over")},
            ),
            {
                "resume": QMessageBox.ButtonRole.AcceptRole,
                "fresh": QMessageBox.ButtonRole.RejectRole,
            },
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
        if isinstance(page, FlowPageBase):
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
            lambda: (
                self.tr("Keep what you have written?"),
                self.tr(
                    "Save it as a draft to continue later; a draft is kept encrypted in the vault. "
                    "Discard throws away what you have written here."
                ),
                {
                    "save": self.tr("Save d&raft"),
                    "discard": self.tr("&Discard"),
                    "keep": self.tr("&Keep writing"),
                },
            ),
            {
                "save": QMessageBox.ButtonRole.AcceptRole,
                "discard": QMessageBox.ButtonRole.DestructiveRole,
                "keep": QMessageBox.ButtonRole.RejectRole,
            },
            self._cancel_answered,
        )

    def _cancel_answered(self, answer: str) -> None:
        if answer == "save":
            self.save_draft_and_close()
        elif answer == "discard":
            if self._draft_in_use:
                draft_store.discard_draft(unlocked(self.session), self.DRAFT_KIND, self.draft_ref)
            self._finish(QDialog.DialogCode.Rejected)

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
        words: Callable[[], Words],
        roles: dict[str, QMessageBox.ButtonRole],
        answered: Callable[[str], None],
    ) -> None:
        """Asks, window-modal; ``words`` gives the title, the text and each button's label
        (by the keys of ``roles``, the first the default) in the UI language, again after a
        language switch while the question is open."""
        title, text, labels = words()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.question_buttons = {}
        for key, role in roles.items():
            button = box.addButton(labels[key], role)
            if not self.question_buttons:
                box.setDefaultButton(button)
            self.question_buttons[key] = button
        self.question, self._question_words = box, words

        def clicked(button: QAbstractButton) -> None:
            answer = next((k for k, b in self.question_buttons.items() if b is button), "")
            self.question = None
            self.question_buttons = {}
            answered(answer)

        box.buttonClicked.connect(clicked)
        box.finished.connect(lambda *_: setattr(self, "question", None))
        box.open()

    def _retranslated(self) -> None:
        super()._retranslated()
        box = self.question
        if box is not None:
            title, text, labels = self._question_words()
            box.setWindowTitle(title)
            box.setText(text)
            for key, button in self.question_buttons.items():
                button.setText(labels[key])

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
        self._warn_text(error_text(error))

    def _warn_text(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Not saved"), text, parent=self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.warning = box
