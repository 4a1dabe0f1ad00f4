"""The five pages of the relative-support wizard; each is a Designer form
``forms/relative_support_*.ui``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QComboBox, QCompleter, QListWidgetItem

from kopingplan.domain import model as m
from kopingplan.domain.flows import CallerMode, LinkMode
from kopingplan.gui.common import table_actions
from kopingplan.gui.common.choice_focus import caption_chooses, focus_field_on_mnemonic
from kopingplan.gui.common.list_focus import show_keyboard_focus
from kopingplan.gui.common.table_actions import RowAction
from kopingplan.gui.wizards import summary, texts
from kopingplan.gui.wizards.pages import (
    FlowPage,
    OptionalDay,
    SummaryPage,
    combo_enum,
    fill_combo,
    fill_enum_combo,
    select_data,
)

# When the user ticks "Follow up on", the day offered first: two weeks, a common call-back.
FOLLOW_UP_DAYS = 14
# Cases listed for a search on the link page; more would be a list nobody reads.
CASE_HITS = 30


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    naive = datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
    return naive.astimezone()  # the local time zone of this computer


def searchable(combo: QComboBox) -> None:
    """An editable combo that finds an entry by any part of its text as the user types."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is None:  # pragma: no cover - an editable combo always has one
        return
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def chosen_data(combo: QComboBox) -> Any:
    """The chosen entry's data, or None when the typed text is not exactly an entry."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
    return combo.itemData(index) if index >= 0 else None


class RelativeSupportCallerPage(FlowPage):
    FORM = "relative_support_caller"
    PAGE = "caller"
    WIDGETS: ClassVar[dict[str, str]] = {
        "person_id": "personCombo",
        "given_name": "givenNameEdit",
        "family_name": "familyNameEdit",
        "phone": "phoneEdit",
        "pseudonym": "pseudonymEdit",
        "callback": "callbackEdit",
        "relation": "relationEdit",
        "consent_to_record": "consentRecordCheck",
        "occurred_at": "whenEdit",
    }
    CAPTIONS: ClassVar[dict[str, str]] = {
        "person_id": "registryRadio",
        "given_name": "newPersonRadio",
        "family_name": "newPersonRadio",
        "phone": "newPersonRadio",
        "pseudonym": "anonymousRadio",
    }
    RADIOS: ClassVar[dict[str, dict[Any, str]]] = {
        "caller_mode": {
            CallerMode.ANONYMOUS: "anonymousRadio",
            CallerMode.REGISTRY: "registryRadio",
            CallerMode.NEW_PERSON: "newPersonRadio",
        }
    }
    REQUIRED: ClassVar[tuple[str, ...]] = ("relationEdit",)
    # Required for the kind of caller chosen: the line is kept so choosing moves nothing.
    RESERVED: ClassVar[tuple[str, ...]] = ("pseudonymEdit", "personCombo", "givenNameEdit")
    CONVERTED = ("person_id", "occurred_at")

    def setup(self) -> None:
        ui = self.ui
        searchable(ui.personCombo)
        for radio in (
            ui.newThreadRadio,
            ui.laterRadio,
            ui.anonymousRadio,
            ui.registryRadio,
            ui.newPersonRadio,
        ):
            radio.toggled.connect(self._update_enabled)
        ui.threadCombo.currentIndexChanged.connect(self._update_enabled)
        ui.laterRadio.setEnabled(bool(self.owner.threads))
        focus_field_on_mnemonic(
            [
                (ui.laterRadio, ui.threadCombo),
                (ui.anonymousRadio, ui.pseudonymEdit),
                (ui.registryRadio, ui.personCombo),
                (ui.newPersonRadio, ui.givenNameEdit),
            ]
        )
        caption_chooses(ui.callbackLabel, ui.anonymousRadio)  # "Reachable a&t:" an anonymous

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who made contact"))
        fill_enum_combo(self.ui.channelCombo, texts.channels())
        fill_combo(self.ui.personCombo, [(0, "")] + [(c.id, c.label) for c in self.owner.people])
        fill_combo(
            self.ui.threadCombo,
            [(row.thread.id, self.owner.thread_label(row)) for row in self.owner.threads],
        )

    def load(self) -> None:
        super().load()
        ui, flow = self.ui, self.flow
        later = flow.thread is not None
        (ui.laterRadio if later else ui.newThreadRadio).setChecked(True)
        if later:
            select_data(ui.threadCombo, flow.thread.id)
        select_data(ui.personCombo, flow.person_id or 0)
        ui.whenEdit.setDateTime(to_qdatetime(flow.occurred_at))
        select_data(ui.channelCombo, flow.channel)
        self._update_enabled()

    def store(self) -> None:
        super().store()
        ui, flow = self.ui, self.flow
        thread = None
        if ui.laterRadio.isChecked():
            thread = self.owner.thread_by_id(ui.threadCombo.currentData())
        flow.use_thread(thread)
        flow.person_id = chosen_data(ui.personCombo) or None
        flow.occurred_at = from_qdatetime(ui.whenEdit.dateTime())
        flow.channel = combo_enum(ui.channelCombo, m.Channel)

    def _update_enabled(self, *_: Any) -> None:
        ui = self.ui
        later = ui.laterRadio.isChecked()
        ui.threadCombo.setEnabled(later)
        ui.callerGroup.setVisible(not later)
        # By widget, not by row number: the form has message rows between its rows.
        ui.contactForm.setRowVisible(ui.relationEdit, not later)
        ui.contactForm.setRowVisible(ui.threadRelationValue, later)
        thread = self.owner.thread_by_id(ui.threadCombo.currentData()) if later else None
        ui.threadRelationValue.setText(thread.relation if thread is not None else "")
        ui.pseudonymEdit.setEnabled(ui.anonymousRadio.isChecked())
        ui.callbackEdit.setEnabled(ui.anonymousRadio.isChecked())
        ui.personCombo.setEnabled(ui.registryRadio.isChecked())
        for edit in (ui.givenNameEdit, ui.familyNameEdit, ui.phoneEdit):
            edit.setEnabled(ui.newPersonRadio.isChecked())


class RelativeSupportWorryPage(FlowPage):
    FORM = "relative_support_worry"
    PAGE = "worry"
    WIDGETS: ClassVar[dict[str, str]] = {"worry": "worryEdit", "signs_other": "signsOtherEdit"}
    REQUIRED: ClassVar[tuple[str, ...]] = ("worryEdit",)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Worry and signs"))

    def load(self) -> None:
        super().load()
        for key in m.RELATIVE_SIGNS:
            getattr(self.ui, f"sign_{key}").setChecked(key in self.flow.signs)

    def store(self) -> None:
        super().store()
        self.flow.signs = [k for k in m.RELATIVE_SIGNS if getattr(self.ui, f"sign_{k}").isChecked()]


class RelativeSupportAdvicePage(FlowPage):
    FORM = "relative_support_advice"
    PAGE = "advice"
    WIDGETS: ClassVar[dict[str, str]] = {"advice": "adviceEdit"}

    def setup(self) -> None:
        # Enter ticks or unticks an organisation, as Space does.
        referrals = self.ui.referralsList
        show_keyboard_focus(referrals)  # the caption's letter shows which row Space ticks
        self.referral_actions = table_actions.install(
            referrals,
            [
                RowAction(lambda: self.tr("&Refer (tick or untick)"), self._toggle),
                table_actions.copy_row_action(referrals),
            ],
        )

    def _toggle(self, index: QModelIndex) -> None:
        item = self.ui.referralsList.item(index.row())
        if item is not None:
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Advice and referrals"))

    def load(self) -> None:
        super().load()
        referrals = self.ui.referralsList
        referrals.clear()
        for choice in self.owner.organisations:
            item = QListWidgetItem(choice.label, referrals)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = choice.id in self.flow.referral_organisation_ids
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.ui.consentOthersCheck.setChecked(self.flow.consent_to_contact_others)

    def store(self) -> None:
        super().store()
        referrals = self.ui.referralsList
        self.flow.referral_organisation_ids = [
            int(referrals.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(referrals.count())
            if referrals.item(row).checkState() == Qt.CheckState.Checked
        ]
        self.flow.consent_to_contact_others = self.ui.consentOthersCheck.isChecked()


class RelativeSupportLinkPage(FlowPage):
    FORM = "relative_support_link"
    PAGE = "link"
    WIDGETS: ClassVar[dict[str, str]] = {
        "case_id": "caseList",
        "new_case_title": "newCaseTitleEdit",
    }
    # The choice that asks for the field names it (as on the caller page).
    CAPTIONS: ClassVar[dict[str, str]] = {
        "case_id": "existingCaseRadio",
        "new_case_title": "newCaseRadio",
    }
    RADIOS: ClassVar[dict[str, dict[Any, str]]] = {
        "link_mode": {
            LinkMode.NONE: "noCaseRadio",
            LinkMode.EXISTING_CASE: "existingCaseRadio",
            LinkMode.NEW_CASE: "newCaseRadio",
        }
    }
    OPTIONAL_DAYS: ClassVar[dict[str, OptionalDay]] = {
        "follow_up_on": OptionalDay("followUpCheck", "followUpEdit", FOLLOW_UP_DAYS)
    }
    RESERVED: ClassVar[tuple[str, ...]] = ("caseList", "newCaseTitleEdit")
    CONVERTED = ("case_id",)

    def setup(self) -> None:
        ui = self.ui
        for radio in (ui.noCaseRadio, ui.existingCaseRadio, ui.newCaseRadio):
            radio.toggled.connect(self._update_enabled)
        ui.caseSearchEdit.textChanged.connect(lambda text: self._search(text))
        focus_field_on_mnemonic(
            [(ui.existingCaseRadio, ui.caseSearchEdit), (ui.newCaseRadio, ui.newCaseTitleEdit)]
        )
        # Enter on a case chooses it and goes on to the next page.
        self.case_actions = table_actions.install(
            ui.caseList,
            [
                RowAction(lambda: self.tr("&Choose this case"), self._choose_case),
                table_actions.copy_row_action(ui.caseList),
            ],
        )

    def _choose_case(self, index: QModelIndex) -> None:
        self.ui.caseList.setCurrentRow(index.row())
        wizard = self.wizard()
        if wizard is not None and self.isComplete():
            wizard.next()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Case and follow-up"))
        fill_enum_combo(self.ui.newCaseLevelCombo, texts.levels())

    def _search(self, text: str, keep: int | None = None) -> None:
        cases = self.ui.caseList
        cases.clear()
        for case_id, label in self.owner.find_cases(text, CASE_HITS, keep):
            item = QListWidgetItem(label, cases)
            item.setData(Qt.ItemDataRole.UserRole, case_id)
            if case_id == keep:
                cases.setCurrentItem(item)

    def load(self) -> None:
        super().load()
        ui, flow = self.ui, self.flow
        self._search(ui.caseSearchEdit.text(), flow.case_id)
        select_data(ui.newCaseLevelCombo, flow.new_case_level)
        fixed = flow.link_fixed
        ui.linkedCaseValue.setText(self.owner.case_label(flow.case_id) if fixed else "")
        self._update_enabled()

    def store(self) -> None:
        super().store()  # a case fixed by the thread keeps its choice: its radios are hidden
        ui, flow = self.ui, self.flow
        if flow.link_mode is LinkMode.EXISTING_CASE and not flow.link_fixed:
            item = ui.caseList.currentItem()
            flow.case_id = int(item.data(Qt.ItemDataRole.UserRole)) if item else None
        flow.new_case_level = combo_enum(ui.newCaseLevelCombo, m.Level)

    def _update_enabled(self, *_: Any) -> None:
        ui = self.ui
        fixed = self.flow.link_fixed
        for widget in (ui.noCaseRadio, ui.existingCaseRadio, ui.newCaseRadio):
            widget.setVisible(not fixed)
        existing, new = ui.existingCaseRadio.isChecked(), ui.newCaseRadio.isChecked()
        for widget in (ui.caseSearchEdit, ui.caseList):
            widget.setVisible(not fixed)
            widget.setEnabled(existing)
        for widget in (ui.newCaseTitleEdit, ui.newCaseLevelCombo, ui.newCaseLevelLabel):
            widget.setVisible(not fixed)
            widget.setEnabled(new)
        ui.linkedCaseLabel.setVisible(fixed)
        ui.linkedCaseValue.setVisible(fixed)


class RelativeSupportSummaryPage(SummaryPage):
    FORM = "relative_support_summary"

    def summary_html(self) -> str:
        return summary.relative_support_html(self.flow, self.owner.names)


PAGES = (
    RelativeSupportCallerPage,
    RelativeSupportWorryPage,
    RelativeSupportAdvicePage,
    RelativeSupportLinkPage,
    RelativeSupportSummaryPage,
)
