"""Hostile review of session 9's changes (helper 124), through the real window.

The export's RecordingGate: the lock waits up to 10 s for the worker, then closes the gate,
which waits out a recording under way. The gate was entered before the package's bytes were
written and fsynced, so a lock that came while a large package was being written to a slow USB
stick (or a drive that stopped answering) waited for the whole write on the GUI thread, with
the vault's windows still shown, with no bound at all."""

from __future__ import annotations

import logging
import time
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from test_consent_tick_lists import _form as consent_form
from test_consent_tick_lists import _ticked as ticked
from test_consent_tick_lists import case_id
from test_export_during_lock import Making, making, vault
from test_export_wizard_draft import PURPOSE
from test_export_wizard_draft import stored as stored_draft

from kopingplan import files, i18n
from kopingplan.domain import model
from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
from kopingplan.gui.common.form_drafts import keep_draft
from kopingplan.gui.plan.activity_dialog import ActivityDialog
from kopingplan.gui.plan.commitments import CommitmentDialog
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.gui.situation.situation_periods import AssessmentDialog
from kopingplan.services import activities, exchange, plan, situation

pytestmark = pytest.mark.gui

__all__ = ["case_id", "making", "vault"]


def test_a_lock_does_not_wait_for_a_package_still_being_written(
    making: Making, caplog: pytest.LogCaptureFixture
) -> None:
    """The package is being written (and synced) when the lock's wait runs out: the lock goes
    on at once, no package is made and nothing is recorded, the input is kept as a draft."""
    caplog.set_level(logging.WARNING)
    making.create(making.slowed(files, "_written_and_placed"))
    making.wait_runs_out()

    started = time.monotonic()
    making.controller.lock()
    took = time.monotonic() - started

    assert took < 5, f"the lock waited {took:.1f} s for the file being written"
    dialog = making.controller.unlock_dialog
    assert dialog.message.startswith("The vault locked before the package was made")
    window = making.unlocked()  # the write ended behind the locked vault: refused at the gate
    assert not making.path.exists()
    assert not [p for p in making.path.parent.iterdir() if p.name.startswith(".kopingplan-")]
    assert exchange.disclosure_count(window.session) == 0
    draft = stored_draft(window)
    assert draft is not None and draft["fields"]["terms"]["purpose"] == PURPOSE


def _forms(session: Any) -> dict[str, Any]:
    """Each form this session changed, new and untouched, with records to tick."""
    revision = plan.add_revision(
        session, model.PlanRevision(2, date(2024, 10, 28), "Kommunfullmäktige", "Planen")
    )
    activities.add_activity(
        session, model.Activity(date(2026, 5, 28), model.ActivityKind.CAMPAIGN, "Kampanjen")
    )
    case = session.save(
        model.Case("Ärende", model.Level.SPECIFIC, model.Orientation.LEFT, date(2026, 2, 1))
    )
    stored = situation.add_assessment(
        session, date(2026, 7, 1), date(2026, 12, 31), "Läget är lugnt"
    )
    return {
        "assessment": AssessmentDialog(session, (date(2026, 7, 1), date(2026, 12, 31))),
        "correction": AssessmentDialog(session, (stored.first_day, stored.last_day), stored),
        "consent": ConsentEditDialog(session, case.id),
        "activity": ActivityDialog(session, None),
        "commitment": CommitmentDialog(session, revision, None),
        "incident": IncidentDialog(session, None),
    }


def test_a_language_switch_leaves_each_changed_form_unchanged(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    """Switching to Swedish with a form open retranslates it and changes none of its values:
    Esc then closes it unasked (a form 'changed' by the switch would ask to save)."""
    forms = _forms(session)
    for form in forms.values():
        form.show()
        qtbot.waitExposed(form)
    before = {name: (form.windowTitle(), form.values()) for name, form in forms.items()}
    try:
        i18n.install_translators(gui, "sv")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        for name, form in forms.items():
            title, values = before[name]
            assert form.windowTitle() != title, name  # retranslated
            assert form.values() == values, name
            assert not form.dirty, name
    finally:
        i18n.install_translators(gui, "en")
        for form in forms.values():
            form.close_for_lock()  # closed unasked, whatever happened above


def test_a_damaged_consent_draft_ticks_no_organisation_for_true(
    gui: QApplication, qtbot: Any, session: Any, case_id: int
) -> None:
    """A TickList ignores a draft's value of another type: True is no organisation's id,
    though Python counts it as 1 (it ticked the organisation with id 1)."""
    keep_draft(session, "consent", str(case_id), {"organisation_ids": [True, 2**70, 1.0]})
    form = consent_form(qtbot, session, case_id)
    try:
        assert ticked(form.ui.organisationsList) == []
        assert form.values()["organisation_ids"] == []
    finally:
        form.close_for_lock()  # a restored draft makes it 'changed': closing would ask
