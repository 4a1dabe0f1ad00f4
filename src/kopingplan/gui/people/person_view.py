"""A person or an organisation, read through the audited service calls, with "Edit…".

Opening the window is the audited act (``persons.open``, ``organisations.open``); showing it
again after an edit reads through the services' ``reload_*`` calls, which write no row, so the
access log counts one opening however often the record is changed while it is open.

The identity number is shown masked (``YYYYMMDD-****``) until "Show" is pressed; pressing it
again hides it. The cases a person is part of, and an organisation's people, open with Enter,
a double-click or the row menu (:mod:`kopingplan.gui.common.table_actions`). Window titles
say "Person" or "Organisation" and nothing more (task bars show them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kopingplan.domain.identity_number import IdentityNumber
from kopingplan.gui.common import labels, table_actions
from kopingplan.gui.common.record_window import RecordWindow
from kopingplan.gui.common.unlocked import unlocked
from kopingplan.gui.people import agreements as agreements_gui
from kopingplan.gui.people import partner_contacts as partner_contacts_gui
from kopingplan.services import registry

if TYPE_CHECKING:
    from kopingplan.services.session import Session

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 2


# Each view's record: its audited opening, and the plain reading after a change.
_READINGS: dict[str, tuple[Callable[[Session, int], Any], Callable[[Session, int], Any]]] = {
    "person": (registry.open_person, registry.reload_person),
    "organisation": (registry.open_organisation, registry.reload_organisation),
}


class _RecordView(RecordWindow):
    """What the two views share beyond :class:`RecordWindow`: one record of ``KIND`` in its
    form (``FORM``), read as :data:`_READINGS` says, and "Edit…"'s request."""

    editRequested = Signal(str, int)  # kind, id

    KIND: ClassVar[str]

    def __init__(self, session: Session, record_id: int, parent: QWidget | None) -> None:
        super().__init__(session, parent)
        self.record_id = record_id
        self.ui.editButton.clicked.connect(
            lambda: self.editRequested.emit(self.KIND, self.record_id)
        )

    def _read(self, *, opening: bool) -> Any:
        open_record, read_again = _READINGS[self.KIND]
        return (open_record if opening else read_again)(unlocked(self.session), self.record_id)


class PersonView(_RecordView):
    caseActivated = Signal(int)

    KIND = "person"
    FORM = "person_view"

    def __init__(self, session: Session, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, person_id, parent)
        self.person_id = person_id
        ui = self.ui
        from kopingplan.gui.people.extract_dialog import add_extract_button  # "Registerutdrag …"

        add_extract_button(self)
        ui.showIdentityButton.toggled.connect(lambda _shown: self._fill_identity())
        table_actions.open_only(
            ui.casesTree,
            lambda index: self._case_activated(ui.casesTree.itemFromIndex(index)),
            lambda index: table_actions.row_value(index, CASE_ID_ROLE) is not None,
        )
        self.reload()

    def _fill(self) -> None:
        person = self.detail.person
        ui = self.ui
        ui.titleLabel.setText(person.full_name)
        ui.bornValue.setText(str(person.birth_year) if person.birth_year else self.tr("unknown"))
        self._fill_identity()
        ui.phoneValue.setText(person.phone)
        ui.emailValue.setText(person.email)
        ui.addressValue.setText(person.address)
        organisation = self.detail.organisation
        ui.organisationValue.setText(organisation.name if organisation else "")
        ui.titleValue.setText(person.title)
        ui.notesText.setPlainText(person.notes)
        ui.casesTree.clear()
        for row in self.detail.cases:
            item = QTreeWidgetItem(
                [
                    str(row.case_id),
                    row.title,
                    labels.with_kind(labels.person_case_role(row.role), row.relation or ""),
                    labels.level(row.level),
                    labels.status(row.status),
                ]
            )
            item.setData(0, CASE_ID_ROLE, row.case_id)
            ui.casesTree.addTopLevelItem(item)
        for column in (0, 2, 3):
            ui.casesTree.resizeColumnToContents(column)
        ui.casesTree.setColumnWidth(1, 240)
        ui.casesNote.setText(
            self.tr("Enter or double-click opens a case.")
            if self.detail.cases
            else self.tr("The person is in no case.")
        )

    def _fill_identity(self) -> None:
        person = self.detail.person if self.detail else None
        ui = self.ui
        number = person.identity_number if person else None
        ui.showIdentityButton.setVisible(bool(number))
        if not number:
            ui.identityValue.setText(self.tr("not recorded"))
            return
        parsed = IdentityNumber(number)
        shown = ui.showIdentityButton.isChecked()
        ui.identityValue.setText(parsed.formatted() if shown else parsed.masked())
        ui.showIdentityButton.setText(self.tr("&Hide") if shown else self.tr("&Show"))

    def _case_activated(self, item: QTreeWidgetItem) -> None:
        case_id = item.data(0, CASE_ID_ROLE)
        if case_id is not None:
            self.caseActivated.emit(int(case_id))

    def teardown(self) -> None:
        self.ui.casesTree.clear()
        self.ui.identityValue.clear()
        self.ui.notesText.clear()
        self.ui.titleLabel.clear()
        for label in (self.ui.phoneValue, self.ui.emailValue, self.ui.addressValue):
            label.clear()
        super().teardown()


class OrganisationView(_RecordView):
    personActivated = Signal(int)

    KIND = "organisation"
    FORM = "organisation_view"

    def __init__(
        self, session: Session, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, organisation_id, parent)
        self.organisation_id = organisation_id
        tree = self.ui.peopleTree
        table_actions.open_only(
            tree,
            lambda index: self._person_activated(tree.itemFromIndex(index)),
            lambda index: table_actions.row_value(index, PERSON_ID_ROLE) is not None,
        )
        self.reload()
        # Partners over time: the organisation's agreements and its contacts outside cases.
        self.agreements = agreements_gui.install(self)
        self.partner_contacts = partner_contacts_gui.install(self)

    def _fill(self) -> None:
        organisation = self.detail.organisation
        ui = self.ui
        ui.titleLabel.setText(organisation.name)
        ui.kindValue.setText(labels.organisation_kind(organisation.kind))
        ui.phoneValue.setText(organisation.phone)
        ui.emailValue.setText(organisation.email)
        ui.addressValue.setText(organisation.address)
        ui.notesText.setPlainText(organisation.notes)
        ui.ownUnitValue.setText(
            self.tr("Yes: sharing with it is not a disclosure")
            if organisation.own_unit
            else self.tr("No: sharing with it is a disclosure (OSL 8 kap. 2 §)")
        )
        ui.peopleTree.clear()
        for row in self.detail.people:
            item = QTreeWidgetItem(
                [f"{row.family_name}, {row.given_name}", row.title, str(row.case_count)]
            )
            item.setData(0, PERSON_ID_ROLE, row.id)
            ui.peopleTree.addTopLevelItem(item)
        ui.peopleTree.resizeColumnToContents(0)

    def _person_activated(self, item: QTreeWidgetItem) -> None:
        person_id = item.data(0, PERSON_ID_ROLE)
        if person_id is not None:
            self.personActivated.emit(int(person_id))

    def teardown(self) -> None:
        self.agreements.teardown()
        self.partner_contacts.teardown()
        self.ui.peopleTree.clear()
        self.ui.notesText.clear()
        self.ui.titleLabel.clear()
        super().teardown()
