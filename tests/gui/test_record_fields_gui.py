"""A record form shows a stored record and builds it back unchanged.

Which widget shows which field is said in the form (forms/*.ui: the Designer dynamic property
``field``); the forms fill their widgets from a record with ``RecordDialog.show_record`` and
read them back with ``record_from_fields`` (text as the vault stores it, enums from their
stored values, days and local times): a form opened on a stored record and saved untouched
must give the record it was opened on, with nothing marked as changed, and what is typed into
a new record's form is what the record holds.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from kopingplan.domain import model as m
from kopingplan.domain.consent import Consent
from kopingplan.domain.situation_period import SituationAssessment
from kopingplan.gui.cases.case_edit import CaseEditDialog
from kopingplan.gui.cases.case_records import ContactDialog, NoteDialog
from kopingplan.gui.common.form_values import form_fields
from kopingplan.gui.forms import setup_form
from kopingplan.gui.people.person_edit import UNKNOWN_YEAR, OrganisationEditDialog, PersonEditDialog
from kopingplan.gui.situation.incident_form import IncidentDialog
from kopingplan.gui.situation.situation_edit import SituationEntryDialog

from gui_helpers import add_cases

pytestmark = pytest.mark.gui

FORMS_DIR = Path(__file__).resolve().parents[2] / "forms"

# Each record form's fields, in the form's order, as the hand-written maps said before the
# forms named them in Designer: form → (the record it builds, field → widget).
FORM_FIELDS: dict[str, tuple[type, dict[str, str]]] = {
    "case_edit": (m.Case, {
        "title": "titleEdit", "level": "levelCombo", "orientation": "orientationCombo",
        "opened_on": "openedEdit", "responsible_group_id": "groupCombo",
        "responsible_person_id": "personCombo", "summary": "summaryEdit",
    }),
    "note_edit": (m.Note, {
        "written_at": "writtenEdit", "text": "textEdit", "source": "sourceEdit",
    }),
    "contact_edit": (m.Contact, {
        "occurred_at": "occurredEdit", "channel": "channelCombo", "person_id": "personCombo",
        "organisation_id": "organisationCombo", "summary": "summaryEdit",
        "follow_up_on": "followUpEdit",
    }),
    "participant_edit": (m.CaseParticipant, {
        "person_id": "personCombo", "role": "roleCombo", "relation": "relationEdit",
    }),
    "consent_edit": (Consent, {
        "given_by": "givenByCombo", "guardian": "guardianEdit", "purposes": "purposesEdit",
        "form": "formCombo", "witness": "witnessEdit", "given_on": "givenOnEdit",
        "valid_until": "untilEdit",
    }),
    "plan_revision": (m.PlanRevision, {
        "revision": "revisionSpin", "adopted_on": "adoptedEdit", "adopted_by": "adoptedByEdit",
        "diary_number": "diaryEdit", "change_summary": "changesEdit", "text": "textEdit",
    }),
    "activity_edit": (m.Activity, {
        "held_on": "heldEdit", "kind": "kindCombo", "title": "titleEdit",
        "organiser_id": "organiserCombo", "target_group": "targetEdit",
        "participants": "participantsSpin", "description": "descriptionEdit",
        "follow_up_on": "followUpEdit", "follow_up_note": "followUpNoteEdit",
    }),
    "commitment_edit": (m.Commitment, {"text": "textEdit", "due_on": "dueEdit"}),
    "agenda_item": (m.AgendaItem, {
        "kind": "kindCombo", "case_id": "caseCombo", "title": "titleEdit", "notes": "notesEdit",
    }),
    "group_edit": (m.Group, {
        "name": "nameEdit", "kind": "kindCombo", "kind_name": "kindNameEdit",
        "description": "descriptionEdit",
    }),
    "group_member": (m.GroupMembership, {
        "person_id": "personCombo", "organisation_id": "organisationCombo", "role": "roleEdit",
        "from_date": "fromEdit",
    }),
    "situation_edit": (m.SituationEntry, {
        "observed_on": "observedEdit", "milieu": "milieuEdit", "orientation": "orientationCombo",
        "observation": "observationEdit", "source": "sourceEdit",
        "reliability": "reliabilityCombo", "assessment": "assessmentEdit",
    }),
    "incident_edit": (m.Incident, {
        "occurred_on": "occurredEdit", "kind": "kindCombo", "staff_member": "staffEdit",
        "description": "descriptionEdit", "reported_to_police": "policeCheck",
        "support_given": "supportEdit", "follow_up_on": "followUpEdit", "case_id": "caseEdit",
    }),
    "incident_support": (m.IncidentSupport, {
        "kind": "kindCombo", "given_on": "givenEdit", "given_by": "givenByEdit",
        "description": "descriptionEdit",
    }),
    "concern_edit": (m.Concern, {
        "received_on": "receivedEdit", "source": "sourceCombo",
        "organisation_id": "organisationCombo", "person_id": "personCombo",
        "raised_by": "raisedByEdit", "channel": "channelCombo", "description": "descriptionEdit",
        "orientation": "orientationCombo", "level": "levelCombo", "decision": "decisionCombo",
        "decided_on": "decidedOnEdit", "decided_by": "decidedByEdit", "case_id": "caseSpin",
        "new_case_title": "newCaseTitleEdit", "referred_to": "referredToEdit",
        "decision_reason": "reasonEdit",
    }),
    "person_edit": (m.Person, {
        "given_name": "givenEdit", "family_name": "familyEdit", "identity_number": "identityEdit",
        "birth_year": "birthYearSpin", "phone": "phoneEdit", "email": "emailEdit",
        "address": "addressEdit", "organisation_id": "organisationCombo", "title": "titleEdit",
        "notes": "notesEdit",
    }),
    "organisation_edit": (m.Organisation, {
        "name": "nameEdit", "kind": "kindCombo", "phone": "phoneEdit", "email": "emailEdit",
        "address": "addressEdit", "notes": "notesEdit", "own_unit": "ownUnitCheck",
    }),
    "assessment_edit": (SituationAssessment, {
        "first_day": "firstDayEdit", "last_day": "lastDayEdit", "text": "textEdit",
    }),
    "agreement_edit": (m.Agreement, {
        "kind": "kindCombo", "title": "titleEdit", "starts_on": "startsEdit", "ends_on": "endsEdit",
        "note": "noteEdit",
    }),
}  # fmt: skip
# Form values that are no field of the record, with problems of their own (extra_problems): the
# title of the case a concern's decision opens is the case's, not the concern's.
NOT_IN_RECORD = {"concern_edit": {"new_case_title"}}


def _claimed(ui_file: Path) -> list[str]:
    """The fields the widgets of a .ui file claim (its ``field`` properties), as written."""
    return [
        prop.findtext("string") or ""
        for prop in ET.parse(ui_file).iter("property")
        if prop.get("name") == "field"
    ]


def _form_name(form: Any) -> str:
    """The Designer form a dialog was made from ("case_edit" for ui_case_edit)."""
    return str(type(form.ui).__module__).rpartition(".ui_")[2]


def _shown(fields: dict[str, Any]) -> list[tuple[str, str]]:
    return [(name, widget.objectName()) for name, widget in fields.items()]


def test_each_record_form_names_fields_of_its_record_once(qtbot: Any) -> None:
    """A typo in Designer (a field the record has not, a field claimed twice) fails here."""
    naming = {ui.stem for ui in FORMS_DIR.glob("*.ui") if _claimed(ui)}
    assert naming == set(FORM_FIELDS)
    for name, (record_type, expected) in FORM_FIELDS.items():
        claimed = _claimed(FORMS_DIR / f"{name}.ui")
        assert len(claimed) == len(set(claimed)), name
        record_fields = {f.name for f in dataclasses.fields(record_type)}
        assert set(claimed) <= record_fields | NOT_IN_RECORD.get(name, set()), name
        dialog = QDialog()
        qtbot.addWidget(dialog)
        setup_form(name, dialog)
        assert _shown(form_fields(dialog)) == list(expected.items()), name


def test_a_field_claimed_twice_is_refused(qtbot: Any) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    setup_form("note_edit", dialog)
    dialog.findChild(QLineEdit, "sourceEdit").setProperty("field", "text")
    with pytest.raises(ValueError, match="textEdit and sourceEdit both show the field 'text'"):
        form_fields(dialog)


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
        (NoteDialog(session, case_id, record=note), note),
        (ContactDialog(session, case_id, [], contact=contact), contact),
    ]
    for form, stored in forms:
        _opened(qtbot, form)
        assert _shown(form.fields) == list(FORM_FIELDS[_form_name(form)][1].items())
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
    from kopingplan.gui.intake.concern_correction import REASON_FIELD
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
    # The form's fields, and the reason of an intake correction (added in code) last.
    expected = [*FORM_FIELDS["concern_edit"][1].items(), (REASON_FIELD, "correctionReasonEdit")]
    assert _shown(form.fields) == expected
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


def test_the_plan_group_and_agreement_forms_give_back_their_records(
    qtbot: Any, session: Any
) -> None:
    from kopingplan.gui.meetings.group_admin import GroupDialog
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.plan.activity_dialog import ActivityDialog
    from kopingplan.gui.plan.commitments import CommitmentDialog
    from kopingplan.gui.plan.plan_revision_dialog import PlanRevisionDialog
    from kopingplan.services import activities, agreements, meetings, plan

    partner = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    school = session.save(m.Organisation("Skolan", m.OrganisationKind.SCHOOL))
    group = meetings.create_group(session, "Insatsgrupp Väst", m.GroupKind.OTHER, "Om", "Nätverk")
    revision = plan.add_revision(
        session,
        m.PlanRevision(
            2, date(2026, 1, 20), "Kommunstyrelsen", "Planens text", "Nya mål", "KS 2026/12"
        ),
    )
    activity = activities.add_activity(
        session,
        m.Activity(
            date(2026, 2, 10), m.ActivityKind.TRAINING, "Utbildning", organiser_id=partner.id,
            partner_ids=(school.id,), target_group="Lärare", themes=(m.Orientation.RIGHT,),
            participants=25, description="Halvdag", follow_up_on=date(2026, 5, 1),
            follow_up_note="Fråga rektorerna",
        ),
    )  # fmt: skip
    commitment = plan.add_commitment(
        session,
        m.Commitment(
            revision.id, "Utbilda all personal", date(2026, 12, 1), group_ids=(group.id,),
            activity_ids=(activity.id,), organisation_ids=(school.id,),
        ),
    )  # fmt: skip
    agreement = agreements.add_agreement(
        session,
        m.Agreement(
            partner.id, m.AgreementKind.IOP, "IOP fritid", date(2026, 1, 1), date(2026, 12, 31),
            "Förlängs årsvis",
        ),
    )  # fmt: skip
    forms = {
        "plan_revision": (PlanRevisionDialog(session, revision), revision),
        "activity_edit": (ActivityDialog(session, activity), activity),
        "commitment_edit": (CommitmentDialog(session, revision, commitment), commitment),
        "group_edit": (GroupDialog(session, group), group),
        "agreement_edit": (AgreementDialog(session, partner.id, agreement), agreement),
    }
    for name, (form, stored) in forms.items():
        _opened(qtbot, form)
        assert _shown(form.fields) == list(FORM_FIELDS[name][1].items()), name
        assert form.build() == stored, name
        assert not form.dirty and form.blocker == "", name
        form.close_for_lock()


def test_what_is_typed_into_a_new_record_form_is_in_its_record(qtbot: Any, session: Any) -> None:
    """The forms that only make new records: every text field the user types in reaches the
    record (the others start from the form's own choices)."""
    from kopingplan.gui.cases.case_people import ParticipantDialog
    from kopingplan.gui.cases.consent_dialog import ConsentEditDialog
    from kopingplan.gui.meetings.agenda_item import AgendaItemDialog
    from kopingplan.gui.meetings.group_admin import MemberDialog
    from kopingplan.gui.situation.incident_form import IncidentSupportDialog
    from kopingplan.services import meetings

    case_id = add_cases(session, [("Bertil i skolan", "specific")])[0]
    group = meetings.create_group(session, "Unggruppen", m.GroupKind.YOUTH_GROUP)
    meeting = meetings.create_meeting(session, group.id, datetime(2026, 3, 1, 9, tzinfo=UTC))
    incident = session.save(
        m.Incident(date(2026, 2, 2), m.IncidentKind.THREAT, "Hot i telefon", "Handläggare A")
    )
    forms = {
        "participant_edit": ParticipantDialog(session, case_id),
        "consent_edit": ConsentEditDialog(session, case_id),
        "agenda_item": AgendaItemDialog(session, meeting.id),
        "group_member": MemberDialog(session, group.id),
        "incident_support": IncidentSupportDialog(session, incident),
    }
    for name, form in forms.items():
        _opened(qtbot, form)
        assert _shown(form.fields) == list(FORM_FIELDS[name][1].items()), name
        typed = {}
        for field, widget in form.fields.items():
            if isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isEnabled():
                typed[field] = f"Text i {field}"
                form.set_values({field: typed[field]})
        assert typed, name
        built = form.build()
        shown = {field: getattr(built, field) for field in typed}
        assert shown == {f: (v,) if f == "purposes" else v for f, v in typed.items()}, name
        form.close_for_lock()


def test_a_day_that_may_be_left_out_is_ticked_only_when_the_record_has_one(
    qtbot: Any, session: Any
) -> None:
    """The optional days (a contact's or an activity's follow-up, a commitment's due day, an
    agreement's end): unticked and greyed when the record has none, and read back as none."""
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.plan.activity_dialog import ActivityDialog
    from kopingplan.services import activities, agreements

    case_id = add_cases(session, [("Bertil i skolan", "specific")])[0]
    partner = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    open_ended = agreements.add_agreement(
        session, m.Agreement(partner.id, m.AgreementKind.IOP, "IOP fritid", date(2026, 1, 5))
    )
    held = activities.add_activity(
        session, m.Activity(date(2026, 2, 10), m.ActivityKind.TRAINING, "Utbildning")
    )
    contact = session.save(
        m.Contact(
            datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.PHONE, "Ringde", case_id=case_id
        )
    )
    forms = [
        (AgreementDialog(session, partner.id, open_ended), open_ended, "endsCheck", "endsEdit"),
        (ActivityDialog(session, held), held, "followUpCheck", "followUpEdit"),
        (ContactDialog(session, case_id, [], contact=contact), contact, "followUpCheck",
         "followUpEdit"),
    ]  # fmt: skip
    for form, stored, check, edit in forms:
        _opened(qtbot, form)
        tick, day = getattr(form.ui, check), getattr(form.ui, edit)
        assert not tick.isChecked() and not day.isEnabled(), type(form).__name__
        assert form.build() == stored and not form.dirty, type(form).__name__
        tick.setChecked(True)  # the day can be given now, and is read
        assert day.isEnabled() and form.build() != stored, type(form).__name__
        form.close_for_lock()
    greyed = _opened(qtbot, AgreementDialog(session, partner.id, open_ended))
    assert greyed.ui.endsEdit.date().toString("yyyy-MM-dd") == "2026-01-05"  # its start
    greyed.close_for_lock()
    new = _opened(qtbot, AgreementDialog(session, partner.id, None))
    assert new.ui.endsCheck.isChecked()  # a new agreement ends with the year, ticked
    assert new.build().ends_on == date(date.today().year, 12, 31)
    new.close_for_lock()
