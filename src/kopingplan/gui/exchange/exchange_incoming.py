"""Incoming information (inkommande uppgifter): what was accepted from signed packages, with its
source, shown in a dialog of all items (from the Disclosures section) and in a case's own tab
(:mod:`kopingplan.gui.cases.case_incoming`, with the same actions on an item).

Both show the same list (received, source, kind, the sender's date, the linked case, the first
words) and the chosen item in full below it. Enter (or a double-click) on a row puts the
keyboard in the full text; the row menu also opens the linked case (from the dialog of all
items) and copies the item's full text. Items are read through
:func:`kopingplan.services.exchange.incoming_items`, newest first, at most :data:`ITEM_LIMIT`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTreeWidget, QTreeWidgetItem, QWidget

from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import labels, table_actions
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.common.tasks import TaskRunner
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.exchange.incoming_actions import IncomingItemActions
from kopingplan.gui.exchange.incoming_file import IncomingFileView
from kopingplan.gui.exchange.item_buttons import ItemPlace
from kopingplan.gui.situation.take_incoming import TakeIntoPicture
from kopingplan.services import exchange

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_incoming_items import Ui_IncomingItemsDialog
    from kopingplan.services.session import Session

ITEM_LIMIT = 500
FIRST_WORDS = 90
RECEIVED, SOURCE, KIND, DATED, CASE, TEXT = range(6)


def kind_text(kind: str) -> str:
    texts = {
        "case": QCoreApplication.translate("IncomingItems", "Case details"),
        "note": QCoreApplication.translate("IncomingItems", "Note"),
        "measure": QCoreApplication.translate("IncomingItems", "Measure"),
        "situation": QCoreApplication.translate("IncomingItems", "Situation picture entry"),
        "message": QCoreApplication.translate("IncomingItems", "Message"),
        "attachment": QCoreApplication.translate("IncomingItems", "Attached file"),
    }
    return texts.get(kind, kind)


def _own_detail_names() -> dict[str, str]:
    """The sender's details this list names in its own words; the others by the one vocabulary
    of field names (data.json's keys, as the export preview and the briefs name them)."""
    return {
        "subjects": QCoreApplication.translate("IncomingItems", "Subjects"),
        "source": QCoreApplication.translate("IncomingItems", "Source of the information"),
        "actor": QCoreApplication.translate("IncomingItems", "Responsible actor"),
    }


_VALUE_LABELS: dict[str, Callable[[str], str]] = {
    "level": labels.level,
    "orientation": labels.orientation,
    "reliability": labels.reliability,
}


def detail_value(key: str, value: Any) -> str:
    if key == "subjects" and isinstance(value, list):
        return "; ".join(
            " ".join(str(p) for p in (s.get("name", ""), s.get("birth_year", "")) if p)
            for s in value
            if isinstance(s, dict)
        )
    label = _VALUE_LABELS.get(key)
    if label is not None:
        try:
            return label(str(value))
        except ValueError:  # a value this version does not know: shown as the sender wrote it
            return str(value)
    return str(value)


def detail_line(key: str, value: Any) -> str:
    """One of the sender's details, named in the UI language (unknown keys as given)."""
    name = _own_detail_names().get(key) or labels.field(key)
    return f"{name}: {detail_value(key, value)}"


def first_words(item: Any) -> str:
    text = " ".join(" ".join(p for p in (item.title, item.text) if p).split())
    return text if len(text) <= FIRST_WORDS else text[: FIRST_WORDS - 1] + "…"


def sender_terms(item: Any) -> list[str]:
    """The sender's own record of the disclosure, as the package gave it. Items received
    before schema v9 have none, and a package need not give them: said plainly rather than
    left blank (not "received before", for a package of today that gave none)."""
    missing = QCoreApplication.translate(
        "IncomingItems", "not given (not in the package, or received before this was recorded)"
    )
    given = item.sender_terms
    terms = (
        (QCoreApplication.translate("IncomingItems", "The sender's legal basis: {text}"),
         given.legal_basis),
        (QCoreApplication.translate("IncomingItems", "Decided by (sender): {text}"),
         given.decided_by),
        (QCoreApplication.translate("IncomingItems", "The sender's purpose: {text}"),
         given.purpose),
    )  # fmt: skip
    return [line.format(text=value or missing) for line, value in terms]


def history_lines(changes: list[Any]) -> list[str]:
    """The item's link history, oldest first: when, what (linked, moved, unlinked), who, why."""
    if not changes:
        return []
    translate = QCoreApplication.translate
    lines = ["", translate("IncomingItems", "Link history:")]
    for change in changes:
        if change.from_case is None:
            text = translate("IncomingItems", "{when}: linked to case {to} by {who}")
        elif change.to_case is None:
            text = translate("IncomingItems", "{when}: taken out of case {source} by {who}")
        else:
            text = translate(
                "IncomingItems", "{when}: moved from case {source} to case {to} by {who}"
            )
        line = text.format(when=format_time(change.changed_at), to=change.to_case,
                           source=change.from_case, who=change.changed_by)  # fmt: skip
        if change.reason:
            line += translate("IncomingItems", " (reason: {reason})").format(reason=change.reason)
        lines.append(line)
    return lines


def full_text(item: Any) -> str:
    """The item as the sender gave it, with where it came from, for reading in full."""
    lines = [
        QCoreApplication.translate("IncomingItems", "Source: {source}").format(source=item.source),
        QCoreApplication.translate("IncomingItems", "Received: {when}").format(
            when=format_time(item.received_at)
        ),
        QCoreApplication.translate("IncomingItems", "Package: {id}").format(id=item.package_id),
        QCoreApplication.translate("IncomingItems", "Kind: {kind}").format(
            kind=kind_text(item.kind)
        ),
        *sender_terms(item),
    ]
    if item.reference:
        lines.append(
            QCoreApplication.translate("IncomingItems", "The sender's reference: {ref}").format(
                ref=item.reference
            )
        )
    if item.dated:
        lines.append(
            QCoreApplication.translate("IncomingItems", "Dated: {day}").format(day=item.dated)
        )
    if item.title:
        lines.append(
            QCoreApplication.translate("IncomingItems", "Title: {title}").format(title=item.title)
        )
    lines += [detail_line(key, value) for key, value in item.details.items() if value]
    if item.attachment is not None:
        lines.append(
            QCoreApplication.translate("IncomingItems", "File: {name} ({size} bytes)").format(
                name=item.title, size=QLocale().toString(len(item.attachment))
            )
        )
    if item.text:
        lines += ["", item.text]
    return "\n".join(lines)


def history_reader(owner: Any) -> Callable[[int], list[Any]]:
    """An item's link history, read through ``owner.session`` while the owner has one (a
    locked window has none and shows none)."""

    def read(item_id: int) -> list[Any]:
        session = owner.session
        return [] if session is None else exchange.link_history(session, item_id)

    return read


class IncomingList:
    """Fills a tree with items and shows the chosen one in full in a read-only text field."""

    def __init__(
        self,
        tree: QTreeWidget,
        text: QPlainTextEdit,
        note: QLabel,
        open_case: Callable[[int], None] | None = None,
        history: Callable[[int], list[Any]] | None = None,
    ) -> None:
        self.tree, self.text, self.note = tree, text, note
        self.history = history  # the chosen item's link history, read when it is shown
        self.items: list[Any] = []
        tree.currentItemChanged.connect(lambda *_: self._show_current())
        actions = [RowAction(table_actions.open_text, self._open, self._is_item)]
        if open_case is not None:
            actions.append(
                RowAction(
                    table_actions.open_case_text,
                    lambda index: open_case(int(self._item(index).case_id)),
                    lambda index: self._is_item(index) and self._item(index).case_id is not None,
                )
            )
        actions.append(RowAction(table_actions.copy_text, self._copy, self._is_item))
        self.actions = table_actions.install(tree, actions)

    def _item(self, index: QModelIndex) -> Any:
        row = index.siblingAtColumn(0).row() if index.isValid() else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def _is_item(self, index: QModelIndex) -> bool:
        return self._item(index) is not None

    def _open(self, index: QModelIndex) -> None:
        """The item in full is already below the list: the keyboard goes there to read it."""
        self.tree.setCurrentIndex(index)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _copy(self, index: QModelIndex) -> None:
        QGuiApplication.clipboard().setText(full_text(self._item(index)))

    def fill(self, items: list[Any], *, empty: str) -> None:
        self.items = items
        self.tree.clear()
        for item in items:
            row = QTreeWidgetItem(
                [
                    format_time(item.received_at),
                    item.source,
                    kind_text(item.kind),
                    item.dated,
                    str(item.case_id) if item.case_id is not None else "—",
                    first_words(item),
                ]
            )
            row.setToolTip(TEXT, first_words(item))
            row.setToolTip(SOURCE, "\n".join([item.source, *sender_terms(item)]))
            self.tree.addTopLevelItem(row)
        if items:  # empty, the columns keep their widths rather than shrink to the headers
            for column in (RECEIVED, SOURCE, KIND, DATED, CASE):
                self.tree.resizeColumnToContents(column)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._show_current()
        if not items:
            self.note.setText(empty)
        elif len(items) >= ITEM_LIMIT:
            self.note.setText(
                QCoreApplication.translate(
                    "IncomingItems", "The newest {n} items are shown."
                ).format(n=len(items))
            )
        else:
            self.note.setText(
                QCoreApplication.translate("IncomingItems", "Items: {n}.").format(n=len(items))
            )

    def again(self, refresh: Callable[[], None]) -> None:
        """``refresh`` fills the list again; the item chosen before stays chosen if it is
        still there (after a link, a move or an unlink)."""
        chosen = self.current()
        refresh()
        ids = [item.id for item in self.items]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else -1
        found = self.tree.topLevelItem(row) if row >= 0 else None
        if found is not None:
            self.tree.setCurrentItem(found)

    def current(self) -> Any:
        """The chosen item, or None."""
        current = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(current) if current is not None else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_current(self) -> None:
        item = self.current()
        if item is None:
            self.text.setPlainText("")
            return
        changes = self.history(int(item.id)) if self.history is not None else []
        self.text.setPlainText("\n".join([full_text(item), *history_lines(changes)]))

    def clear(self) -> None:
        self.items = []
        self.tree.clear()
        self.text.clear()
        self.note.clear()


class IncomingItemsDialog(VaultDialog):
    """Every incoming item, newest first (opened from the Disclosures section)."""

    caseRequested = Signal(int)  # the row menu's "Open the case"

    FORM = "incoming_items"
    ui: Ui_IncomingItemsDialog

    def __init__(
        self, session: Session, parent: QWidget | None = None, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(session, parent, runner=runner)
        ui = self.ui
        ui.buttonBox.rejected.connect(self.reject)
        self.list = IncomingList(
            ui.itemTree, ui.itemText, ui.countLabel, open_case=self.caseRequested.emit,
            history=history_reader(self),
        )  # fmt: skip
        place = ItemPlace(
            self, ui.buttonBox, self.list.current, lambda: self.session, ui.countLabel, self.runner
        )
        # An item of the lägesbild kind can be taken into the lägesbild (issue 18).
        self.take = TakeIntoPicture(place)
        # Linked to a case, or an attached file saved as a copy, one item at a time (issue 16).
        self.item_actions = IncomingItemActions(place, self._again)
        # An attached image or PDF is shown from memory (issue 17).
        self.file_view = IncomingFileView(place, self.item_actions.save_copy)
        ui.itemTree.currentItemChanged.connect(lambda *_: self._chosen())
        self._opened = False
        self.refresh()

    def _chosen(self) -> None:
        self.take.update()
        self.item_actions.update()
        self.file_view.update()

    def _again(self) -> None:
        """The list read again after a change, the same item chosen."""
        self.list.again(self.refresh)

    def refresh(self) -> None:
        if self.session is None:
            return
        # Opening the window is one audited reading; showing the list again is not.
        read = exchange.incoming_items if self._opened else exchange.open_incoming
        items = read(self.session, limit=ITEM_LIMIT)
        self._opened = True
        self.list.fill(items, empty=self.tr("Nothing has been received yet."))
        self.take.read(items)
        self.item_actions.update()

    def retranslate(self) -> None:
        super().retranslate()
        self.take.retranslate()
        self.item_actions.retranslate()
        self.file_view.retranslate()
        self.refresh()

    def teardown(self) -> None:
        super().teardown()
        self.list.clear()
