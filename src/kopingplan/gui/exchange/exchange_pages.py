"""The pages of the export wizard (:mod:`kopingplan.gui.exchange.exchange_wizard`).

Each page shows its part of the wizard's :class:`~kopingplan.domain.flows.export.ExportFlow`
and saves its own part back into it (:class:`~kopingplan.gui.exchange.exchange_support.ExportPage`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kopingplan.domain.flows.export import CaseChoice, CaseWhat
from kopingplan.domain.model import DisclosureTerms
from kopingplan.gui.common import choices
from kopingplan.gui.common.certificates import monospace_font
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.list_support import TextFilter
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.gui.exchange.exchange_legal_bases import LegalBasesDialog
from kopingplan.gui.exchange.exchange_preview import file_line, readable_html
from kopingplan.gui.exchange.exchange_support import (
    ExportPage,
    check_ids,
    checked_ids,
)
from kopingplan.services import cases, exchange
from kopingplan.services.cases import CaseFilter

if TYPE_CHECKING:
    from kopingplan.services.session import Session

CASE_LIMIT = 200


def _wrapped(text: str, parent: Any) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def owner_name(session: Session) -> str:
    """The vault owner's name (the session's actor), or '' when none is recorded."""
    actor = str(getattr(session, "actor", "") or "")
    return "" if actor == "?" else actor


def can_be_chosen(row: Any, now: datetime | None = None) -> bool:
    """Whether a verified recipient's certificate is still valid (a package can be encrypted
    to it now): one that expired is shown, but cannot be chosen."""
    return bool(row.not_after >= (now or datetime.now(UTC)))


class ExportRecipientPage(ExportPage):
    """Verified recipients; only those whose certificate is still valid can be chosen (one
    that expired is shown greyed, with the day it expired)."""

    PAGE = "recipients"

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.list = self.add_list(layout, lambda: (self.tr("&Recipients:"), self.tr("Recipients")))
        self.empty = _wrapped("", self)
        layout.addWidget(self.empty)
        self._rows = exchange.list_recipients(unlocked(self.session), verified_only=True)
        choosable = []
        for row in self._rows:
            item = QListWidgetItem(self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            if can_be_chosen(row):
                choosable.append(item)
            else:  # greyed: neither ticked nor tickable
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if len(choosable) == 1:
            choosable[0].setCheckState(Qt.CheckState.Checked)
        self.empty.setVisible(not choosable)
        self.retranslate()
        self.watch(layout)
        self.store()
        self.list.itemChanged.connect(lambda _item: self.edited(self.list))

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Recipients"))
        self.setSubTitle(self.tr("Who receives the package? Only verified recipients are listed."))
        self.empty.setText(
            self.tr(
                "No recipient is verified yet. Close this wizard, add the recipient's "
                "certificate under Manage recipients and verify its fingerprint first."
            )
            if self.list.count() == 0
            else self.tr(
                "Every verified recipient's certificate has expired. Ask the recipient for "
                "their current certificate and add it under Manage recipients."
            )
        )
        for i, row in enumerate(self._rows):
            item, text = self.list.item(i), row.label
            if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
                text += " — " + self.tr("Certificate expired {date}").format(
                    date=row.not_after.date().isoformat()
                )
            item.setText(text)

    def fields(self) -> dict[str, QWidget]:
        return {"recipient_ids": self.list}

    def load(self) -> None:
        check_ids(self.list, self.flow.recipient_ids)

    def store(self) -> None:
        self.flow.recipient_ids = checked_ids(self.list)

    def chosen(self) -> tuple[int, ...]:
        self.store()
        return tuple(self.flow.recipient_ids)


class ExportContentPage(ExportPage):
    """Cases found by a search, and which parts of them leave (the case details by default).
    No case is needed when lägesbild entries or a brief leave (the next page asks for one of
    the three)."""

    PAGE = "content"

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        layout = QVBoxLayout(self)
        self.search_caption = QLabel(self)
        self.search = QLineEdit(self)
        self.search_caption.setBuddy(self.search)
        layout.addWidget(self.search_caption)
        layout.addWidget(self.search)
        self.cases = QListWidget(self)
        show_keyboard_focus(self.cases)
        layout.addWidget(self.cases)
        self.details, self.notes, self.measures, self.subjects = boxes = [
            QCheckBox(self) for _ in range(4)
        ]
        for box in boxes:
            layout.addWidget(box)
            box.toggled.connect(lambda _on, box=box: self.edited(box))
        self.retranslate()
        self._filter = TextFilter(self.search, self.fill)
        self.cases.itemChanged.connect(self._item_changed)
        self.fill_from_flow()  # the cases a case view chose are ticked in the first search

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Content"))
        self.setSubTitle(
            self.tr("Send only what the recipient needs. Only the case details are chosen.")
        )
        self.search_caption.setText(self.tr("&Search cases:"))
        self.search.setPlaceholderText(self.tr("A word of the title or summary"))
        self.cases.setAccessibleName(self.tr("Cases"))
        self.details.setText(self.tr("Case &details (title, level, status, dates)"))
        self.notes.setText(self.tr("All no&tes"))
        self.measures.setText(self.tr("The exit plan's &measures"))
        self.subjects.setText(self.tr("The case's sub&jects (name, birth year)"))

    def fill(self) -> None:
        text = self.search.text().strip() or None
        rows = cases.list_cases(unlocked(self.session), CaseFilter(text=text), limit=CASE_LIMIT)
        self.cases.blockSignals(True)
        self.cases.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.id}  {row.title}", self.cases)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self.cases.blockSignals(False)
        check_ids(self.cases, self.flow.case_ids)

    def load(self) -> None:
        what = self.flow.what
        for box, on in (
            (self.details, what.details), (self.notes, what.notes),
            (self.measures, what.measures), (self.subjects, what.subjects),
        ):  # fmt: skip
            box.setChecked(on)
        if self.session is not None:
            self.fill()

    def store(self) -> None:
        # The cases are stored as they are ticked: the list shows one search at a time.
        self.flow.what = CaseWhat(
            details=self.details.isChecked(),
            subjects=self.subjects.isChecked(),
            notes=self.notes.isChecked(),
            measures=self.measures.isChecked(),
        )

    def _item_changed(self, item: QListWidgetItem) -> None:
        case_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.flow.choose_case(case_id, item.checkState() == Qt.CheckState.Checked)
        self.edited(self.cases)

    def parts(self) -> tuple[CaseChoice, ...]:
        self.store()
        return self.flow.cases()


class ExportDecisionPage(ExportPage):
    """The legal basis, who decided (sekretessprövning) and the purpose. Leaving the page
    asks the service for the preview (reads only)."""

    PAGE = "decision"

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.ui_basis = QComboBox(self)
        self.ui_basis.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.edit_bases = QPushButton(self)
        self.edit_bases.clicked.connect(self.open_legal_bases)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.ui_basis)
        basis_row.addWidget(self.edit_bases)
        basis_row.addStretch(1)
        self._bases: list[exchange.LegalBasis] = []
        self.fill_bases()
        self.description = _wrapped("", self)
        # Only as tall as its text: a form layout gives a wrapped label all the spare height.
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.ui_basis.currentIndexChanged.connect(self._describe)
        self.note = QLineEdit(self)
        self.decided_by = QLineEdit(self)
        self.role = QLineEdit(self)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(90)
        self.captions: dict[QWidget, QLabel] = {}
        for widget in (
            self.ui_basis, self.description, self.note, self.decided_by, self.role, self.purpose
        ):  # fmt: skip
            self.captions[widget] = label = QLabel(self)
            label.setBuddy(widget)
            form.addRow(label, basis_row if widget is self.ui_basis else widget)
        form.addRow(self.add_message())
        outer.addStretch(1)
        self.retranslate()
        self.watch(outer, required=(self.decided_by, self.role, self.purpose))
        for edit in (self.note, self.decided_by, self.role):
            edit.textChanged.connect(lambda _text, edit=edit: self.edited(edit))
        self.purpose.textChanged.connect(lambda: self.edited(self.purpose))
        self.ui_basis.currentIndexChanged.connect(lambda _i: self.edited(self.ui_basis))
        self._describe()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Decision"))
        self.setSubTitle(self.tr("On what legal basis, decided by whom, and for what purpose."))
        self.edit_bases.setText(self.tr("&Edit the list…"))
        for widget, caption in (
            (self.ui_basis, self.tr("&Legal basis:")),
            (self.note, self.tr("&Addition to the basis:")),
            (self.decided_by, self.tr("Decided b&y (name):")),
            (self.role, self.tr("&Role:")),
            (self.purpose, self.tr("P&urpose:")),
        ):
            self.captions[widget].setText(caption)

    def fields(self) -> dict[str, QWidget]:
        return {
            "legal_basis": self.ui_basis,
            "decided_by": self.decided_by,
            "decided_by_role": self.role,
            "purpose": self.purpose,
        }

    def load(self) -> None:
        terms = self.flow.terms
        if terms.legal_basis:
            self.ui_basis.setCurrentIndex(max(0, self.ui_basis.findData(terms.legal_basis)))
        elif self.owner.basis_left_out:  # a reopened draft's basis is gone: chosen again
            self.ui_basis.setCurrentIndex(-1)
        self.note.setText(terms.legal_basis_note)
        # The vault owner is suggested (the flow starts with the owner's name).
        self.decided_by.setText(terms.decided_by)
        self.role.setText(terms.decided_by_role)
        if self.purpose.toPlainText() != terms.purpose:
            self.purpose.setPlainText(terms.purpose)
        self._describe()

    def store(self) -> None:
        self.flow.terms = DisclosureTerms(
            legal_basis=str(self.ui_basis.currentData() or ""),
            legal_basis_note=self.note.text(),
            decided_by=self.decided_by.text(),
            decided_by_role=self.role.text(),
            purpose=self.purpose.toPlainText(),
        )

    def fill_bases(self) -> None:
        """The list as stored now; the basis chosen stays chosen if it is still there."""
        self._bases = exchange.legal_bases(unlocked(self.session))
        choices.fill_legal_bases(self.ui_basis, self._bases)

    def open_legal_bases(self) -> LegalBasesDialog:
        dialog = LegalBasesDialog(unlocked(self.session), self)
        dialog.changed.connect(self._bases_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _bases_changed(self) -> None:
        self.fill_bases()
        self._describe()
        self.edited()

    def _describe(self) -> None:
        index = self.ui_basis.currentIndex()
        self.description.setText(self._bases[index].description if index >= 0 else "")

    def validatePage(self) -> bool:
        if not super().validatePage():
            self.message.clear()
            return False
        if self.owner.make_preview():
            self.message.show(partial(error_text, self.owner.preview_error), error=True)
            return False
        self.message.clear()
        return True


class ExportPreviewPage(ExportPage):
    """Exactly what leaves, in words (case by case, field by field, with the decision on top),
    and the exact data.json one click away. Both come from the same bytes of data.json that go
    into the package."""

    PAGE = "preview"

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.setCommitPage(False)
        layout = QVBoxLayout(self)
        self.counts = _wrapped("", self)
        layout.addWidget(self.counts)
        self.readable = QTextBrowser(self)
        self.readable.setOpenLinks(False)
        self.json_view = QPlainTextEdit(self)
        self.json_view.setReadOnly(True)
        self.json_view.setFont(monospace_font())
        self.json_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.views = QStackedWidget(self)
        self.views.addWidget(self.readable)
        self.views.addWidget(self.json_view)
        layout.addWidget(self.views, 3)
        self.exact_button = QPushButton(self)
        self.exact_button.setCheckable(True)
        self.exact_button.toggled.connect(self.show_exact)
        row = QHBoxLayout()
        row.addWidget(self.exact_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.files = self.add_list(
            layout,
            lambda: (self.tr("Attached &files (beside data.json):"), self.tr("Attached files")),
            1,
        )
        self.files.setMaximumHeight(self.files.fontMetrics().height() * 4)
        layout.addWidget(self.add_message())
        self.retranslate()
        wizard.export_failed.connect(self.show_error)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("This is exactly what leaves, signed and encrypted to the recipients.")
        )
        self.readable.setAccessibleName(self.tr("What leaves"))
        self.json_view.setAccessibleName(self.tr("data.json, exactly as it leaves"))
        self.show_exact(self.exact_button.isChecked())
        if self.owner.preview is not None and self.session is not None:
            self.show_preview(self.owner.preview)

    def show_exact(self, exact: bool) -> None:
        """The exact data.json, or the same content in words."""
        self.views.setCurrentWidget(self.json_view if exact else self.readable)
        self.exact_button.setText(
            self.tr("Show the content in &words")
            if exact
            else self.tr("Show the e&xact content (data.json)")
        )

    def initializePage(self) -> None:
        super().initializePage()
        preview = self.owner.preview  # made when the decision page was left
        self.message.clear()
        self.exact_button.setChecked(False)
        if preview is not None:
            self.show_preview(preview)

    def show_preview(self, preview: Any) -> None:
        """The counts, the content in words and exactly, and the attached files' names."""
        counts = preview.counts
        self.counts.setText(
            self.tr(
                "To: {to}. Cases: {cases}; notes: {notes}; measures: {measures}; "
                "subjects: {subjects}; situation picture entries: {entries}; attachments: {files}. "
                "SHA-256: {sha}"
            ).format(
                to="; ".join(r.label for r in preview.recipients),
                cases=counts.get("cases", 0),
                notes=counts.get("notes", 0),
                measures=counts.get("measures", 0),
                subjects=counts.get("subjects", 0),
                entries=counts.get("situation_entries", 0),
                files=len(preview.attachments),
                sha=preview.content_sha256,
            )
        )
        # Both views from exactly the bytes that leave (the service writes indented UTF-8 JSON):
        # the words are read back from them, not from what was asked for.
        self.json_view.setPlainText(preview.data_json.decode("utf-8"))
        briefs = [brief.name for brief in preview.briefs]  # each its own disclosure
        self.readable.setHtml(readable_html(preview.data, preview.attachments, briefs))
        self.files.clear()
        for attachment in preview.attachments:  # as named inside the package, with its kind
            self.files.addItem(file_line(attachment.name, attachment))
        if not preview.attachments:
            self.files.addItem(self.tr("No attached files."))

    def teardown(self) -> None:
        super().teardown()
        self.clear()

    def clear(self) -> None:
        self.json_view.clear()
        self.readable.clear()
        self.files.clear()

    def show_error(self, error: BaseException) -> None:
        self.message.show(partial(error_text, error), error=True)  # said again after a switch
