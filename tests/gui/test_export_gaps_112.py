"""Two gaps of the export wizard that helper-111's review left (helper-112): a reopened draft
that had a brief attached could be made into a package without it, and a recipient whose
certificate expired could be chosen, refused at the end without a name. Through the real
controller and main window, as the coordinator drives it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from test_exchange_gui import fingerprint, make_certificate
from test_export_wizard_draft import (
    Brief,
    Vault,
    click_next,
    no_warnings,
    open_wizard,
    prepare,
    stored,
    vault,
)
from test_review_111 import reopen_from_notice, to_preview

from kopingplan.domain.flows.export import DRAFT_KIND
from kopingplan.gui.common import file_dialogs
from kopingplan.services import drafts, exchange
from kopingplan.services.exchange import views

from gui_helpers import unlock

pytestmark = pytest.mark.gui

__all__ = ["vault"]

BRIEF = "PM Polisen.pdf"


def next_enabled(wizard: Any) -> bool:
    return bool(wizard.button(QWizard.WizardButton.NextButton).isEnabled())


def rows(items: Any) -> list[str]:
    return [items.item(i).text() for i in range(items.count())]


def kept_at_a_lock(vault: Vault, controller: Any, qtbot: Any, *briefs: str) -> tuple[Any, Any]:
    """A disclosure prepared to the decision page (with ``briefs`` attached, as checked: bytes
    in memory), kept at a lock; the window after unlocking and the draft's recipients."""
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    for name in briefs:
        wizard.flow.attach(Brief(name, b"%PDF-1.7 signed brief"))
    recipients = list(wizard.flow.recipient_ids)
    controller.lock()
    return unlock(controller, qtbot), recipients


def reopened_with_a_brief(vault: Vault, controller: Any, qtbot: Any) -> Any:
    """Prepared with a brief attached, kept at a lock as if on the preview, reopened."""
    window, _recipients = kept_at_a_lock(vault, controller, qtbot, BRIEF)
    payload = stored(window)
    assert payload is not None and payload["fields"]["briefs"] == [BRIEF]
    payload["page"] = "preview"  # a fake brief cannot be previewed: the draft says it was
    drafts.save_draft(window.session, DRAFT_KIND, "new", payload)
    return reopen_from_notice(window, qtbot)


def test_a_reopened_draft_waits_for_its_brief_on_the_attachments_page(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    again = reopened_with_a_brief(vault, controller, qtbot)

    page = again.situation_page
    assert again.currentPage() is page  # not the preview it was saved on
    assert any(BRIEF in row and "not attached" in row for row in rows(page.files))
    assert not next_enabled(again)
    assert "Attach again each brief" in page.problem_text
    assert "Attach again each brief" in page.shown_problem(page.files)
    # Under the list as one line (it was measured before the page had its width: a tall gap).
    column = page.files.parentWidget()
    (line,) = [w for w in column.findChildren(QLabel) if w.parentWidget() is column]
    qtbot.waitUntil(lambda: line.height() < 2 * line.fontMetrics().height())
    controller.set_language("sv")
    assert any(BRIEF in row and "inte bifogad" in row for row in rows(page.files))
    assert "Bifoga" in page.problem_text
    controller.set_language("en")

    assert BRIEF in page.files.currentItem().text() and page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)  # left out on purpose

    assert not any(BRIEF in row for row in rows(page.files))
    assert next_enabled(again) and page.problem_text == ""
    again.back()  # the line at the top of the other pages no longer asks for it either
    label = again.content_page.findChild(type(page.message_label), "resumeNote")
    assert label is None or BRIEF not in label.text()
    click_next(again, qtbot)
    to_preview(again, qtbot)
    assert again.preview.attachments == () and "attachments: 0" in again.preview_page.counts.text()
    controller.lock()  # kept again: the brief left out stays out
    window = unlock(controller, qtbot)
    payload = stored(window)
    assert payload is not None and payload["fields"]["briefs"] == []
    assert no_warnings(caplog)


def test_a_brief_attached_again_lets_the_reopened_draft_go_on(
    vault: Vault, controller: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    again = reopened_with_a_brief(vault, controller, qtbot)
    page = again.situation_page
    checked = Brief(BRIEF, b"%PDF-1.7 signed brief")
    monkeypatch.setattr(views, "brief_attachment", lambda *_: checked)  # its signature holds

    page.attach(Path(BRIEF))  # chosen in the file dialog (never read: checked as above)

    assert again.flow.attachments == [checked] and again.flow.briefs_not_kept == ()
    assert not any("not attached" in row for row in rows(page.files))
    assert next_enabled(again) and page.problem_text == ""


def expired_recipient(session: Any) -> Any:
    """A recipient added and verified while its certificate was valid; it ended yesterday."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    certificate = make_certificate(key, name="Handläggare Soc", days=-1)
    then = datetime.now(UTC) - timedelta(days=30)
    pem = certificate.public_bytes(serialization.Encoding.PEM)
    row = exchange.add_recipient(session, pem, now=then)
    exchange.verify_recipient(session, row.id, fingerprint(certificate), now=then)
    return row, certificate.not_valid_after_utc.date().isoformat()


def test_a_recipient_whose_certificate_expired_is_shown_but_cannot_be_chosen(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    expired, ended = expired_recipient(vault.window.session)
    wizard = open_wizard(vault.window)
    items = wizard.recipient_page.list
    (row,) = [
        items.item(i)
        for i in range(items.count())
        if items.item(i).data(Qt.ItemDataRole.UserRole) == expired.id
    ]

    assert f"Certificate expired {ended}" in row.text()
    assert not row.flags() & Qt.ItemFlag.ItemIsEnabled
    assert row.checkState() == Qt.CheckState.Unchecked
    # The one recipient that can be chosen is ticked at once, as when it is the only one.
    assert wizard.flow.recipient_ids != [expired.id] and len(wizard.flow.recipient_ids) == 1
    qtbot.mouseClick(
        items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(row).center()
    )
    assert row.checkState() == Qt.CheckState.Unchecked
    controller.set_language("sv")
    assert f"Certifikatet gick ut {ended}" in row.text()
    controller.set_language("en")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert no_warnings(caplog)


def test_a_reopened_draft_leaves_out_a_recipient_that_expired_meanwhile(
    vault: Vault, controller: Any, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    window, police = kept_at_a_lock(vault, controller, qtbot)
    expired, _ended = expired_recipient(window.session)
    payload = stored(window)
    assert payload is not None
    payload["fields"]["recipient_ids"] = [*police, expired.id]
    drafts.save_draft(window.session, DRAFT_KIND, "new", payload)

    again = reopen_from_notice(window, qtbot)

    assert again.flow.recipient_ids == police
    note = again.currentPage().findChild(type(again.decision_page.message_label), "resumeNote")
    assert note is not None and "left out: 1 recipient." in note.text()
    to_preview(again, qtbot)  # not refused at the end
    assert no_warnings(caplog)


@pytest.fixture
def ended_when_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Create package… saves to the path returned, at a time when the liaison's certificate
    has ended (it was valid when chosen and at the preview)."""
    real = exchange.export_package
    later = datetime.now(UTC) + timedelta(days=4000)
    monkeypatch.setattr(exchange, "export_package", lambda *a, **k: real(*a, **k, now=later))
    destination = tmp_path / "utlamnande.p7m"
    monkeypatch.setattr(file_dialogs, "run", lambda dialog: [str(destination)])
    return destination


def test_a_certificate_that_expires_before_the_package_is_made_is_named(
    vault: Vault, controller: Any, qtbot: Any, ended_when_made: Path, caplog: Any
) -> None:
    wizard = open_wizard(vault.window)
    prepare(wizard, qtbot, vault)
    to_preview(wizard, qtbot)

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    said = wizard.preview_page.message_label.text()
    assert "Kontaktpolis Karin Berg, Polisen" in said and "expired on" in said
    assert exchange.disclosure_count(vault.window.session) == 0 and not ended_when_made.exists()
    controller.set_language("sv")
    said = wizard.preview_page.message_label.text()
    assert "Kontaktpolis Karin Berg, Polisen" in said and "gick ut" in said
    controller.set_language("en")
    assert no_warnings(caplog)
