"""Taking a police item of an incoming package into the lägesbild (issue 18), from the list of
incoming information (:class:`kopingplan.gui.exchange.exchange_incoming.IncomingItemsDialog`).

An item of the lägesbild kind (a situation picture entry the sender shared) gets the button
"Take into the situation picture…": a small dialog shows what the entry will say (the sender
as its source, the milieu, orientation and day the sender gave) and asks how reliable the
coordinator judges it; saving is one act (:func:`kopingplan.services.situation.take_incoming`:
the entry, its link to the item, one audit row). An item taken already says so, and the
button stays off: it cannot be taken twice.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.gui.common import changes, labels
from kopingplan.gui.common.form_values import fill_enum_combo
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.item_buttons import ItemButtons, ItemPlace
from kopingplan.gui.situation.situation_periods import save_and_cancel
from kopingplan.services import situation


class TakeIncomingDialog(Retranslating, QDialog):
    """What the new entry will say, and the reliability the coordinator chooses."""

    def __init__(self, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.preview = situation.entry_from_item(
            item.source, item.dated, item.title, item.text, item.details, model.Reliability.UNKNOWN
        )
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.reliabilityCombo = QComboBox(self)
        self.reliabilityLabel = QLabel(self)
        self.reliabilityLabel.setBuddy(self.reliabilityCombo)
        self.messageLabel, self.buttons = save_and_cancel(self)
        form = QFormLayout()
        form.addRow(self.reliabilityLabel, self.reliabilityCombo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.facts)
        layout.addLayout(form)
        layout.addWidget(self.messageLabel)
        layout.addWidget(self.buttons)
        self.resize(520, 260)
        self.retranslate()
        given = str(item.details.get("reliability", ""))
        index = self.reliabilityCombo.findData(given)
        self.reliabilityCombo.setCurrentIndex(index if index >= 0 else 0)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Take into the situation picture"))
        fill_enum_combo(self.reliabilityCombo, model.Reliability, labels.reliability)
        self.reliabilityLabel.setText(self.tr("&Reliability (your judgement):"))
        entry = self.preview
        self.facts.setText(
            self.tr(
                "A new entry of the situation picture, linked to this incoming item:\n"
                "Source: {source}\nMilieu: {milieu}\nOrientation: {orientation}\n"
                "Observed: {day}"
            ).format(
                source=entry.source,
                milieu=entry.milieu,
                orientation=labels.orientation(entry.orientation),
                day=entry.observed_on.isoformat(),
            )
        )

    def reliability(self) -> model.Reliability:
        return model.Reliability(self.reliabilityCombo.currentData())


class TakeIntoPicture(ItemButtons):
    """The incoming list's button: on for an item of the lägesbild kind not yet taken."""

    def __init__(self, place: ItemPlace) -> None:
        super().__init__(place)
        self.button = self.add_button()
        self.button.clicked.connect(self.take)
        self.dialog: TakeIncomingDialog | None = None
        self.taken: dict[int, int] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(
            QCoreApplication.translate("TakeIncoming", "&Take into the situation picture…")
        )

    def read(self, items: list[Any]) -> None:
        """Which of ``items`` were taken already (after the list is filled)."""
        found = self.session()
        ids = [int(i.id) for i in items if i.kind == "situation" and i.id is not None]
        self.taken = situation.taken_items(found, ids) if found is not None else {}
        self.update()

    def update(self) -> None:
        item = self.current()
        can = item is not None and item.kind == "situation" and item.id not in self.taken
        self.button.setEnabled(can)
        self.button.setVisible(item is not None and item.kind == "situation")
        if item is not None and item.id in self.taken:
            self.button.setToolTip(
                QCoreApplication.translate(
                    "TakeIncoming", "Taken into the situation picture already (entry {id})."
                ).format(id=self.taken[item.id])
            )
        else:
            self.button.setToolTip("")

    def take(self) -> None:
        item = self.current()
        if item is None or item.kind != "situation":
            return
        dialog = TakeIncomingDialog(item, self.owner)
        dialog.buttons.accepted.connect(lambda: self._save(dialog))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: TakeIncomingDialog) -> None:
        found = self.session()
        if found is None:
            return
        try:
            entry = situation.take_incoming(found, int(dialog.item.id), dialog.reliability())
        except Exception as error:
            dialog.messageLabel.setText(error_text(error))
            return
        dialog.accept()
        self.taken[int(dialog.item.id)] = int(entry.id or 0)
        self.update()
        self.note.setText(
            QCoreApplication.translate(
                "TakeIncoming", "Taken into the situation picture as entry {id}."
            ).format(id=entry.id)
        )
        changes.announce(self.owner)
