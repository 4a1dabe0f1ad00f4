"""The attachments (bilagor) of a record: a case (with its notes' attachments), a note, a
meeting or an incident. Reached from the case window ("Attachments…").

Each row says the file's name, its kind by content, size, when and by whom it was added, and
for a case what it belongs to. **Enter** (or a double-click) opens the row: a PDF or an image is
shown in the program from memory (:mod:`kopingplan.gui.attachments.attachment_viewer`); any other
kind can only be saved, so Enter asks where to save a copy. The row menu offers Show, Save a copy…
and Remove…. Attaching reads the file on the task runner, after the limits have refused what is too
large without reading it (:func:`kopingplan.services.attachments.attach_file`).

The window is a child of the window it was opened from (it closes, and locks, with it); one per
record. Its list is part of the open record (whose opening is audited); viewing, saving and
removing write their own audit rows.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QPushButton, QTreeWidgetItem, QWidget

from kopingplan import filetypes
from kopingplan.domain.model.attachments import Attachment, AttachmentOwner
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.filetypes import FileKind
from kopingplan.gui.attachments.attachment_viewer import AttachmentViewer, size_text
from kopingplan.gui.common import file_dialogs, table_actions
from kopingplan.gui.common.added_button import add_button_after
from kopingplan.gui.common.one_window import OneWindow, child_window
from kopingplan.gui.common.records_dialog import RecordsDialog
from kopingplan.gui.common.tasks import TaskRunner, app_runner
from kopingplan.gui.common.widgets import ask_yes_no, error_text
from kopingplan.services import attachments

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_WINDOW_ATTRIBUTE = "_attachments_window"
DIALOG_KIND = "attachments"  # the file dialogs' remembered folder
_ID_ROLE = Qt.ItemDataRole.UserRole

# The window's heading for each kind of record (translated when shown).
_HEADINGS: dict[AttachmentOwner, str] = {
    AttachmentOwner.CASE: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Attachments of case {id}, its notes and concerns"
    ),
    AttachmentOwner.NOTE: QT_TRANSLATE_NOOP("AttachmentsDialog", "Attachments of note {id}"),
    AttachmentOwner.MEETING: QT_TRANSLATE_NOOP("AttachmentsDialog", "Attachments of meeting {id}"),
    AttachmentOwner.INCIDENT: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Attachments of incident {id}"
    ),
    AttachmentOwner.CONCERN: QT_TRANSLATE_NOOP("AttachmentsDialog", "Attachments of concern {id}"),
    AttachmentOwner.PLAN_REVISION: QT_TRANSLATE_NOOP(
        "AttachmentsDialog", "Attachments of the action plan's revision (record {id})"
    ),
}


def _open_filter() -> str:
    patterns = " ".join(f"*{ext}" for exts in filetypes.EXTENSIONS.values() for ext in exts)
    return (
        QCoreApplication.translate(
            "AttachmentsDialog", "Documents, images and e-mail ({patterns})"
        ).format(patterns=patterns)
        + ";;"
        + QCoreApplication.translate("AttachmentsDialog", "All files (*)")
    )


class AttachmentsDialog(RecordsDialog):
    """The attachments of one record. ``changed`` after one was added or removed."""

    changed = Signal()

    def __init__(
        self,
        session: Session,
        owner: AttachmentOwner,
        owner_id: int,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__("attachments", "attachmentsTree", session, parent)
        self.owner = AttachmentOwner(owner)
        self.owner_id = owner_id
        self.runner = runner or app_runner(self)
        self.viewers: list[AttachmentViewer] = []
        ui = self.ui
        ui.addButton.clicked.connect(self.choose_and_attach)
        ui.showButton.clicked.connect(lambda: self.show_attachment(self.current()))
        ui.saveButton.clicked.connect(lambda: self.save_copy(self.current()))
        ui.removeButton.clicked.connect(lambda: self.remove(self.current()))
        tree = ui.attachmentsTree
        self.row_actions = table_actions.install(
            tree,
            [
                table_actions.RowAction(
                    table_actions.open_text, lambda i: self.open_row(self._id(i)), self._is_row
                ),
                table_actions.RowAction(
                    lambda: QCoreApplication.translate("AttachmentsDialog", "&Save a copy…"),
                    lambda i: self.save_copy(self._id(i)),
                    self._is_row,
                ),
                table_actions.RowAction(
                    lambda: QCoreApplication.translate("AttachmentsDialog", "&Remove…"),
                    lambda i: self.remove(self._id(i)),
                    self._is_row,
                ),
                table_actions.copy_row_action(tree),
            ],
        )
        self._retranslate_dynamic()
        self.reload()

    # --- showing -------------------------------------------------------------------------------

    def _heading(self) -> str:
        heading = QCoreApplication.translate("AttachmentsDialog", _HEADINGS[self.owner])
        return heading.format(id=self.owner_id)

    def _retranslate_dynamic(self) -> None:
        self.setWindowTitle(self._heading())
        self.ui.attachmentsTree.setHeaderLabels(
            [
                QCoreApplication.translate("AttachmentsDialog", "Name"),
                QCoreApplication.translate("AttachmentsDialog", "Kind"),
                QCoreApplication.translate("AttachmentsDialog", "Size"),
                QCoreApplication.translate("AttachmentsDialog", "Added"),
                QCoreApplication.translate("AttachmentsDialog", "Added by"),
                QCoreApplication.translate("AttachmentsDialog", "Of"),
            ]
        )
        self.ui.limitsLabel.setText(
            QCoreApplication.translate(
                "AttachmentsDialog",
                "At most {file} MiB a file and {total} MiB for all attachments of the vault. "
                "PDFs and images are shown here; other files can be saved as a copy.",
            ).format(
                file=filetypes.ATTACHMENT_LIMIT // filetypes.MIB,
                total=filetypes.ATTACHMENTS_TOTAL_LIMIT // filetypes.MIB,
            )
        )

    def read(self) -> list[Attachment]:
        return attachments.attachments_of(self.session, self.owner, self.owner_id)

    def _of(self, attachment: Attachment) -> str:
        owner, owner_id = attachment.owner
        if owner is AttachmentOwner.NOTE:
            return QCoreApplication.translate("AttachmentsDialog", "note {id}").format(id=owner_id)
        if owner is AttachmentOwner.CONCERN:
            return QCoreApplication.translate("AttachmentsDialog", "concern {id}").format(
                id=owner_id
            )
        if owner is AttachmentOwner.CASE:
            return QCoreApplication.translate("AttachmentsDialog", "the case")
        return ""

    def _fill(self) -> None:
        tree = self.ui.attachmentsTree
        current = self.current()
        tree.clear()
        for a in self.records:
            item = QTreeWidgetItem(
                [
                    a.file_name,
                    filetypes.kind_word(FileKind(a.kind)),
                    size_text(a.size),
                    a.added_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    a.added_by,
                    self._of(a),
                ]
            )
            item.setData(0, _ID_ROLE, a.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
            if a.id == current:
                tree.setCurrentItem(item)
        first = tree.topLevelItem(0)
        if tree.currentItem() is None and first is not None:
            tree.setCurrentItem(first)
        for column in range(5):
            tree.resizeColumnToContents(column)
        if not self.records:
            self.ui.headingLabel.setText(
                QCoreApplication.translate("AttachmentsDialog", "No attachments yet.")
            )
        else:
            self.ui.headingLabel.setText(self._heading())
        self._enable()

    def _id(self, index: QModelIndex) -> int | None:
        value = table_actions.row_value(index, _ID_ROLE)
        return value if isinstance(value, int) else None

    def _is_row(self, index: QModelIndex) -> bool:
        return self._id(index) is not None

    def _attachment(self, attachment_id: int | None) -> Attachment | None:
        return self.record(attachment_id)  # type: ignore[no-any-return]

    def _enable(self) -> None:
        chosen = self._attachment(self.current())
        shown = chosen is not None and FileKind(chosen.kind) in filetypes.SHOWN_IN_PROGRAM
        self.ui.showButton.setEnabled(shown)
        self.ui.saveButton.setEnabled(chosen is not None)
        self.ui.removeButton.setEnabled(chosen is not None)

    # --- acting --------------------------------------------------------------------------------

    def choose_and_attach(self) -> None:
        file_dialogs.open_then(
            self,
            DIALOG_KIND,
            QCoreApplication.translate("AttachmentsDialog", "Attach a file"),
            _open_filter(),
            self.attach,
        )

    def attach(self, path: Path) -> None:
        """Stores the file at ``path`` on the task runner; the result is told in the window."""
        session, owner, owner_id = self.session, self.owner, self.owner_id
        self.message.show(
            lambda: QCoreApplication.translate("AttachmentsDialog", "Attaching {name}…").format(
                name=path.name
            )
        )
        self.runner.run(
            lambda ctx: attachments.attach_file(session, owner, owner_id, path),
            on_success=self._attached,
            on_failure=self._failed,
            label=QCoreApplication.translate("AttachmentsDialog", "Attaching…"),
            parent=self,
        )

    def _attached(self, stored: Attachment) -> None:
        self.reload()
        self._select(stored.id)
        name = stored.file_name
        self.message.show(
            lambda: QCoreApplication.translate("AttachmentsDialog", "{name} was attached.").format(
                name=name
            )
        )
        self.changed.emit()

    def _select(self, attachment_id: int | None) -> None:
        tree = self.ui.attachmentsTree
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None and item.data(0, _ID_ROLE) == attachment_id:
                tree.setCurrentItem(item)

    def _failed(self, error: BaseException) -> None:
        failed = error
        self.message.show(lambda: error_text(failed), error=True)

    def open_row(self, attachment_id: int | None) -> None:
        """Enter: shows what the program can show, and offers to save anything else."""
        chosen = self._attachment(attachment_id)
        if chosen is None:
            return
        if FileKind(chosen.kind) in filetypes.SHOWN_IN_PROGRAM:
            self.show_attachment(attachment_id)
        else:
            self.save_copy(attachment_id)

    def show_attachment(self, attachment_id: int | None) -> None:
        chosen = self._attachment(attachment_id)
        if chosen is None or chosen.id is None:
            return
        session, chosen_id = self.session, chosen.id
        self.runner.run(
            lambda ctx: attachments.open_attachment(session, chosen_id),
            on_success=self._opened,
            on_failure=self._failed,
            label=QCoreApplication.translate("AttachmentsDialog", "Opening the attachment…"),
            parent=self,
        )

    def _opened(self, opened: Any) -> None:
        viewer = AttachmentViewer(
            opened, self, runner=self.runner, on_save=lambda a: self.save_copy(a.id)
        )
        self.viewers.append(viewer)
        viewer.destroyed.connect(lambda *_: self._forget_viewer(viewer))
        viewer.show()

    def _forget_viewer(self, viewer: AttachmentViewer) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    def save_copy(self, attachment_id: int | None) -> Path | None:
        chosen = self._attachment(attachment_id)
        if chosen is None or chosen.id is None:
            return None
        extension = PurePath(chosen.file_name).suffix.lstrip(".") or FileKind(chosen.kind).value
        path = file_dialogs.save_path(
            self,
            DIALOG_KIND,
            QCoreApplication.translate("AttachmentsDialog", "Save a copy of the attachment"),
            file_dialogs.safe_name(PurePath(chosen.file_name).stem) + "." + extension,
            extension,
            QCoreApplication.translate("AttachmentsDialog", "Files (*.{extension})").format(
                extension=extension
            ),
        )
        if path is None:
            return None
        session, chosen_id = self.session, chosen.id
        self.runner.run(
            # The dialog asked before replacing a file: overwrite is the person's answer.
            lambda ctx: attachments.save_copy(session, chosen_id, path, overwrite=True),
            on_success=lambda _a: self.message.show(
                lambda: QCoreApplication.translate(
                    "AttachmentsDialog",
                    "A copy was saved to {path}. It is not encrypted: delete it when it is no "
                    "longer needed.",
                ).format(path=str(path))
            ),
            on_failure=self._failed,
            label=QCoreApplication.translate("AttachmentsDialog", "Saving a copy…"),
            parent=self,
        )
        return path

    def remove(self, attachment_id: int | None) -> bool:
        chosen = self._attachment(attachment_id)
        if chosen is None or chosen.id is None:
            return False
        if not ask_yes_no(
            self,
            QCoreApplication.translate("AttachmentsDialog", "Remove the attachment?"),
            QCoreApplication.translate(
                "AttachmentsDialog",
                "{name} is deleted from the vault for good. A copy saved earlier is not "
                "touched. Remove it?",
            ).format(name=chosen.file_name),
        ):
            return False
        name = chosen.file_name
        try:
            attachments.remove_attachment(self.session, chosen.id)
        except Exception as error:
            self._failed(error)
            return False
        self.reload()
        self.message.show(
            lambda: QCoreApplication.translate("AttachmentsDialog", "{name} was removed.").format(
                name=name
            )
        )
        self.changed.emit()
        return True


# --- the case window's entry ------------------------------------------------------------------


def open_attachments(view: Any) -> AttachmentsDialog | None:
    """The attachments window of a case window (one at a time), a child of it."""
    if view.session is None:
        return None
    slot: OneWindow[AttachmentsDialog] = child_window(view, _WINDOW_ATTRIBUTE)
    return slot.open(
        lambda: AttachmentsDialog(view.session, AttachmentOwner.CASE, view.case_id, view)
    )


def add_attachments_button(view: Any) -> QPushButton:
    """An "Attachments…" button after the case window's last button of its row."""
    anchor = getattr(view, "consents_button", None) or view.ui.discloseButton
    translate = QCoreApplication.translate
    button = add_button_after(
        anchor,
        "attachmentsButton",
        lambda: translate("AttachmentsDialog", "&Attachments…"),
        lambda: translate(
            "AttachmentsDialog", "Files kept with this case and its notes, encrypted in the vault"
        ),
        lambda: open_attachments(view),
        parent=view,
    )
    view.attachments_button = button
    return button
