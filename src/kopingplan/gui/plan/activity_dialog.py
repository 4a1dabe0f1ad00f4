"""The form for one activity at the general level: day, kind, title, organiser (an
organisation of the registry or the own unit), partners, target group, themes (orientations),
participants, what was done and the follow-up. Saving goes through
:func:`kopingplan.services.activities.save_activity` ("activities.add" or ".change" in the
log); validation as you type is :class:`~kopingplan.gui.common.record_form.RecordDialog`'s, from
``domain.rules.problems``. The form asks for no personal data and its help line says so.

The partners are a tick list (its value is the sorted ids, for drafts and "changed?");
the organiser chosen is greyed out there, since an organisation is named once.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox

from kopingplan.domain import model
from kopingplan.gui.common import drafts
from kopingplan.gui.common import labels as gui_labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo, set_date
from kopingplan.gui.common.tick_list import ID_ROLE, TickList
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.services import activities, registry

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_activity_edit import Ui_ActivityDialog

OWN_UNIT = None  # the organiser combo's data for "own unit"


class ActivityDialog(RecordDialog[model.Activity]):
    FORM = "activity_edit"
    DRAFT_KIND = "activity"
    SAVE = staticmethod(activities.save_activity)
    FOCUS = "titleEdit"
    FOCUS_STORED = "descriptionEdit"
    ui: Ui_ActivityDialog

    def set_up(self) -> None:
        ui = self.ui
        self.themes: dict[model.Orientation, QCheckBox] = {
            model.Orientation.RIGHT: ui.themeRight,
            model.Orientation.LEFT: ui.themeLeft,
            model.Orientation.ISLAMIST: ui.themeIslamist,
            model.Orientation.OTHER: ui.themeOther,
            model.Orientation.UNCLEAR: ui.themeUnclear,
        }
        self.extra = {f"theme_{value.value}": box for value, box in self.themes.items()}
        self.partners = TickList(ui.partnerList)
        self.tick_lists["partner_ids"] = self.partners
        self._fill_organisations(registry.organisations(unlocked(self.session)))
        up_to_today(ui.heldEdit)  # held: not a day to come
        self.optional_day("follow_up_on", ui.followUpCheck, "follow_up_set")
        ui.organiserCombo.currentIndexChanged.connect(lambda _i: self._grey_out_organiser())

    # --- filling the form ------------------------------------------------------------------------

    def fill_choices(self) -> None:
        # The kinds before the record is shown (a language switch refills them, keeping it).
        fill_enum_combo(self.ui.kindCombo, model.ActivityKind, gui_labels.activity_kind)

    def _fill_organisations(self, organisations: list[Any]) -> None:
        ui = self.ui
        ui.organiserCombo.addItem("", OWN_UNIT)  # its text is set in _retranslate_dynamic
        for row in organisations:
            ui.organiserCombo.addItem(row.name, row.id)
            self.partners.add(row.id, row.name)

    def new_values(self) -> dict[str, Any]:
        return {"held_on": date.today()}

    def shown_values(self, record: model.Activity) -> dict[str, Any]:
        return {"participants": record.participants or 0}

    def fill_form(self, record: model.Activity | None) -> None:
        # Without a follow-up, its day shows (greyed) the day the activity was held.
        set_date(self.ui.followUpEdit, record.held_on if record else date.today())
        super().fill_form(record)
        if record is None:
            return
        self._grey_out_organiser()  # once the record's partners are ticked
        for value, box in self.themes.items():
            box.setChecked(value in record.themes)

    def partner_ids(self) -> list[int]:
        """The partners ticked (and not the organiser), sorted."""
        return self.partners.ids()

    def _grey_out_organiser(self) -> None:
        """The organiser is no partner of its own activity: its line is disabled and unticked."""
        organiser = self.ui.organiserCombo.currentData()
        for item in self.partners.items():
            flags = item.flags()
            if organiser is not None and item.data(ID_ROLE) == organiser:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled)

    # --- language --------------------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        if self.record is None:
            heading = self.tr("New activity at the general level")
        else:
            heading = self.tr("Activity on {day}").format(day=self.record.held_on.isoformat())
        ui.headingLabel.setText(heading)
        ui.organiserCombo.setItemText(0, self.tr("Own unit (the coordinator)"))
        for value, box in self.themes.items():
            box.setText(gui_labels.orientation(value))

    def button_words(self) -> ButtonWords:
        return {**super().button_words(), QDialogButtonBox.StandardButton.Cancel: self.tr("Cancel")}

    # --- the record ------------------------------------------------------------------------------

    def build(self) -> model.Activity:
        ui = self.ui
        participants = ui.participantsSpin.value()
        organiser = ui.organiserCombo.currentData()
        return self.record_from_fields(
            model.Activity,
            kind=model.ActivityKind(ui.kindCombo.currentData() or model.ActivityKind.OTHER),
            organiser_id=int(organiser) if organiser is not None else None,
            themes=tuple(value for value, box in self.themes.items() if box.isChecked()),
            participants=participants if participants > 0 else None,
        )

    def draft_title(self) -> str:
        return self.tr("Activity at the general level")


# After unlocking: the list of activities, then the form again with its draft.
drafts.register(
    ActivityDialog.DRAFT_KIND, drafts.via_main_window_part("activity_actions", "open_activity")
)
