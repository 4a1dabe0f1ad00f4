"""A note or a contact of a case, opened in full: when, who wrote it, the whole text, and the
earlier versions if it was corrected ("Earlier versions", newest first; Enter on one shows its
text below the list).

Opening the window is the audited act (``notes.open`` / ``contacts.open``, through
:mod:`kopingplan.services.records`); showing it again after a correction made from it reads
without a new row, because the correction has its own. "Correct…" asks the case window for the
correction form (it knows the case's people); "Copy" puts the text on the clipboard, which the
clipboard guard clears again (:mod:`kopingplan.gui.common.clipboard`), and records that it did.

The window title names the kind and the case number only: titles show in task bars.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kopingplan.domain import model
from kopingplan.errors import log_failure
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import labels, table_actions
from kopingplan.gui.common.record_window import RecordWindow
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import records

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_record_view import Ui_RecordView
    from kopingplan.services.session import Session

_log = logging.getLogger(__name__)

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1

# kind -> (audited opening, plain re-reading, "was copied")
_SERVICE = {
    "note": (records.open_note, records.note_detail, records.note_copied),
    "contact": (records.open_contact, records.contact_detail, records.contact_copied),
}


def record_text(kind: str, record: Any) -> str:
    return str(record.text if kind == "note" else record.summary)


class RecordView(RecordWindow):
    """One note or contact; see the module text."""

    correctRequested = Signal(str, int)  # kind, id
    FORM = "record_view"
    ui: Ui_RecordView

    def __init__(
        self, session: Session, kind: str, record_id: int, parent: QWidget | None = None
    ) -> None:
        if kind not in _SERVICE:
            raise ValueError(f"no record view for {kind!r}")
        super().__init__(session, parent)
        self.kind = kind
        self.record_id = record_id
        ui = self.ui
        # The text gets the room; the earlier versions what is left (often nothing).
        for widget, stretch in ((ui.textView, 3), (ui.versionsTree, 1), (ui.versionText, 2)):
            ui.layout.setStretchFactor(widget, stretch)
        ui.correctButton.clicked.connect(lambda: self.correctRequested.emit(kind, record_id))
        ui.copyButton.clicked.connect(self.copy_text)
        ui.versionsTree.currentItemChanged.connect(lambda item, _old: self._show_version(item))
        self.version_actions = table_actions.install(
            ui.versionsTree,
            [
                table_actions.RowAction(table_actions.open_text, self._open_version),
                table_actions.RowAction(table_actions.copy_text, self._copy_version),
            ],
        )
        self._enable_buttons()  # until the record is read
        self.reload()

    @property
    def text(self) -> str:
        return "" if self.detail is None else record_text(self.kind, self.detail.record)

    def _read(self, *, opening: bool) -> Any:
        """The audited opening, or after a correction the reading that writes no row."""
        read_opening, reading, _copied = _SERVICE[self.kind]
        return (read_opening if opening else reading)(unlocked(self.session), self.record_id)

    # --- showing -----------------------------------------------------------------------------

    def _enable_buttons(self) -> None:
        for button in (self.ui.correctButton, self.ui.copyButton):
            button.setEnabled(self.detail is not None and self.session is not None)

    def _fill(self) -> None:
        ui = self.ui
        detail = self.detail
        self._enable_buttons()
        record = detail.record
        case_id = record.case_id
        if self.kind == "note":
            self.setWindowTitle(self.tr("Note, case {number}").format(number=case_id))
            ui.headingLabel.setText(self.tr("Note in case {number}").format(number=case_id))
            ui.whenCaption.setText(self.tr("Written:"))
            ui.whenValue.setText(format_time(record.written_at))
            ui.detailCaption.setText(self.tr("Source:"))
            ui.detailValue.setText(record.source or self.tr("Not given"))
        else:
            self.setWindowTitle(self.tr("Contact, case {number}").format(number=case_id))
            ui.headingLabel.setText(self.tr("Contact in case {number}").format(number=case_id))
            ui.whenCaption.setText(self.tr("When:"))
            ui.whenValue.setText(format_time(record.occurred_at))
            ui.detailCaption.setText(self.tr("How, with whom:"))
            ui.detailValue.setText(self._contact_detail(record))
        ui.authorValue.setText(detail.author or self.tr("Not recorded (imported or demo data)"))
        ui.textView.setPlainText(self.text)
        ui.versionsTree.clear()
        for version in detail.versions:
            earlier = record_text(self.kind, version.record)
            item = QTreeWidgetItem(
                [
                    format_time(version.replaced_at),
                    version.replaced_by,
                    " ".join(version.reason.split()),
                    " ".join(earlier.split())[:200],
                ]
            )
            item.setData(0, TEXT_ROLE, self._version_text(version.record))
            item.setToolTip(3, earlier[:500])
            ui.versionsTree.addTopLevelItem(item)
        for column in range(ui.versionsTree.columnCount() - 1):
            ui.versionsTree.resizeColumnToContents(column)
        has_versions = bool(detail.versions)
        ui.versionsTree.setVisible(has_versions)
        ui.versionText.setVisible(has_versions)
        ui.versionText.clear()
        ui.versionsNote.setVisible(not has_versions)
        ui.versionsNote.setText(
            ""
            if has_versions
            else self.tr("No earlier versions: it has not been corrected since it was written.")
        )
        newest = ui.versionsTree.topLevelItem(0)
        if has_versions and newest is not None:
            ui.versionsTree.setCurrentItem(newest)

    def _contact_detail(self, contact: model.Contact) -> str:
        parts = [labels.channel(contact.channel)]
        try:
            if contact.person_id is not None:
                parts.append(unlocked(self.session).get(model.Person, contact.person_id).full_name)
            if contact.organisation_id is not None:
                parts.append(
                    unlocked(self.session).get(model.Organisation, contact.organisation_id).name
                )
        except Exception:
            log_failure(_log, "Who a contact was with could not be read")
        text = ", ".join(parts)
        if contact.follow_up_on is not None:
            text += self.tr("; follow up on {day}").format(day=format_date(contact.follow_up_on))
        return text

    def _version_text(self, record: Any) -> str:
        """An earlier version in full: its time and (note) source or (contact) channel too,
        since a correction may have changed those."""
        if self.kind == "note":
            head = format_time(record.written_at)
            if record.source:
                head += " · " + record.source
        else:
            head = format_time(record.occurred_at) + " · " + labels.channel(record.channel)
        return f"{head}\n\n{record_text(self.kind, record)}"

    def _show_version(self, item: QTreeWidgetItem | None) -> None:
        self.ui.versionText.setPlainText("" if item is None else str(item.data(0, TEXT_ROLE)))

    def _open_version(self, index: QModelIndex) -> None:
        self.ui.versionsTree.setCurrentIndex(index)
        self._show_version(self.ui.versionsTree.currentItem())
        self.ui.versionText.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- copying -----------------------------------------------------------------------------

    def copy_text(self) -> None:
        self._copy(self.text)

    def _copy_version(self, index: QModelIndex) -> None:
        self._copy(str(table_actions.row_value(index, TEXT_ROLE)))

    def _copy(self, text: str) -> None:
        if self.session is None or self.detail is None:
            return
        _opening, _reading, copied = _SERVICE[self.kind]
        try:
            copied(self.session, self.record_id)  # logged first: no unrecorded copy
        except Exception as error:
            self.show_error(error)
            return
        QGuiApplication.clipboard().setText(text)
        self.message.show(
            lambda: self.tr(
                "The text is on the clipboard. It is cleared again after a while, and when "
                "the vault locks."
            )
        )

    # --- locking ------------------------------------------------------------------------------

    def teardown(self) -> None:
        for widget in (self.ui.textView, self.ui.versionText):
            widget.clear()
        self.ui.versionsTree.clear()
        self.ui.headingLabel.clear()
        self.ui.detailValue.clear()
        super().teardown()
