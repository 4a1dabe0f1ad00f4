"""A plan revision's commitments (åtaganden) in the plan's window, and the form for one.

:class:`CommitmentList` sits under the revision's text: the selected revision's commitments in
the order they were entered, each with the day it is due and what carries it out (working
groups, activities, partners); New commitment…, Enter or a double-click to correct one, and
the row menu to remove one (after a question) or copy the row. :class:`CommitmentDialog` is
the form: the text, an optional due day and three lists to tick the groups, activities and
partner organisations (validation as you type from ``domain.rules.problems``; saving through
:func:`kopingplan.services.plan.save_commitment`, audited).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QListWidget,
    QTreeWidgetItem,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import drafts
from kopingplan.gui.common import labels as gui_labels
from kopingplan.gui.common.record_form import RecordDialog, set_date
from kopingplan.gui.common.record_tree_list import RecordTreeList
from kopingplan.gui.common.tick_list import TickList
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.wrapped_rows import WrappedRows
from kopingplan.gui.meetings.meeting_rows import fit_list
from kopingplan.services import plan

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_commitment_edit import Ui_CommitmentDialog
    from kopingplan.services.session import Session

LINKS = ("group_ids", "activity_ids", "organisation_ids")


def _tick_list(
    view: QListWidget, choices: list[plan.Choice], detail: Callable[[str], str]
) -> TickList[int]:
    """The records of one kind a commitment may link, to tick, with their detail (a kind)."""
    ticks = TickList(view)
    fit_list(view, wrap=True)  # two activities alike but for their day, told apart
    for choice in choices:
        words = detail(choice.detail) if choice.detail else ""
        ticks.add(choice.id, gui_labels.with_kind(choice.label, words))
    return ticks


class CommitmentDialog(RecordDialog[model.Commitment]):
    FORM = "commitment_edit"
    DRAFT_KIND = "commitment"
    SAVE = staticmethod(plan.save_commitment)
    ui: Ui_CommitmentDialog

    def __init__(
        self,
        session: Session,
        revision: model.PlanRevision,
        commitment: model.Commitment | None,
        parent: QWidget | None = None,
    ) -> None:
        self.revision = revision
        super().__init__(session, commitment, parent, owner=revision.id)

    def set_up(self) -> None:
        ui = self.ui
        links = plan.link_choices(unlocked(self.session))
        self.tick_lists = {
            "group_ids": _tick_list(ui.groupList, links.groups, gui_labels.group_kind),
            "activity_ids": _tick_list(ui.activityList, links.activities, str),
            "organisation_ids": _tick_list(
                ui.organisationList, links.organisations, gui_labels.organisation_kind
            ),
        }
        self.optional_day("due_on", ui.dueCheck, "due_set")
        set_date(ui.dueEdit, date(date.today().year, 12, 31))

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        words = (
            self.tr("New commitment of revision {n}")
            if self.record is None
            else self.tr("Commitment of revision {n}")
        )
        ui.headingLabel.setText(words.format(n=self.revision.revision))

    def button_words(self) -> ButtonWords:
        return {**super().button_words(), QDialogButtonBox.StandardButton.Cancel: self.tr("Cancel")}

    def build(self) -> model.Commitment:
        assert self.revision.id is not None
        return self.record_from_fields(model.Commitment, revision_id=self.revision.id)

    def draft_title(self) -> str:
        return self.tr("Commitment of the action plan")


class CommitmentList(RecordTreeList):
    """The commitments of the revision chosen in the plan's window (put in place by it)."""

    READ = staticmethod(plan.get_commitment)
    DELETE = staticmethod(plan.delete_commitment)
    FITTED, STRETCHED = (0, 2), 1  # the commitment takes the room the others leave
    NAMED_COLUMN = 0  # its number

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.revision: model.PlanRevision | None = None
        WrappedRows(self.tree)  # a long commitment, or what carries it out, read whole
        self.retranslate()

    def _retranslate_dynamic(self) -> None:
        self.set_texts(
            self.tr("C&ommitments of the revision:"),
            self.tr("New co&mmitment…"),
            [self.tr("No."), self.tr("Commitment"), self.tr("Due"), self.tr("Carried out by")],
            self.tr("Commitments"),
        )

    def set_revision(self, revision: model.PlanRevision | None) -> None:
        self.revision = revision
        self.refresh()

    def readable(self) -> bool:
        return super().readable() and self.revision is not None

    def can_open(self) -> bool:
        return super().can_open() and self.revision is not None

    def refresh(self) -> None:
        self.new_button.setEnabled(self.revision is not None)
        if self.revision is None:
            self.tree.clear()
        super().refresh()
        header = self.tree.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 260)

    def rows(self) -> list[QTreeWidgetItem]:
        assert self.revision is not None and self.revision.id is not None
        links = plan.link_choices(unlocked(self.session))
        names = {
            "group_ids": {c.id: c.label for c in links.groups},
            "activity_ids": {c.id: c.label for c in links.activities},
            "organisation_ids": {c.id: c.label for c in links.organisations},
        }
        found = []
        for number, commitment in enumerate(
            plan.commitments(unlocked(self.session), self.revision.id), 1
        ):
            carried = [
                names[name][i]
                for name in LINKS
                for i in getattr(commitment, name)
                if i in names[name]
            ]
            texts = [
                str(number),
                " ".join(commitment.text.split()),
                format_date(commitment.due_on) if commitment.due_on else "",
                ", ".join(carried) or self.tr("(nothing linked)"),
            ]
            item = self.row(commitment.id, texts)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            found.append(item)
        return found

    def empty_row(self) -> list[str]:
        return ["", self.tr("No commitment recorded. Add what the plan commits to.")]

    def make_form(self, stored: model.Commitment | None) -> CommitmentDialog:
        assert self.revision is not None
        return CommitmentDialog(unlocked(self.session), self.revision, stored, self.window())

    def removal(self, named: str) -> tuple[str, str]:
        return (
            self.tr("Remove commitment"),
            self.tr("Remove commitment {n}? This cannot be undone.").format(n=named),
        )

    def open_commitment(self, commitment_id: int | None) -> CommitmentDialog | None:
        """The form for a stored commitment (or a new one of the revision): one at a time."""
        return self.open_record(commitment_id)  # type: ignore[no-any-return]


def _reopen(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    """After unlocking: the plan's window on the revision, then the form with its draft."""
    revision_id, _, stored = ref.partition(":")
    actions = getattr(parent, "plan_actions", None)
    if actions is None or not revision_id.isdigit():
        return None
    return actions.open_commitment(int(revision_id), drafts.stored_id(stored))  # type: ignore[no-any-return]


drafts.register(CommitmentDialog.DRAFT_KIND, _reopen)
