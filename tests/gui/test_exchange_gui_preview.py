"""The export's decision point in Swedish words: made from the very data.json that leaves, every
value of it shown, field names from the one vocabulary, no JSON keys."""

from __future__ import annotations

import functools
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWizard

from kopingplan import i18n
from kopingplan.crypto.identity import Identity, create_identity
from kopingplan.domain import model
from kopingplan.domain.model import DisclosureTerms
from kopingplan.gui.exchange.exchange_preview import readable_html
from kopingplan.gui.exchange.exchange_recipients import RecipientsDialog
from kopingplan.gui.exchange.exchange_wizard import ExportWizard
from kopingplan.services import exchange
from kopingplan.services.session import Session

pytestmark = pytest.mark.gui

SHOTS = Path("/tmp/shots")
NOTE = "Eleven har uttryckt stöd för våld.\nMamman är orolig."
# Keys of data.json that must never be read on screen: the words are Swedish field names.
KEYS = ("opened_on", "written_at", "observed_on", "reliability", "legal_basis", "decided_by")


@functools.cache
def _police() -> Identity:
    return create_identity("Kontaktpolis Karin Berg", "Polisen")


@pytest.fixture
def swedish(qapp: QCoreApplication, tmp_path: Path) -> Iterator[None]:
    """The project's own Swedish catalogue, compiled fresh from the committed .ts."""
    import PySide6

    binary = Path(PySide6.__file__).parent / "lrelease"
    tool = str(binary) if binary.is_file() else shutil.which("pyside6-lrelease")
    assert tool
    ts = tmp_path / "kopingplan_sv.ts"
    shutil.copyfile(i18n.resources_dir() / "i18n" / "kopingplan_sv.ts", ts)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    i18n.install_translators(qapp, "sv", directory=tmp_path)
    before = QLocale()
    QLocale.setDefault(QLocale("sv_SE"))  # as the controller sets it with the language
    yield
    QLocale.setDefault(before)
    i18n.install_translators(qapp, "en", directory=tmp_path / "none")


def _preview(session: Session, *, details: bool = True) -> Any:
    case = session.save(
        model.Case("Västra skolan", model.Level.SPECIFIC, model.Orientation.RIGHT,
                   date(2026, 3, 2), summary="Oro från skolan.")
    )  # fmt: skip
    person = session.save(model.Person(given_name="Alex", family_name="Q", birth_year=2008))
    session.save(model.CaseParticipant(case.id, person.id, model.CaseRole.SUBJECT))
    session.save(model.Note(case.id, datetime(2026, 3, 3, 9, tzinfo=UTC), NOTE, source="Skolan"))
    plan = session.save(model.ExitPlan(case.id, datetime(2026, 3, 6, tzinfo=UTC)))
    session.save(
        model.Measure(plan.id, "Samtal med fältassistent", model.ActorKind.MUNICIPAL_UNIT,
                      date(2026, 3, 10))
    )  # fmt: skip
    entry = session.save(
        model.SituationEntry(date(2026, 3, 1), "Busstationen", model.Orientation.UNCLEAR,
                             "Klistermärken vid busstationen", "Fältgruppen")
    )  # fmt: skip
    row = exchange.add_recipient(session, _police().certificate_pem)
    exchange.verify_recipient(session, row.id, _police().fingerprint)
    part = exchange.CasePart(
        case.id, details=details, subjects=details, all_notes=True, all_measures=details
    )
    return exchange.preview_export(
        session,
        exchange.ExportRequest(
            recipient_ids=(row.id,),
            terms=DisclosureTerms(
                "osl-10-18a",
                "Anna Lindqvist",
                "Samordnare",
                "Polisens bedömning inför insatsgruppens möte.",
            ),
            cases=(part,),
            situation_entry_ids=(entry.id,),
            message="Ring mig om något är oklart.",
        ),
    )


def _words(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def _free_text(value: Any, key: str = "") -> Iterator[str]:
    """Every text of data.json that is shown as written (not a code, a date or an id)."""
    coded = {"level", "orientation", "status", "reliability", "actor", "code", "fingerprint",
             "package_id", "created", "reference"}  # fmt: skip
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _free_text(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _free_text(v, key)
    elif isinstance(value, str) and value and key not in coded and not key.endswith(("_on", "_at")):
        yield value


def test_every_value_that_leaves_is_shown_in_swedish_words(
    swedish: None, session: Session, qtbot: Any
) -> None:
    preview = _preview(session)
    html = readable_html(preview.data, preview.attachments)
    words = _words(html)
    for text in _free_text(preview.data):
        for line in text.splitlines():
            assert line in words, line
    case_id = preview.case_ids[0]
    for expected in (
        "Beslutet", "Rättslig grund", "OSL 10 kap. 18 a §", "Beslutat av",
        "Anna Lindqvist (Samordnare)", "Ändamål", "Till", "Kontaktpolis Karin Berg, Polisen",
        f"Ärende {case_id}: Västra skolan", "Nivå", "Specifik", "Inriktning", "Högerextremism",
        "Status", "Öppet", "Öppnat", "2026-03-02", "Personer som ärendet gäller", "Födelseår",
        "2008", "Anteckningar (1)", "Skriven", "Källa", "Insatser (1)", "Ansvarig",
        "Kommunal verksamhet", "Planerad", "Lägesbildsposter", "Iakttagelse", "Oklar inriktning",
        "Tillförlitlighet", "Ej bedömd", "Meddelande till mottagaren",
    ):  # fmt: skip
        assert expected in words, expected
    for key in KEYS:
        assert key not in words
    assert "{" not in words and "specific" not in words

    SHOTS.mkdir(exist_ok=True)
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.resize(780, 900)
    view.setHtml(html)
    view.grab().save(str(SHOTS / "export_preview_sv.png"))


def test_what_was_not_chosen_is_not_shown(swedish: None, session: Session) -> None:
    preview = _preview(session, details=False)
    words = _words(readable_html(preview.data, preview.attachments))
    assert f"Ärende {preview.case_ids[0]}\n" in words + "\n"
    assert "Bara ärendenumret lämnar" in words or "Anteckningar (1)" in words
    for absent in ("Västra skolan", "Nivå", "Insatser", "Personer som ärendet gäller", "Alex"):
        assert absent not in words
    assert "Mamman är orolig." in words


def test_an_unknown_key_of_data_json_is_shown_too(session: Session) -> None:
    preview = _preview(session)
    data = dict(preview.data)
    data["something_new"] = "visas ändå"
    assert "visas ändå" in _words(readable_html(data))


def test_the_wizards_decision_point_reads_in_swedish_with_the_exact_file_a_click_away(
    swedish: None, session: Session, qtbot: Any
) -> None:
    case_id = _preview(session).case_ids[0]
    wizard = ExportWizard(session, case_ids=(case_id,))
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for _ in range(3):  # recipient (the only verified one is chosen), content, lägesbild
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    decision = wizard.decision_page
    assert wizard.currentPage() is decision
    decision.role.setText("Samordnare")
    decision.purpose.setPlainText("Polisens bedömning inför insatsgruppens möte.")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    assert wizard.currentPage() is page

    words = page.readable.toPlainText()
    assert words == _words(readable_html(wizard.preview.data, wizard.preview.attachments))
    assert "Rättslig grund" in words and "Beslutat av" in words and "Ändamål" in words
    assert f"Ärende {case_id}: Västra skolan" in words and "Specifik" in words
    SHOTS.mkdir(exist_ok=True)
    wizard.grab().save(str(SHOTS / "export_preview_wizard_sv.png"))

    assert page.exact_button.text() == "Visa e&xakt innehåll (data.json)"
    qtbot.keyClick(page.exact_button, Qt.Key.Key_Space)  # by keyboard too
    assert page.views.currentWidget() is page.json_view
    assert page.json_view.toPlainText().encode("utf-8") == wizard.preview.data_json
    assert page.exact_button.text() == "Visa innehållet i &ord"
    wizard.grab().save(str(SHOTS / "export_preview_wizard_json_sv.png"))
    wizard.teardown()


def test_an_unverified_recipient_is_said_in_swedish_words_with_how_to_verify(
    swedish: None, session: Session, qtbot: Any
) -> None:
    exchange.add_recipient(session, _police().certificate_pem)
    dialog = RecipientsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    item = dialog.ui.recipientList.currentItem()
    assert item.text() == "Kontaktpolis Karin Berg, Polisen\nej verifierad"
    assert "?" not in item.text()
    status = dialog.ui.statusLabel.text()
    assert status.startswith("Ej verifierad: ingenting kan skickas")
    assert "Markera som verifierad" in status and item.toolTip() == status
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "recipients_unverified_sv.png"))
