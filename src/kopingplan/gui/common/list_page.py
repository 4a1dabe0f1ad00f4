"""What a list that shows records a page at a time shares, in a main-window section
(Inkommande oro, Otillåten påverkan, Utlämnanden) or in a dialog (the activities, the action
plan): the paged model over its table, the line that counts the rows, the filter combo boxes
that narrow the list in SQL, the empty list's hint (what to do first, or that the filters hide
everything), the table layout remembered across sessions, focus on the list, a language switch
and locking.

A section subclasses :class:`PagedListPage` (a dialog
:class:`~kopingplan.gui.common.list_dialog.PagedListDialog`), says what differs (its columns,
how its filters are filled and turned into a query, its count and empty texts) and calls
:meth:`PagedList.set_up_list` once its form is set up. :func:`refill_choices` fills a filter
combo box again keeping what is chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QWidget

from kopingplan.gui.common.list_support import EmptyHint, save_table, select_first_row, setup_table
from kopingplan.gui.common.paged_model import Column, PagedTableModel
from kopingplan.gui.common.retranslating import Retranslating


def refill_choices(
    combo: QComboBox,
    choices: Iterable[tuple[str, object]],
    *,
    first: object = None,
    select: object = None,
) -> None:
    """Fills a combo box's choices (text, data) again (new words after a language switch, a
    year that came with a new record), keeping what was chosen, without a signal. The first
    choice ("All …") is taken when what was chosen is gone; ``first`` is the value chosen when
    the combo box is filled for the first time; ``select``, when given, is chosen instead of
    what was chosen (a record just made)."""
    kept = combo.currentData() if combo.count() else first
    chosen = select if select is not None else kept
    combo.blockSignals(True)
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
    combo.blockSignals(False)


def year_choices(all_years: str, years: Iterable[int]) -> list[tuple[str, object]]:
    """A year filter's choices: "All years", then the years that have records."""
    return [(all_years, None), *((str(year), year) for year in years)]


if TYPE_CHECKING:
    from kopingplan.services.session import Session


class ListForm(Protocol):
    """What a list page's Designer form has for the base (each page's ``Ui_`` class)."""

    countLabel: QLabel


class PagedList(Retranslating):
    """What a list of records read a page at a time and filtered in SQL does, in a section
    (:class:`PagedListPage`) or in a dialog (:class:`kopingplan.gui.common.list_dialog.
    PagedListDialog`).

    Subclasses set :attr:`SETTINGS_KEY` (the remembered table layout), implement
    :meth:`columns`, :meth:`apply_filters`, :meth:`count_text` and :meth:`empty_text`, and
    fill their combo boxes in :meth:`fill_filters` (with :func:`refill_choices`)."""

    SETTINGS_KEY = ""
    ui: ListForm
    session: Session | None
    filters: tuple[QComboBox, ...] = ()

    def set_up_list(
        self,
        table: QTableView,
        widths: Sequence[int],
        *,
        stretch: int | None = None,
        filters: Sequence[QComboBox] = (),
        attention: Callable[[Any], bool] | None = None,
    ) -> None:
        """The model over ``table``, its layout, the filters (filled, then followed) and the
        first query; ``stretch`` is the column of long free text."""
        self.table = table
        self.model = PagedTableModel(self.columns(), self, attention=attention)
        self.model.countChanged.connect(self.show_count)
        setup_table(table, self.model, widths, self.SETTINGS_KEY, stretch=stretch)
        self.filters = tuple(filters)
        self.fill_filters()
        for combo in self.filters:
            combo.currentIndexChanged.connect(self.apply_filters)
        self.apply_filters()
        self.empty_hint = EmptyHint(table, self._empty_hint_text)
        self.list_ready()

    # --- what a list says ------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fill_filters(self) -> None:
        """(Re)fills the filter combo boxes; called again after a language switch."""

    def apply_filters(self) -> None:
        raise NotImplementedError

    def list_ready(self) -> None:
        """What follows once the list is set up (a dialog's row menu)."""

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def empty_text(self, filtered: bool) -> str:
        """The hint of an empty list: that the filters hide everything, or what to do first."""
        raise NotImplementedError

    # --- shared behaviour ------------------------------------------------------------------------

    def fill_choice_and_year(
        self,
        choices: Iterable[tuple[str, object]],
        years: Callable[[Session], Iterable[int]],
    ) -> None:
        """Fills the two filters of a list of dated records (as given to :meth:`set_up_list`):
        the first with ``choices``, its "All …" first; the second with "All years" and the
        years that have records, ``years(session)``."""
        choice_filter, year_filter = self.filters
        refill_choices(choice_filter, choices)
        found = years(self.session) if self.session is not None else []
        all_years = QCoreApplication.translate("PagedList", "All years")
        refill_choices(year_filter, year_choices(all_years, found))

    def is_filtered(self) -> bool:
        """A filter narrows the list (its first choice is "All …")."""
        return any(combo.currentIndex() > 0 for combo in self.filters)

    def _empty_hint_text(self) -> str:
        return self.empty_text(self.is_filtered())

    def show_count(self) -> None:
        self.ui.countLabel.setText(self.count_text(self.model.total))

    def refresh(self) -> None:
        """After a save that may bring new filter choices (a year, a recipient)."""
        self.fill_filters()
        self.apply_filters()

    def focus_list(self) -> None:
        self.table.setFocus()
        select_first_row(self.table)

    def retranslate(self) -> None:
        super().retranslate()
        self.fill_filters()
        self.model.retranslate()
        self.show_count()

    def teardown(self) -> None:
        """Locking: keeps the layout, forgets the session and every row."""
        save_table(self.table, self.SETTINGS_KEY)
        self.session = None
        self.table.setModel(None)  # type: ignore[arg-type, unused-ignore]
        self.model.clear()


class PagedListPage(PagedList, QWidget):
    """A section listing records a page at a time, filtered in SQL (see :class:`PagedList`)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.filters = ()
