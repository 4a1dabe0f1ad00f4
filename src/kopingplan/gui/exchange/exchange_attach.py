"""The export wizard's page for what leaves beside the cases: lägesbild entries, signed briefs
and the chosen cases' own attachments (of any kind, ticked; :mod:`.exchange_case_files`).

Entries are the newest of the situation picture, each shown by its day, milieu, orientation and
the first words of the observation; none is chosen at first. A brief is attached as the signed
PDF the coordinator saved: it is checked on the worker thread to be a brief signed in this
vault, unchanged, and the copy made for the package's recipients (issue 16: not another
recipient's copy, nor the coordinator's own; :func:`kopingplan.services.exchange.views.
brief_attachment`); any other file is refused with the reason and nothing is attached. A copy
attached before the recipients changed leaves the list when the page is shown again. The page
asks for something to leave: a case, an entry or a brief. The briefs a reopened draft had (by
name: a draft keeps no files) are listed as not attached, and Next waits until each is attached
again or removed from the list on purpose (Remove on it). "Create a brief…" opens the brief
dialog (for the first chosen case, or the situation picture report when no case is chosen),
starting with one copy per package
recipient the registry knows; of the copies it saves, those made for the package's recipients
are attached (checked like any other file) and the page says how many stayed out.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import file_dialogs, labels
from kopingplan.gui.common.one_window import OneWindow
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.exchange_case_files import CaseFilesList
from kopingplan.gui.exchange.exchange_support import (
    ExportPage,
    check_ids,
    checked_ids,
    run_from_button,
)
from kopingplan.services import situation
from kopingplan.services.exchange import brief_copies, views

ENTRY_LIMIT = 200
FIRST_WORDS = 70


def entry_line(entry: Any) -> str:
    words = " ".join(entry.observation.split())
    if len(words) > FIRST_WORDS:
        words = words[: FIRST_WORDS - 1] + "…"
    orientation = labels.orientation(entry.orientation).lower()
    return (
        f"{format_date(entry.observed_on)}  {labels.with_kind(entry.milieu, orientation)}: {words}"
    )


def size_text(size: int) -> str:
    return QLocale().toString(size)


class ExportSituationPage(ExportPage):
    """Lägesbild entries and attached briefs (both optional, as long as something leaves)."""

    PAGE = "situation"

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.runner = wizard.runner
        layout = QVBoxLayout(self)
        self.entries = self.add_list(
            layout,
            lambda: (
                self.tr("&Situation picture entries (newest first):"),
                self.tr("Situation picture entries"),
            ),
            2,
        )
        self.files = self.add_list(
            layout, lambda: (self.tr("Attach&ments (signed briefs):"), self.tr("Attachments")), 1
        )
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self)
        self.create_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.remove_button.setEnabled(False)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.case_files = CaseFilesList(self)  # the chosen cases' own files (issue 17)
        layout.addWidget(self.case_files.caption)
        layout.addWidget(self.case_files.list, 1)
        self.case_files.list.itemChanged.connect(lambda _item: self.edited(self.case_files.list))
        layout.addWidget(self.add_message())
        self.retranslate()
        self.watch(layout)
        self.attach_button.clicked.connect(self.choose_brief)
        self.create_button.clicked.connect(self.create_brief)
        self._brief_dialog: OneWindow[Any] = OneWindow()
        self.remove_button.clicked.connect(self.remove_current)
        self.files.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        self.entries.itemChanged.connect(lambda _item: self.edited(self.entries))
        self.fill()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Situation picture and attachments"))
        self.setSubTitle(
            self.tr(
                "Situation picture entries, signed briefs and files of the chosen cases that "
                "leave with the package. Nothing is chosen at first."
            )
        )
        self.attach_button.setText(self.tr("Attac&h a brief…"))
        self.create_button.setText(self.tr("Create a brie&f…"))
        self.create_button.setToolTip(
            self.tr("Make and sign a brief now; the file it is saved to is attached")
        )
        self.remove_button.setText(self.tr("Remo&ve attachment"))
        self.case_files.retranslate()
        self._show_files()  # a brief still to attach says so in the UI language

    @property
    def attachments(self) -> list[Any]:
        """The checked briefs (package.Attachment), in the order attached: the flow's."""
        return self.flow.attachments

    def fields(self) -> dict[str, QWidget]:
        return {"situation_entry_ids": self.entries, "briefs_not_kept": self.files}

    def load(self) -> None:
        check_ids(self.entries, self.flow.situation_entry_ids)
        self._drop_copies_for_others()
        self._show_files()
        flow = self.flow
        self.case_files.fill(unlocked(self.session), flow.case_ids, flow.attachment_ids)
        flow.attachment_ids = self.case_files.chosen()  # those of a case no longer chosen go

    def _drop_copies_for_others(self) -> None:
        """The recipients may have changed since a brief was attached: a copy no longer made
        for them leaves the list, and the page says why (the first refusal)."""
        session, flow = unlocked(self.session), self.flow
        refused = views.copies_not_for(session, flow.attachments, tuple(flow.recipient_ids))
        if refused:
            flow.attachments[:] = [a for i, a in enumerate(flow.attachments) if i not in refused]
            self.message.show(partial(error_text, next(iter(refused.values()))), error=True)

    def store(self) -> None:
        self.flow.situation_entry_ids = list(self.entry_ids())
        self.flow.attachment_ids = self.case_files.chosen()

    def fill(self) -> None:
        self.entries.blockSignals(True)
        self.entries.clear()
        for entry in situation.entry_page(unlocked(self.session), limit=ENTRY_LIMIT):
            item = QListWidgetItem(entry_line(entry), self.entries)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(" ".join(entry.observation.split()))
            item.setCheckState(Qt.CheckState.Unchecked)
        self.entries.blockSignals(False)

    def entry_ids(self) -> tuple[int, ...]:
        return tuple(checked_ids(self.entries))

    # --- attachments

    def choose_brief(self) -> None:
        # The briefs' folder: a brief saved a moment ago is where this dialog opens.
        file_dialogs.open_then(
            self,
            "brief",
            self.tr("Signed brief to attach"),
            self.tr("Signed briefs (*.pdf);;All files (*)"),
            self.attach,
        )

    def create_brief(self) -> Any:
        """The brief dialog for the first chosen case (else the situation picture report);
        what it saves is attached."""
        if (shown := self._brief_dialog.front()) is not None:
            return shown
        from kopingplan.gui.briefs.brief_dialog import BriefDialog  # renders PDFs: load when asked

        case_ids = self.flow.case_ids
        if case_ids:
            case = unlocked(self.session).get(model.Case, case_ids[0])
            dialog = BriefDialog.for_case(unlocked(self.session), case_ids[0], case.title, self)
        else:
            dialog = BriefDialog.for_situation(unlocked(self.session), self)

        self._copies_for_recipients(dialog)
        dialog.saved.connect(self.attach_saved)
        dialog.finished.connect(dialog.deleteLater)
        return self._brief_dialog.show(dialog, modal=True)

    def _copies_for_recipients(self, dialog: Any) -> None:
        """The brief window starts with one named copy per package recipient the registry
        knows, each with that recipient's content (issue 16): only such a copy is attached."""
        session = unlocked(self.session)
        ids = brief_copies.copy_organisations(session, self.flow.recipient_ids)
        if ids:
            editor = dialog.copy_editor
            editor.set_copies([editor.new_copy(i) for i in ids])
            dialog.choices_changed()

    def attach_saved(self, paths: list[str]) -> None:
        """The copies the brief window saved: only those made for the package's recipients
        are attached (issue 16); the others (another recipient's, the coordinator's own)
        stay out, and the page says how many."""
        self.message.clear()
        session, ids = unlocked(self.session), tuple(self.flow.recipient_ids)
        run_from_button(
            self.attach_button,
            self,
            lambda ctx: views.copies_for_package(session, [Path(p) for p in paths], ids),
            self._saved_checked,
            label=self.tr("Checking the brief's signature…"),
        )

    def _saved_checked(self, checked: tuple[list[Any], Sequence[BaseException]]) -> None:
        accepted, refused = checked
        if not accepted and refused:
            self.message.show(partial(error_text, refused[0]), error=True)
            return
        for attachment in accepted[:-1]:
            self.flow.attach(attachment)
        if accepted:
            self._attached(accepted[-1])
        if refused:
            names = ", ".join(a.name for a in accepted)
            count = len(refused)
            self.message.show(
                lambda: (
                    self.tr("Attached: {names}.").format(names=names)
                    + " "
                    + self.tr(
                        "%n copy(ies) made for someone else or for no recipient stay out of "
                        "the package.",
                        "",
                        count,
                    )
                )
            )

    def attach(self, path: Path) -> None:
        """Checks the file on the worker thread; attaches it only if it is our signed brief
        and the copy made for the package's recipients."""
        self.message.clear()
        session, ids = unlocked(self.session), tuple(self.flow.recipient_ids)
        run_from_button(
            self.attach_button,
            self,
            lambda ctx: views.brief_attachment(session, path, ids),
            self._attached,
            label=self.tr("Checking the brief's signature…"),
        )

    def _attached(self, attachment: Any) -> None:
        self.flow.attach(attachment)
        self._show_files()
        self.files.setCurrentRow(self.files.count() - 1)
        self.message.show(
            lambda: self.tr("The brief's signature is valid; {name} is attached.").format(
                name=attachment.name
            )
        )
        self.edited(self.files)

    def remove_current(self) -> None:
        """The attachment chosen leaves the list; a brief of a reopened draft still to attach
        is left out on purpose (it no longer holds Next)."""
        row, flow = self.files.currentRow(), self.flow
        missing = row - len(flow.attachments)
        if flow.remove_attachment(row) or (
            0 <= missing < len(flow.briefs_not_kept)
            and flow.leave_out_brief(flow.briefs_not_kept[missing])
        ):
            self._show_files()
            self.message.clear()
            self.edited(self.files)

    def _show_files(self) -> None:
        """The attached briefs, then those of a reopened draft still to attach (marked)."""
        files: QListWidget = self.files
        row = files.currentRow()
        files.clear()
        for attachment in self.attachments:
            files.addItem(
                self.tr("{name} ({size} bytes)").format(
                    name=attachment.name, size=size_text(len(attachment.content))
                )
            )
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for name in self.flow.briefs_not_kept:
            item = QListWidgetItem(
                warning,
                self.tr("{name}: not attached (a draft keeps no files)").format(name=name),
                files,
            )
            item.setToolTip(
                self.tr(
                    "Attach the signed brief again with Attach a brief…, or choose Remove "
                    "attachment if it is not to leave."
                )
            )
        # The first brief still to attach is chosen, so that Remove is at hand for it.
        first_missing = len(self.attachments) if self.flow.briefs_not_kept else -1
        files.setCurrentRow(min(row, files.count() - 1) if row >= 0 else first_missing)

    def teardown(self) -> None:
        if (brief := self._brief_dialog.window) is not None:
            brief.teardown()
            brief.close()
        self.flow.attachments.clear()
        self.files.clear()
        self.entries.clear()
        self.case_files.list.clear()
        super().teardown()
