"""An organisation's agreements live only in its agreements list since schema v9 (issue 18):
its window and its form no longer show or ask for the old one-line agreement, the people page's
organisation list has no agreement column, and a saved organisation keeps its agreements."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from kopingplan.domain import model
from kopingplan.gui.cases.case_model import format_date
from kopingplan.gui.people.people_page import PeoplePage
from kopingplan.gui.people.person_edit import OrganisationEditDialog
from kopingplan.gui.people.person_view import OrganisationView
from kopingplan.services import agreements

from gui_helpers import type_text

pytestmark = pytest.mark.gui

SCREENSHOTS = Path("/tmp/kp-legacy-agreements")


@pytest.fixture
def bron(session: Any) -> model.Organisation:
    organisation = session.save(
        model.Organisation(
            "Mentorsnätverket Bron", model.OrganisationKind.IOP_PARTNER, phone="0221-123 45",
            notes="Ring Lena efter lunch",
        )
    )  # fmt: skip
    agreements.add_agreement(
        session,
        model.Agreement(
            organisation.id, model.AgreementKind.IOP, "IOP om mentorsstöd", date(2026, 3, 10),
            date(2027, 12, 31), note="Två mentorer, kvällar och helger.",
        ),
    )  # fmt: skip
    return organisation  # type: ignore[no-any-return]


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def _shot(widget: QWidget, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_the_window_shows_the_agreement_only_in_its_list(
    gui: QApplication, qtbot: Any, session: Any, bron: model.Organisation
) -> None:
    view = OrganisationView(session, bron.id)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    texts = _texts(view)
    assert "Phone:" in texts and "0221-123 45" in texts  # control: the rows are read
    assert not [t for t in texts if t.startswith("Agreement")]  # no "Agreement:" rows
    assert not hasattr(view.ui, "agreementValue") and not hasattr(view.ui, "agreementUntilValue")
    tree = view.agreements.tree
    row = [tree.topLevelItem(0).text(c) for c in range(4)]
    assert tree.topLevelItemCount() == 1
    assert row == ["IOP (idea-based public partnership)", "IOP om mentorsstöd",
                   format_date(date(2026, 3, 10)), format_date(date(2027, 12, 31))]  # fmt: skip
    _shot(view, "organisation_window")


def test_the_form_asks_for_no_agreement_and_a_save_keeps_the_agreements(
    gui: QApplication, qtbot: Any, session: Any, bron: model.Organisation
) -> None:
    form = OrganisationEditDialog(session, bron)  # it deletes itself once saved
    form.show()
    qtbot.waitExposed(form)
    assert not [t for t in _texts(form) if "greement" in t]
    assert not hasattr(form.ui, "agreementEdit") and not hasattr(form.ui, "agreementUntilCheck")
    assert "agreement" not in form.values() and "agreement_until_set" not in form.values()
    _shot(form, "organisation_form")
    form.ui.notesEdit.clear()
    type_text(form.ui.notesEdit, "Ring Lena på förmiddagen")
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(
            form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    assert session.get(model.Organisation, bron.id).notes == "Ring Lena på förmiddagen"
    assert [a.title for a in agreements.agreements_of(session, bron.id)] == ["IOP om mentorsstöd"]


def test_the_organisation_list_has_no_agreement_column(
    gui: QApplication, qtbot: Any, session: Any, bron: model.Organisation
) -> None:
    page = PeoplePage(session)
    qtbot.addWidget(page)
    found = page.organisations
    headers = [found.headerData(c, Qt.Orientation.Horizontal) for c in range(found.columnCount())]
    assert headers == ["Name", "Kind", "Phone", "People"]
    row = [found.data(found.index(0, c)) for c in range(found.columnCount())]
    assert row == ["Mentorsnätverket Bron", "IOP partner", "0221-123 45", ""]
