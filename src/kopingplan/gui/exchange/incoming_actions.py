"""What the coordinator does with one incoming item in the list of incoming information
(:class:`kopingplan.gui.exchange.exchange_incoming.IncomingItemsDialog`), beside "Take into the
situation picture…":

* "Link to case…" on an item that belongs to no case: a small dialog lists the cases, and saving
  is one act (:func:`kopingplan.services.exchange.link_incoming`: the link, a row of its link
  history and one audit row of ids). The case window's "Incoming information" tab shows the
  item from then on.
* "Move or unlink…" on an item in a case: the same dialog offers the other cases and "No
  case", with a required reason (:func:`~kopingplan.services.exchange.link_incoming`,
  :func:`~kopingplan.services.exchange.unlink_incoming`); the item's link history is shown
  below its text in the list. Nothing is chosen at first and Save waits for a choice: a
  preselected "No case" unlinked an item when the person only typed a reason and pressed OK.
  Choosing "No case" says when the item comes up in the retention review (items in no case
  have their own period, :mod:`kopingplan.services.retention`).
* "Save a copy…" on an attached file: the save dialog of every file (a suggested name of the
  item's number, never a person's name; an existing file is replaced only after asking), then
  :func:`kopingplan.services.exchange.save_incoming_copy` writes the bytes on the worker
  thread (a temporary name in the same folder, fsynced, then renamed) and logs the SHA-256,
  never the content.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kopingplan.gui.common import changes, file_dialogs
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.item_buttons import ItemButtons, ItemPlace
from kopingplan.gui.situation.situation_periods import save_and_cancel
from kopingplan.services import cases, exchange, retention
from kopingplan.services.cases import CaseFilter
from kopingplan.services.exchange.incoming import incoming_file_extension

if TYPE_CHECKING:
    pass

CASE_LIMIT = 500
DIALOG_KIND = "incoming"
UNLINK = 0  # the case list's first choice for a linked item: no case


class LinkIncomingDialog(Retranslating, QDialog):
    """The case an incoming item is to be linked to, chosen from the open vault's cases, and
    why. For an item in a case already the list offers the other cases and "No case", and
    the reason is required (it is kept in the item's link history)."""

    def __init__(
        self, item: Any, rows: list[Any], parent: QWidget | None = None, *, months: int = 24
    ) -> None:
        super().__init__(parent)
        self.item, self.months = item, months  # months: how long an item in no case is kept
        self.caseCombo = QComboBox(self)
        self.rows = [row for row in rows if row.id != item.case_id]
        self.caseLabel = QLabel(self)
        self.caseLabel.setBuddy(self.caseCombo)
        self.nowLabel = QLabel(self)
        self.reasonEdit = QLineEdit(self)
        self.reasonLabel = QLabel(self)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.retentionLabel = QLabel(self)
        self.retentionLabel.setWordWrap(True)
        self.messageLabel, self.buttons = save_and_cancel(self)
        self.saveButton = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        form = QFormLayout()
        form.addRow(self.nowLabel)
        form.addRow(self.caseLabel, self.caseCombo)
        form.addRow(self.reasonLabel, self.reasonEdit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.retentionLabel)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.resize(520, 200)
        self.caseCombo.currentIndexChanged.connect(self._choice_changed)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        chosen = self.caseCombo.currentIndex()
        self.caseCombo.clear()
        if self.item.case_id is None:
            self.setWindowTitle(
                self.tr("Link incoming item {id} to a case").format(id=self.item.id)
            )
            self.nowLabel.setText(self.tr("The item is in no case now."))
            self.caseCombo.setPlaceholderText(self.tr("Choose the case"))
            self.reasonLabel.setText(self.tr("&Reason (optional):"))
        else:
            self.setWindowTitle(
                self.tr("Move incoming item {id} or unlink it").format(id=self.item.id)
            )
            self.nowLabel.setText(
                self.tr("The item is in case {case} now.").format(case=self.item.case_id)
            )
            self.caseCombo.addItem(self.tr("No case (unlink it)"), UNLINK)
            self.caseCombo.setPlaceholderText(self.tr("Choose another case or no case"))
            self.reasonLabel.setText(self.tr("&Reason (kept in its history):"))
        for row in self.rows:
            self.caseCombo.addItem(f"{row.id}  {row.title}", row.id)
        # The dialog starts with no choice: linking, moving and unlinking are each deliberate
        # (a first case chosen for the coordinator would be one Enter away from a wrong link).
        self.caseCombo.setCurrentIndex(chosen)
        self.caseLabel.setText(self.tr("&Case:"))
        self._choice_changed()

    def _choice_changed(self) -> None:
        self.saveButton.setEnabled(self.caseCombo.currentIndex() >= 0)
        unlinking = self.item.case_id is not None and self.caseCombo.currentData() == UNLINK
        self.retentionLabel.setVisible(unlinking)
        if not unlinking:
            return
        due = retention.add_months(self.item.received_at.date(), self.months)
        if due <= date.today():
            text = self.tr(
                "An item in no case is kept {months} months after it came in: this one comes up "
                "in the retention review now."
            )
        else:
            text = self.tr(
                "An item in no case is kept {months} months after it came in: this one comes up "
                "in the retention review on {day}."
            )
        self.retentionLabel.setText(text.format(months=self.months, day=due.isoformat()))

    def case_id(self) -> int | None:
        """The case chosen, :data:`UNLINK` for none, or None when the list is empty."""
        data = self.caseCombo.currentData()
        return None if data is None else int(data)

    def reason(self) -> str:
        return self.reasonEdit.text()


class IncomingItemActions(ItemButtons):
    """The incoming list's buttons "Link to case…" (an item in no case), "Move or unlink…" (an
    item in a case) and "Save a copy…" (an attached file), each shown for the items it
    applies to. The copy is written on the worker thread; ``refresh`` shows the list again
    after a link has changed."""

    def __init__(self, place: ItemPlace, refresh: Callable[[], None]) -> None:
        super().__init__(place)
        self.refresh = refresh
        self.linkButton = self.add_button()
        self.moveButton = self.add_button()
        self.saveButton = self.add_button()
        self.linkButton.clicked.connect(self.link)
        self.moveButton.clicked.connect(self.link)
        self.saveButton.clicked.connect(self.save_copy)
        self.dialog: LinkIncomingDialog | None = None
        self.retranslate()
        self.update()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.linkButton.setText(translate("IncomingActions", "&Link to case…"))
        self.moveButton.setText(translate("IncomingActions", "Move or &unlink…"))
        self.saveButton.setText(translate("IncomingActions", "&Save a copy…"))

    def update(self) -> None:
        item = self.current()
        self.linkButton.setVisible(item is not None and item.case_id is None)
        self.moveButton.setVisible(item is not None and item.case_id is not None)
        self.saveButton.setVisible(item is not None and item.attachment is not None)

    def link(self) -> None:
        item, found = self.current(), self.session()
        if item is None or found is None:
            return
        rows = cases.list_cases(found, CaseFilter(), limit=CASE_LIMIT)
        months = retention.load_policy(found).incoming_item_months
        dialog = LinkIncomingDialog(item, rows, self.owner, months=months)
        dialog.buttons.accepted.connect(lambda: self._save_link(dialog))
        self.dialog = dialog
        dialog.open()

    def _save_link(self, dialog: LinkIncomingDialog) -> None:
        found, case_id = self.session(), dialog.case_id()
        if found is None:
            return
        translate = QCoreApplication.translate
        if case_id is None:
            dialog.messageLabel.setText(
                translate("IncomingActions", "There is no case to link to.")
            )
            return
        item_id = int(dialog.item.id)
        try:
            if case_id == UNLINK:
                exchange.unlink_incoming(found, item_id, dialog.reason())
            else:
                exchange.link_incoming(found, item_id, case_id, dialog.reason())
        except Exception as error:
            dialog.messageLabel.setText(error_text(error))
            return
        dialog.accept()
        self.refresh()
        if case_id == UNLINK:
            text = translate("IncomingActions", "Incoming item {id} is linked to no case now.")
        else:
            text = translate("IncomingActions", "Incoming item {id} is linked to case {case}.")
        self.note.setText(text.format(id=item_id, case=case_id))
        changes.announce(self.owner)

    def save_copy(self) -> Path | None:
        item, found = self.current(), self.session()
        if item is None or item.attachment is None or found is None:
            return None
        extension = incoming_file_extension(item)  # of its kind: .png, .docx, .eml … (issue 17)
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
                extension,
            ),
            extension,
            QCoreApplication.translate("IncomingActions", "Files (*.{extension})").format(
                extension=extension
            ),
        )
        if path is None:
            return None
        session, item_id = found, int(item.id)
        self.runner.run(
            # The dialog asked before replacing a file: overwrite is the person's answer.
            lambda ctx: exchange.save_incoming_copy(session, item_id, path, overwrite=True),
            on_success=lambda _digest: self.note.setText(
                QCoreApplication.translate(
                    "IncomingActions",
                    "A copy was saved to {path}. It is not encrypted: delete it when it is no "
                    "longer needed.",
                ).format(path=str(path))
            ),
            on_failure=lambda error: self.note.setText(error_text(error)),
            label=QCoreApplication.translate("IncomingActions", "Saving a copy…"),
            parent=self.owner,
        )
        return path
