"""A message on a page of the export wizard follows a language switch, as its texts do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from test_exchange_gui_more import _at_attachments, _choose, window  # noqa: F401

pytestmark = pytest.mark.gui


def test_a_refused_attachment_is_said_again_in_swedish_after_a_switch(
    window: Any,  # noqa: F811
    controller: Any,
    qtbot: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _wizard, situation = _at_attachments(window, qtbot)
    letter = tmp_path / "brev.txt"
    letter.write_bytes(b"Hej!")
    _choose(monkeypatch, letter)
    qtbot.mouseClick(situation.attach_button, Qt.MouseButton.LeftButton)
    english = situation.message_label.text()
    assert "The file brev.txt is not a brief signed in this vault" in english

    controller.set_language("sv")

    swedish = situation.message_label.text()
    assert "brev.txt" in swedish and "The file" not in swedish and swedish != english
    assert situation.message.is_error

    controller.set_language("en")

    assert situation.message_label.text() == english
