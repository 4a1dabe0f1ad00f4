"""Contacts with a partner organisation outside any case (issue 18), from the organisation's
own window: recorded, reminded in Att göra and opened from there, corrected with the earlier
text kept, removed when recorded by mistake; a case's contact is never touched from here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model as m
from kopingplan.errors import InvalidInput, NotFound
from kopingplan.gui.common.paged_model import ROW_ROLE
from kopingplan.gui.common.record_form import set_date
from kopingplan.gui.todo import todo_page
from kopingplan.services import partner_contacts
from kopingplan.storage import audit

from gui_helpers import add_cases, type_text, unlock

pytestmark = pytest.mark.gui


@pytest.fixture
def ids(session: Any) -> dict[str, int]:
    (case_id,) = add_cases(session, [("Adam", "individual")])
    mosque = session.save(m.Organisation("Moskéföreningen", m.OrganisationKind.FAITH_COMMUNITY))
    chair = session.save(m.Person("Yusuf", "Ordförandesson", organisation_id=mosque.id))
    in_case = session.save(
        m.Contact(datetime(2026, 3, 1, 9, tzinfo=UTC), m.Channel.PHONE, "Om Adam",
                  organisation_id=mosque.id, case_id=case_id)
    )  # fmt: skip
    return {"org": mosque.id, "chair": chair.id, "case_contact": in_case.id}


@pytest.fixture
def window(controller: Any, qtbot: Any, session: Any, vault_paths: Any, ids: Any) -> Any:
    session.close()
    controller.start(vault_paths.folder)
    opened = unlock(controller, qtbot)
    qtbot.waitExposed(opened)
    return opened


def _save(form: Any, qtbot: Any) -> None:
    button = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled(), form.blocker
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _texts(listing: Any) -> list[str]:
    tree = listing.tree
    return [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]


def test_a_dialogue_with_the_board_is_recorded_reminded_corrected_and_removed(
    window: Any, qtbot: Any, ids: Any, tmp_path: Any
) -> None:
    view = window.windows.open_organisation(ids["org"])
    qtbot.waitExposed(view)
    listing = view.partner_contacts
    assert _texts(listing) == [""]  # the one greyed "No contact recorded." row
    assert listing.tree.topLevelItem(0).text(0) == "No contact recorded."

    qtbot.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    form = listing.form
    assert form.ui.headingLabel.text() == "New contact with the organisation"
    assert not form.ui.organisationCombo.isEnabled()
    people = [form.ui.personCombo.itemText(i) for i in range(form.ui.personCombo.count())]
    assert "Yusuf Ordförandesson" in people
    form.ui.personCombo.setCurrentIndex(form.ui.personCombo.findData(ids["chair"]))
    type_text(form.ui.summaryEdit, "Dialog med styrelsen om ungdomsverksamheten")
    form.ui.followUpCheck.setChecked(True)
    set_date(form.ui.followUpEdit, date.today())  # due today: in Att göra at once
    _save(form, qtbot)
    assert _texts(listing) == ["Dialog med styrelsen om ungdomsverksamheten"]
    view.grab().save(str(tmp_path / "organisation.png"))

    (stored,) = partner_contacts.contacts_of(window.session, ids["org"])
    assert (stored.case_id, stored.person_id) == (None, ids["chair"])
    # The case's own contact with the same organisation is not in this list.
    assert ids["case_contact"] not in [
        c.id for c in partner_contacts.contacts_of(window.session, ids["org"])
    ]

    # Att göra reminds of the follow-up; opening the item opens the contact in its window.
    form_gone = listing.form is None or not listing.form.isVisible()
    assert form_gone
    window.show_section(todo_page.SECTION_INDEX)
    page = window.todo_page
    page.refresh()
    rows = [page.model.index(r, 0).data(ROW_ROLE) for r in range(page.model.rowCount())]
    (item,) = [r for r in rows if r.kind == "contact" and r.id == stored.id]
    page.ui.todoTable.setCurrentIndex(page.model.index(rows.index(item), 0))
    page.open_current_case()
    opened = listing.form
    assert opened is not None and opened.isVisible()
    assert opened.ui.summaryEdit.toPlainText().startswith("Dialog med styrelsen")

    opened.ui.summaryEdit.selectAll()
    type_text(opened.ui.summaryEdit, "Dialog med styrelsen om lovverksamheten")
    type_text(opened.why, "Fel verksamhet")
    _save(opened, qtbot)
    assert _texts(listing) == ["Dialog med styrelsen om lovverksamheten"]

    listing.tree.setCurrentItem(listing.tree.topLevelItem(0))
    question = listing.ask_remove(listing.tree.currentIndex())
    assert question is not None and "recorded by mistake" in question.text()
    question.button(question.StandardButton.Yes).click() if question.button(
        question.StandardButton.Yes
    ) else question.accept()
    qtbot.waitUntil(lambda: _texts(listing) == [""])
    actions = [r.action for r in audit.entries(window.session.vault.conn, limit=-1)]
    assert {"contacts.create", "contacts.correct", "contacts.delete"} <= set(actions)


def test_a_case_contact_is_not_added_corrected_or_removed_here(window: Any, ids: Any) -> None:
    session = window.session
    with pytest.raises(InvalidInput):
        partner_contacts.delete_contact(session, ids["case_contact"])
    with pytest.raises(InvalidInput):
        partner_contacts.add_contact(
            session,
            m.Contact(
                datetime.now(UTC), m.Channel.PHONE, "x", organisation_id=ids["org"], case_id=1
            ),
        )
    with pytest.raises(NotFound):
        partner_contacts.add_contact(
            session, m.Contact(datetime.now(UTC), m.Channel.PHONE, "x", organisation_id=999)
        )
    assert partner_contacts.contacts_of(session, ids["org"]) == []


def test_a_new_contact_left_untouched_closes_without_asking(
    window: Any, qtbot: Any, ids: Any
) -> None:
    """The window's organisation is chosen before the form remembers its values, so Cancel on
    a new contact nobody typed in closes it at once (it asked "Save the changes?" before)."""
    view = window.windows.open_organisation(ids["org"])
    qtbot.waitExposed(view)
    listing = view.partner_contacts
    qtbot.mouseClick(listing.new_button, Qt.MouseButton.LeftButton)
    form = listing.form
    assert form.ui.organisationCombo.currentData() == ids["org"]
    qtbot.mouseClick(
        form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert form.unsaved_question is None
    qtbot.waitUntil(lambda: listing.form is None)
