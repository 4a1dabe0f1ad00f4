"""A main-window section that lists one kind of record, each opened in its record form:
Inkommande oro (concerns), Lägesbild's entries, Otillåten påverkan (incidents).

Such a section is a :class:`~kopingplan.gui.common.list_page.PagedListPage` that names its
Designer ``FORM`` (set up on it here) and the ``RECORD_KIND`` its rows are (the kind its form
is registered under, :func:`kopingplan.gui.shell.windows.register_form`), calls
:meth:`~kopingplan.gui.common.list_page.PagedList.set_up_list` and connects its "New …" button
to :attr:`RecordListPage.newRecordRequested`. Enter or a double-click on a row sends
:attr:`RecordListPage.recordActivated` with the record's id. The main window opens the record
form of ``RECORD_KIND`` on both (:mod:`kopingplan.gui.shell.section_pages`), so a new section
of this kind needs no wiring of its own there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kopingplan.gui.common.list_page import PagedListPage
from kopingplan.gui.common.list_support import emit_record_id
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class RecordListPage(PagedListPage):
    """A section listing records of ``RECORD_KIND`` from its form ``FORM`` (see the module)."""

    recordActivated = Signal(int)  # open this record in its form
    newRecordRequested = Signal()  # an empty form for a new one

    FORM: ClassVar[str]
    RECORD_KIND: ClassVar[str]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = setup_form(self.FORM, self)

    def list_ready(self) -> None:
        """A row's "Open" (Enter, a double-click) asks for the record's form."""
        open_only(self.table, emit_record_id(self.recordActivated))
