"""The lägesbild for a period has the brief window's copies (issue 16, "every copy has a
recipient"): one signed PDF per copy with its recipient on the page, a copy outside the own
unit waits for its legal basis, decider, role and purpose and is then its own disclosure with
its SHA-256, and a refusal (consent cited for a report about no case) writes nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_keyboard import clashes
from test_slow_tasks import WAIT_MS, Slow, no_progress_left

from kopingplan.domain import model as m
from kopingplan.gui.reports import signed_report
from kopingplan.gui.situation.situation_periods import SituationPeriodDialog
from kopingplan.services import briefs
from kopingplan.storage import audit

from gui_helpers import open_main_window, settle, type_text

pytestmark = pytest.mark.gui

SHOTS = Path(os.environ.get("KOPINGPLAN_SHOTS", "/tmp/shots"))
PERIOD = (date(2026, 7, 1), date(2026, 12, 31))


@pytest.fixture
def dialog(session: Any, qtbot: Any) -> Any:
    session.save(
        m.SituationEntry(
            date(2026, 9, 1), "Centrumskolan", m.Orientation.ISLAMIST, "Rekrytering", "Polisen"
        )
    )
    for name, kind, own in (
        ("Polisen Köping", m.OrganisationKind.POLICE, False),
        ("Samordningen", m.OrganisationKind.MUNICIPALITY, True),
    ):
        session.save(m.Organisation(name, kind, own_unit=own))
    made = SituationPeriodDialog(session, None, None, today=date(2027, 1, 10), period=PERIOD)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def _basis(combo: Any, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def _terms(copies: Any, basis: str = "osl-10-2") -> None:
    _basis(copies.basisCombo, basis)
    type_text(copies.roleEdit, "Samordnare")
    type_text(copies.purposeEdit, "Polisens lägesbild inför sommaren")


def _save_to(dialog: Any, monkeypatch: Any, target: Path) -> None:
    monkeypatch.setattr(signed_report, "choose_save_path", lambda parent: str(target))
    dialog.ui.saveButton.click()


def _disclosures(session: Any) -> list[tuple[Any, ...]]:
    rows = session.vault.conn.execute(
        "SELECT id, recipient, channel, content_sha256, purpose FROM disclosures ORDER BY id"
    ).fetchall()
    return [tuple(r) for r in rows]


def test_a_copy_for_the_police_waits_for_its_terms_then_is_its_own_disclosure(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    copies, ui = dialog.copies, dialog.ui
    # Unnamed, the coordinator's own copy: nothing to give.
    assert ui.saveButton.isEnabled() and not copies.basisCombo.isEnabled()
    _choose(copies.recipientCombo, "Polisen Köping")
    assert "a disclosure" in copies.copyList.item(0).text()
    assert not ui.saveButton.isEnabled()
    why = ui.saveButton.toolTip()
    assert why.startswith("Fill in: Legal basis (copy 1)") and "Purpose (copy 1)" in why, why
    assert copies.decidedByEdit.text() == session.actor  # the coordinator, to start from
    _terms(copies)
    assert ui.saveButton.isEnabled(), ui.saveButton.toolTip()
    # A second copy for the own unit needs nothing more.
    copies.addCopyButton.click()
    _choose(copies.recipientCombo, "Samordningen (own unit)")
    assert "no disclosure" in copies.ownUnitLabel.text()
    assert clashes(dialog) == []

    out = tmp_path / "out"
    out.mkdir()
    _save_to(dialog, monkeypatch, out / "lb.pdf")
    text = ui.messageLabel.text()
    assert "lb-exemplar-1-av-2.pdf, lb-exemplar-2-av-2.pdf" in text, text
    assert "1 cop" in text and "recorded as" in text, text
    police, own = out / "lb-exemplar-1-av-2.pdf", out / "lb-exemplar-2-av-2.pdf"
    for copy in (police, own):
        assert briefs.verify(copy.read_bytes(), session).ok
    digest = hashlib.sha256(police.read_bytes()).hexdigest()
    ((number, recipient, channel, sha256, purpose),) = _disclosures(session)
    assert (recipient, channel, sha256) == ("Polisen Köping", "brief", digest)
    assert purpose == "Polisens lägesbild inför sommaren"
    # The lägesbild names no case and no person: the disclosure is about none.
    conn = session.vault.conn
    assert conn.execute(
        "SELECT count(*) FROM disclosure_subjects WHERE disclosure_id = ?", (number,)
    ).fetchone() == (0,)
    (row,) = audit.entries(conn, action="brief.create")
    assert [r["recipient"] for r in row.details["recipients"]] == ["Polisen Köping", "Samordningen"]
    assert row.details["kind"] == "situation" and row.details["first"] == "2026-07-01"
    if shutil.which("pdftotext"):  # the recipient is printed on the signed page
        page = subprocess.run(
            ["pdftotext", "-l", "1", str(police), "-"], capture_output=True, check=True, text=True
        ).stdout
        assert "Polisen Köping" in page and "Exemplar 1 av 2" in page, page[:400]


def test_consent_cited_for_the_lagesbild_writes_nothing(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    copies = dialog.copies
    _choose(copies.recipientCombo, "Polisen Köping")
    _terms(copies, basis="osl-12-2")  # consent: there is no person in it to consent
    out = tmp_path / "out"
    out.mkdir()
    log = audit.entries(session.vault.conn)
    _save_to(dialog, monkeypatch, out / "lb.pdf")
    message = dialog.ui.messageLabel.text()
    assert "Consent can only be cited for a disclosure about a case" in message, message
    assert list(out.iterdir()) == []
    assert _disclosures(session) == []
    assert audit.entries(session.vault.conn) == log


def test_the_own_copy_is_one_file_and_no_disclosure(
    dialog: Any, session: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    _save_to(dialog, monkeypatch, out / "lb.pdf")
    assert dialog.ui.messageLabel.text().startswith("Saved and signed: lb.pdf")
    assert briefs.verify((out / "lb.pdf").read_bytes(), session).ok
    assert [p.name for p in out.iterdir()] == ["lb.pdf"]
    assert _disclosures(session) == []


def test_the_disclosures_list_shows_the_copy_at_once(
    dialog: Any, session: Any, controller: Any, qtbot: Any, vault_paths: Any, monkeypatch: Any,
    tmp_path: Path,
) -> None:  # fmt: skip
    """From the Rapporter menu of the app, the Utlämnanden list (open beside it) shows the
    police copy as soon as it is saved: the change channel, no refresh by hand."""
    dialog.close()
    window = open_main_window(controller, qtbot, session, vault_paths)
    page = window.disclosures_page  # open, as the section is once shown
    assert page.ui.countLabel.text() == "0 disclosures"
    report = window.reports.open_situation_report()
    report.set_period(*PERIOD)
    _choose(report.copies.recipientCombo, "Polisen Köping")
    _terms(report.copies)
    _save_to(report, monkeypatch, tmp_path / "lb.pdf")
    said = report.ui.messageLabel.text()
    assert said.startswith("Saved and signed") and "recorded as" in said, said
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == "1 disclosure")


@pytest.mark.real_threads
def test_a_slowly_signed_copy_is_kept_and_disclosed(
    dialog: Any, session: Any, monkeypatch: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Signing slower than the progress delay (the dialog closes, emitting "canceled") still
    writes the copy and its disclosure (tests/gui/test_slow_tasks.py's pattern)."""
    slow = Slow(monkeypatch)
    assert not dialog.runner.synchronous
    slow.down(briefs, "sign_copies")
    _choose(dialog.copies.recipientCombo, "Polisen Köping")
    _terms(dialog.copies)
    out = tmp_path / "out"
    out.mkdir()
    _save_to(dialog, monkeypatch, out / "lb.pdf")
    label = dialog.ui.messageLabel
    qtbot.waitUntil(lambda: label.text().startswith("Saved and signed"), timeout=WAIT_MS)
    police = out / "lb-exemplar-1-av-1.pdf"
    assert [p.name for p in out.iterdir()] == [police.name]
    digest = hashlib.sha256(police.read_bytes()).hexdigest()
    assert [row[1:4] for row in _disclosures(session)] == [("Polisen Köping", "brief", digest)]
    assert slow.shown == ["Making and signing the report…"]
    assert no_progress_left()


def test_the_window_in_swedish_fits_a_laptop(dialog: Any, controller: Any, qtbot: Any) -> None:
    controller.set_language("sv")
    try:
        copies, ui = dialog.copies, dialog.ui
        assert copies.box.title() == "Exemplar och mottagare"
        _choose(copies.recipientCombo, "Polisen Köping")
        assert ui.saveButton.toolTip().startswith("Fyll i: Rättslig grund (exemplar 1)")
        assert "utlämnande" in copies.ownUnitLabel.text()
        assert clashes(dialog) == []  # every Alt+letter reaches one control
        settle(qtbot)
        assert dialog.width() <= 1366 and dialog.height() <= 728
        assert copies.ownUnitLabel.height() >= copies.ownUnitLabel.heightForWidth(
            copies.ownUnitLabel.width()
        )
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "period_report_copies_sv.png"))
    finally:
        controller.set_language("en")
    assert dialog.copies.addCopyButton.text() == "Add cop&y"
    assert not dialog.ui.saveButton.isEnabled()  # the police copy still waits for its terms
    assert dialog.ui.saveButton.toolTip().startswith("Fill in: Legal basis (copy 1)")
