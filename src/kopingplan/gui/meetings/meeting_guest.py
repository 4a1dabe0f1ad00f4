"""Calling one more person to a meeting: someone who is not a member of the group (a mentor or
a social worker for one of the cases, say).

The person is then among those called, can be marked present and be responsible for an action,
like a member; the group's composition does not change (``services.meetings.invite``). Those
already called are not offered again. Until a person is chosen, "Call" is disabled and says
so (:mod:`kopingplan.gui.common.field_messages`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.domain import rules
from kopingplan.gui.common import choices
from kopingplan.gui.common.field_messages import FieldMessages, field_problem_text
from kopingplan.gui.common.vault_dialog import VaultDialog
from kopingplan.gui.common.widgets import MessageLabel, error_text
from kopingplan.services import meetings

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_meeting_guest import Ui_GuestDialog
    from kopingplan.services.session import Session


class GuestDialog(VaultDialog):
    invited = Signal(int)  # the person's id

    FORM = "meeting_guest"
    ui: Ui_GuestDialog

    def __init__(
        self, session: Session, meeting_id: int, called: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.meeting_id = meeting_id
        self.called = called
        self.message = MessageLabel(self.ui.messageLabel)
        ui = self.ui
        self.checks = FieldMessages(self)
        self.checks.watch([ui.personCombo], required=[ui.personCombo])
        layout = self.layout()
        if layout is not None:
            self.checks.add_status(layout, layout.indexOf(ui.buttonBox))
        ui.findEdit.textChanged.connect(self.find_matches)
        ui.personCombo.currentIndexChanged.connect(lambda *_: self._explain())
        ui.buttonBox.accepted.connect(self.call)
        ui.buttonBox.rejected.connect(self.reject)
        self._name_buttons()
        self.find_matches("")
        ui.findEdit.setFocus()

    def find_matches(self, text: str) -> None:
        if self.session is None:
            return
        choices.offer_persons(self.session, self.ui.personCombo, text, self.called)
        self._explain()

    def _explain(self) -> None:
        """ "Call" is enabled once a person is chosen; until then it says what is missing."""
        chosen = bool(self.ui.personCombo.currentData())
        if chosen:
            self.checks.show(self.ui.personCombo, "")
        missing = [] if chosen else [self.checks.caption(self.ui.personCombo)]
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.checks.explain([ok], missing, [])

    def call(self) -> None:
        person_id = self.ui.personCombo.currentData()
        if self.session is None:
            return
        if not person_id:  # Enter in the search field while nobody is chosen
            combo = self.ui.personCombo
            self.checks.show(combo, field_problem_text(combo, rules.REQUIRED))
            self.ui.findEdit.setFocus()
            return
        try:
            meetings.invite(self.session, self.meeting_id, int(person_id))
        except Exception as error:
            problem = error_text(error)
            self.message.show(lambda: problem, error=True)
            return
        self.accept()
        self.invited.emit(int(person_id))

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Ok: self.tr("&Call")}

    def retranslate(self) -> None:
        super().retranslate()
        self.checks.mark_required()
        self._explain()

    def keep_as_draft(self) -> None:
        """Locking: nothing unsaved worth keeping; close and let go of the session."""
        self.session = None
        self.ui.findEdit.clear()
        self.ui.personCombo.clear()
        self.reject()
