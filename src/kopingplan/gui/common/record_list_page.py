"""A main-window section that lists one kind of record, each opened in its record form:
Inkommande oro (concerns), Lägesbild's entries, Otillåten påverkan (incidents).

Such a section is a :class:`~kopingplan.gui.common.list_page.PagedListPage` that states what
differs, and this base does the steps: its Designer ``FORM`` (set up on it here), the
``RECORD_KIND`` its rows are (the kind its form is registered under,
:func:`kopingplan.gui.shell.windows.register_form`), its list's parts in the form (``LIST``, a
:class:`~kopingplan.gui.common.list_parts.ListParts` with its "New …" button), and what a list
states (its columns, filters, count and empty texts: :class:`~kopingplan.gui.common.list_page.
PagedList`). The list is set up from ``LIST`` here, and "New …" sends
:attr:`RecordListPage.newRecordRequested`. Enter or a double-click on a row sends
:attr:`RecordListPage.recordActivated` with the record's id. The main window opens the record
form of ``RECORD_KIND`` on both (:mod:`kopingplan.gui.shell.section_pages`), so a new section
of this kind needs no wiring of its own there. A section with more than its list (Lägesbild's
other tabs) adds it in its own ``__init__`` after this one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kopingplan.gui.common.list_page import PagedListPage
from kopingplan.gui.common.list_parts import ListParts
from kopingplan.gui.common.list_support import emit_record_id
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class RecordListPage(PagedListPage):
    """A section listing records of ``RECORD_KIND`` in ``LIST`` of its form ``FORM`` (see the
    module)."""

    recordActivated = Signal(int)  # open this record in its form
    newRecordRequested = Signal()  # an empty form for a new one

    FORM: ClassVar[str]
    RECORD_KIND: ClassVar[str]
    LIST: ClassVar[ListParts]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = setup_form(self.FORM, self)
        self.LIST.set_up(self, self.newRecordRequested)

    def list_ready(self) -> None:
        """A row's "Open" (Enter, a double-click) asks for the record's form."""
        open_only(self.table, emit_record_id(self.recordActivated))
