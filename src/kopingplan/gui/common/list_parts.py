"""What a paged list states about its Designer form, the steps being the base's: which table
it is, how wide its columns start out, which column takes the room the others leave, which
combo boxes filter it and which button makes a new record.

Every paged list (the sections Inkommande oro, Lägesbild, Otillåten påverkan and
Utlämnanden, the dialogs of the action plan and the activities) names its parts once, as the
class attribute ``LIST``, by the object names its form (its ``Ui_`` class) gives them (see
:class:`~kopingplan.gui.situation.incidents_page.IncidentsPage`), and :meth:`ListParts.set_up`
sets the list up from them (:meth:`~kopingplan.gui.common.list_page.PagedList.set_up_list`),
in :class:`~kopingplan.gui.common.record_list_page.RecordListPage` for a section of records.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kopingplan.gui.common.list_page import PagedList


@dataclass(frozen=True)
class ListParts:
    """A paged list's parts in its form, by object name (see the module)."""

    table: str  # the QTableView
    widths: tuple[int, ...]  # each column's width on a first start
    stretch: int | None = None  # the column of long free text
    filters: tuple[str, ...] = ()  # the combo boxes that narrow the list, "All …" first
    new_button: str = ""  # the "New …" button, when the list has one
    attention: Callable[[Any], bool] | None = None  # a row still waiting for the coordinator

    def set_up(
        self, page: PagedList, new: Callable[[], object] | SignalInstance | None = None
    ) -> None:
        """Sets ``page``'s list up from its form (``page.ui``); the New button runs ``new``
        (a function, or a signal it sends)."""
        ui = page.ui
        page.set_up_list(
            getattr(ui, self.table),
            self.widths,
            stretch=self.stretch,
            filters=[getattr(ui, name) for name in self.filters],
            attention=self.attention,
        )
        if new is not None:
            getattr(ui, self.new_button).clicked.connect(new)
