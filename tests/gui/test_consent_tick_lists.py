"""The consent form's two lists to tick (named organisations, kinds of organisation) are the
record forms' shared TickList: what is ticked is stored in the consent, in the order the form
shows it (organisations by name, kinds as listed), and a draft kept at a lock — also one kept
before the lists were shared, with the same value names and shapes — opens with them ticked."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QListWidget

from kopingplan.domain import model
from kopingplan.domain.consent import ConsentForm, ConsentGiver
from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
from kopingplan.gui.common.form_drafts import keep_draft
from kopingplan.services import consents

from gui_helpers import add_cases, type_text

pytestmark = pytest.mark.gui

PURPOSE = "Stöd till avhopp"


@pytest.fixture
def case_id(session: Any) -> int:
    (made,) = add_cases(session, [("Ärende Norra", "individual")])
    # Saved in this order, so ids and names sort differently: 1 Polisen, 2 Norra, 3 Arbetsförm.
    for name, kind in (
        ("Polisen Köping", model.OrganisationKind.POLICE),
        ("Norra skolan", model.OrganisationKind.SCHOOL),
        ("Arbetsförmedlingen", model.OrganisationKind.OTHER),
    ):
        session.save(model.Organisation(name, kind))
    return made


def _ids(session: Any) -> dict[str, int]:
    rows = session.vault.conn.execute("SELECT name, id FROM organisations").fetchall()
    return {name: int(i) for name, i in rows}


def _form(qtbot: Any, session: Any, case_id: int) -> ConsentEditDialog:
    form = ConsentEditDialog(session, case_id)  # not given to qtbot: it deletes itself on closing
    form.show()
    return form


def _tick(view: QListWidget, *texts: str) -> None:
    for i in range(view.count()):
        if view.item(i).text() in texts:
            view.item(i).setCheckState(Qt.CheckState.Checked)


def _ticked(view: QListWidget) -> list[str]:
    return [
        view.item(i).text()
        for i in range(view.count())
        if view.item(i).checkState() == Qt.CheckState.Checked
    ]


def _save(form: ConsentEditDialog, qtbot: Any) -> None:
    button = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled(), form.blocker
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_ticked_organisations_and_kinds_are_stored_in_the_order_shown(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    form = _form(qtbot, session, case_id)
    rows = form.ui.organisationsList
    assert [rows.item(i).text() for i in range(rows.count())] == [
        "Arbetsförmedlingen",
        "Norra skolan",
        "Polisen Köping",
    ]
    assert not form.dirty
    _tick(rows, "Polisen Köping", "Arbetsförmedlingen")
    assert form.dirty  # ticking is a change, as typing is
    kinds = form.ui.kindsList
    _tick(kinds, "Health care", "Police", "Social services")
    type_text(form.ui.purposesEdit, PURPOSE)
    _save(form, qtbot)

    (stored,) = consents.consents_of_case(session, case_id)
    ids = _ids(session)
    assert stored.organisation_ids == (ids["Arbetsförmedlingen"], ids["Polisen Köping"])
    # As listed (Police, Social services … Health care), not by name or value.
    assert stored.organisation_kinds == ("police", "social_services", "health_care")
    assert stored.purposes == (PURPOSE,)


def test_a_draft_kept_at_a_lock_opens_with_the_same_rows_ticked(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    form = _form(qtbot, session, case_id)
    _tick(form.ui.organisationsList, "Norra skolan", "Polisen Köping")
    _tick(form.ui.kindsList, "Police", "Social services")
    type_text(form.ui.purposesEdit, PURPOSE)
    kept = form.values()
    assert form.keep_as_draft() == ("consent", str(case_id))
    assert consents.consents_of_case(session, case_id) == []  # a draft is no consent

    again = _form(qtbot, session, case_id)
    assert _ticked(again.ui.organisationsList) == ["Norra skolan", "Polisen Köping"]
    assert _ticked(again.ui.kindsList) == ["Police", "Social services"]
    assert again.values() == kept and again.dirty
    _save(again, qtbot)
    (stored,) = consents.consents_of_case(session, case_id)
    ids = _ids(session)
    assert stored.organisation_ids == (ids["Norra skolan"], ids["Polisen Köping"])
    assert stored.organisation_kinds == ("police", "social_services")


def test_a_draft_kept_before_the_shared_lists_still_opens(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    ids = _ids(session)
    # The values as the form kept them before it used TickList (read off that code's values()).
    old = {
        "given_by": "both",
        "guardian": "Eva Ek",
        "purposes": PURPOSE,
        "form": "oral",
        "witness": "Per Ek",
        "given_on": "2026-11-30",
        "valid_until": "2027-11-30",
        "valid_until_set": False,
        "organisation_ids": [ids["Arbetsförmedlingen"], ids["Polisen Köping"]],
        "organisation_kinds": ["police", "school"],
    }
    keep_draft(session, "consent", str(case_id), old)

    form = _form(qtbot, session, case_id)
    assert _ticked(form.ui.organisationsList) == ["Arbetsförmedlingen", "Polisen Köping"]
    assert _ticked(form.ui.kindsList) == ["Police", "School"]
    # The giver and the form came back, and with them the fields they open.
    assert form.ui.guardianEdit.isEnabled() and form.ui.guardianEdit.text() == "Eva Ek"
    assert form.ui.witnessEdit.isEnabled() and form.ui.witnessEdit.text() == "Per Ek"
    assert form.values() == old
    _save(form, qtbot)
    (stored,) = consents.consents_of_case(session, case_id)
    assert stored.organisation_ids == (ids["Arbetsförmedlingen"], ids["Polisen Köping"])
    assert stored.organisation_kinds == ("police", "school")
    assert stored.given_by == ConsentGiver.BOTH and stored.form == ConsentForm.ORAL
    assert stored.guardian == "Eva Ek" and stored.witness == "Per Ek"


def test_a_draft_value_of_the_wrong_type_ticks_nothing(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    # A kind where an id belongs, an id where a kind belongs: the rows stay unticked.
    keep_draft(
        session,
        "consent",
        str(case_id),
        {"organisation_ids": ["police", None, {"x": 1}], "organisation_kinds": [1, [2]]},
    )
    form = _form(qtbot, session, case_id)
    try:
        assert _ticked(form.ui.organisationsList) == [] and _ticked(form.ui.kindsList) == []
        assert form.values()["organisation_ids"] == []
        assert form.values()["organisation_kinds"] == []
    finally:
        form.close_for_lock()  # a restored draft makes it 'changed': closing would ask
