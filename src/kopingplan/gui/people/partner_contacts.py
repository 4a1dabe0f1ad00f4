"""An organisation's contacts outside any case, in its window (issue 18, partners over time).

:class:`PartnerContactList` sits under the organisation's agreements: the dialogues, calls and
meetings with the partner itself, newest first, with who at the organisation took part and the
follow-up day (Att göra reminds of it as of any contact). New contact…, Enter or a double-click
to correct one (the earlier text is kept as a version, as for a case's contacts) and the row
menu to remove one recorded by mistake. :class:`PartnerContactDialog` is the case contact form
with the organisation fixed and the person chosen among the organisation's own people; saving
goes through :mod:`kopingplan.services.partner_contacts`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.cases.case_records import ContactDialog
from kopingplan.gui.cases.case_support import format_time
from kopingplan.gui.common import choices, drafts, labels
from kopingplan.gui.common.record_tree_list import (
    OrganisationRecordList,
    draft_reopener,
    place_in_window,
)
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.common.widgets import error_text
from kopingplan.services import partner_contacts, registry

if TYPE_CHECKING:
    from kopingplan.services.session import Session


def staff_of(session: Session, organisation_id: int) -> list[tuple[int, str]]:
    """The organisation's people, for the "who took part" choice."""
    detail = registry.reload_organisation(session, organisation_id)
    return [(p.id, f"{p.given_name} {p.family_name}") for p in detail.people]


class PartnerContactDialog(ContactDialog):
    """A contact with the organisation itself (no case): new, or corrected with a reason."""

    DRAFT_KIND = "partner_contact"

    def __init__(
        self,
        session: Session,
        organisation_id: int,
        contact: model.Contact | None,
        parent: QWidget | None = None,
    ) -> None:
        self.organisation_id = organisation_id
        people = staff_of(session, organisation_id)
        super().__init__(session, None, people, parent, contact=contact)  # type: ignore[arg-type]

    def set_up(self) -> None:
        super().set_up()
        choices.select(self.ui.organisationCombo, self.organisation_id)
        self.ui.organisationCombo.setEnabled(False)  # the window's organisation, always

    def _retranslate_dynamic(self) -> None:
        super()._retranslate_dynamic()
        heading = (
            self.tr("New contact with the organisation")
            if self.record is None
            else self.tr("Correct the contact")
        )
        self.ui.headingLabel.setText(heading)
        self.setWindowTitle(heading)
        self.ui.personLabel.setText(self.tr("&Who took part:"))

    def build(self) -> model.Contact:
        return replace(super().build(), organisation_id=self.organisation_id, case_id=None)

    def store(self, record: model.Contact) -> model.Contact:
        session = unlocked(self.session)
        if record.id is None:
            return partner_contacts.add_contact(session, record)
        return partner_contacts.correct_contact(session, record, self.why.text())

    def draft_ref(self) -> str:
        stored = self.record.id if self.record and self.record.id else "new"
        return f"{self.organisation_id}:{stored}"

    def draft_title(self) -> str:
        return self.tr("Contact with an organisation")


class PartnerContactList(OrganisationRecordList):
    """The organisation's contacts outside any case, in its window."""

    READ = staticmethod(partner_contacts.get_contact)
    DELETE = staticmethod(partner_contacts.delete_contact)
    FITTED, STRETCHED = (0, 1, 3), 2  # what happened takes the room the others leave
    NAMED_COLUMN = 0  # when

    def _retranslate_dynamic(self) -> None:
        self.set_texts(
            self.tr("Contacts with the organisation (o&utside cases):"),
            self.tr("New con&tact…"),
            [self.tr("When"), self.tr("Channel"), self.tr("What happened"), self.tr("Follow-up")],
            self.tr("Contacts with the organisation"),
        )

    def rows(self) -> list[QTreeWidgetItem]:
        found = []
        session = unlocked(self.session)
        for contact in partner_contacts.contacts_of(session, self.organisation_id):
            texts = [
                format_time(contact.occurred_at),
                labels.channel(contact.channel),
                " ".join(contact.summary.split()),
                format_date(contact.follow_up_on) if contact.follow_up_on else "",
            ]
            found.append(self.row(contact.id, texts))
        return found

    def empty_row(self) -> list[str]:
        return [self.tr("No contact recorded.")]

    def make_form(self, stored: model.Contact | None) -> PartnerContactDialog:
        return PartnerContactDialog(
            unlocked(self.session), self.organisation_id, stored, self.window()
        )

    def removal(self, named: str) -> tuple[str, str]:
        return (
            self.tr("Remove contact"),
            self.tr(
                "Remove the contact of {when}? Do this only for a contact recorded by mistake; "
                "this cannot be undone."
            ).format(when=named),
        )


def install(view: Any) -> PartnerContactList:
    """Puts the list into an organisation's window, under its agreements."""
    listing = PartnerContactList(view.session, view.organisation_id, view)
    agreements = getattr(view, "agreements", None)
    place_in_window(
        view, listing, agreements.tree if agreements is not None else view.ui.peopleTree
    )
    return listing


def open_contact_of(window: Any, contact_id: int) -> PartnerContactDialog | None:
    """Att göra: a contact outside cases, in its organisation's window, its form open."""
    if window.session is None:
        return None
    try:
        contact = partner_contacts.get_contact(window.session, contact_id)
    except Exception as error:  # gone meanwhile, or (never from Att göra) a case's contact
        window.show_notice(error_text(error))
        return None
    view = window.windows.open_organisation(contact.organisation_id)
    listing = getattr(view, "partner_contacts", None)
    return None if listing is None else listing.open_record(contact_id)


drafts.register(
    PartnerContactDialog.DRAFT_KIND, draft_reopener("open_organisation", "partner_contacts")
)
