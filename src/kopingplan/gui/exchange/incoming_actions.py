"""What the coordinator does with one incoming item in the list of incoming information
(:class:`kopingplan.gui.exchange.exchange_incoming.IncomingItemsDialog`), beside "Take into the
situation picture…":

* "Link to case…" on an item that belongs to no case: a small dialog lists the cases, and saving
  is one act (:func:`kopingplan.services.exchange.link_incoming`: the link and one audit row of
  ids). The case window's "Incoming information" tab shows the item from then on.
* "Save a copy…" on an attached file: the save dialog of every file (a suggested name of the
  item's number, never a person's name; an existing file is replaced only after asking), then
  :func:`kopingplan.services.exchange.save_incoming_copy` writes the bytes and logs the
  SHA-256, never the content.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common import changes, file_dialogs
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.situation.situation_periods import save_and_cancel
from kopingplan.services import cases, exchange
from kopingplan.services.cases import CaseFilter

if TYPE_CHECKING:
    from kopingplan.services.session import Session

CASE_LIMIT = 500
DIALOG_KIND = "incoming"


class LinkIncomingDialog(Retranslating, QDialog):
    """The case an incoming item is to be linked to, chosen from the open vault's cases."""

    def __init__(self, item: Any, rows: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.caseCombo = QComboBox(self)
        for row in rows:
            self.caseCombo.addItem(f"{row.id}  {row.title}", row.id)
        self.caseLabel = QLabel(self)
        self.caseLabel.setBuddy(self.caseCombo)
        self.messageLabel, self.buttons = save_and_cancel(self)
        form = QFormLayout()
        form.addRow(self.caseLabel, self.caseCombo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.resize(460, 140)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Link incoming item {id} to a case").format(id=self.item.id))
        self.caseLabel.setText(self.tr("&Case"))

    def case_id(self) -> int | None:
        data = self.caseCombo.currentData()
        return None if data is None else int(data)


class IncomingItemActions:
    """The incoming list's buttons "Link to case…" and "Save a copy…", each shown for the items
    it applies to."""

    def __init__(
        self,
        owner: QDialog,
        button_box: QDialogButtonBox,
        current: Callable[[], Any],
        session: Callable[[], Session | None],
        note: QLabel,
        refresh: Callable[[], None],
    ) -> None:
        self.owner, self.current, self.session, self.note = owner, current, session, note
        self.refresh = refresh
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.linkButton: QPushButton = button_box.addButton("", role)
        self.saveButton: QPushButton = button_box.addButton("", role)
        self.linkButton.clicked.connect(self.link)
        self.saveButton.clicked.connect(self.save_copy)
        self.dialog: LinkIncomingDialog | None = None
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.linkButton.setText(translate("IncomingActions", "&Link to case…"))
        self.saveButton.setText(translate("IncomingActions", "&Save a copy…"))

    def update(self) -> None:
        item = self.current()
        self.linkButton.setVisible(item is not None and item.case_id is None)
        self.saveButton.setVisible(item is not None and item.attachment is not None)

    def link(self) -> None:
        item, found = self.current(), self.session()
        if item is None or item.case_id is not None or found is None:
            return
        rows = cases.list_cases(found, CaseFilter(), limit=CASE_LIMIT)
        dialog = LinkIncomingDialog(item, rows, self.owner)
        dialog.buttons.accepted.connect(lambda: self._save_link(dialog))
        self.dialog = dialog
        dialog.open()

    def _save_link(self, dialog: LinkIncomingDialog) -> None:
        found, case_id = self.session(), dialog.case_id()
        if found is None:
            return
        if case_id is None:
            dialog.messageLabel.setText(
                QCoreApplication.translate("IncomingActions", "There is no case to link to.")
            )
            return
        try:
            exchange.link_incoming(found, int(dialog.item.id), case_id)
        except Exception as error:
            dialog.messageLabel.setText(error_text(error))
            return
        dialog.accept()
        self.refresh()
        self.note.setText(
            QCoreApplication.translate(
                "IncomingActions", "Incoming item {id} is linked to case {case}."
            ).format(id=dialog.item.id, case=case_id)
        )
        changes.announce(self.owner)

    def save_copy(self) -> Path | None:
        item, found = self.current(), self.session()
        if item is None or item.attachment is None or found is None:
            return None
        path = file_dialogs.save_path(
            self.owner,
            DIALOG_KIND,
            QCoreApplication.translate("IncomingActions", "Save a copy of the incoming file"),
            file_dialogs.suggested_name(
                [
                    QCoreApplication.translate("IncomingActions", "Incoming item {id}").format(
                        id=item.id
                    )
                ],
                "pdf",
            ),
            "pdf",
            QCoreApplication.translate("IncomingActions", "PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        try:
            # The dialog asked before replacing a file: overwrite is the person's answer.
            exchange.save_incoming_copy(found, int(item.id), path, overwrite=True)
        except Exception as error:
            self.note.setText(error_text(error))
            return None
        self.note.setText(
            QCoreApplication.translate(
                "IncomingActions",
                "A copy was saved to {path}. It is not encrypted: delete it when it is no "
                "longer needed.",
            ).format(path=str(path))
        )
        return path
