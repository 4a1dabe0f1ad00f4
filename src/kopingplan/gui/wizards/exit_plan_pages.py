"""The six pages of the exit-plan wizard; each is a Designer form ``forms/exit_plan_*.ui``."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from kopingplan.domain import model as m
from kopingplan.domain.flows import MeasureDraft, NeedDraft, SocialDraft
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import labels
from kopingplan.gui.common.form_values import optional_date, show_optional_date
from kopingplan.gui.wizards import summary, texts
from kopingplan.gui.wizards.list_page import ListPage
from kopingplan.gui.wizards.pages import (
    FlowPage,
    OptionalDay,
    SummaryPage,
    caption,
    combo_enum,
    fill_combo,
    fill_enum_combo,
    from_qdate,
    select_data,
    to_qdate,
)

# Days from a measure's start to its first follow-up, and from today to the plan's review,
# when the user has not chosen: the strategy asks for follow-up, not for a particular rhythm.
MEASURE_FOLLOW_UP_DAYS = 30
PLAN_FOLLOW_UP_DAYS = 90


def _camel(value: str) -> str:
    head, *rest = value.split("_")
    return head + "".join(word.capitalize() for word in rest)


class ExitPlanSituationPage(FlowPage):
    FORM = "exit_plan_situation"
    PAGE = "situation"
    WIDGETS: ClassVar[dict[str, str]] = {
        "situation": "situationEdit",
        "prerequisites": "prerequisitesEdit",
        "needs": "needsEdit",
        "motivation": "motivationCombo",
        "motivation_reason": "motivationReasonEdit",
        "milieu_to_leave": "milieuEdit",
        "assessment_participants": "participantsEdit",
    }
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "situationEdit",
        "motivationCombo",
        "motivationReasonEdit",
        "milieuEdit",
        "participantsEdit",
    )
    CONVERTED = ("motivation",)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Initial assessment"))
        choices: list[tuple[Any, str]] = [(0, self.tr("Choose…"))]
        fill_combo(self.ui.motivationCombo, choices + list(texts.motivations().items()))

    def load(self) -> None:
        super().load()
        select_data(self.ui.motivationCombo, self.flow.motivation or 0)

    def store(self) -> None:
        super().store()
        self.flow.motivation = self.ui.motivationCombo.currentData() or None


class ExitPlanSocialPage(ListPage):
    FORM = "exit_plan_social"
    PAGE = "social"
    LIST_FIELD = "social_items"
    STRETCH_COLUMN = 1
    ITEM_WIDGETS: ClassVar[dict[str, str]] = {"description": "descriptionEdit"}
    REQUIRED: ClassVar[tuple[str, ...]] = ("descriptionEdit",)

    @property
    def tree(self) -> Any:
        return self.ui.itemsTree

    def retranslate(self) -> None:
        self.setTitle(self.tr("Social dimension"))
        fill_enum_combo(self.ui.kindCombo, texts.social_kinds())
        fill_enum_combo(self.ui.influenceCombo, texts.influences())

    def row_texts(self, item: SocialDraft) -> list[str]:
        return [
            texts.social_kinds()[item.kind],
            " ".join(item.description.split()),
            texts.influences()[item.influence],
        ]

    def new_item(self) -> SocialDraft:
        return SocialDraft()

    def first_editor(self) -> QWidget:
        return self.ui.kindCombo  # type: ignore[no-any-return]

    def show_item(self, item: SocialDraft) -> None:
        select_data(self.ui.kindCombo, item.kind)
        self.ui.descriptionEdit.setText(item.description)
        select_data(self.ui.influenceCombo, item.influence)

    def edit_item(self, item: SocialDraft) -> None:
        item.kind = combo_enum(self.ui.kindCombo, m.SocialKind)
        item.description = self.ui.descriptionEdit.text()
        item.influence = combo_enum(self.ui.influenceCombo, m.Influence)

    def item_noun(self) -> str:
        return self.tr("Item {n}")


class ExitPlanPracticalPage(FlowPage):
    FORM = "exit_plan_practical"
    PAGE = "practical"

    def _widgets(self, area: m.PracticalArea) -> tuple[QComboBox, QLineEdit]:
        key = _camel(area.value)
        return getattr(self.ui, f"{key}Combo"), getattr(self.ui, f"{key}Note")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Practical dimension"))
        areas = texts.practical_areas()  # the one vocabulary's names, as the brief prints them
        for area in m.PracticalArea:
            fill_enum_combo(self._widgets(area)[0], texts.need_statuses())
            getattr(self.ui, f"{_camel(area.value)}Label").setText(areas[area])
            # The note's name for a screen reader, in the same words as its row.
            self._widgets(area)[1].setAccessibleName(
                self.tr("{area}: note").format(area=areas[area])
            )

    def load(self) -> None:
        for area, need in self.flow.practical.items():
            status, note = self._widgets(area)
            select_data(status, need.status)
            note.setText(need.note)

    def store(self) -> None:
        for area in m.PracticalArea:
            status, note = self._widgets(area)
            self.flow.practical[area] = NeedDraft(combo_enum(status, m.NeedStatus), note.text())

    def locate(self, field: str) -> tuple[str, QWidget | None]:
        _, area, _name = field.split(".", 2)
        status, note = self._widgets(m.PracticalArea(area))
        note_caption = self.tr("note")
        return f"{caption(status, self)} – {note_caption}", note


class ExitPlanMeasuresPage(ListPage):
    FORM = "exit_plan_measures"
    PAGE = "measures"
    LIST_FIELD = "measures"
    WIDGETS: ClassVar[dict[str, str]] = {
        "no_measures_reason": "noMeasuresEdit",
        "plan_follow_up_text": "planFollowUpTextEdit",
    }
    OPTIONAL_DAYS: ClassVar[dict[str, OptionalDay]] = {
        "plan_follow_up_on": OptionalDay(
            "planFollowUpCheck", "planFollowUpEdit", PLAN_FOLLOW_UP_DAYS
        )
    }
    CAPTIONS: ClassVar[dict[str, str]] = {
        "follow_up_on": "followUpCheck",
        "plan_follow_up_text": "planFollowUpCheck",
    }
    ITEM_WIDGETS: ClassVar[dict[str, str]] = {
        "description": "descriptionEdit",
        "actor": "responsibleCombo",
        "actor_text": "actorTextEdit",
        "starts_on": "startsEdit",
        "follow_up_on": "followUpEdit",
        "outcome": "outcomeEdit",
    }
    REQUIRED: ClassVar[tuple[str, ...]] = ("descriptionEdit",)
    RESERVED: ClassVar[tuple[str, ...]] = ("responsibleCombo", "followUpEdit")
    CONVERTED = ("plan_follow_up_text",)

    def setup(self) -> None:
        ui = self.ui
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)  # before the item's edit
        super().setup()
        ui.planFollowUpCheck.toggled.connect(self._plan_follow_up_toggled)

    @property
    def tree(self) -> Any:
        return self.ui.measuresTree

    def retranslate(self) -> None:
        self.setTitle(self.tr("Measures"))
        ui = self.ui
        fill_enum_combo(ui.actorKindCombo, texts.actor_kinds())
        fill_enum_combo(ui.statusCombo, texts.measure_statuses())
        choices: list[tuple[Any, str]] = [("", self.tr("(none – write below)"))]
        choices += [(f"o:{c.id}", c.label) for c in self.owner.organisations]
        choices += [(f"p:{c.id}", labels.with_kind(c.label, c.detail)) for c in self.owner.staff]
        fill_combo(ui.responsibleCombo, choices)

    # --- the list

    def responsible_text(self, item: MeasureDraft) -> str:
        for prefix, value in (("o", item.actor_organisation_id), ("p", item.actor_person_id)):
            if value is not None:
                index = self.ui.responsibleCombo.findData(f"{prefix}:{value}")
                if index >= 0:
                    name = str(self.ui.responsibleCombo.itemText(index))
                    return f"{name}, {item.actor_text}" if item.actor_text.strip() else name
        return item.actor_text

    def row_texts(self, item: MeasureDraft) -> list[str]:
        return [
            " ".join(item.description.split()),
            self.responsible_text(item),
            format_date(item.starts_on) if item.starts_on else "",
            format_date(item.follow_up_on) if item.follow_up_on else "",
            texts.measure_statuses()[item.status],
        ]

    def new_item(self) -> MeasureDraft:
        today = self.flow.today
        return MeasureDraft(
            starts_on=today, follow_up_on=today + timedelta(days=MEASURE_FOLLOW_UP_DAYS)
        )

    def first_editor(self) -> QWidget:
        return self.ui.descriptionEdit  # type: ignore[no-any-return]

    def show_item(self, item: MeasureDraft) -> None:
        ui = self.ui
        ui.descriptionEdit.setText(item.description)
        select_data(ui.actorKindCombo, item.actor_kind)
        if item.actor_organisation_id is not None:
            select_data(ui.responsibleCombo, f"o:{item.actor_organisation_id}")
        elif item.actor_person_id is not None:
            select_data(ui.responsibleCombo, f"p:{item.actor_person_id}")
        else:
            select_data(ui.responsibleCombo, "")
        ui.actorTextEdit.setText(item.actor_text)
        ui.startsEdit.setDate(to_qdate(item.starts_on or self.flow.today))
        default = (item.starts_on or self.flow.today) + timedelta(days=MEASURE_FOLLOW_UP_DAYS)
        show_optional_date(ui.followUpCheck, ui.followUpEdit, item.follow_up_on, default)
        select_data(ui.statusCombo, item.status)
        ui.outcomeEdit.setText(item.outcome)

    def edit_item(self, item: MeasureDraft) -> None:
        ui = self.ui
        item.description = ui.descriptionEdit.text()
        item.actor_kind = combo_enum(ui.actorKindCombo, m.ActorKind)
        chosen = str(ui.responsibleCombo.currentData() or "")
        item.actor_organisation_id = int(chosen[2:]) if chosen.startswith("o:") else None
        item.actor_person_id = int(chosen[2:]) if chosen.startswith("p:") else None
        item.actor_text = ui.actorTextEdit.text()
        item.starts_on = from_qdate(ui.startsEdit.date())
        item.follow_up_on = optional_date(ui.followUpCheck, ui.followUpEdit)
        item.status = combo_enum(ui.statusCombo, m.MeasureStatus)
        item.outcome = ui.outcomeEdit.text()

    # --- the plan as a whole

    def _plan_follow_up_toggled(self, checked: bool) -> None:
        self.ui.planFollowUpTextEdit.setEnabled(checked)
        if checked and not self.ui.planFollowUpTextEdit.text().strip():
            self.ui.planFollowUpTextEdit.setText(self.tr("Follow up the exit plan"))

    def load(self) -> None:
        super().load()  # the day, without the tick's text
        ui, flow = self.ui, self.flow
        ui.planFollowUpTextEdit.setText(flow.plan_follow_up_text)
        ui.planFollowUpTextEdit.setEnabled(flow.plan_follow_up_on is not None)

    def store(self) -> None:
        super().store()
        ui, flow = self.ui, self.flow
        checked = flow.plan_follow_up_on is not None
        flow.plan_follow_up_text = ui.planFollowUpTextEdit.text() if checked else ""

    def item_noun(self) -> str:
        return self.tr("Measure {n}")


class ExitPlanBoundaryPage(FlowPage):
    FORM = "exit_plan_boundary"
    PAGE = "boundary"
    WIDGETS: ClassVar[dict[str, str]] = {
        "boundary_confirmed": "boundaryCheck",
        "police_sharing_note": "policeEdit",
    }
    REQUIRED: ClassVar[tuple[str, ...]] = ("boundaryCheck", "policeEdit")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Line against criminal investigation"))


class ExitPlanSummaryPage(SummaryPage):
    FORM = "exit_plan_summary"

    def summary_html(self) -> str:
        return summary.exit_plan_html(self.flow, self.owner.names)


PAGES = (
    ExitPlanSituationPage,
    ExitPlanSocialPage,
    ExitPlanPracticalPage,
    ExitPlanMeasuresPage,
    ExitPlanBoundaryPage,
    ExitPlanSummaryPage,
)
