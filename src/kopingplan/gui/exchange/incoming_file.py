"""An incoming item's attached file, shown in the program where it can be: an image or a PDF
opens in the attachment viewer (:class:`~kopingplan.gui.attachments.attachment_viewer.
AttachmentViewer`) from memory, as a file kept in the vault does. The item's bytes were read
with the list (opening the list is the audited reading), so nothing is read, written or logged
to show it; a PDF's pages are counted on the task runner. An Office file or an e-mail is not
shown: "Save a copy…" (:mod:`.incoming_actions`) writes it where the coordinator chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from kopingplan import filetypes
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.item_buttons import ItemButtons, ItemPlace
from kopingplan.services.exchange.incoming import incoming_file_kind, open_incoming_file


class IncomingFileView(ItemButtons):
    """The incoming list's button "View the file", shown for an item with an image or a PDF.
    The viewer is window-modal, so its "Save a copy…" (``save``) is the chosen item's."""

    def __init__(self, place: ItemPlace, save: Callable[[], object]) -> None:
        super().__init__(place)
        self.save = save
        self.viewButton = self.add_button()
        self.viewButton.clicked.connect(self.view)
        self.viewer: AttachmentViewer | None = None
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        self.viewButton.setText(QCoreApplication.translate("IncomingActions", "&View the file"))

    def update(self) -> None:
        item = self.current()
        shown = item is not None and incoming_file_kind(item) in filetypes.SHOWN_IN_PROGRAM
        self.viewButton.setVisible(shown)

    def view(self) -> None:
        item = self.current()
        if item is None:
            return
        self.runner.run(
            lambda ctx: open_incoming_file(item),
            on_success=self._opened,
            on_failure=lambda error: self.note.setText(error_text(error)),
            label=QCoreApplication.translate("IncomingActions", "Opening the file…"),
            parent=self.owner,
        )

    def _opened(self, opened: Any) -> None:
        if opened is None:
            return
        viewer = AttachmentViewer(
            opened, self.owner, runner=self.runner, on_save=lambda _a: self.save(), incoming=True
        )
        viewer.setWindowModality(Qt.WindowModality.WindowModal)
        self.viewer = viewer
        viewer.destroyed.connect(lambda *_: self._forget())
        viewer.show()

    def _forget(self) -> None:
        self.viewer = None
