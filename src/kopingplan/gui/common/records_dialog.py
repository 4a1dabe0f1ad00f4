"""A window that lists a record's own records in a tree (a case's consents, the attachments of
a case, note, meeting, incident or concern): read into memory, shown again after a language
switch, with the reading's error in the message line instead of the rows.

The window deletes itself when closed; Close in its button box closes it. A subclass says how
its records are read (:meth:`RecordsDialog.read`), fills the tree from :attr:`records`
(``_fill``), sets its texts made in code (``_retranslate_dynamic``) and enables its buttons for
the current row (``_enable``); each row keeps its record id in column 0 (``UserRole``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QWidget

from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.gui.forms import setup_form

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class RecordsDialog(Retranslating, QDialog):
    """The records of one owner, in the tree ``tree_name`` of the Designer form ``form``."""

    def __init__(
        self, form: str, tree_name: str, session: Session, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui: Any = setup_form(form, self)
        self.session: Session = session  # the window closes at a lock: it never outlives it
        self.records: list[Any] = []
        self.message = MessageLabel(self.ui.messageLabel)
        self.tree: QTreeWidget = getattr(self.ui, tree_name)
        self.ui.buttonBox.rejected.connect(self.close)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())

    # --- what a window says ------------------------------------------------------------------

    def read(self) -> list[Any]:
        raise NotImplementedError

    def _fill(self) -> None:
        raise NotImplementedError

    def _enable(self) -> None:
        """The buttons that act on the current row."""

    # --- shared behaviour --------------------------------------------------------------------

    def reload(self) -> None:
        try:
            self.records = self.read()
        except Exception as error:
            failed = error
            self.message.show(lambda: error_text(failed), error=True)
            self.records = []
        self._fill()

    def current(self) -> int | None:
        """The id of the current row's record."""
        item = self.tree.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def record(self, record_id: int | None) -> Any:
        """The record with this id, if it is listed."""
        return next((r for r in self.records if r.id == record_id), None)

    def retranslate(self) -> None:
        super().retranslate()
        self._fill()
