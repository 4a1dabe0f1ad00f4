"""The "People and organisations" section: the person list and the partner registry.

Both lists are fetched a page at a time, filtered and sorted in SQL (names in Swedish order).
Choosing a row does nothing but select it; Enter or a double-click opens the record, and that
opening is written to the audit log by the service. The filter texts never leave the widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from kopingplan.domain import model
from kopingplan.gui.common import labels
from kopingplan.gui.common.list_page import refill_choices
from kopingplan.gui.common.list_support import (
    EmptyHint,
    TextFilter,
    emit_record_id,
    save_table,
    select_first_row,
    setup_table,
)
from kopingplan.gui.common.paged_model import Column, PagedTableModel
from kopingplan.gui.common.retranslating import Retranslating
from kopingplan.gui.common.table_actions import open_only
from kopingplan.gui.forms import setup_form
from kopingplan.services import registry
from kopingplan.services.changes import Changes

if TYPE_CHECKING:
    from kopingplan.gui.forms.ui_people_page import Ui_PeoplePage
    from kopingplan.services.session import Session

PERSON_COLUMNS = [
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Family name"), lambda r: r.family_name
    ),
    Column(lambda: QCoreApplication.translate("PeoplePage", "Given name"), lambda r: r.given_name),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Born"),
        lambda r: str(r.birth_year) if r.birth_year else "",
        align_right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Cases"),
        lambda r: str(r.case_count) if r.case_count else "",
        align_right=True,
    ),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Identity no."),
        lambda r: labels.yes(r.has_identity_number),
    ),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Organisation"),
        lambda r: r.organisation_name,
    ),
    Column(lambda: QCoreApplication.translate("PeoplePage", "Title"), lambda r: r.title),
]
ORGANISATION_COLUMNS = [
    Column(lambda: QCoreApplication.translate("PeoplePage", "Name"), lambda r: r.name),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "Kind"),
        lambda r: labels.organisation_kind(r.kind),
    ),
    Column(lambda: QCoreApplication.translate("PeoplePage", "Phone"), lambda r: r.phone),
    Column(
        lambda: QCoreApplication.translate("PeoplePage", "People"),
        lambda r: str(r.person_count) if r.person_count else "",
        align_right=True,
    ),
]


class PeoplePage(Retranslating, QWidget):
    personActivated = Signal(int)
    organisationActivated = Signal(int)
    newPersonRequested = Signal()
    newOrganisationRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui: Ui_PeoplePage = setup_form("people_page", self)
        self.session: Session | None = session
        ui = self.ui
        self.persons = PagedTableModel(PERSON_COLUMNS, self)
        self.organisations = PagedTableModel(ORGANISATION_COLUMNS, self)
        self.persons.countChanged.connect(self._show_counts)
        self.organisations.countChanged.connect(self._show_counts)
        setup_table(ui.personTable, self.persons, [150, 130, 60, 60, 90, 240], "persons")
        setup_table(ui.organisationTable, self.organisations, [300, 180, 130, 80], "organisations")
        open_only(ui.personTable, emit_record_id(self.personActivated))
        open_only(ui.organisationTable, emit_record_id(self.organisationActivated))
        ui.newPersonButton.clicked.connect(self.newPersonRequested)
        ui.newOrganisationButton.clicked.connect(self.newOrganisationRequested)
        self._fill_kinds()
        self._person_filter = TextFilter(ui.personFilter, self.apply_person_filter)
        self._organisation_filter = TextFilter(
            ui.organisationFilter, self.apply_organisation_filter
        )
        ui.kindFilter.currentIndexChanged.connect(self.apply_organisation_filter)
        self.apply_person_filter()
        self.apply_organisation_filter()
        self.person_hint = EmptyHint(
            ui.personTable,
            lambda: (
                self.tr("No person matches the filter.")
                if self.ui.personFilter.text().strip()
                else self.tr("No persons yet. Add the first with New person…")
            ),
        )
        self.organisation_hint = EmptyHint(
            ui.organisationTable,
            lambda: (
                self.tr("No organisation matches the filters.")
                if self.ui.organisationFilter.text().strip()
                or self.ui.kindFilter.currentIndex() > 0
                else self.tr("No organisations yet. Add your partners with New organisation…")
            ),
        )

    def _fill_kinds(self) -> None:
        kinds = [(labels.organisation_kind(k), k.value) for k in model.OrganisationKind]
        refill_choices(self.ui.kindFilter, [(self.tr("All kinds"), None), *kinds])

    # --- filters -----------------------------------------------------------------------------

    def apply_person_filter(self) -> None:
        if self.session is None:
            return
        session, text = self.session, self.ui.personFilter.text().strip() or None
        self.persons.set_paged_query(registry.person_page, registry.person_count, session, text)

    def apply_organisation_filter(self) -> None:
        if self.session is None:
            return
        session = self.session
        text = self.ui.organisationFilter.text().strip() or None
        kind_value = self.ui.kindFilter.currentData()
        kind = model.OrganisationKind(kind_value) if kind_value else None
        self.organisations.set_paged_query(
            registry.organisation_page, registry.organisation_count, session, text, kind
        )

    def refresh_after(self, changes: Changes) -> None:
        """Reads the lists again after persons or organisations changed (gui/common/changes.py)."""
        if changes.touches("organisations"):
            self.organisations.refresh()
        if changes.touches("persons", "organisations"):  # the persons' organisation column
            self.persons.refresh()

    def _show_counts(self) -> None:
        self.ui.personCount.setText(self.tr("%n person(s)", "", self.persons.total))
        self.ui.organisationCount.setText(
            self.tr("%n organisation(s)", "", self.organisations.total)
        )

    # --- opening -----------------------------------------------------------------------------

    def focus_list(self) -> None:
        table = (
            self.ui.personTable if self.ui.tabs.currentIndex() == 0 else self.ui.organisationTable
        )
        table.setFocus()
        select_first_row(table)

    # --- life cycle --------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self._fill_kinds()
        self.persons.retranslate()
        self.organisations.retranslate()
        self._show_counts()

    def teardown(self) -> None:
        save_table(self.ui.personTable, "persons")
        save_table(self.ui.organisationTable, "organisations")
        self.session = None
        self.ui.personFilter.clear()
        self.ui.organisationFilter.clear()
        self._person_filter.stop()
        self._organisation_filter.stop()
        for table, table_model in (
            (self.ui.personTable, self.persons),
            (self.ui.organisationTable, self.organisations),
        ):
            table.setModel(None)
            table_model.clear()
