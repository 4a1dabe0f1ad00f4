"""The form of one incoming concern: taking it in, and screening it.

A new concern is taken in open (the screening part waits until it is stored: a concern is
screened after it has come in). An open concern's screening decision is recorded here once:
a case opened (an existing case number, or "New case" with a title, opened in the same
transaction), referred elsewhere (to whom, why), or no action (why). A decided concern is shown
as it was decided, read-only, with a button to its case. A stored concern's intake can be
corrected with a reason ("Correct intake…", :mod:`kopingplan.gui.intake.concern_correction`);
the decision stays as decided. Everything goes through
``services.concerns``, which writes the audit rows; opening a stored concern is audited
(``concerns.open``) by the loader the record windows use.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kopingplan import errors
from kopingplan.domain import model, rules
from kopingplan.domain.model.attachments import AttachmentOwner
from kopingplan.gui.attachments.record_attachments import add_record_attachments_button
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo, set_date, to_date
from kopingplan.gui.common.today_limit import up_to_today
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.intake.concern_correction import REASON_FIELD, IntakeCorrection
from kopingplan.services import concerns

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_concern_edit import Ui_ConcernDialog

NEW_CASE = 0  # the case number box's "New case"


class ConcernDialog(RecordDialog[model.Concern]):
    FORM = "concern_edit"
    DRAFT_KIND = "concern"
    FOCUS = "sourceCombo"
    FOCUS_STORED = "decisionCombo"
    ui: Ui_ConcernDialog

    def set_up(self) -> None:
        ui = self.ui
        self.correction = IntakeCorrection(self)  # a stored concern's intake corrected
        self.fields[REASON_FIELD] = self.correction.reason_edit
        up_to_today(ui.receivedEdit)
        up_to_today(ui.decidedOnEdit)
        ui.caseSpin.setRange(NEW_CASE, 2**31 - 1)
        ui.caseSpin.setMinimumWidth(120)
        if self.session is not None:
            choices.fill_organisations(ui.organisationCombo, self.session)
            self._offer_persons("")
        ui.personSearch.textEdited.connect(self._offer_persons)
        ui.sourceCombo.currentIndexChanged.connect(self._enable)
        ui.decisionCombo.currentIndexChanged.connect(self._enable)
        ui.caseSpin.valueChanged.connect(self._enable)
        ui.openCaseButton.clicked.connect(self._go_to_case)
        # Files kept with a stored concern (issue 17): a scanned letter, an orosanmälan.
        concern = self.record
        self.attachments_button = add_record_attachments_button(
            self, AttachmentOwner.CONCERN, lambda: concern.id if concern else None, box=ui.buttonBox
        )

    def new_values(self) -> dict[str, Any]:
        return {"received_on": date.today(), "orientation": model.Orientation.UNCLEAR}

    def shown_values(self, record: model.Concern) -> dict[str, Any]:
        # An open concern's decision fields are empty: they show the form's own start.
        return {"case_id": record.case_id or NEW_CASE}

    def fill_form(self, record: model.Concern | None) -> None:
        ui = self.ui
        if record is None:
            choices.select(ui.sourceCombo, None)
        else:
            self._offer_person_of(record)
        super().fill_form(record)
        set_date(
            ui.decidedOnEdit, record.decided_on if record and record.decided_on else date.today()
        )
        if not ui.decidedByEdit.text():
            ui.decidedByEdit.setText(getattr(self.session, "actor", "") or "")
        self._enable()

    def start_form(self, focus: QWidget | None = None) -> None:
        super().start_form(focus)
        self._enable()  # the fields are watched now: the chosen decision's get their marks

    # --- filling ------------------------------------------------------------------------------

    def fill_choices(self) -> None:
        ui = self.ui
        fill_enum_combo(ui.sourceCombo, model.ConcernSource, labels.concern_source)
        fill_enum_combo(ui.channelCombo, model.ConcernChannel, labels.concern_channel)
        fill_enum_combo(ui.orientationCombo, model.Orientation, labels.orientation)
        levels = [(labels.level(level), level.value) for level in model.Level]
        refill_choices(ui.levelCombo, [(self.tr("Not yet clear"), None), *levels])
        decisions = [(labels.concern_decision(d), d.value) for d in model.ConcernDecision]
        refill_choices(ui.decisionCombo, [(self.tr("Not screened yet"), None), *decisions])

    def _offer_persons(self, text: str) -> None:
        if self.session is None:
            return
        keep = self.ui.personCombo.currentData()
        choices.offer_persons(self.session, self.ui.personCombo, text)
        if keep is not None and not text.strip():
            choices.select(self.ui.personCombo, keep)

    def _offer_person_of(self, concern: model.Concern) -> None:
        """The concern's person among the choices, whatever the search shows."""
        ui = self.ui
        if concern.person_id is not None and ui.personCombo.findData(concern.person_id) < 0:
            try:
                person = unlocked(self.session).get(model.Person, concern.person_id)
                ui.personCombo.addItem(person.full_name, person.id)
            except errors.NotFound:
                pass

    # --- state --------------------------------------------------------------------------------

    @property
    def decided(self) -> bool:
        return self.record is not None and self.record.decision is not None

    def chosen_decision(self) -> model.ConcernDecision | None:
        value = self.ui.decisionCombo.currentData()
        return model.ConcernDecision(value) if value else None

    def _new_case(self) -> bool:
        return (
            self.chosen_decision() is model.ConcernDecision.CASE_OPENED
            and self.ui.caseSpin.value() == NEW_CASE
        )

    def _enable(self) -> None:
        """Intake fields while taking in; screening fields once stored and still open; the
        fields of the chosen decision only. A decided concern is read-only."""
        ui = self.ui
        correcting = self.correction.active
        taking_in = self.record is None or correcting
        for widget in (
            ui.receivedEdit, ui.sourceCombo, ui.organisationCombo, ui.personSearch,
            ui.personCombo, ui.raisedByEdit, ui.channelCombo, ui.orientationCombo, ui.levelCombo,
        ):  # fmt: skip
            widget.setEnabled(taking_in)
        ui.descriptionEdit.setReadOnly(not taking_in)
        source = ui.sourceCombo.currentData()
        ui.organisationCombo.setEnabled(taking_in and source == model.ConcernSource.ORGANISATION)
        named_person = taking_in and source == model.ConcernSource.PERSON
        ui.personSearch.setEnabled(named_person)
        ui.personCombo.setEnabled(named_person)
        screening = not taking_in and not self.decided and not correcting
        decision = self.chosen_decision()
        ui.decisionCombo.setEnabled(screening)
        for widget in (ui.decidedOnEdit, ui.decidedByEdit):
            widget.setEnabled(screening and decision is not None)
        opened = decision is model.ConcernDecision.CASE_OPENED
        ui.caseSpin.setEnabled(screening and opened)
        referred = decision is model.ConcernDecision.REFERRED
        asked = {
            ui.newCaseTitleEdit: screening and opened and ui.caseSpin.value() == NEW_CASE,
            ui.referredToEdit: screening and referred,
            ui.reasonEdit: screening and (referred or decision is model.ConcernDecision.NO_ACTION),
            self.correction.reason_edit: correcting,  # "Corrected because" (marked with *)
        }
        for field, needed in asked.items():  # the chosen decision's fields are required
            field.setEnabled(needed)
            self.checks.set_required(field, needed)
        linked = self.record is not None and self.record.case_id is not None
        ui.openCaseButton.setVisible(linked)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(not self.decided or correcting)
        ui.screeningBox.setToolTip(
            self.tr("Screen the concern once it has been taken in and saved.") if taking_in else ""
        )

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        ui.caseSpin.setSpecialValueText(self.tr("New case"))
        self.correction.retranslate()
        if self.record is None:
            heading = self.tr("New concern")
        elif self.correction.active:
            heading = self.tr("Concern {number}: correcting the intake").format(
                number=self.record.id
            )
        elif self.decided:
            assert self.record.decision is not None and self.record.decided_on is not None
            heading = self.tr("Concern {number}: {decision} on {day}").format(
                number=self.record.id,
                decision=labels.concern_decision(self.record.decision),
                day=self.record.decided_on.isoformat(),
            )
        else:
            heading = self.tr("Concern {number}: to screen").format(number=self.record.id)
        ui.headingLabel.setText(heading)

    def button_words(self) -> ButtonWords:
        closing = self.decided and not self.correction.active
        close = self.tr("Close") if closing else self.tr("Cancel")
        return {**super().button_words(), QDialogButtonBox.StandardButton.Cancel: close}

    # --- the record ---------------------------------------------------------------------------

    def correction_begun(self) -> None:
        """The intake fields open for a correction; the decision's stay as they are."""
        self._retranslate_dynamic()
        self._name_buttons()
        self._enable()
        self.refresh_problems()

    def _intake(self) -> dict[str, Any]:
        """The intake fields' values (a new concern's, or a stored one's corrected)."""
        ui = self.ui
        source = model.ConcernSource(ui.sourceCombo.currentData())
        level = ui.levelCombo.currentData()
        return {
            "received_on": to_date(ui.receivedEdit),
            "source": source,
            "channel": model.ConcernChannel(ui.channelCombo.currentData()),
            "description": rules.normalise_text(ui.descriptionEdit.toPlainText()),
            "organisation_id": ui.organisationCombo.currentData()
            if source is model.ConcernSource.ORGANISATION
            else None,
            "person_id": ui.personCombo.currentData()
            if source is model.ConcernSource.PERSON
            else None,
            "raised_by": rules.normalise_text(ui.raisedByEdit.text()),
            "orientation": model.Orientation(ui.orientationCombo.currentData()),
            "level": model.Level(level) if level else None,
        }

    def build(self) -> model.Concern:
        ui = self.ui
        if self.record is not None and self.correction.active:
            return replace(self.record, **self._intake())
        if self.record is not None:
            stored = self.record
            decision = self.chosen_decision() if not self.decided else stored.decision
            if self.decided or decision is None:
                return stored
            opened = decision is model.ConcernDecision.CASE_OPENED
            referred = decision is model.ConcernDecision.REFERRED
            return replace(
                stored,
                decision=decision,
                decided_on=to_date(ui.decidedOnEdit),
                decided_by=rules.normalise_text(ui.decidedByEdit.text()),
                case_id=(ui.caseSpin.value() or None) if opened else None,
                referred_to=rules.normalise_text(ui.referredToEdit.text()) if referred else "",
                decision_reason="" if opened else rules.normalise_text(ui.reasonEdit.toPlainText()),
            )
        return model.Concern(
            **self._intake(),
            recorded_at=datetime.now(UTC),
            recorded_by=getattr(self.session, "actor", "") or "?",
        )

    def problems(self) -> dict[str, str]:
        found = super().problems()
        if self._new_case():
            found.pop("case_id", None)
            if not self.ui.newCaseTitleEdit.text().strip():
                found["new_case_title"] = rules.REQUIRED
        elif self.correction.active:
            found.update(self.correction.problems(found.pop("decided_on", None)))
        elif self.record is not None and not self.decided and self.chosen_decision() is None:
            found["decision"] = rules.REQUIRED
        return found

    def set_values(self, values: dict[str, Any]) -> None:
        if values.get(REASON_FIELD):  # a draft of a correction reopens as one
            self.correction.begin()
        super().set_values(values)

    def store(self, record: model.Concern) -> model.Concern:
        if self.record is None:
            return concerns.add_concern(unlocked(self.session), record)
        if self.correction.active:
            assert record.id is not None
            return concerns.correct_intake(
                unlocked(self.session), record.id, record, self.correction.reason
            )
        assert record.id is not None and record.decision is not None
        assert record.decided_on is not None
        if self._new_case():
            case = model.Case(
                title=rules.normalise_text(self.ui.newCaseTitleEdit.text()),
                level=record.level or model.Level.SPECIFIC,
                orientation=record.orientation,
                opened_on=record.decided_on,
            )
            decided, _case = concerns.open_case_from(
                unlocked(self.session), record.id, case, record.decided_on, record.decided_by
            )
            return decided
        return concerns.decide(
            unlocked(self.session),
            record.id,
            record.decision,
            record.decided_on,
            record.decided_by,
            case_id=record.case_id,
            referred_to=record.referred_to,
            reason=record.decision_reason,
        )

    def _go_to_case(self) -> None:
        if self.record is not None and self.record.case_id is not None:
            opener = getattr(self.parentWidget(), "open_case", None)
            if callable(opener):
                opener(int(self.record.case_id))


drafts.register(ConcernDialog.DRAFT_KIND, drafts.via_main_window(ConcernDialog.DRAFT_KIND))
