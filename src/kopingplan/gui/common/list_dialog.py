"""A dialog that lists records a page at a time (Arkiv → Aktiviteter på generell nivå …,
Arkiv → Handlingsplanen …) and opens one record's form over the list.

Besides what every paged list does (:class:`~kopingplan.gui.common.list_page.PagedList`): its
Designer form has ``countLabel``, ``openButton`` (enabled while the list has rows) and a
``buttonBox`` whose Close closes it; the row menu opens the row and copies it (a subclass adds
its own actions); one record form at a time (:class:`~kopingplan.gui.common.one_window.
OneWindow`) whose save refreshes the list and selects the saved record; a record opened by
id (a search hit, a draft reopened) has its row chosen first, however many pages down
(:meth:`~kopingplan.gui.common.paged_model.PagedTableModel.row_of`); a record gone
meanwhile is said in the count line.

A subclass names its Designer form (``FORM``, as every
:class:`~kopingplan.gui.common.vault_dialog.VaultDialog`), sets
:attr:`~PagedList.SETTINGS_KEY`, states its list's parts in the form (``LIST``, a
:class:`~kopingplan.gui.common.list_parts.ListParts`: the base sets the list up from it and
its New button opens an empty form), and says how a record is read (:meth:`read_record`) and
which form shows it (:meth:`make_form`). What the list's first query needs (a subclass's
own caches) it sets before calling the base's ``__init__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QWidget

from kopingplan.gui.common import table_actions
from kopingplan.gui.common.list_page import PagedList
from kopingplan.gui.common.list_support import select_row
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.paged_model import ID_ROLE
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from kopingplan.gui.common.list_parts import ListParts
    from kopingplan.gui.common.record_form import RecordDialog
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.services.session import Session


class ListDialogForm(Protocol):
    """What a list dialog's Designer form has for the base (each dialog's ``Ui_`` class)."""

    countLabel: QLabel
    openButton: QPushButton
    buttonBox: QDialogButtonBox


class PagedListDialog(PagedList, VaultDialog):
    """A list dialog over the Designer form ``FORM``; see the module's text."""

    ui: ListDialogForm
    LIST: ClassVar[ListParts]

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.forms: OneWindow[RecordDialog[Any]] = OneWindow()
        self.ui.buttonBox.rejected.connect(self.reject)
        self.LIST.set_up(self, lambda: self.open_record(None))

    def list_ready(self) -> None:
        """The row menu (:meth:`open_text`, :meth:`more_actions`, Copy row) and Open."""
        table = self.table
        self.row_actions = table_actions.install(
            table,
            [
                table_actions.RowAction(self.open_text, self.open_row),
                *self.more_actions(),
                table_actions.copy_row_action(table),
            ],
        )
        self.ui.openButton.clicked.connect(lambda: self.open_row(table.currentIndex()))
        self._name_buttons()

    # --- what a dialog says ----------------------------------------------------------------------

    def open_text(self) -> str:
        """The row menu's word for opening a row's record (Open, Correct …)."""
        return table_actions.open_text()

    def more_actions(self) -> list[table_actions.RowAction]:
        """The row menu's actions between opening and Copy row."""
        return []

    def read_record(self, record_id: int | None) -> Any:
        """What :meth:`make_form` needs for the record (``None``: a new one); may raise."""
        raise NotImplementedError

    def make_form(self, read: Any) -> RecordDialog[Any]:
        """The form over this dialog for what :meth:`read_record` returned."""
        raise NotImplementedError

    # --- shared behaviour ------------------------------------------------------------------------

    def show_count(self) -> None:
        super().show_count()
        self.ui.openButton.setEnabled(self.model.total > 0)

    def open_row(self, index: QModelIndex) -> None:
        record_id = table_actions.row_value(index, ID_ROLE)
        if record_id is not None:
            self.open_record(int(str(record_id)))

    def open_record(self, record_id: int | None) -> RecordDialog[Any] | None:
        """The form for a stored record (or a new one): one form at a time. A stored record's
        row becomes the list's current one first, wherever it comes from (a row, a search hit,
        a draft reopened after unlocking): closing the form leaves the coordinator at it."""
        if self.session is None:
            return None
        if (shown := self.forms.front()) is not None:
            return shown
        try:
            read = self.read_record(record_id)
        except Exception as error:  # gone meanwhile: said in the count line, list refreshed
            self.failed(error)
            return None
        if record_id is not None:
            self.select(record_id)
        form = self.make_form(read)
        form.saved.connect(self.saved)
        return self.forms.show(form)

    @property
    def form(self) -> RecordDialog[Any] | None:
        return self.forms.window

    def failed(self, error: Exception) -> None:
        """The list read again, and what went wrong in the count line."""
        self.refresh()
        self.ui.countLabel.setText(error_text(error))

    def saved(self, stored: Any) -> None:
        self.refresh()
        if stored.id is not None:
            self.select(stored.id)

    def select(self, record_id: int) -> bool:
        """Makes the row of the record with this id the current and chosen one, scrolled into
        view, reading the list's pages until it is there; False (the choice as it was) when the
        list does not hold it (a filter hides it, or it is gone)."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def button_words(self) -> ButtonWords:
        return {
            QDialogButtonBox.StandardButton.Close: QCoreApplication.translate(
                "PagedListDialog", "&Close"
            )
        }
