"""A case's consents on file, reached from the case window ("Consents…"): each consent with
its state today (valid, expired, withdrawn, not yet valid: shown in words and, when it no
longer holds, greyed), who gave it, to whom, for what, how and when. From here a consent is
recorded, withdrawn, and what was said about the case is recorded as an oral disclosure.

The window is a child of the case window (it closes, and locks, with it); one at a time per
case. Reading a case's consents is part of the open case (its opening is audited); adding and
withdrawing write their own audit rows (services/consents.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from kopingplan.domain.consent import Consent, ConsentState
from kopingplan.gui.cases.consent_dialog import (
    ConsentEditDialog,
    ConsentWithdrawDialog,
    form_label,
    giver_label,
    state_label,
)
from kopingplan.gui.common import drafts, labels
from kopingplan.gui.common.added_button import add_button_after
from kopingplan.gui.common.one_window import OneWindow, child_window
from kopingplan.gui.common.records_dialog import RecordsDialog
from kopingplan.gui.exchange.oral_disclosure_dialog import OralDisclosureDialog
from kopingplan.services import consents, registry

if TYPE_CHECKING:
    from kopingplan.services.session import Session

_WINDOW_ATTRIBUTE = "_consents_window"


class CaseConsentsDialog(RecordsDialog):
    """The consents of one case. ``changed`` after a consent was added or withdrawn, and
    ``disclosed`` with an oral disclosure recorded here."""

    changed = Signal()
    disclosed = Signal(object)

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__("case_consents", "consentsTree", session, parent)
        self.case_id = case_id
        self.forms: OneWindow[ConsentEditDialog] = OneWindow()
        self._names: dict[int, str] = {}
        ui = self.ui
        ui.addButton.clicked.connect(self.open_new)
        ui.withdrawButton.clicked.connect(self.open_withdraw)
        ui.oralButton.clicked.connect(self.open_oral)
        ui.consentsTree.itemActivated.connect(lambda *_: self.open_withdraw())
        self._retranslate_dynamic()
        self.reload()

    # --- showing -------------------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        self.setWindowTitle(self.tr("Consents – case {case}").format(case=self.case_id))
        self.ui.headingLabel.setText(
            self.tr("Consents on file for case {case}").format(case=self.case_id)
        )
        self.ui.consentsTree.setHeaderLabels(
            [
                self.tr("State"),
                self.tr("Given by"),
                self.tr("Recipients"),
                self.tr("Purposes"),
                self.tr("How"),
                self.tr("Given on"),
                self.tr("Valid until"),
                self.tr("Withdrawn"),
            ]
        )

    def read(self) -> list[Consent]:
        self._names = {}
        found = consents.consents_of_case(self.session, self.case_id)
        self._names = {row.id: row.name for row in registry.organisations(self.session)}
        return found

    def _recipients(self, consent: Consent) -> str:
        names = [self._names.get(i, f"#{i}") for i in consent.organisation_ids]
        names += [labels.organisation_kind(k) for k in consent.organisation_kinds]
        return ", ".join(names)

    def _fill(self) -> None:
        tree = self.ui.consentsTree
        current = self.current()
        tree.clear()
        today = date.today()
        faded = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for consent in self.records:
            state = consent.state(today)
            giver = labels.with_kind(giver_label(consent.given_by), consent.guardian or "")
            how = form_label(consent.form)
            if consent.witness:
                how += " – " + self.tr("witness: {name}").format(name=consent.witness)
            withdrawn = ""
            if consent.withdrawn_on is not None and consent.withdrawal_form is not None:
                withdrawn = (
                    f"{consent.withdrawn_on.isoformat()} ({form_label(consent.withdrawal_form)})"
                )
                if consent.withdrawal_note:
                    withdrawn += f": {consent.withdrawal_note}"
            item = QTreeWidgetItem(
                [
                    state_label(state),
                    giver,
                    self._recipients(consent),
                    "; ".join(consent.purposes),
                    how,
                    consent.given_on.isoformat(),
                    consent.valid_until.isoformat() if consent.valid_until else "–",
                    withdrawn,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, consent.id)
            if state != ConsentState.VALID:
                for column in range(tree.columnCount()):
                    item.setForeground(column, faded)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            tree.addTopLevelItem(item)
            if consent.id == current:
                tree.setCurrentItem(item)
        for column in (0, 1, 2, 3, 4, 5, 6):
            tree.resizeColumnToContents(column)
        if not self.records:
            self.ui.headingLabel.setText(
                self.tr("Case {case} has no consent on file.").format(case=self.case_id)
            )
        else:
            self.ui.headingLabel.setText(
                self.tr("Consents on file for case {case}").format(case=self.case_id)
            )
        self._enable()

    def _consent(self, consent_id: int | None) -> Consent | None:
        return self.record(consent_id)  # type: ignore[no-any-return]

    def _enable(self) -> None:
        chosen = self._consent(self.current())
        self.ui.withdrawButton.setEnabled(chosen is not None and chosen.withdrawn_on is None)

    # --- acting --------------------------------------------------------------------------------

    def open_new(self) -> ConsentEditDialog:
        return self.forms.open(
            lambda: ConsentEditDialog(self.session, self.case_id, self),
            saved=lambda _c: self._changed(self.tr("The consent was recorded.")),
        )

    def open_withdraw(self) -> ConsentWithdrawDialog | None:
        chosen = self._consent(self.current())
        if chosen is None or chosen.withdrawn_on is not None:
            return None
        dialog = ConsentWithdrawDialog(self.session, chosen, self)
        dialog.accepted.connect(
            lambda: self._changed(self.tr("The withdrawal of the consent was recorded."))
        )
        dialog.open()
        return dialog

    def open_oral(self) -> OralDisclosureDialog:
        dialog = OralDisclosureDialog(self.session, (self.case_id,), self)
        dialog.recorded.connect(self._oral_recorded)
        dialog.open()
        return dialog

    def _oral_recorded(self, disclosure: Any) -> None:
        self.message.show(lambda: self.tr("The oral disclosure was recorded."))
        self.disclosed.emit(disclosure)

    def _changed(self, text: str) -> None:
        self.reload()
        self.message.show(lambda: text)
        self.changed.emit()


# --- the case window's entry ------------------------------------------------------------------


def open_consents(view: Any) -> CaseConsentsDialog | None:
    """The consents window of a case window (one at a time), a child of it."""
    if view.session is None:
        return None

    def make() -> CaseConsentsDialog:
        window = CaseConsentsDialog(view.session, view.case_id, view)
        window.disclosed.connect(lambda d: view.disclosed.emit(d))
        return window

    slot: OneWindow[CaseConsentsDialog] = child_window(view, _WINDOW_ATTRIBUTE)
    return slot.open(make)


def add_consents_button(view: Any) -> QPushButton:
    """A "Consents…" button right after the case window's "Disclose…" (the one entry this
    feature adds to the case window)."""
    translate = QCoreApplication.translate
    button = add_button_after(
        view.ui.discloseButton,
        "consentsButton",
        lambda: translate("CaseConsentsDialog", "Consents &given…"),
        lambda: translate(
            "CaseConsentsDialog",
            "The consents on file for this case: record, withdraw, and oral disclosures",
        ),
        lambda: open_consents(view),
        parent=view,
    )
    view.consents_button = button
    return button


def _reopen_draft(parent: QWidget, session: Session, ref: str) -> QWidget | None:
    view = drafts.main_window(parent).open_case(int(ref))
    window = None if view is None else open_consents(view)
    return None if window is None else window.open_new()


drafts.register(ConsentEditDialog.DRAFT_KIND, _reopen_draft)
