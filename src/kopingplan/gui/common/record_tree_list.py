"""A short list of records inside another record's window (an organisation's agreements, an
action plan revision's commitments): a caption with a New… button, the rows in a tree, and the
row menu Correct… / Remove… / Copy row. Enter or a double-click opens a row's form (one form at
a time); a record opened by id from elsewhere (a draft reopened) has its row chosen too;
Remove asks first. A language switch sets the texts again and reads the rows again;
locking closes the question and forgets the session and the rows.

A list subclasses :class:`RecordTreeList` and says what differs: its texts
(:meth:`~RecordTreeList.set_texts` in ``_retranslate_dynamic``), its rows
(:meth:`~RecordTreeList.rows`), the service functions that read and delete a stored record
(``READ``, ``DELETE``), the form that edits one (:meth:`~RecordTreeList.make_form`), which
columns are as wide as their texts (``FITTED``, ``STRETCHED``), and the words of the removal
question about the record named in column ``NAMED_COLUMN``
(:meth:`~RecordTreeList.removal`)::

    class AgreementList(OrganisationRecordList):
        READ = staticmethod(agreements.get_agreement)
        DELETE = staticmethod(agreements.delete_agreement)
        FITTED, STRETCHED = (0, 2, 3, 4), 1  # what it covers takes the room the others leave
        NAMED_COLUMN = 1  # its title
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common import drafts, table_actions
from kopingplan.gui.common.one_window import OneWindow, RemoveQuestion
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text

if TYPE_CHECKING:
    from kopingplan.services.session import Session

ID_ROLE = Qt.ItemDataRole.UserRole  # a row's record id (column 0)
Index = QModelIndex | QPersistentModelIndex


class RecordTreeList(Retranslating, QWidget):
    """Caption, New…, the rows; one form at a time; Remove after a question."""

    READ: ClassVar[staticmethod[[Session, int], Any]]  # the service's reading of a record
    DELETE: ClassVar[staticmethod[[Session, int], None]]  # … and its deletion
    FITTED: ClassVar[tuple[int, ...]] = ()  # columns as wide as their texts
    STRETCHED: ClassVar[int | None] = None  # the column that takes the room they leave
    NAMED_COLUMN: ClassVar[int] = 0  # the text that names a row's record in the removal question

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = session
        self.forms: OneWindow[Any] = OneWindow()
        self.question = RemoveQuestion()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.caption = QLabel(self)
        self.new_button = QPushButton(self)
        row.addWidget(self.caption)
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout.addLayout(row)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.caption.setBuddy(self.tree)
        layout.addWidget(self.tree)
        self.new_button.clicked.connect(lambda: self.open_record(None))
        self.row_actions = table_actions.install(
            self.tree,
            [
                table_actions.RowAction(table_actions.correct_text, self._open_row, _stored),
                table_actions.RowAction(_remove_text, self.ask_remove, _stored),
                table_actions.copy_row_action(self.tree),
            ],
        )

    # --- what a list says --------------------------------------------------------------------

    def retranslate(self) -> None:
        """The texts (:meth:`set_texts`, in the subclass's ``_retranslate_dynamic``), then the
        rows read again in the new language."""
        super().retranslate()
        self.refresh()

    def set_texts(self, caption: str, new: str, headers: Sequence[str], name: str) -> None:
        """The caption, the New… button, the tree's column headers and its accessible name."""
        self.caption.setText(caption)
        self.new_button.setText(new)
        self.tree.setHeaderLabels(list(headers))
        self.tree.setAccessibleName(name)

    def readable(self) -> bool:
        # A language switch reaches a window whose vault was closed under it (locking tears
        # windows down, but a window kept by its owner a moment longer must not read).
        return self.session is not None and bool(self.session.vault.is_open)

    def rows(self) -> list[QTreeWidgetItem]:
        """The rows, each made by :meth:`row` (its record id in column 0 under ``ID_ROLE``)."""
        raise NotImplementedError

    @staticmethod
    def row(record_id: int | None, texts: Sequence[str]) -> QTreeWidgetItem:
        """One row of the list: its column texts, and the id of the record it opens."""
        item = QTreeWidgetItem(list(texts))
        item.setData(0, ID_ROLE, record_id)
        return item

    def empty_row(self) -> list[str]:
        """The texts of the one greyed row an empty list shows."""
        raise NotImplementedError

    def make_form(self, stored: Any) -> QDialog:
        """The form for ``stored`` (``None``: a new record); it has a ``saved`` signal."""
        raise NotImplementedError

    def removal(self, named: str) -> tuple[str, str]:
        """The removal question's title and text for the record ``named`` (the row's text in
        column ``NAMED_COLUMN``)."""
        raise NotImplementedError

    # --- shared behaviour --------------------------------------------------------------------

    @property
    def form(self) -> Any:
        """The open form, if any."""
        return self.forms.window

    def refresh(self) -> None:
        if self.STRETCHED is not None:
            self.fit_columns(self.FITTED, self.STRETCHED)
        if not self.readable():
            return
        self.tree.clear()
        rows = self.rows()
        for item in rows:
            self.tree.addTopLevelItem(item)
        if not rows:
            empty = QTreeWidgetItem(self.empty_row())
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tree.addTopLevelItem(empty)

    def fit_columns(self, fitted: Sequence[int], stretched: int) -> None:
        """Columns ``fitted`` as wide as their texts; ``stretched`` takes the room left (the
        window is narrow)."""
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)

    def _open_row(self, index: Index) -> None:
        record_id = table_actions.row_value(index, ID_ROLE)
        if record_id is not None:
            self.open_record(int(str(record_id)))

    def can_open(self) -> bool:
        return self.session is not None

    def open_record(self, record_id: int | None) -> Any:
        """The form for a stored record (or a new one): one form at a time."""
        if not self.can_open():
            return None
        if (shown := self.forms.front()) is not None:
            return shown
        try:
            stored = type(self).READ(unlocked(self.session), record_id) if record_id else None
        except Exception as error:  # gone meanwhile: said in the caption's place, refreshed
            self.refresh()
            self.caption.setText(error_text(error))
            return None
        if record_id:
            self.select(record_id)
        form = self.make_form(stored)
        form.saved.connect(lambda _stored: self.refresh())  # type: ignore[attr-defined]
        return self.forms.show(form)

    def select(self, record_id: int) -> bool:
        """Makes the row of the record with this id the current one, scrolled into view, so
        a record opened from outside the list (a draft reopened) leaves the coordinator at it
        once its form closes; False (the choice as it was) when the list does not show it."""
        for number in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(number)
            if item is not None and item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def ask_remove(self, index: Index) -> QMessageBox | None:
        """Asks before removing the row's record (opened with ``open()``)."""
        record_id = table_actions.row_value(index, ID_ROLE)
        if record_id is None:
            return None
        named = table_actions.row_value(index, Qt.ItemDataRole.DisplayRole, self.NAMED_COLUMN)
        title, text = self.removal(str(named or ""))
        chosen = int(str(record_id))
        return self.question.ask(self.window(), title, text, lambda: self._remove(chosen))

    def _remove(self, record_id: int) -> None:
        if self.session is None:
            return
        try:
            type(self).DELETE(self.session, record_id)
        except Exception as error:
            self.caption.setText(error_text(error))
        self.refresh()

    def teardown(self) -> None:
        """Locking: forgets the session and every text the list shows."""
        self.question.close()
        self.session = None
        self.tree.clear()


class OrganisationRecordList(RecordTreeList):
    """A short list of one organisation's own records in its window (its agreements, its
    contacts outside cases): a few rows high, under the organisation's people."""

    def __init__(
        self, session: Session, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.organisation_id = organisation_id
        self.tree.setMaximumHeight(130)
        self.retranslate()


def _stored(index: Index) -> bool:
    return table_actions.row_value(index, ID_ROLE) is not None


def _remove_text() -> str:
    return QCoreApplication.translate("RecordTreeList", "&Remove…")


def place_in_window(view: Any, listing: RecordTreeList, after: QWidget) -> None:
    """Puts ``listing`` into a record's window (a Designer form with ``layout``,
    ``messageLabel`` and ``buttonBox``) above its message line. Tab goes in reading order:
    ``after``, then New… and the rows, then the window's buttons."""
    layout = view.ui.layout
    at = layout.indexOf(view.ui.messageLabel)
    layout.insertWidget(at if at >= 0 else layout.count(), listing)
    QWidget.setTabOrder(after, listing.new_button)
    QWidget.setTabOrder(listing.new_button, listing.tree)
    QWidget.setTabOrder(listing.tree, view.ui.buttonBox)


def draft_reopener(open_window: str, attribute: str) -> Callable[[QWidget, Session, str], Any]:
    """For ``drafts.register``: a form whose draft reference is ``"<owner id>:<record id or
    new>"`` comes back after unlocking in its owner's window (``windows.<open_window>(id)``),
    opened from that window's list ``attribute``."""

    def reopen(parent: QWidget, session: Session, ref: str) -> Any:
        owner_id, _, stored = ref.partition(":")
        windows = getattr(parent, "windows", None)
        if windows is None or not owner_id.isdigit():
            return None
        view = getattr(windows, open_window)(int(owner_id))
        listing = getattr(view, attribute, None)
        if not isinstance(listing, RecordTreeList):
            return None
        return listing.open_record(drafts.stored_id(stored))

    return reopen
