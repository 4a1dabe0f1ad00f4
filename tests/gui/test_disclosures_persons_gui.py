"""Utlämnanden says whom each disclosure is about (disclosure_subjects), as the command line and
the disclosure report do; the export wizard's preview says that each attached brief is a
disclosure of its own (issue 16)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from kopingplan import i18n
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.exchange import package
from kopingplan.gui.exchange.disclosures_page import DisclosuresPage
from kopingplan.gui.exchange.exchange_preview import readable_html
from kopingplan.services.disclosures_oral import OralDisclosureRequest, record_oral_disclosure

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")


def _case_with_subject(session: Any, name: str) -> tuple[int, int]:
    case = session.save(
        model.Case(name, model.Level.SPECIFIC, model.Orientation.RIGHT, date(2026, 3, 2))
    )
    person = session.save(model.Person(given_name=name, family_name="Q", birth_year=2008))
    session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
    return case.id, person.id


def _oral(session: Any, case_ids: tuple[int, ...], organisation_id: int) -> model.Disclosure:
    return record_oral_disclosure(
        session,
        OralDisclosureRequest(
            what="Berättade om stödet.",
            terms=DisclosureTerms(
                "osl-10-2", "Anna Lindqvist", "Samordnare", "Skolans stöd till eleven"
            ),
            disclosed_at=datetime.now(UTC) - timedelta(minutes=5),
            case_ids=case_ids,
            organisation_id=organisation_id,
        ),
    )


def _headers(page: DisclosuresPage) -> list[str]:
    model_ = page.model
    return [model_.headerData(c, Qt.Orientation.Horizontal) for c in range(model_.columnCount())]


def test_each_disclosure_says_whom_it_is_about(session: Any, qtbot: Any) -> None:
    school = session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    first, alex = _case_with_subject(session, "Alex")
    second, kim = _case_with_subject(session, "Kim")
    both = _oral(session, (first, second), school.id)
    nobody = _oral(session, (), school.id)
    page = DisclosuresPage(session)
    qtbot.addWidget(page)
    headers = _headers(page)
    persons = headers.index("Persons")
    assert headers.index("Cases") + 1 == persons  # beside the cases, in the same way
    rows = {
        page.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1).id: r
        for r in range(page.model.rowCount())
    }
    assert page.model.index(rows[both.id], persons).data() == f"{alex}, {kim}"
    assert page.model.index(rows[nobody.id], persons).data() == ""
    # Its menu opens the persons as it opens the cases; one about nobody has it greyed.
    menu = page.row_actions.build_menu(page.model.index(rows[both.id], 0))
    texts = [action.text() for action in menu.actions()]
    assert texts.index("Open the &person") == texts.index("Open the &case") + 1
    opened: list[int] = []
    page.personRequested.connect(opened.append)
    next(a for a in menu.actions() if a.text() == "Open the &person").trigger()
    assert opened == [alex, kim]
    menu = page.row_actions.build_menu(page.model.index(rows[nobody.id], 0))
    entry = next(a for a in menu.actions() if a.text() == "Open the &person")
    assert not entry.isEnabled()
    page.resize(1280, 600)
    page.show()
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "disclosures_persons.png"))
    page.teardown()


def test_a_recipient_filter_reads_whom_the_listed_disclosures_are_about(
    session: Any, qtbot: Any
) -> None:
    school = session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    case_id, alex = _case_with_subject(session, "Alex")
    page = DisclosuresPage(session)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0
    _oral(session, (case_id,), school.id)
    page.refresh()  # as a recorded disclosure makes it
    assert page.model.index(0, _headers(page).index("Persons")).data() == str(alex)
    page.teardown()


def _words(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_the_preview_says_each_attached_brief_is_a_disclosure_of_its_own(gui: Any) -> None:
    data = {
        "recipients": [{"name": "Karin Berg", "organisation": "Polisen"}],
        "attachments": ["mote-2026-03-02.pdf", "arende-12.pdf", "brev.pdf"],
    }
    files = [package.Attachment(name, b"%PDF-1.7 x") for name in data["attachments"]]
    words = _words(readable_html(data, files, ["mote-2026-03-02.pdf", "arende-12.pdf"]))
    assert (
        "Each attached brief is recorded as a disclosure of its own to each recipient, with its "
        "own SHA-256, beside the package's: 2 briefs." in words
    )
    assert "In all, 3 disclosures will be recorded." in words  # the package's and two briefs'
    said = words.split("beside the package's")[1]
    assert "mote-2026-03-02.pdf" in said and "arende-12.pdf" in said and "brev.pdf" not in said
    assert "disclosure of its own" not in _words(readable_html(data, files))  # no brief: silent
    i18n.install_translators(gui, "sv")
    try:
        words = _words(readable_html(data, files, ["arende-12.pdf"]))
    finally:
        i18n.install_translators(gui, "en")
    assert "Varje bifogat underlag registreras som ett eget utlämnande" in words
    assert "Sammanlagt registreras 2 utlämnanden." in words


def test_the_window_opens_the_person_a_disclosure_is_about(
    session: Any, controller: Any, qtbot: Any, vault_paths: Any
) -> None:
    from kopingplan.gui.people.person_view import PersonView

    from gui_helpers import unlock

    school = session.save(model.Organisation("Östra skolan", model.OrganisationKind.SCHOOL))
    case_id, alex = _case_with_subject(session, "Alex")
    _oral(session, (case_id,), school.id)
    session.close()
    controller.start(vault_paths.folder)
    window = unlock(controller, qtbot)
    page = window.disclosures_page
    menu = page.row_actions.build_menu(page.model.index(0, 0))
    next(a for a in menu.actions() if a.text() == "Open the &person").trigger()
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonView)]
    assert [w.isVisible() for w in shown] == [True]
    assert shown[0].person_id == alex
