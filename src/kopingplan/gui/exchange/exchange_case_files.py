"""The export wizard's list of the chosen cases' own attachments (issue 17): each file of a
chosen case (its own, its notes', its concerns') with its case, name, kind and size; any of
them can be ticked to go with the package (PDFs, images, Office and OpenDocument files,
e-mail), except a file larger than a package may carry, shown greyed with the reason. Nothing
is ticked at first. The list shows records, never bytes: the service reads the ticked files'
bytes at the preview (:mod:`kopingplan.services.exchange.case_files`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from kopingplan import filetypes
from kopingplan.exchange import package
from kopingplan.filetypes import FileKind
from kopingplan.gui.attachments.attachment_viewer import size_text
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.list_support import EmptyHint
from kopingplan.gui.exchange.exchange_support import check_ids, checked_ids
from kopingplan.services.exchange import case_files
from kopingplan.services.session import Session


class CaseFilesList:
    """A caption and a list of tickable files, for a page to put in its layout."""

    def __init__(self, parent: QWidget) -> None:
        self.caption = QLabel(parent)
        self.list = QListWidget(parent)
        self.list.setObjectName("caseFilesList")
        self.caption.setBuddy(self.list)
        show_keyboard_focus(self.list)  # as the export wizard's other lists
        self.hint = EmptyHint(
            self.list,
            lambda: QCoreApplication.translate(
                "ExportCaseFiles", "The chosen cases have no files."
            ),
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(
            QCoreApplication.translate(
                "ExportCaseFiles",
                "Files of the chosen cas&es (tick those that go with the package):",
            )
        )
        self.list.setAccessibleName(
            QCoreApplication.translate("ExportCaseFiles", "Files of the chosen cases")
        )

    def fill(self, session: Session, case_ids: Sequence[int], chosen: list[int]) -> None:
        """The files of ``case_ids``; those of ``chosen`` that are still listed ticked."""
        self.list.blockSignals(True)
        self.list.clear()
        for case_id, attachment in case_files.of_cases(session, case_ids):
            text = QCoreApplication.translate(
                "ExportCaseFiles", "Case {case}: {name} ({kind}, {size})"
            ).format(
                case=case_id,
                name=attachment.file_name,
                kind=filetypes.kind_word(FileKind(attachment.kind)),
                size=size_text(attachment.size),
            )
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, attachment.id)
            if case_files.can_leave(attachment):
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(
                    QCoreApplication.translate(
                        "ExportCaseFiles",
                        "This file is larger than a package may carry ({limit} MiB); save a "
                        "copy of it and hand it over another way.",
                    ).format(limit=package.MAX_ATTACHMENT_BYTES // package.MIB)
                )
        self.list.blockSignals(False)
        check_ids(self.list, chosen)

    def chosen(self) -> list[int]:
        return checked_ids(self.list)
