"""The case window's tab "Incoming information": the incoming items linked to the case, as the
list of all incoming information shows them (:class:`~kopingplan.gui.exchange.exchange_incoming.
IncomingList`), with that window's actions on the chosen item under the list (issues 16, 17):

* "View the file" for an attached image or PDF
  (:class:`~kopingplan.gui.exchange.incoming_file.IncomingFileView`, from memory, nothing logged:
  reading the list was the reading);
* "Save a copy…" for an attached file and "Move or unlink…"
  (:class:`~kopingplan.gui.exchange.incoming_actions.IncomingItemActions`, each logged by its
  service as there). An item moved to another case or unlinked leaves this tab.

Enter (or a double-click) on a row puts the keyboard in the item's full text, as in that window.
The tab is read when it is shown and after every reload of the case (the chosen item stays
chosen), so an import made meanwhile appears.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.exchange.exchange_incoming import (
    CASE,
    ITEM_LIMIT,
    IncomingList,
    history_reader,
)
from kopingplan.gui.exchange.incoming_actions import IncomingItemActions
from kopingplan.gui.exchange.incoming_file import IncomingFileView
from kopingplan.gui.exchange.item_buttons import ItemPlace
from kopingplan.services import exchange

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_case_view import Ui_CaseView
    from kopingplan.services.session import Session


class CaseIncomingPanel:
    """The tab's list, the chosen item in full and the buttons acting on it."""

    def __init__(
        self,
        owner: QDialog,
        ui: Ui_CaseView,
        session: Session | None,
        case_id: int,
        runner: TaskRunner | None = None,
        linked: Callable[[], None] = lambda: None,
    ) -> None:
        """``linked``: after an item was moved or unlinked here, or a copy of its file is being
        saved (the window's notice of an earlier action is stale then; the tab's note says what
        was done)."""
        self.ui, self.case_id = ui, case_id
        self._linked = linked
        self.session: Session | None = session
        # The application's one worker: a runner of its own would be a second thread on the
        # vault (a copy saved) that a lock neither cancels nor waits for.
        self.runner = runner or app_runner(owner)
        self.list = IncomingList(
            ui.incomingTree, ui.incomingText, ui.incomingNote, history=history_reader(self)
        )
        ui.incomingTree.setColumnHidden(CASE, True)
        # The buttons stand under the tab's note (its count line), as in the window of all
        # incoming information (where they share the row of its Close button).
        self.buttons = QDialogButtonBox(ui.incomingTab)
        self.buttons.setObjectName("incomingButtons")
        layout = ui.incomingLayout
        layout.insertWidget(layout.indexOf(ui.incomingNote) + 1, self.buttons)
        place = ItemPlace(
            owner, self.buttons, self.list.current, lambda: self.session, ui.incomingNote,
            self.runner,
        )  # fmt: skip
        self.actions = IncomingItemActions(place, self._link_changed)
        self.actions.saveButton.clicked.disconnect()
        self.actions.saveButton.clicked.connect(self._save_copy)
        self.file_view = IncomingFileView(place, self._save_copy)
        chain: list[QWidget] = [
            ui.incomingText,
            self.actions.linkButton,
            self.actions.moveButton,
            self.actions.saveButton,
            self.file_view.viewButton,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        ui.incomingTree.currentItemChanged.connect(lambda *_: self._chosen())
        ui.tabs.currentChanged.connect(lambda _index: self._tab_shown())
        self.retranslate()

    def _chosen(self) -> None:
        self.actions.update()
        self.file_view.update()

    def _link_changed(self) -> None:
        self._linked()
        self.fill()

    def _save_copy(self) -> None:
        """As the list's "Save a copy…"; once a file is chosen the tab's note will say how the
        save went, so the window's notice of an earlier action goes as after a move."""
        if self.actions.save_copy() is not None:
            self._linked()

    def _tab_shown(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.incomingTab:
            self.fill()

    def fill(self) -> None:
        """Reads the items again; the chosen one stays chosen while it is in the case."""
        self.list.again(self._read)
        self._chosen()

    def _read(self) -> None:
        if self.session is None:
            return
        items = exchange.incoming_items(self.session, case_id=self.case_id, limit=ITEM_LIMIT)
        self.list.fill(
            items,
            empty=QCoreApplication.translate(
                "IncomingItems", "No incoming information is linked to this case."
            ),
        )

    def retranslate(self) -> None:
        """The buttons' words are the incoming window's; their mnemonics are the case
        window's own (Alt+S is "Close case", Alt+V the first tab in Swedish)."""
        translate = QCoreApplication.translate
        self.actions.retranslate()
        self.actions.moveButton.setText(translate("CaseIncoming", "Move or &unlink…"))
        self.actions.saveButton.setText(translate("CaseIncoming", "Save a co&py…"))
        self.file_view.viewButton.setText(translate("CaseIncoming", "&View the file"))

    def forget(self) -> None:
        self.session = None
        self.list.clear()
        self._chosen()
