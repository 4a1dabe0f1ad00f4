"""Review of the night's folds (helper-102): what a user sees of the record forms now that
``RecordDialog`` sets every form up, the case forms share ``CaseFormDialog`` and the case's
change dialogs read their rows from ``FIELDS``.

Guards, not regressions: each passes on the tree before the folds (61548eb) and after. They
pin what a differential run of both trees found equal and no test said before: forms of the
case window and of the main window come back from their drafts after a lock under the same
names (drafts in existing vaults are kept under those), a stored record's values that its
form does not show survive a save of the form, and the case's change dialogs show only their
own rows, with the keyboard on the first thing to decide.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from kopingplan.domain import model as m
from kopingplan.storage import audit

from gui_helpers import click_save, unlock

pytestmark = pytest.mark.gui

TYPED = " Skrivet före låsningen"


def _opened(qtbot: Any, form: Any) -> Any:
    form.show()
    qtbot.waitExposed(form)
    return form


def _type_into_first_text(form: Any) -> str:
    """Adds TYPED to the form's first enabled text field; returns the field's name."""
    for name, widget in form.fields.items():
        if not (widget.isEnabled() and widget.isVisible()):
            continue
        if isinstance(widget, QLineEdit):
            widget.setText(widget.text() + TYPED)
            return str(name)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(widget.toPlainText() + TYPED)
            return str(name)
    raise AssertionError(f"{type(form).__name__}: no text field to type into")


def test_forms_of_the_case_and_the_main_window_come_back_from_their_drafts_after_a_lock(
    controller: Any, qtbot: Any, session: Any, vault_paths: Any
) -> None:
    """Twelve forms open at a lock, one field typed into each: after unlocking and "Open
    again" each is back under its draft kind and ref (the names existing vaults keep drafts
    under), with what was typed, and asks before closing."""
    org = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    person = session.save(m.Person("Zara", "Zetterlund", organisation_id=org.id))
    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 3, 4)))
    note = session.save(m.Note(case.id, datetime(2026, 2, 3, 13, 5, tzinfo=UTC), "Text", "Skola"))
    contact = session.save(
        m.Contact(
            datetime(2026, 2, 4, 8, 30, tzinfo=UTC), m.Channel.MEETING, "Samtal",
            case_id=case.id, follow_up_on=date(2026, 3, 1),
        )
    )  # fmt: skip
    incident = session.save(m.Incident(date(2026, 2, 2), m.IncidentKind.HARASSMENT, "Hot", "Kim"))
    entry = session.save(
        m.SituationEntry(date(2026, 2, 1), "Centrum", m.Orientation.ISLAMIST, "Obs", "Polis")
    )
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    qtbot.waitExposed(window)
    view = window.open_case(case.id)
    forms = {kind: view.open_form(kind) for kind in ("case", "note", "contact", "participant")}
    forms["note_correction"] = view.open_correction("note_correction", note.id)
    forms["contact_correction"] = view.open_correction("contact_correction", contact.id)
    forms["incident"] = window.edit_record("incident", incident.id)
    forms["situation_entry"] = window.edit_record("situation_entry", entry.id)
    forms["person"] = window.edit_record("person", person.id)
    forms["organisation"] = window.edit_record("organisation", org.id)
    typed = {kind: _type_into_first_text(form) for kind, form in forms.items()}
    for kind in ("case_level", "case_close"):
        forms[kind] = view.open_form(kind)
        forms[kind].ui.reasonEdit.setPlainText("Skäl" + TYPED)
        typed[kind] = forms[kind].reason_field

    controller.lock()
    window = unlock(controller, qtbot)
    (bar,) = [bar for bar in window.notices() if bar.key == "drafts"]
    assert bar.label.text().startswith("Unsaved input of 12 forms was kept, encrypted")
    qtbot.mouseClick(bar.buttons[0], Qt.MouseButton.LeftButton)

    from kopingplan.gui.common.record_form import RecordDialog

    back = {
        (w.DRAFT_KIND, w.draft_ref()): w
        for w in QApplication.allWidgets()
        if isinstance(w, RecordDialog) and w.isVisible()
    }
    c = str(case.id)
    assert sorted(back) == sorted(
        [
            ("case", c), ("note", c), ("contact", c), ("participant", c),
            ("note_correction", f"{c}:{note.id}"), ("contact_correction", f"{c}:{contact.id}"),
            ("incident", str(incident.id)), ("situation_entry", str(entry.id)),
            ("person", str(person.id)), ("organisation", str(org.id)),
            ("case_level", c), ("case_close", c),
        ]
    )  # fmt: skip
    for (kind, _ref), form in back.items():
        field = typed[kind]
        assert str(form.values()[field]).endswith(TYPED), (kind, field, form.values()[field])
        assert form.dirty, kind


def _saved_with_one_change(qtbot: Any, session: Any, form: Any, field: str, text: str) -> Any:
    """Saves ``form`` untouched (nothing may be written), then a new one of the same record
    with ``field`` set to ``text`` (the audit row names that field alone); returns the rows."""
    before = len(audit.entries(session.vault.conn, limit=-1))
    click_save(qtbot, _opened(qtbot, form()))
    assert len(audit.entries(session.vault.conn, limit=-1)) == before, "saved untouched"
    edited = _opened(qtbot, form())
    widget = edited.fields[field]
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        widget.setText(text)
    click_save(qtbot, edited)
    written = audit.entries(session.vault.conn, limit=-1)
    new = written[: len(written) - before]
    assert [row.details.get("fields") for row in new if "fields" in row.details] == [[field]]
    return new


def test_values_a_form_does_not_show_survive_saving_the_form(qtbot: Any, session: Any) -> None:
    """A closed case's status, day and reason, an incident's follow-up marked done, an
    agreement's handled reminder and a note's source are no widget of their forms: saving a
    change of another field keeps them (the forms now build the record in the base class)."""
    from kopingplan.gui.cases.case_edit import CaseEditDialog
    from kopingplan.gui.cases.case_records import NoteCorrectionDialog
    from kopingplan.gui.people.agreements import AgreementDialog
    from kopingplan.gui.situation.incident_form import IncidentDialog
    from kopingplan.services import agreements, cases, incidents

    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 3, 4)))
    closed = cases.close_case(session, case.id, "Avslutat enligt plan", date(2026, 4, 1))
    _saved_with_one_change(
        qtbot, session, lambda: CaseEditDialog(session, session.get(m.Case, case.id)),
        "title", "Ärende i skolan",
    )  # fmt: skip
    kept = session.get(m.Case, case.id)
    assert kept.title == "Ärende i skolan"
    assert (kept.status, kept.closed_on, kept.close_reason) == (
        closed.status, date(2026, 4, 1), "Avslutat enligt plan",
    )  # fmt: skip

    incident = session.save(
        m.Incident(
            date(2026, 2, 2), m.IncidentKind.THREAT, "Hot i telefon", "Kim",
            follow_up_on=date(2026, 2, 16),
        )
    )  # fmt: skip
    incidents.complete_follow_up(session, incident.id, "Mår bättre", date(2026, 2, 16))
    _saved_with_one_change(
        qtbot, session, lambda: IncidentDialog(session, session.get(m.Incident, incident.id)),
        "staff_member", "Kim Handläggare",
    )  # fmt: skip
    assert session.get(m.Incident, incident.id).follow_up_done_on == date(2026, 2, 16)

    org = session.save(m.Organisation("Fritidsgården", m.OrganisationKind.CULTURE_LEISURE))
    agreement = agreements.add_agreement(
        session,
        m.Agreement(org.id, m.AgreementKind.IOP, "IOP", date(2026, 1, 1), date(2026, 6, 30), ""),
    )
    agreements.complete_reminder(session, agreement.id, "Förlängs", date(2026, 5, 1))
    _saved_with_one_change(
        qtbot, session,
        lambda: AgreementDialog(session, org.id, agreements.get_agreement(session, agreement.id)),
        "title", "IOP med fritidsgården",
    )  # fmt: skip
    stored = agreements.get_agreement(session, agreement.id)
    assert (stored.reminder_done_on, stored.reminder_outcome) == (date(2026, 5, 1), "Förlängs")

    note = session.save(m.Note(case.id, datetime(2026, 2, 3, 13, 5, tzinfo=UTC), "Text", "Skola"))
    rows = _saved_with_one_change(
        qtbot, session, lambda: NoteCorrectionDialog(session, session.get(m.Note, note.id)),
        "text", "Rättad text",
    )  # fmt: skip
    assert [row.action for row in rows if "fields" in row.details] == ["notes.correct"]
    assert session.get(m.Note, note.id).source == "Skola"


def test_the_case_change_dialogs_show_their_own_rows_with_the_keyboard_on_the_first(
    qtbot: Any, session: Any
) -> None:
    """Moving a case shows the level, the day and the reason (keyboard on the level); closing
    it the day and the reason, taking someone out of it the reason alone (keyboard on it)."""
    from kopingplan.gui.cases.case_actions import (
        CloseCaseDialog,
        MoveLevelDialog,
        RemoveParticipantDialog,
    )

    case = session.save(m.Case("Ärende", m.Level.SPECIFIC, m.Orientation.LEFT, date(2026, 3, 4)))
    person = session.save(m.Person("Zara", "Zetterlund"))
    taken_in = session.save(m.CaseParticipant(case.id, person.id, m.CaseRole.RELATIVE))
    expected = {
        "move": (lambda: MoveLevelDialog(session, case), (True, True), "levelCombo"),
        "close": (lambda: CloseCaseDialog(session, case), (False, True), "reasonEdit"),
        "remove": (
            lambda: RemoveParticipantDialog(session, case, taken_in, "Zara Zetterlund"),
            (False, False),
            "reasonEdit",
        ),
    }
    for name, (make, (level_shown, day_shown), focus) in expected.items():
        form = _opened(qtbot, make())
        ui = form.ui
        assert (ui.levelCombo.isVisible(), ui.levelLabel.isVisible()) == (level_shown,) * 2, name
        assert (ui.dateEdit.isVisible(), ui.dateLabel.isVisible()) == (day_shown,) * 2, name
        assert ui.reasonEdit.isVisible(), name
        assert form.focusWidget() is getattr(ui, focus), name
        assert not form.dirty, name
        form.close_for_lock()
