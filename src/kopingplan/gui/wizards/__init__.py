"""The exit-plan and relative-support wizards.

``open_exit_plan_wizard`` and ``open_relative_support_wizard`` run a wizard modally and return
whether it saved. A stored draft is offered when the wizard opens; locking keeps the input as a
draft (``keep_as_draft``, see :mod:`kopingplan.gui.common.drafts`), and importing this package
registers how such a draft is opened again after unlocking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kopingplan.gui.wizards.base import FlowWizard
from kopingplan.gui.wizards.exit_plan import ExitPlanWizard
from kopingplan.gui.wizards.relative_support import RelativeSupportWizard

if TYPE_CHECKING:
    from kopingplan.services.session import Session

__all__ = [
    "ExitPlanWizard",
    "RelativeSupportWizard",
    "open_exit_plan_wizard",
    "open_relative_support_wizard",
    "register_draft_openers",
]


def open_exit_plan_wizard(parent: QWidget | None, session: Session, case_id: int) -> bool:
    """A new exit plan for the case, or its next revision; True if one was saved."""
    wizard = ExitPlanWizard(session, case_id, parent)
    wizard.exec()
    saved = wizard.saved
    wizard.deleteLater()
    return saved


def open_relative_support_wizard(
    parent: QWidget | None, session: Session, case_id: int | None = None
) -> bool:
    """A relative's contact, from a case or from the main window; True if one was saved."""
    wizard = RelativeSupportWizard(session, case_id, parent)
    wizard.exec()
    saved = wizard.saved
    wizard.deleteLater()
    return saved


def _case_window(parent: QWidget | None, case_id: int) -> QWidget | None:
    """The case's window, opened (audited) through the main window when there is one: a
    wizard opened again after unlocking belongs to it like one opened from it."""
    open_case = getattr(parent, "open_case", None)
    return open_case(case_id) if callable(open_case) else None


def _show_again(wizard: FlowWizard, window: QWidget | None) -> QWidget:
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    reload = getattr(window, "reload", None)
    if callable(reload):
        wizard.finished.connect(lambda *_: reload())
    wizard.show()
    return wizard


def _reopen_exit_plan(parent: QWidget | None, session: Session, ref: str) -> QWidget | None:
    if not ref.isdigit():
        return None
    window = _case_window(parent, int(ref))
    wizard = ExitPlanWizard(session, int(ref), window or parent, resume=True)
    return _show_again(wizard, window)


def _reopen_relative_support(parent: QWidget | None, session: Session, ref: str) -> QWidget | None:
    case_id = int(ref) if ref.isdigit() else None
    window = _case_window(parent, case_id) if case_id is not None else None
    wizard = RelativeSupportWizard(session, case_id, window or parent, resume=True)
    return _show_again(wizard, window)


def register_draft_openers() -> None:
    """Lets :mod:`kopingplan.gui.common.drafts` open the wizards' drafts again after unlocking (done
    when this package is imported, as the other forms register theirs)."""
    from kopingplan.gui.common import drafts

    drafts.register(ExitPlanWizard.DRAFT_KIND, _reopen_exit_plan)
    drafts.register(RelativeSupportWizard.DRAFT_KIND, _reopen_relative_support)


register_draft_openers()
