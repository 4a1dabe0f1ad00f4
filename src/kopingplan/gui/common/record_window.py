"""A window that shows one stored record in full (a person, an organisation, a note or a
contact of a case), read through the services' audited opening.

The first reading is the audited act (``registry.open_person``, ``records.open_note`` …);
reading again after a change made from the window goes through the plain reading, which writes
no row, so the access log counts one opening however often the record changes while it is open.
An error of a reading shows in the window's message line. The window deletes itself when closed;
Close in its button box closes it, and locking (:meth:`RecordWindow.teardown`) forgets the
record and closes it.

A subclass is a :class:`~kopingplan.gui.common.vault_dialog.VaultDialog`: it names its Designer
form (``FORM``), reads in :meth:`RecordWindow._read`, shows :attr:`RecordWindow.detail` in
:meth:`RecordWindow._fill` and clears its own widgets before calling ``super().teardown()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel, error_text

if TYPE_CHECKING:
    from kopingplan.services.session import Session


class RecordWindow(VaultDialog):
    """One record in the Designer form ``FORM`` (which has ``messageLabel`` and ``buttonBox``)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.detail: Any = None
        self.message = MessageLabel(self.ui.messageLabel)
        self.ui.buttonBox.rejected.connect(self.close)

    # --- what a window says ------------------------------------------------------------------

    def _read(self, *, opening: bool) -> Any:
        """The record's detail: through the audited opening, or (``opening`` false) the plain
        reading that writes no row."""
        raise NotImplementedError

    def _fill(self) -> None:
        """Shows :attr:`detail` (never None here)."""
        raise NotImplementedError

    # --- shared behaviour --------------------------------------------------------------------

    def show_error(self, error: BaseException) -> None:
        self.message.show(lambda: error_text(error), error=True)

    def reload(self) -> None:
        """Reads the record: the first reading is the audited opening, every later one (after
        a change) shows it again without another row in the access log."""
        if self.session is None:
            return
        try:
            self.detail = self._read(opening=self.detail is None)
        except Exception as error:
            self.show_error(error)
            return
        self._fill()

    def retranslate(self) -> None:
        super().retranslate()
        if self.detail is not None:
            self._fill()

    def teardown(self) -> None:
        """Forgets the record (locking); the window closes and deletes itself."""
        super().teardown()
        self.detail = None
        self.close()
