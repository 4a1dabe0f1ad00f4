"""The export wizard's recipients by keyboard: Alt and the caption's letter ("&Recipients:",
"&Mottagare:") bring the focus to the list with its first recipient current and highlighted, so
the user sees which recipient Space ticks."""

from __future__ import annotations

from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from test_exchange_gui import _open_window, fingerprint, make_certificate
from test_ux_left_relative_support_keys import alt

from kopingplan.services import exchange

from gui_helpers import add_cases

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(controller: Any, qtbot: Any, session: Any, vault_paths: Any, request: Any) -> Any:
    add_cases(session, [("Åsa på fritidsgården", "specific")])
    for name in ("Kontaktpolis Karin Berg", "Kontaktpolis Olle Ek"):
        certificate = make_certificate(name=name)
        row = exchange.add_recipient(session, certificate.public_bytes(serialization.Encoding.PEM))
        exchange.verify_recipient(session, row.id, fingerprint(certificate))
    window = _open_window(controller, qtbot, session, vault_paths)
    controller.set_language(request.param)
    made = window.disclosures_page.open_export()
    qtbot.waitExposed(made)
    yield made
    controller.set_language("en")


def _frame_colour(widget: Any) -> QColor:
    """The colour of the list's left edge half way down, where the focus frame is drawn."""
    image = widget.grab().toImage()
    return image.pixelColor(0, image.height() // 2)


def _near(colour: QColor, target: QColor) -> bool:
    """Within a shade: Fusion draws the selection with a slight gradient."""
    pairs = zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True)
    return all(abs(a - b) < 16 for a, b in pairs)


def _row_colour(recipients: Any, row: int) -> QColor:
    """The colour behind a row's text, at the row's right end (past its words)."""
    image = recipients.viewport().grab().toImage()
    rect = recipients.visualItemRect(recipients.item(row))
    return image.pixelColor(rect.right() - 5, rect.center().y())


@pytest.mark.parametrize("wizard", ["en", "sv"], indirect=True)
def test_the_recipients_letter_shows_where_the_keyboard_is(wizard: Any) -> None:
    language = "sv" if wizard.recipient_page.title() == "Mottagare" else "en"
    recipients = wizard.recipient_page.list
    assert recipients.count() == 2 and wizard.recipient_page.chosen() == ()
    caption = next(label for label in wizard.findChildren(QLabel) if label.buddy() is recipients)
    highlight = recipients.palette().highlight().color()
    # The list had the focus as the wizard opened, with its first row marked.
    assert QApplication.focusWidget() is recipients
    assert recipients.selectedItems() == [recipients.item(0)]
    # The focus elsewhere, no row marked (as after clicks), Alt and the letter again:
    recipients.clearFocus()
    wizard.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    recipients.selectionModel().clear()
    assert _frame_colour(recipients) != highlight
    assert not _near(_row_colour(recipients, 0), highlight)

    alt(caption)
    assert QApplication.focusWidget() is recipients
    assert recipients.currentRow() == 0
    # The list's frame and the first row are in the highlight colour: the user sees both.
    assert _frame_colour(recipients) == highlight
    assert recipients.selectedItems() == [recipients.item(0)]
    assert _near(_row_colour(recipients, 0), highlight)
    assert not _near(_row_colour(recipients, 1), highlight)
    assert wizard.recipient_page.chosen() == ()  # highlighting ticks nobody
    wizard.grab().save(f"/tmp/ux_left_recipients_{language}.png")

    QTest.keyClick(recipients, Qt.Key.Key_Space)
    assert len(wizard.recipient_page.chosen()) == 1
    assert recipients.item(0).checkState() == Qt.CheckState.Checked
