"""The list of legal bases a disclosure can rest on, as the municipality's lawyer keeps it.

The shipped bases (the OSL provisions of :mod:`kopingplan.exchange.legal_bases`) can have their
title and one-line description edited but not be removed; the municipality can add its own and
remove one of those as long as no disclosure cites it. "Restore the shipped texts" puts the
shipped titles and descriptions back (and a shipped basis missing from the list), keeping the
municipality's own. Nothing is stored until Save, which goes through
:func:`kopingplan.services.exchange.set_legal_bases` (validated, audited with the count only).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem, QWidget

from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.services import exchange
from kopingplan.services.exchange import views

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_legal_bases import Ui_LegalBasesDialog
    from kopingplan.services.session import Session

CODE, TITLE, DESCRIPTION = range(3)


class LegalBasesDialog(VaultDialog):
    changed = Signal()  # the list was saved

    FORM = "legal_bases"
    ui: Ui_LegalBasesDialog

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.bases: list[exchange.LegalBasis] = exchange.legal_bases(session)
        # Codes whose stored title a disclosure cites: such a basis of the municipality's own
        # stays (the disclosure log would otherwise cite a basis no longer listed).
        cited = views.cited_legal_bases(session)
        self._cited = {b.code for b in self.bases if views.is_cited(b, cited)}
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.addButton.clicked.connect(self.add_own)
        ui.removeButton.clicked.connect(self.remove_current)
        ui.restoreButton.clicked.connect(self.restore_shipped)
        ui.basisTree.currentItemChanged.connect(lambda *_: self._show_current())
        ui.titleEdit.textEdited.connect(lambda _text: self._edited())
        ui.descriptionEdit.textEdited.connect(lambda _text: self._edited())
        self._name_buttons()
        self._fill(0)

    # --- showing

    def _fill(self, select: int) -> None:
        tree = self.ui.basisTree
        tree.blockSignals(True)
        tree.clear()
        for basis in self.bases:
            item = QTreeWidgetItem([basis.code, basis.title, basis.description])
            item.setToolTip(DESCRIPTION, basis.description)
            tree.addTopLevelItem(item)
        tree.blockSignals(False)
        tree.resizeColumnToContents(CODE)
        tree.setColumnWidth(TITLE, 240)
        chosen = tree.topLevelItem(min(max(select, 0), len(self.bases) - 1))
        if self.bases and chosen is not None:
            tree.setCurrentItem(chosen)
        self._show_current()

    def current_row(self) -> int:
        item = self.ui.basisTree.currentItem()
        return self.ui.basisTree.indexOfTopLevelItem(item) if item is not None else -1

    def _show_current(self) -> None:
        ui, row = self.ui, self.current_row()
        basis = self.bases[row] if 0 <= row < len(self.bases) else None
        for edit, text in (
            (ui.titleEdit, basis.title if basis else ""),
            (ui.descriptionEdit, basis.description if basis else ""),
        ):
            edit.blockSignals(True)
            edit.setText(text)
            edit.setEnabled(basis is not None)
            edit.blockSignals(False)
        ui.removeButton.setEnabled(basis is not None and self.removable(basis))

    def removable(self, basis: exchange.LegalBasis) -> bool:
        return basis.code not in views.SHIPPED_CODES and basis.code not in self._cited

    # --- changing the working list

    def _edited(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.bases):
            return
        ui = self.ui
        basis = views.edited(self.bases[row], ui.titleEdit.text(), ui.descriptionEdit.text())
        self.bases[row] = basis
        item = ui.basisTree.topLevelItem(row)
        if item is not None:  # one item per basis, so always there
            item.setText(TITLE, basis.title)
            item.setText(DESCRIPTION, basis.description)
            item.setToolTip(DESCRIPTION, basis.description)
        self.message.clear()

    def add_own(self) -> None:
        code = views.new_code(self.bases)
        self.bases.append(exchange.LegalBasis(code, "", ""))
        self._fill(len(self.bases) - 1)
        self.ui.titleEdit.setFocus()

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0 and self.removable(self.bases[row]):
            del self.bases[row]
            self._fill(row)

    def restore_shipped(self) -> None:
        row = self.current_row()
        self.bases = views.with_shipped_texts(self.bases)
        self._fill(row)
        self.message.show(lambda: self.tr("The shipped texts are back. Save to keep them."))

    # --- saving

    def save(self) -> None:
        try:
            views.validate_legal_bases(self.bases)
            exchange.set_legal_bases(unlocked(self.session), self.bases)
        except Exception as error:
            self.message.show(partial(error_text, error), error=True)
            return
        self.changed.emit()
        self.accept()

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Save: self.tr("&Save")}

    def teardown(self) -> None:
        super().teardown()
        self.ui.basisTree.blockSignals(True)
        self.ui.basisTree.clear()
        self.bases = []
