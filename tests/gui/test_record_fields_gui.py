"""A record form shows a stored record and builds it back unchanged.

The forms fill their widgets from a record with ``RecordDialog.show_record`` and read them back
with ``record_from_fields`` (text as the vault stores it, enums from their stored values, days
and local times): a form opened on a stored record and saved untouched must give the record it
was opened on, with nothing marked as changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from kopingplan.domain import model as m
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_records import ContactDialog, NoteDialog
from kopingplan.gui.people.person_edit import UNKNOWN_YEAR, OrganisationEditDialog, PersonEditDialog
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.gui.situation.situation_edit import SituationEntryDialog

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


def _opened(qtbot: Any, form: Any) -> Any:
    form.show()
    qtbot.waitExposed(form)
    return form


def test_stored_records_come_back_unchanged(qtbot: Any, session: Any) -> None:
    case_id = add_cases(session, [("Bertil i skolan", "specific")])[0]
    case = session.save(
        m.Case(
            title="Zara, anhörigsamtal",
            level=m.Level.INDIVIDUAL,
            orientation=m.Orientation.ISLAMIST,
            opened_on=date(2026, 3, 4),
            summary="Första raden\nandra raden",
        )
    )
    organisation = session.save(
        m.Organisation(
            "Fritidsgården", m.OrganisationKind.CULTURE_LEISURE, phone="0221-1", own_unit=True
        )
    )
    person = session.save(
        m.Person(
            "Tolvan",
            "Tolvansson",
            identity_number="191212121212",
            organisation_id=organisation.id,
            notes="Träffas på fredagar",
        )
    )
    entry = session.save(
        m.SituationEntry(
            date(2026, 2, 1), "Centrum", m.Orientation.RIGHT, "Klistermärken", "Polisen",
            assessment="Ökar", reliability=m.Reliability.PROBABLE,
        )
    )  # fmt: skip
    incident = session.save(
        m.Incident(
            date(2026, 2, 2), m.IncidentKind.THREAT, "Hot i telefon", "Handläggare A",
            reported_to_police=True, follow_up_on=date(2026, 2, 16), case_id=case_id,
        )
    )  # fmt: skip
    note = session.save(
        m.Note(case_id, datetime(2026, 2, 3, 13, 5, tzinfo=UTC), "Samtal", "Skolan")
    )
    contact = session.save(
        m.Contact(
            datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.PHONE, "Ringde skolan",
            organisation_id=organisation.id, case_id=case_id, follow_up_on=date(2026, 3, 1),
        )
    )  # fmt: skip
    forms = [
        (CaseEditDialog(session, case), case),
        (PersonEditDialog(session, person), person),
        (OrganisationEditDialog(session, organisation), organisation),
        (SituationEntryDialog(session, entry), entry),
        (IncidentDialog(session, incident), incident),
        (NoteDialog(session, case_id, note=note), note),
        (ContactDialog(session, case_id, [], contact=contact), contact),
    ]
    for form, stored in forms:
        _opened(qtbot, form)
        assert form.build() == stored, type(form).__name__
        assert not form.dirty and form.blocker == "", type(form).__name__
        form.close_for_lock()
    # What the user reads: the number as it is written, the level and the day.
    person_form = _opened(qtbot, PersonEditDialog(session, person))
    assert person_form.ui.identityEdit.text() == "19121212-1212"
    assert person_form.ui.birthYearSpin.value() == UNKNOWN_YEAR  # not taken from the number
    person_form.close_for_lock()
    case_form = _opened(qtbot, CaseEditDialog(session, case))
    assert case_form.ui.levelCombo.currentText() == "Individual"
    assert case_form.ui.openedEdit.date().toString("yyyy-MM-dd") == "2026-03-04"
    case_form.close_for_lock()


def test_a_new_form_starts_from_its_defaults_and_reads_typed_text_as_stored(
    qtbot: Any, session: Any
) -> None:
    form = _opened(qtbot, CaseEditDialog(session, None))
    form.ui.titleEdit.setText("  Ny\r\nrubrik  ")
    built = form.build()
    assert built.title == "Ny\nrubrik"  # rules.normalise_text, as the vault stores it
    assert (built.level, built.orientation) == (m.Level.GENERAL, m.Orientation.UNCLEAR)
    assert built.opened_on == date.today() and built.id is None
    assert built.responsible_group_id is None and built.status is m.CaseStatus.OPEN
    form.close_for_lock()


def test_a_decided_concern_shows_its_intake_and_decision(qtbot: Any, session: Any) -> None:
    from kopingplan.gui.intake.concern_dialog import ConcernDialog
    from kopingplan.services import concerns

    taken = concerns.add_concern(
        session,
        m.Concern(
            date(2026, 2, 2), m.ConcernSource.ANONYMOUS, m.ConcernChannel.PHONE, "Oro för elev",
            datetime.now(UTC), "test", raised_by="rektor", level=m.Level.SPECIFIC,
        ),
    )  # fmt: skip
    assert taken.id is not None
    decided = concerns.decide(
        session, taken.id, m.ConcernDecision.REFERRED, date(2026, 2, 3), "Samordnaren",
        referred_to="Socialtjänsten", reason="Deras ansvar",
    )  # fmt: skip
    form = _opened(qtbot, ConcernDialog(session, decided))
    shown = form.values()
    assert {k: shown[k] for k in ("received_on", "source", "raised_by", "level")} == {
        "received_on": "2026-02-02",
        "source": "anonymous",
        "raised_by": "rektor",
        "level": "specific",
    }
    assert {k: shown[k] for k in ("decision", "decided_on", "decided_by", "referred_to")} == {
        "decision": "referred",
        "decided_on": "2026-02-03",
        "decided_by": "Samordnaren",
        "referred_to": "Socialtjänsten",
    }
    assert shown["decision_reason"] == "Deras ansvar" and not form.dirty
    form.close_for_lock()
