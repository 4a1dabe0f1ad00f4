"""The organisation form saves the organisation and its content profile in one transaction: when
the profile cannot be written (the disk full, say), the organisation is not changed either, no
new organisation is left behind without the profile asked for, the log has no row for a change
that did not happen, and the form keeps what was typed with the message on its line."""

from __future__ import annotations

from typing import Any

import pytest
import sqlcipher3
from PySide6.QtWidgets import QDialogButtonBox

from kopingplan.domain import model as m
from kopingplan.gui.people.person_edit import OrganisationEditDialog
from kopingplan.services import content_profiles, registry
from kopingplan.storage import audit
from kopingplan.storage.repositories import content_profiles as profile_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def disk_full_for_profiles(monkeypatch: Any) -> None:
    def full(*_: object) -> None:
        raise sqlcipher3.OperationalError("database or disk is full")

    monkeypatch.setattr(profile_rows, "put", full)


def _filled(
    session: Any, qtbot: Any, organisation: m.Organisation | None, name: str
) -> OrganisationEditDialog:
    """The form, named ``name`` with the profile "measures" only."""
    form = OrganisationEditDialog(session, organisation)
    qtbot.addWidget(form)
    form.ui.nameEdit.setText(name)
    form.profile_box.default_check.setChecked(False)
    form.profile_box.parts["measures"].setChecked(True)
    return form


def _save(form: OrganisationEditDialog) -> None:
    form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_failed_profile_leaves_the_organisation_unchanged(
    session: Any, qtbot: Any, disk_full_for_profiles: None
) -> None:
    police = session.save(m.Organisation("Polisen Köping", m.OrganisationKind.POLICE))
    logged = len(audit.entries(session.vault.conn))
    form = _filled(session, qtbot, police, "Lokalpolisområde Köping")
    form.show()
    _save(form)
    assert form.isVisible() and form.ui.nameEdit.text() == "Lokalpolisområde Köping"
    assert "disk is full" in form.message.text
    assert session.get(m.Organisation, police.id).name == "Polisen Köping"
    assert content_profiles.profile(session, police.id) is None
    assert len(audit.entries(session.vault.conn)) == logged


def test_a_new_organisation_whose_profile_fails_is_not_stored(
    session: Any, qtbot: Any, disk_full_for_profiles: None
) -> None:
    form = _filled(session, qtbot, None, "Västra skolan")
    form.show()
    _save(form)
    assert form.isVisible() and "disk is full" in form.message.text
    assert [o.name for o in registry.organisations(session)] == []
    assert audit.entries(session.vault.conn, action="organisations.create") == []


def test_the_organisation_and_its_profile_saved_together(session: Any, qtbot: Any) -> None:
    form = _filled(session, qtbot, None, "Västra skolan")
    with qtbot.waitSignal(form.saved) as saved:
        _save(form)
    stored = saved.args[0]
    assert session.get(m.Organisation, stored.id).name == "Västra skolan"
    assert content_profiles.profile(session, stored.id) == {"measures"}
    actions = [e.action for e in audit.entries(session.vault.conn, entity="organisations")]
    assert sorted(actions) == ["organisations.create", "organisations.update"]
