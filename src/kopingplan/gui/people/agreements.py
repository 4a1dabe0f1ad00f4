"""An organisation's agreements (IOP and others) in its window, and the form for one.

:class:`AgreementList` sits in the organisation's window under its facts: the agreements,
newest first, with their kind, what they cover, the period and whether the end's reminder was
handled; New agreement…, Enter or a double-click to correct one, and the row menu to remove
one (after a question) or copy the row. :class:`AgreementDialog` is the form (validation as
you type from ``domain.rules.problems``; saving through
:func:`kopingplan.services.agreements.save_agreement`). Att göra lists an agreement
:data:`~kopingplan.services.agreements.REMINDER_DAYS` days before it ends;
:func:`open_organisation_of` opens the organisation's window from there.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QTreeWidgetItem,
    QWidget,
)

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.common import drafts
from kopingplan.gui.common import labels as gui_labels
from kopingplan.gui.common.record_form import RecordDialog, fill_enum_combo, set_date
from kopingplan.gui.common.record_tree_list import (
    OrganisationRecordList,
    draft_reopener,
    place_in_window,
)
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.services import agreements

if TYPE_CHECKING:
    from kopingplan.gui.common.retranslating import ButtonWords
    from kopingplan.gui.forms.ui_agreement_edit import Ui_AgreementDialog
    from kopingplan.gui.shell.main_window import MainWindow
    from kopingplan.services.session import Session


class AgreementDialog(RecordDialog[model.Agreement]):
    FORM = "agreement_edit"
    DRAFT_KIND = "agreement"
    SAVE = staticmethod(agreements.save_agreement)
    FOCUS = "titleEdit"
    ui: Ui_AgreementDialog

    def __init__(
        self,
        session: Session,
        organisation_id: int,
        agreement: model.Agreement | None,
        parent: QWidget | None = None,
    ) -> None:
        self.organisation_id = organisation_id
        super().__init__(session, agreement, parent, owner=organisation_id)

    def set_up(self) -> None:
        self.optional_day("ends_on", self.ui.endsCheck, "ends_set")
        if self.record is not None:  # shown greyed when it has no end
            set_date(self.ui.endsEdit, self.record.starts_on)

    def new_values(self) -> dict[str, Any]:
        today = date.today()
        return {"starts_on": today, "ends_on": date(today.year, 12, 31)}

    def fill_choices(self) -> None:
        fill_enum_combo(self.ui.kindCombo, model.AgreementKind, gui_labels.agreement_kind)

    def _retranslate_dynamic(self) -> None:
        ui = self.ui
        heading = self.tr("New agreement") if self.record is None else self.tr("Agreement")
        ui.headingLabel.setText(heading)
        done = self.record.reminder_done_on if self.record else None
        if done is not None and self.record is not None:
            ui.reminderLabel.setText(
                self.tr("Reminder before the end handled on {day}: {outcome}").format(
                    day=format_date(done), outcome=self.record.reminder_outcome
                )
            )
        else:
            ui.reminderLabel.setText(
                self.tr("Att göra reminds you %n day(s) before the agreement ends.", "",
                        agreements.REMINDER_DAYS)
            )  # fmt: skip

    def button_words(self) -> ButtonWords:
        return {**super().button_words(), QDialogButtonBox.StandardButton.Cancel: self.tr("Cancel")}

    def build(self) -> model.Agreement:
        ui = self.ui
        stored = self.record
        return self.record_from_fields(
            model.Agreement,
            organisation_id=self.organisation_id,
            kind=model.AgreementKind(ui.kindCombo.currentData() or model.AgreementKind.OTHER),
            reminder_done_on=stored.reminder_done_on if stored else None,
            reminder_outcome=stored.reminder_outcome if stored else "",
        )

    def draft_title(self) -> str:
        return self.tr("Agreement")


class AgreementList(OrganisationRecordList):
    """The agreements of one organisation, in its window (put in place by the window)."""

    READ = staticmethod(agreements.get_agreement)
    DELETE = staticmethod(agreements.delete_agreement)
    FITTED, STRETCHED = (0, 2, 3, 4), 1  # what it covers takes the room the others leave
    NAMED_COLUMN = 1  # its title

    def _retranslate_dynamic(self) -> None:
        self.set_texts(
            self.tr("&Agreements (IOP and others):"),
            self.tr("Ne&w agreement…"),
            [self.tr("Kind"), self.tr("What it covers"), self.tr("From"), self.tr("Until"),
             self.tr("Reminder")],
            self.tr("Agreements"),
        )  # fmt: skip

    def rows(self) -> list[QTreeWidgetItem]:
        found = []
        for agreement in agreements.agreements_of(unlocked(self.session), self.organisation_id):
            if agreement.reminder_done_on is not None:
                reminder = self.tr("Handled {day}").format(
                    day=format_date(agreement.reminder_done_on)
                )
            else:
                reminder = ""
            until = format_date(agreement.ends_on) if agreement.ends_on else ""
            texts = [
                gui_labels.agreement_kind(agreement.kind),
                agreement.title,
                format_date(agreement.starts_on),
                until or self.tr("until further notice"),
                reminder,
            ]
            found.append(self.row(agreement.id, texts))
        return found

    def empty_row(self) -> list[str]:
        return [self.tr("No agreement recorded.")]

    def make_form(self, stored: model.Agreement | None) -> AgreementDialog:
        return AgreementDialog(unlocked(self.session), self.organisation_id, stored, self.window())

    def removal(self, named: str) -> tuple[str, str]:
        return (
            self.tr("Remove agreement"),
            self.tr("Remove the agreement “{title}”? This cannot be undone.").format(title=named),
        )

    def open_agreement(self, agreement_id: int | None) -> AgreementDialog | None:
        """The form for a stored agreement (or a new one): one form at a time."""
        return self.open_record(agreement_id)  # type: ignore[no-any-return]


def install(view: Any) -> AgreementList:
    """Puts the list into an organisation's window, above its message line, after its people."""
    listing = AgreementList(view.session, view.organisation_id, view)
    place_in_window(view, listing, view.ui.peopleTree)
    return listing


def open_organisation_of(window: MainWindow, agreement_id: int) -> Any:
    """Att göra: the organisation's window of an agreement, where its agreements are."""
    if window.session is None:
        return None
    try:
        agreement = agreements.get_agreement(window.session, agreement_id)
    except Exception as error:
        window.show_notice(error_text(error))
        return None
    return window.windows.open_organisation(agreement.organisation_id)


drafts.register(AgreementDialog.DRAFT_KIND, draft_reopener("open_organisation", "agreements"))
