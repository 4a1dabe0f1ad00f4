"""The brief window's copies: every copy has a recipient, and a copy outside the own unit is a
disclosure (:mod:`kopingplan.services.brief_disclosures`).

Per copy the coordinator chooses the recipient organisation from the registry (or leaves the
copy unnamed: their own); for a recipient outside the own unit the legal basis, who decided
it, their role and the purpose are needed. A missing one is said beside its field (the way
:mod:`kopingplan.gui.common.field_messages` shows problems), and "Save as signed PDF…" and "Print…"
stay disabled with the reason in their tooltip and the status line. Numbered copies are named
all or none: a named copy and an unnamed one cannot share a brief.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from kopingplan.domain import rules
from kopingplan.domain.model import DisclosureTerms
from kopingplan.gui.common import choices
from kopingplan.gui.common.field_messages import FieldMessages, caption_text, field_problem_text
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.services import exchange
from kopingplan.services.brief_disclosures import (
    CopyRecipient,
    RecipientChoice,
    recipient_choices,
)

if TYPE_CHECKING:
    from kopingplan.services.session import Session

# Room for a window's title bar before the window manager has framed it.
TITLE_BAR_ROOM = 40
NO_TERMS = DisclosureTerms("", "", "", "")  # none chosen yet


@dataclass(frozen=True)
class CopyChoice:
    """One copy as chosen in the window: its recipient (None: unnamed) and terms (the window
    has no field for a note to the legal basis)."""

    organisation_id: int | None = None
    terms: DisclosureTerms = NO_TERMS
    # Per case, the parts the coordinator chose for this copy instead of its recipient's
    # content profile (None: as the profile says; issue 16, kopingplan.gui.briefs.copy_contents).
    changes: Mapping[int, tuple[str, ...]] | None = None


class WholeText(QObject):
    """Keeps a word-wrapped label as tall as its text needs at the width it has. Qt's layouts
    give a wrapped label the height of its size hint, which guesses a width, and a window
    shorter than everything wants (a laptop's screen, a longer language) squeezes it below
    that and cuts its last line off; a minimum height of what the text needs makes the lists
    beside it give way instead. :meth:`fit` after the text changes; a resize fits by itself."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        # Room to spare goes below the text, not half above it.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.installEventFilter(self)

    def fit(self) -> None:
        label = self.label
        label.setMinimumHeight(0)  # a label's heightForWidth never answers below its minimum
        needed = label.heightForWidth(label.width()) if label.text() and label.width() > 1 else 0
        label.setMinimumHeight(max(needed, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.fit()
        return False


def grow_to_layout(window: QWidget) -> None:
    """Makes ``window`` as tall as its layout's minimum, within the screen and its title bar.
    Qt keeps a window's minimum height when its layout depends on the width (word-wrapped
    labels), so a copy's longer text and its field messages were squeezed into the rows below
    them (the disclosure line over Legal basis, after the own copy was removed, at 1366x768).
    Its title bar stays on the screen (at 150 % the brief window had been pushed above it)."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    needed = (
        layout.totalMinimumHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalMinimumSize().height()
    )
    if needed <= window.height():
        return
    room = window.screen().availableGeometry()
    # Not yet framed by the window manager, a window's frame is its own size: room for one.
    title = max(window.frameGeometry().height() - window.height(), TITLE_BAR_ROOM)
    height = min(needed, room.height() - title)
    if height <= window.height():
        return
    window.resize(window.width(), height)
    frame = window.frameGeometry()
    if frame.top() + title + height > room.bottom() + 1:
        window.move(frame.left(), max(room.top(), room.bottom() + 1 - height - title))


class CopyEditor(QObject):
    """Drives the copy widgets of the brief window's form (``ui``); ``changed`` runs after
    every change so the window can enable its buttons."""

    def __init__(self, ui: Any, form: Any, session: Session, buttons: list[Any]) -> None:
        super().__init__(form)
        self.ui = ui
        self.form: QWidget | None = form if isinstance(form, QWidget) else None
        self.buttons = buttons
        self.actor = str(getattr(session, "actor", "") or "")
        self.choices: dict[int, RecipientChoice] = (
            {c.organisation_id: c for c in recipient_choices(session)} if session else {}
        )
        self.bases = exchange.legal_bases(session) if session else []
        self.copies: list[CopyChoice] = [self.new_copy()]
        self.messages = FieldMessages(form)
        self.fields = (ui.basisCombo, ui.decidedByEdit, ui.roleEdit, ui.purposeEdit)
        self.messages.watch([ui.recipientCombo, *self.fields])
        self.messages.add_status(form.layout(), form.layout().indexOf(ui.messageLabel))
        self.whole = WholeText(ui.ownUnitLabel)  # whether a copy is a disclosure, all of it
        self._fill_combos()
        ui.copyList.currentRowChanged.connect(self._show_copy)
        ui.addCopyButton.clicked.connect(self.add_copy)
        ui.removeCopyButton.clicked.connect(self.remove_copy)
        ui.recipientCombo.currentIndexChanged.connect(lambda _: self._store())
        ui.basisCombo.currentIndexChanged.connect(lambda _: self._store())
        for edit in (ui.decidedByEdit, ui.roleEdit, ui.purposeEdit):
            edit.textChanged.connect(lambda _: self._store())
        self._refill_list(0)

    # --- the widgets

    def _fill_combos(self) -> None:
        own_unit = QCoreApplication.translate("BriefCopies", "{name} (own unit)")
        recipients = [
            ((own_unit if c.own_unit else "{name}").format(name=c.name), c.organisation_id)
            for c in self.choices.values()
        ]
        unnamed = QCoreApplication.translate("BriefCopies", "Not named (your own copy)")
        refill_choices(self.ui.recipientCombo, [(unnamed, None), *recipients])
        choices.fill_legal_bases(
            self.ui.basisCombo,
            self.bases,
            QCoreApplication.translate("BriefCopies", "Choose the legal basis"),
        )

    def _label(self, number: int, copy: CopyChoice) -> str:
        if copy.organisation_id is None:
            who = QCoreApplication.translate("BriefCopies", "not named")
        else:
            who = self.choices[copy.organisation_id].name
        text = (
            QCoreApplication.translate("BriefCopies", "Copy {n}: {who} – a disclosure")
            if self.outside(copy)
            else QCoreApplication.translate("BriefCopies", "Copy {n}: {who}")
        )
        return text.format(n=number, who=who)

    def _refill_list(self, row: int) -> None:
        ui = self.ui
        ui.copyList.blockSignals(True)
        ui.copyList.clear()
        for number, copy in enumerate(self.copies, 1):
            ui.copyList.addItem(QListWidgetItem(self._label(number, copy)))
        ui.copyList.setCurrentRow(min(row, len(self.copies) - 1))
        ui.copyList.blockSignals(False)
        self._show_copy(ui.copyList.currentRow())

    def _show_copy(self, row: int) -> None:
        if not 0 <= row < len(self.copies):
            return
        ui, copy = self.ui, self.copies[row]
        widgets = (ui.recipientCombo, *self.fields)
        for widget in widgets:
            widget.blockSignals(True)
        ui.recipientCombo.setCurrentIndex(max(0, ui.recipientCombo.findData(copy.organisation_id)))
        terms = copy.terms
        ui.basisCombo.setCurrentIndex(max(0, ui.basisCombo.findData(terms.legal_basis)))
        ui.decidedByEdit.setText(terms.decided_by)
        ui.roleEdit.setText(terms.decided_by_role)
        ui.purposeEdit.setText(terms.purpose)
        for widget in widgets:
            widget.blockSignals(False)
        self.validate()

    def _store(self) -> None:
        row = self.ui.copyList.currentRow()
        if not 0 <= row < len(self.copies):
            return
        ui, before = self.ui, self.copies[row]
        recipient = ui.recipientCombo.currentData()
        self.copies[row] = CopyChoice(
            organisation_id=recipient,
            terms=choices.terms_in(ui),
            # Another recipient starts again from its own profile.
            changes=before.changes if recipient == before.organisation_id else None,
        )
        item = ui.copyList.item(row)
        if item is not None:
            item.setText(self._label(row + 1, self.copies[row]))
        self.validate()

    def new_copy(self, organisation_id: int | None = None) -> CopyChoice:
        """A copy for ``organisation_id`` (None: unnamed), the coordinator suggested as who
        decides should it be a disclosure."""
        return CopyChoice(organisation_id, replace(NO_TERMS, decided_by=self.actor))

    def add_copy(self) -> None:
        """A new copy, with the current one's decision maker, role and purpose to start from."""
        from kopingplan.briefs.document import MAX_COPIES

        if len(self.copies) >= MAX_COPIES:
            return
        current = self.copies[self.ui.copyList.currentRow()] if self.copies else CopyChoice()
        self.copies.append(replace(current, organisation_id=None, changes=None))
        self._refill_list(len(self.copies) - 1)
        self.ui.recipientCombo.setFocus()

    def set_changes(self, row: int, changes: Mapping[int, tuple[str, ...]] | None) -> None:
        """The coordinator's change of copy ``row``'s content (None: as the profile says)."""
        if 0 <= row < len(self.copies):
            self.copies[row] = replace(self.copies[row], changes=changes)

    def set_copies(self, copies: list[CopyChoice]) -> None:
        """The copies as kept in a draft (:mod:`kopingplan.gui.briefs.brief_draft`)."""
        from kopingplan.briefs.document import MAX_COPIES

        self.copies = list(copies[:MAX_COPIES]) or [self.new_copy()]
        self._refill_list(0)

    def remove_copy(self) -> None:
        row = self.ui.copyList.currentRow()
        if len(self.copies) > 1 and 0 <= row < len(self.copies):
            del self.copies[row]
            self._refill_list(row)

    # --- what the copies are

    def outside(self, copy: CopyChoice) -> bool:
        """A named copy whose organisation is not the own unit: a disclosure."""
        if copy.organisation_id is None:
            return False
        choice = self.choices.get(copy.organisation_id)
        return choice is None or not choice.own_unit

    def named(self) -> bool:
        return any(copy.organisation_id is not None for copy in self.copies)

    def recipients(self) -> list[CopyRecipient]:
        """One per copy when any is named (the service checks them again), else none."""
        if not self.named():
            return []
        return [
            CopyRecipient(
                self.choices[c.organisation_id].name if c.organisation_id is not None else "",
                c.organisation_id,
                c.terms if self.outside(c) else None,
            )
            for c in self.copies
        ]

    def count(self) -> int:
        return len(self.copies)

    def _problems(self, copy: CopyChoice) -> dict[Any, str]:
        """Widget -> problem key, for one copy."""
        ui, found = self.ui, {}
        if copy.organisation_id is None and self.named():
            found[ui.recipientCombo] = rules.REQUIRED
        if self.outside(copy):
            for widget, value in zip(self.fields, copy.terms.required(), strict=True):
                if not value.strip():
                    found[widget] = rules.REQUIRED
        return found

    def validate(self) -> str:
        """Shows the current copy's problems beside its fields and, for every copy, why the
        buttons wait; returns that reason ("" when none)."""
        ui = self.ui
        row = ui.copyList.currentRow()
        current = self.copies[row] if 0 <= row < len(self.copies) else CopyChoice()
        outside = self.outside(current)
        for widget in self.fields:
            widget.setEnabled(outside)
        if current.organisation_id is None:
            ui.ownUnitLabel.setText(
                QCoreApplication.translate(
                    "BriefCopies",
                    "Not named: a copy for yourself. It is logged, and is no disclosure.",
                )
                if not self.named()
                else QCoreApplication.translate(
                    "BriefCopies", "Choose a recipient: the copies are numbered by recipient."
                )
            )
        elif outside:
            ui.ownUnitLabel.setText(
                QCoreApplication.translate(
                    "BriefCopies",
                    "Outside your own unit: this copy is a disclosure. Give the legal basis, "
                    "who decided it, their role and the purpose.",
                )
            )
        else:
            ui.ownUnitLabel.setText(
                QCoreApplication.translate(
                    "BriefCopies", "Your own unit: the copy is logged, and is no disclosure."
                )
            )
        self.whole.fit()
        if (form := self.form) is not None:  # once the new texts are laid out
            QTimer.singleShot(0, form, lambda: grow_to_layout(form.window()))
        shown = self._problems(current)
        for widget in (ui.recipientCombo, *self.fields):
            problem = shown.get(widget)
            self.messages.show(widget, field_problem_text(widget, problem) if problem else "")
        missing = []
        for number, copy in enumerate(self.copies, 1):
            for widget in self._problems(copy):
                caption = caption_text(self.messages.caption(widget))
                missing.append(
                    QCoreApplication.translate("BriefCopies", "{field} (copy {n})").format(
                        field=caption, n=number
                    )
                )
        return self.messages.explain(self.buttons, missing, [])

    def retranslate(self) -> None:
        self._fill_combos()
        self.messages.mark_required()
        self._refill_list(self.ui.copyList.currentRow())

    def clear(self) -> None:
        self.copies = [CopyChoice()]
        self.ui.copyList.clear()
