"""Registerutdrag … (GDPR art. 15) from the person window: review part by part, then a signed PDF.

The dialog shows everything the vault holds about the person as a tree of parts (a case with
its notes, contacts, plans …; see :mod:`kopingplan.services.extract`) and, beside it, what the
selected part will say. Checking a part withholds it, and everything under it, with the ground
given for it (a common one from the list, or typed); the extract prints that something was
withheld and on what ground, never what. Saving composes the extract here (a withheld text that
would still be printed elsewhere is refused before any file dialog), asks where (the briefs'
folder, ``Registerutdrag 2026-12-05 person 42.pdf``: no name of the person), signs on the task
runner with a progress dialog, then writes the file and records the disclosure to the person
here, in the GUI thread, in one transaction.

The dialog is a child of the person window: locking tears that window down and this with it
(:meth:`teardown` forgets the session and the parts).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem, QWidget

from kopingplan.briefs import extract as ex
from kopingplan.gui.common import file_dialogs
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.tasks import TaskContext
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.reports.make_then_write import make_then_write
from kopingplan.services import briefs, extract

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_extract_dialog import Ui_ExtractDialog
    from kopingplan.services.session import Session

PART_ROLE = Qt.ItemDataRole.UserRole + 1

# Grounds offered in the list (the coordinator may type another): the secrecy provisions a
# coordinator's register extract most often meets.
GROUNDS = (
    "OSL 26 kap. 1 § (annan persons uppgifter inom socialtjänsten)",
    "OSL 21 kap. 7 § (annan persons uppgifter)",
    "OSL 18 kap. 1 § (förundersökning)",
    "OSL 35 kap. 1 § (brottsbekämpning)",
    "OSL 23 kap. 2 § (elevhälsa och skola)",
)


class ExtractDialog(VaultDialog):
    FORM = "extract_dialog"
    ui: Ui_ExtractDialog

    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.person_id = person_id
        self.today = date.today()
        self.material: ex.ExtractMaterial | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        self._filling = False
        ui = self.ui
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.groundCombo.addItems(GROUNDS)
        ui.groundCombo.setCurrentText(GROUNDS[0])
        ui.partsTree.currentItemChanged.connect(lambda *_: self._show_current())
        ui.partsTree.itemChanged.connect(self._item_changed)
        show_keyboard_focus(ui.partsTree)  # Space ticks a row the user can see
        ui.groundCombo.currentTextChanged.connect(self._ground_edited)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.close)
        self._retranslate_dynamic()
        self.load()

    # --- the parts ---------------------------------------------------------------------------

    def load(self) -> None:
        if self.session is None:
            return
        try:
            self.material = extract.gather(self.session, self.person_id, today=self.today)
            extract.record_review(self.session, self.material)
        except Exception as error:
            self.ui.messageLabel.setText(error_text(error))
            return
        self._fill()

    def _fill(self) -> None:
        assert self.material is not None
        tree = self.ui.partsTree
        self._filling = True
        tree.clear()
        self._items.clear()
        sections: dict[str, QTreeWidgetItem] = {}
        for key, heading, _ in ex.SECTIONS:
            section = QTreeWidgetItem([heading, ""])
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            sections[key] = section
        for part in self.material.parts:
            item = QTreeWidgetItem([part.label, ""])
            item.setData(0, PART_ROLE, part.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            parent = self._items.get(part.parent or "") or sections[part.section]
            parent.addChild(item)
            self._items[part.id] = item
        for key, section in sections.items():
            if section.childCount():
                tree.addTopLevelItem(section)
                section.setExpanded(True)
                # Six cases and more start folded: the coordinator opens one at a time.
                unfold = key != "cases" or section.childCount() < 6
                for child in (section.child(i) for i in range(section.childCount())):
                    if child is not None:
                        child.setExpanded(unfold)
        tree.setColumnWidth(0, 360)
        self._filling = False
        first = self._items.get(f"person:{self.person_id}")
        if first is not None:
            tree.setCurrentItem(first)
        self._show_summary()

    def item(self, part_id: str) -> QTreeWidgetItem:
        return self._items[part_id]

    def withhold(self, part_id: str, ground: str | None = None) -> None:
        """Checks a part as the coordinator would, with ``ground`` (or the list's current)."""
        item = self._items[part_id]
        self.ui.partsTree.setCurrentItem(item)
        if ground is not None:
            self.ui.groundCombo.setCurrentText(ground)
        item.setCheckState(0, Qt.CheckState.Checked)

    def withheld(self) -> dict[str, str]:
        """The checked parts and their grounds; a part under a checked one goes with it."""
        found: dict[str, str] = {}
        for part_id, item in self._items.items():
            if item.checkState(0) == Qt.CheckState.Checked and not self._under_withheld(item):
                found[part_id] = item.text(1)
        return found

    def _under_withheld(self, item: QTreeWidgetItem) -> bool:
        parent = item.parent()
        while parent is not None:
            if parent.checkState(0) == Qt.CheckState.Checked and parent.data(0, PART_ROLE):
                return True
            parent = parent.parent()
        return False

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0:
            return
        self._filling = True
        checked = item.checkState(0) == Qt.CheckState.Checked
        if checked and not item.text(1):
            item.setText(1, self.ui.groundCombo.currentText().strip())
        elif not checked:
            item.setText(1, "")
        self._mark_children(item, checked or self._under_withheld(item))
        self._filling = False
        self._show_summary()

    def _mark_children(self, item: QTreeWidgetItem, withheld: bool) -> None:
        """Parts under a withheld one are greyed and say they go with it."""
        for index in range(item.childCount()):
            child = item.child(index)
            if child is None:
                continue
            child.setDisabled(withheld)
            if child.checkState(0) != Qt.CheckState.Checked:
                child.setText(1, self.tr("(withheld with the part above)") if withheld else "")
            self._mark_children(child, withheld or child.checkState(0) == Qt.CheckState.Checked)

    def _ground_edited(self, text: str) -> None:
        item = self.ui.partsTree.currentItem()
        if item is not None and item.checkState(0) == Qt.CheckState.Checked:
            self._filling = True
            item.setText(1, text.strip())
            self._filling = False

    def _show_current(self) -> None:
        item = self.ui.partsTree.currentItem()
        part_id = item.data(0, PART_ROLE) if item is not None else None
        part = self.material.part(part_id) if self.material and part_id else None
        self.ui.previewText.setPlainText(ex.preview(part) if part else "")
        if item is not None and item.text(1) and item.checkState(0) == Qt.CheckState.Checked:
            self.ui.groundCombo.setCurrentText(item.text(1))

    def _show_summary(self) -> None:
        total = len(self.material.parts) if self.material else 0
        self.ui.summaryLabel.setText(
            self.tr("{total} parts; {withheld} withheld.").format(
                total=total, withheld=len(self.withheld())
            )
        )

    # --- saving ------------------------------------------------------------------------------

    def suggested_file_name(self) -> str:
        """``Registerutdrag 2026-12-05 person 42.pdf``: the document's (Swedish) title, the
        day and the person's number, never their name."""
        return extract.suggested_name(self.person_id, self.today)

    def _missing_ground(self, withheld: Mapping[str, str]) -> str | None:
        return next((part_id for part_id, ground in withheld.items() if not ground), None)

    def save(self) -> None:
        if self.session is None or self.material is None:
            return
        ui = self.ui
        ui.messageLabel.clear()
        withheld = self.withheld()
        missing = self._missing_ground(withheld)
        if missing is not None:
            ui.partsTree.setCurrentItem(self._items[missing])
            ui.messageLabel.setText(self.tr("Give a ground for every withheld part."))
            ui.groundCombo.setFocus()
            return
        material = self.material
        try:
            items = [extract.Withholding(k, v) for k, v in withheld.items()]
            checked = extract.review(material, items)
            brief = extract.compose(self.session, material, checked)
        except Exception as error:
            ui.messageLabel.setText(error_text(error))
            return
        path = file_dialogs.save_path(
            self,
            "brief",
            self.tr("Save the signed register extract"),
            self.suggested_file_name(),
            "pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None or self.session is None:
            return
        try:
            signer = briefs.signer_for(self.session)
        except Exception as error:
            ui.messageLabel.setText(error_text(error))
            return
        session = self.session

        def work(ctx: TaskContext) -> Any:
            ctx.check_cancelled()
            return extract.sign(brief, signer)

        def write(signed: Any) -> str:
            made = extract.record(
                session, material, brief, signed, checked, Path(path), overwrite=True
            )
            return self.tr(
                "Saved and signed: {name} (document id {id}), recorded as a disclosure "
                "to the person."
            ).format(name=made.path.name, id=made.document_id)

        make_then_write(
            self,
            self.runner,
            work,
            write,
            ui.messageLabel.setText,
            label=self.tr("Signing the register extract…"),
        )

    # --- language, locking -------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        ui.headingLabel.setText(self.tr("Register extract (GDPR art. 15)"))
        ui.explanationLabel.setText(
            self.tr(
                "Everything the vault holds about the person, part by part. Check a part to "
                "withhold it under secrecy, with the ground for it; what lies under it goes "
                "with it. The extract says that something was withheld and on what ground, "
                "not what. Saving signs the extract and records it as a disclosure to the "
                "person."
            )
        )
        if self.material is not None:
            self._show_summary()

    def retranslate(self) -> None:
        super().retranslate()
        self._mark_all()

    def _mark_all(self) -> None:
        self._filling = True
        for item in self._items.values():
            parent = item.parent()
            if parent is not None and not parent.data(0, PART_ROLE):
                self._mark_children(item, item.checkState(0) == Qt.CheckState.Checked)
        self._filling = False

    def teardown(self) -> None:
        super().teardown()
        self.material = None
        self._items.clear()
        self.ui.partsTree.clear()
        self.ui.previewText.clear()
        self.close()


class ExtractButton(Retranslating, QPushButton):
    """ "Register extract …" in the person window; opens the review for that person."""

    def __init__(self, view: Any) -> None:
        super().__init__(view)
        self.view = view
        self.setText(QCoreApplication.translate("ExtractDialog", "Register e&xtract…"))
        self.setAutoDefault(False)
        self.clicked.connect(self.open)
        self.review: OneWindow[ExtractDialog] = OneWindow()

    def open(self) -> ExtractDialog | None:
        if self.view.session is None:
            return None
        dialog = ExtractDialog(self.view.session, self.view.person_id, parent=self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view.installEventFilter(self)
        return self.review.show(dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The person window closing (locking tears it down) takes the review with it."""
        dialog = self.review.window
        if watched is self.view and event.type() == QEvent.Type.Close and dialog is not None:
            dialog.teardown()
        return False

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("ExtractDialog", "Register e&xtract…"))


def add_extract_button(view: Any) -> ExtractButton:
    """Puts "Register extract …" beside the person window's "Edit…" button."""
    button = ExtractButton(view)
    layout = view.ui.actionsLayout
    layout.insertWidget(layout.indexOf(view.ui.editButton) + 1, button)
    QWidget.setTabOrder(view.ui.editButton, button)  # read in order: Edit…, then this
    view.extractButton = button
    return button
