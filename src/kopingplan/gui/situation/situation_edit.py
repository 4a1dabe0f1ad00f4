"""A lägesbild entry: when, which milieu and orientation, what was observed, from which source,
how reliable, and the coordinator's assessment. Milieus already named are offered as the user
types, so one milieu is not spelled three ways."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter

from kopingplan.domain import model
from kopingplan.gui.common import labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import situation

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_situation_edit import Ui_SituationEntryDialog


class SituationEntryDialog(RecordDialog[model.SituationEntry]):
    FORM = "situation_edit"
    DRAFT_KIND = "situation_entry"
    SAVE = staticmethod(situation.save_entry)
    FOCUS = "milieuEdit"
    FOCUS_STORED = "observationEdit"
    ui: Ui_SituationEntryDialog

    def set_up(self) -> None:
        completer = QCompleter(situation.milieus(unlocked(self.session)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.ui.milieuEdit.setCompleter(completer)
        up_to_today(self.ui.observedEdit)

    def new_values(self) -> dict[str, Any]:
        return {
            "observed_on": date.today(),
            "orientation": model.Orientation.UNCLEAR,
            "reliability": model.Reliability.UNKNOWN,
        }

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.orientationCombo, model.Orientation, labels.orientation)
        fill_enum_combo(self.ui.reliabilityCombo, model.Reliability, labels.reliability)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("New situation picture entry")
            if self.record is None
            else self.tr("Situation picture entry")
        )
        # The field's name as the list, the export and the briefs say it (domain/vocabulary.py).
        self.ui.observationLabel.setText(labels.caption("observation", 1))

    def build(self) -> model.SituationEntry:
        return self.record_from_fields(model.SituationEntry)


def _register() -> None:
    from kopingplan.gui.common import drafts

    kind = SituationEntryDialog.DRAFT_KIND
    drafts.register(kind, drafts.via_main_window(kind))


_register()
