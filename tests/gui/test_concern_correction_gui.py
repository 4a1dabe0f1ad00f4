"""Correcting a concern's intake in its form (issue 17): "Correct intake…" opens the intake
fields of a decided concern, the decision's fields stay shut, a reason is required, Save keeps
the earlier version and the form shows the correction when opened again. A refused correction
changes nothing. A screen in Swedish goes to /tmp/kopingplan-screens/concern-correction.png."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.gui.intake.concern_dialog import ConcernDialog
from kopingplan.services import concerns

from gui_helpers import click_save, type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/kopingplan-screens"))


def _decided(session: Any) -> model.Concern:
    stored = concerns.add_concern(
        session,
        model.Concern(
            received_on=date.today() - timedelta(days=4),
            source=model.ConcernSource.ANONYMOUS,
            channel=model.ConcernChannel.PHONE,
            description="En granne ringde om en ung man",
            recorded_at=datetime.now(UTC),
            recorded_by="Anna",
        ),
    )
    assert stored.id is not None
    decided_on = date.today() - timedelta(days=2)
    return concerns.decide(session, stored.id, "no_action", decided_on, "Anna",
                           reason="Inget tyder på radikalisering")  # fmt: skip


def _form(session: Any, concern: model.Concern, qtbot: Any) -> ConcernDialog:
    """The form, a window of its own over a holder that the test closes (a saved form deletes
    itself)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    form = ConcernDialog(session, concerns.get_concern(session, concern.id), holder)
    form.holder = holder  # type: ignore[attr-defined]  # qtbot keeps a weak reference only
    form.show()
    return form


def test_a_decided_concerns_intake_is_corrected_with_a_reason(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    school = session.save(model.Organisation("Norra skolan", model.OrganisationKind.SCHOOL))
    concern = _decided(session)
    form = _form(session, concern, qtbot)
    ui = form.ui
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isVisible()
    assert ui.descriptionEdit.isReadOnly() and not ui.sourceCombo.isEnabled()
    assert not form.correction.versions_label.isVisible()  # not corrected yet
    qtbot.mouseClick(form.correction.button, Qt.MouseButton.LeftButton)
    assert ui.headingLabel.text() == f"Concern {concern.id}: correcting the intake"
    assert save.isVisible() and not form.correction.button.isVisible()
    assert ui.sourceCombo.isEnabled() and not ui.descriptionEdit.isReadOnly()
    assert not ui.decisionCombo.isEnabled() and not ui.reasonEdit.isEnabled()
    assert form.focusWidget() is form.correction.reason_edit
    assert form.correction.reason_label.text() == "Corrected beca&use: *"  # required, as shown
    # The source becomes the school, the words are corrected; no reason yet: Save is refused.
    ui.sourceCombo.setCurrentIndex(ui.sourceCombo.findData(model.ConcernSource.ORGANISATION))
    ui.organisationCombo.setCurrentIndex(ui.organisationCombo.findData(school.id))
    ui.descriptionEdit.setPlainText("Skolans kurator ringde om en ung man")
    assert not save.isEnabled() and "Corrected because" in save.toolTip()
    type_text(form.correction.reason_edit, "Fel avsändare antecknades")
    click_save(qtbot, form)
    now = concerns.get_concern(session, concern.id)
    assert (now.source, now.organisation_id) == (model.ConcernSource.ORGANISATION, school.id)
    assert now.description == "Skolans kurator ringde om en ung man"
    assert now.decision is model.ConcernDecision.NO_ACTION
    assert now.decision_reason == "Inget tyder på radikalisering"
    (earlier,) = concerns.concern_versions(session, concern.id)
    assert earlier.reason == "Fel avsändare antecknades"
    assert earlier.record.description == "En granne ringde om en ung man"
    again = _form(session, now, qtbot)
    label = again.correction.versions_label
    assert label.isVisible() and "corrected 1 time" in label.text()
    assert "Fel avsändare antecknades" in label.text()
    assert "En granne ringde om en ung man" in label.toolTip()


def test_a_day_received_after_the_decision_is_refused_and_changes_nothing(
    gui: QApplication, qtbot: Any, session: Any
) -> None:
    concern = _decided(session)
    form = _form(session, concern, qtbot)
    form.correction.begin()
    form.ui.receivedEdit.setDate(form.ui.receivedEdit.maximumDate())  # today: after the decision
    type_text(form.correction.reason_edit, "Fel dag")
    save = form.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert not form.save()  # as if Save were pressed
    assert form.isVisible()
    assert "after the day of the screening decision" in form.shown_problem("received_on")
    assert concerns.get_concern(session, concern.id) == concern
    assert concerns.concern_versions(session, concern.id) == []


def test_a_new_concern_has_no_correction(gui: QApplication, qtbot: Any, session: Any) -> None:
    form = ConcernDialog(session, None)
    qtbot.addWidget(form)
    form.show()
    assert not form.correction.button.isVisible()
    assert not form.correction.reason_edit.isVisible()


def test_screen_in_swedish(gui: QApplication, qtbot: Any, session: Any) -> None:
    i18n.install_translators(gui, "sv")
    try:
        concern = _decided(session)
        concerns.correct_intake(
            session, concern.id,
            concerns.get_concern(session, concern.id).__class__(
                **{**concern.__dict__, "raised_by": "grannen"}
            ),
            "Lade till vem som ringde",
        )  # fmt: skip
        form = _form(session, concern, qtbot)
        assert form.correction.button.text() == "Rätta upp&gifterna …"
        form.correction.begin()
        qtbot.waitExposed(form)
        SHOTS.mkdir(parents=True, exist_ok=True)
        form.grab().save(str(SHOTS / "concern-correction.png"))
        assert form.correction.reason_label.text() == "Varf&ör rättas: *"  # required
        i18n.install_translators(gui, "en")  # a switch keeps the mark
        label = form.correction.reason_label
        qtbot.waitUntil(lambda: label.text().startswith("Corrected"))
        assert label.text() == "Corrected beca&use: *"
    finally:
        i18n.install_translators(gui, "en")
