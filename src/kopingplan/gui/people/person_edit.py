"""Creating and editing persons and organisations.

The identity number is optional; typed in any of the usual forms (``YYYYMMDD-NNNN``,
``YYMMDD-NNNN``, with or without the dash), checked as it is typed (date, check digit) and
stored as 12 digits. The field hides what is typed until "Show" is ticked, as a passphrase
field does: the number is among the most sensitive things in the vault and screens are seen
by others. A birth year left unknown is taken from a valid number.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLineEdit, QWidget

from kopingplan import errors
from kopingplan.domain import model
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.people.content_profile_box import ContentProfileBox
from kopingplan.services import content_profiles, registry

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_organisation_edit import Ui_OrganisationEditDialog
    from kopingplan.gui.forms.ui_person_edit import Ui_PersonEditDialog

UNKNOWN_YEAR = 1899  # the spin box's "unknown" (its special value); below rules' YEAR_MIN


class PersonEditDialog(RecordDialog[model.Person]):
    FORM = "person_edit"
    DRAFT_KIND = "person"
    SAVE = staticmethod(registry.save_person)
    # A given name or a family name will do: neither is marked as required on its own.
    UNMARKED = frozenset({"given_name"})
    ui: Ui_PersonEditDialog

    def set_up(self) -> None:
        ui = self.ui
        ui.birthYearSpin.setRange(UNKNOWN_YEAR, date.today().year)
        ui.birthYearSpin.setValue(UNKNOWN_YEAR)
        choices.fill_organisations(ui.organisationCombo, unlocked(self.session))
        ui.showIdentityCheck.toggled.connect(self._show_identity)
        ui.identityEdit.textChanged.connect(self._year_from_number)

    def shown_values(self, record: model.Person) -> dict[str, Any]:
        number = record.identity_number
        return {
            "identity_number": f"{number[:8]}-{number[8:]}" if number else "",
            "birth_year": record.birth_year or UNKNOWN_YEAR,
        }

    def _show_identity(self, shown: bool) -> None:
        self.ui.identityEdit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _year_from_number(self, text: str) -> None:
        if self.ui.birthYearSpin.value() != UNKNOWN_YEAR:
            return
        try:
            number = registry.canonical_identity_number(text)
        except errors.InvalidInput:
            return
        if number is not None:
            self.ui.birthYearSpin.setValue(int(number[:4]))

    def _retranslate_dynamic(self) -> None:
        self.ui.birthYearSpin.setSpecialValueText(self.tr("unknown"))
        self.ui.headingLabel.setText(
            self.tr("New person") if self.record is None else self.tr("Edit person")
        )

    def build(self) -> model.Person:
        ui = self.ui
        typed = ui.identityEdit.text().strip()
        try:
            number = registry.canonical_identity_number(typed)
        except errors.InvalidInput:
            number = typed  # rules.validate then names the problem under the field
        year = ui.birthYearSpin.value()
        return self.record_from_fields(
            model.Person,
            identity_number=number,
            birth_year=None if year == UNKNOWN_YEAR else year,
        )


class OrganisationEditDialog(RecordDialog[model.Organisation]):
    FORM = "organisation_edit"
    DRAFT_KIND = "organisation"
    ui: Ui_OrganisationEditDialog

    def set_up(self) -> None:
        ui, organisation = self.ui, self.record
        # What it gets of a case in a meeting brief by default (issue 16).
        self.profile_box = ContentProfileBox(self)
        ui.layout.insertWidget(ui.layout.indexOf(ui.messageLabel), self.profile_box)
        # Tab in reading order: the form's fields, the profile's boxes, then the buttons.
        chain = [ui.ownUnitCheck, self.profile_box.default_check, *self.profile_box.parts.values()]
        for earlier, later in zip(chain, [*chain[1:], ui.buttonBox], strict=True):
            QWidget.setTabOrder(earlier, later)
        self.extra.update(self.profile_box.widgets())
        if organisation is not None and organisation.id is not None:
            profile = content_profiles.profile(unlocked(self.session), organisation.id)
            self.profile_box.set_profile(profile)

    def new_values(self) -> dict[str, Any]:
        return {"kind": model.OrganisationKind.CIVIL_SOCIETY}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.OrganisationKind, labels.organisation_kind)

    def _retranslate_dynamic(self) -> None:
        self.ui.headingLabel.setText(
            self.tr("New organisation") if self.record is None else self.tr("Edit organisation")
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.profile_box.retranslate()

    def store(self, record: model.Organisation) -> model.Organisation:
        """The organisation and its content profile, in one transaction (audited)."""
        return registry.save_organisation(
            unlocked(self.session), record, self.profile_box.profile()
        )

    def build(self) -> model.Organisation:
        return self.record_from_fields(model.Organisation)


drafts.register(PersonEditDialog.DRAFT_KIND, drafts.via_main_window(PersonEditDialog.DRAFT_KIND))
drafts.register(
    OrganisationEditDialog.DRAFT_KIND, drafts.via_main_window(OrganisationEditDialog.DRAFT_KIND)
)
