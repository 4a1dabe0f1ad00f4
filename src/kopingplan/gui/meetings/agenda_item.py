"""Adding an item to a meeting's agenda: a case, a lägesbild topic, or other business.

A case is found by part of its title among the open cases (the item takes the case's title);
a lägesbild topic can start from an entry of the situation picture (its milieu and orientation
become the title) or be typed freely; other business is a typed title. The item goes before
"Övriga frågor" when the agenda ends with it (``services.meetings.add_agenda_item``).

The item stores a title and, for a case, the case; which lägesbild entry suggested a topic is
not kept (an agenda item has no link to entries), so the title says what it is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import choices, labels
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import cases, meetings, situation
from kopingplan.services.cases import CaseFilter

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_agenda_item import Ui_AgendaItemDialog
    from kopingplan.services.session import Session

MATCHES = 50  # cases and lägesbild entries offered at a time; typing narrows the cases


def agenda_kind(value: model.AgendaItemKind | str) -> str:
    # The one vocabulary's word (domain/vocabulary.py), as the brief's agenda prints it.
    return labels.agenda_kind(value)


def entry_title(entry: model.SituationEntry) -> str:
    """The agenda title a lägesbild entry suggests: its milieu and orientation."""
    return labels.with_kind(entry.milieu, labels.orientation(entry.orientation))


class AgendaItemDialog(RecordDialog[model.AgendaItem]):
    FORM = "agenda_item"
    ui: Ui_AgendaItemDialog

    def __init__(self, session: Session, meeting_id: int, parent: QWidget | None = None) -> None:
        self.meeting_id = meeting_id
        super().__init__(session, None, parent)

    def set_up(self) -> None:
        ui = self.ui
        self.extra = {"find": ui.findEdit, "entry": ui.entryCombo}
        self._suggested = ""  # the title last filled in from a case or an entry
        ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        ui.findEdit.textChanged.connect(self.find_matches)
        ui.caseCombo.currentIndexChanged.connect(self._case_chosen)
        ui.entryCombo.currentIndexChanged.connect(self._entry_chosen)
        self.find_matches("")
        self._kind_chosen()  # the kind chosen: shown again whenever it changes

    def new_values(self) -> dict[str, Any]:
        return {"kind": model.AgendaItemKind.CASE}

    @property
    def kind(self) -> model.AgendaItemKind:
        return model.AgendaItemKind(self.ui.kindCombo.currentData())

    # --- choosing what the item is about

    def find_matches(self, text: str) -> None:
        if self.session is None:
            return
        rows = cases.list_cases(
            self.session,
            CaseFilter(status=model.CaseStatus.OPEN, text=text.strip() or None),
            limit=MATCHES,
        )
        choices.fill_people(self.ui.caseCombo, [(row.id, row.title) for row in rows])
        if rows and text.strip():
            self.ui.caseCombo.setCurrentIndex(1)  # the first match, ready to take
        self._case_chosen()

    def _fill_entries(self) -> None:
        entries = situation.entry_page(unlocked(self.session), limit=MATCHES)
        self._entries: dict[int, model.SituationEntry] = {
            entry.id: entry for entry in entries if entry.id is not None
        }
        titles = [(f"{format_date(e.observed_on)}  {entry_title(e)}", e.id) for e in entries]
        refill_choices(self.ui.entryCombo, [(self.tr("(a topic of its own)"), None), *titles])

    def _suggest(self, title: str) -> None:
        """Fills the title from a choice, unless the user typed a title of their own."""
        edit = self.ui.titleEdit
        if title and (not edit.text().strip() or edit.text() == self._suggested):
            edit.setText(title)
            self._suggested = title

    def _case_chosen(self, *_: Any) -> None:
        if self.kind is model.AgendaItemKind.CASE and self.ui.caseCombo.currentData():
            self._suggest(self.ui.caseCombo.currentText())

    def _entry_chosen(self, *_: Any) -> None:
        entry = self._entries.get(self.ui.entryCombo.currentData() or 0)
        if self.kind is model.AgendaItemKind.SITUATION and entry is not None:
            self._suggest(entry_title(entry))

    def _kind_chosen(self, *_: Any) -> None:
        ui, kind = self.ui, self.kind
        is_case = kind is model.AgendaItemKind.CASE
        ui.form.setRowVisible(ui.findEdit, is_case)
        ui.form.setRowVisible(ui.caseCombo, is_case)
        ui.form.setRowVisible(ui.entryCombo, kind is model.AgendaItemKind.SITUATION)
        if ui.titleEdit.text() == self._suggested:  # a suggestion of the other kind goes
            ui.titleEdit.clear()
            self._suggested = ""
        self._case_chosen()
        self._entry_chosen()

    # --- the record

    def build(self) -> model.AgendaItem:
        ui, kind = self.ui, self.kind
        case_id = ui.caseCombo.currentData() if kind is model.AgendaItemKind.CASE else None
        return self.record_from_fields(
            model.AgendaItem,
            meeting_id=self.meeting_id,
            position=0,  # the service places it
            kind=kind,
            case_id=case_id,
        )

    def store(self, record: model.AgendaItem) -> model.AgendaItem:
        return meetings.add_agenda_item(
            unlocked(self.session),
            self.meeting_id,
            record.kind,
            record.title,
            case_id=record.case_id,
            notes=record.notes,
        )

    # --- language

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.AgendaItemKind, agenda_kind)
        self._fill_entries()

    def button_words(self) -> ButtonWords:
        return {QDialogButtonBox.StandardButton.Save: self.tr("&Add")}
