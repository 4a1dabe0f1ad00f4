"""Opening a brief window again from its kept draft, after unlocking (the main window's
notice of kept drafts; :mod:`kopingplan.gui.briefs.brief_draft`). Registered on import of
:mod:`kopingplan.gui.briefs`, before any brief window was opened; the window itself (reportlab
and pyHanko behind it) is imported only when a draft is opened."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kopingplan.gui.briefs.brief_draft import KIND
from kopingplan.gui.common import drafts

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def reopen(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    """The brief window again, from where it is opened by hand: a meeting's from Möten, a
    case's from its case window, the lägesbild's over the main window."""
    kind, _, number = ref.partition(":")
    window = drafts.main_window(parent)
    opened: Any = None
    if kind == "meeting" and number.isdigit():
        from kopingplan.gui.shell.sections import section_index

        window.show_section(section_index("meetings"))
        opened = window.meetings_page.open_brief(int(number))
    elif kind == "case" and number.isdigit():
        view = window.open_case(int(number))
        opened = None if view is None else view.open_brief()
    elif ref == "situation":
        from kopingplan.gui.briefs.brief_dialog import BriefDialog

        opened = BriefDialog.for_situation(session, window)
        opened.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        opened.show()
    return opened if isinstance(opened, QWidget) else None


drafts.register(KIND, reopen)
