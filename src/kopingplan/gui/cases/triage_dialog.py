"""Triage of one case: its priority, and its flags set with a reason and cleared (kept).

Opened from the case list's row menu (Triage…). Each act goes at once through
``services.triage`` (one audit row each); a refusal (no reason, the same flag twice) is said in
the message line and changes nothing. :attr:`CaseTriageDialog.changed` tells the lists to
show the new state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidgetItem, QWidget

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import choices, labels
from kopingplan.gui.common.record_form import fill_enum_combo
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.services import triage

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_case_triage import Ui_CaseTriageDialog
    from kopingplan.services.session import Session

FLAG_ROLE = Qt.ItemDataRole.UserRole


def _error_words(problem: str) -> str:
    """A rule's problem ("must be filled in"), marked in context Errors, in the UI language."""
    return QCoreApplication.translate(errors.CONTEXT, problem)


class CaseTriageDialog(VaultDialog):
    changed = Signal(int)  # the case id

    FORM = "case_triage"
    ui: Ui_CaseTriageDialog

    def __init__(
        self, session: Session, case_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_id, self.title = case_id, title
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        ui.flagsTree.header().setStretchLastSection(True)
        for column, width in enumerate((150, 280, 150)):
            ui.flagsTree.setColumnWidth(column, width)
        self._fill_choices()
        choices.select(ui.priorityCombo, triage.priority_of(session, case_id).value)
        ui.priorityCombo.currentIndexChanged.connect(self._priority_chosen)
        ui.setFlagButton.clicked.connect(self.set_flag)
        ui.clearFlagButton.clicked.connect(self.clear_flag)
        ui.flagsTree.currentItemChanged.connect(lambda *_: self._enable())
        ui.buttonBox.rejected.connect(self.reject)
        self._retranslate_dynamic()
        self._name_buttons()
        self.show_flags()
        ui.kindCombo.setFocus()

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.priorityCombo.blockSignals(True)
        fill_enum_combo(ui.priorityCombo, model.Priority, labels.priority)
        ui.priorityCombo.blockSignals(False)
        fill_enum_combo(ui.kindCombo, model.FlagKind, labels.flag_kind)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("Triage: {number} {title}").format(number=self.case_id, title=self.title)
        )

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Close: self.tr("Close")}

    # --- acts ----------------------------------------------------------------------------------

    def _reason(self) -> str:
        return self.ui.reasonEdit.text()

    def _done(self, text: str) -> None:
        self.ui.reasonEdit.clear()
        self.message.show(lambda: text)
        self.show_flags()
        self.changed.emit(self.case_id)

    def _refused(self, error: Exception) -> None:
        if isinstance(error, errors.InvalidInput) and error.field in ("reason", "clear_reason"):
            problem = error.problem  # the reason field's own caption, not the code name
            self.message.show(
                lambda: self.tr("Reason: {problem}.").format(problem=_error_words(problem)),
                error=True,
            )
            self.ui.reasonEdit.setFocus()
            return
        self.message.show(lambda: error_text(error), error=True)

    def set_flag(self) -> bool:
        kind = model.FlagKind(self.ui.kindCombo.currentData())
        try:
            triage.set_flag(unlocked(self.session), self.case_id, kind, self._reason())
        except Exception as error:
            self._refused(error)
            return False
        self._done(self.tr("Flag set: {flag}.").format(flag=labels.flag_kind(kind)))
        return True

    def clear_flag(self) -> bool:
        item = self.ui.flagsTree.currentItem()
        flag: model.CaseFlag | None = item.data(0, FLAG_ROLE) if item is not None else None
        if flag is None or not flag.in_force or flag.id is None:
            self.message.show(lambda: self.tr("Choose a flag in force in the list first."))
            return False
        try:
            triage.clear_flag(unlocked(self.session), flag.id, self._reason())
        except Exception as error:
            self._refused(error)
            return False
        self._done(self.tr("Flag cleared: {flag}.").format(flag=labels.flag_kind(flag.kind)))
        return True

    def _priority_chosen(self) -> None:
        priority = model.Priority(self.ui.priorityCombo.currentData())
        try:
            triage.set_priority(unlocked(self.session), self.case_id, priority)
        except Exception as error:
            self._refused(error)
            return
        self.message.show(
            lambda: self.tr("Priority: {priority}.").format(priority=labels.priority(priority))
        )
        self.changed.emit(self.case_id)

    # --- the list ------------------------------------------------------------------------------

    def show_flags(self) -> None:
        tree = self.ui.flagsTree
        tree.clear()
        for flag in triage.flags_of(unlocked(self.session), self.case_id):
            set_text = self.tr("{day}, {who}").format(
                day=format_date(flag.set_at.astimezone().date()), who=flag.set_by
            )
            cleared = ""
            if flag.cleared_at is not None:
                cleared = self.tr("{day}, {who}: {why}").format(
                    day=format_date(flag.cleared_at.astimezone().date()),
                    who=flag.cleared_by,
                    why=flag.clear_reason,
                )
            item = QTreeWidgetItem([labels.flag_kind(flag.kind), flag.reason, set_text, cleared])
            item.setData(0, FLAG_ROLE, flag)
            item.setToolTip(1, flag.reason)
            item.setToolTip(3, cleared)
            if not flag.in_force:
                for column in range(4):
                    item.setForeground(column, tree.palette().placeholderText())
            tree.addTopLevelItem(item)
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        item = self.ui.flagsTree.currentItem()
        flag = item.data(0, FLAG_ROLE) if item is not None else None
        self.ui.clearFlagButton.setEnabled(flag is not None and flag.in_force)

    # --- life cycle ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_choices()  # keeps what is chosen, without a signal
        self.show_flags()

    def teardown(self) -> None:
        """Locking: the flags go with the session, and the window closes."""
        super().teardown()
        self.ui.flagsTree.clear()
        self.close()
