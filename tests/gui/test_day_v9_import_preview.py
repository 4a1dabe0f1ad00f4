"""The package import's preview names each record's kind in the UI's words: walked under Xvfb
in Swedish, it said "[message]" and "[attachment]" (the package's own codes)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kopingplan.domain.model import SenderTerms
from kopingplan.gui.exchange.exchange_import import record_line

pytestmark = pytest.mark.gui


def _record(kind: str, text: str) -> Any:
    return SimpleNamespace(kind=kind, title="", text=text, dated=None)


def test_the_kinds_are_in_swedish(controller: Any) -> None:
    controller.set_language("sv")
    try:
        assert record_line(_record("message", "Bild från kameran.")) == (
            "[Meddelande] Bild från kameran."
        )
        assert record_line(_record("attachment", "Kamera.png")) == "[Bifogad fil] Kamera.png"
        situation = SimpleNamespace(kind="situation", title="Klotter", text="", dated="2026-10-12")
        assert record_line(situation) == "2026-10-12  [Lägesbildspost] Klotter"
    finally:
        controller.set_language("en")
    assert record_line(_record("message", "x")) == "[Message] x"


def test_terms_a_package_did_not_give_are_not_called_older(controller: Any) -> None:
    """A package imported today without the sender's legal basis said it was "received before
    this was recorded" (seen under Xvfb): it names both reasons now."""
    from kopingplan.gui.exchange.exchange_incoming import sender_terms

    item = SimpleNamespace(sender_terms=SenderTerms(purpose="Samverkan"))
    controller.set_language("sv")
    try:
        lines = sender_terms(item)
    finally:
        controller.set_language("en")
    missing = "ej angivet (inte i paketet, eller mottaget innan detta registrerades)"
    assert lines == [
        f"Avsändarens rättsliga grund: {missing}",
        f"Beslutat av (avsändaren): {missing}",
        "Avsändarens syfte: Samverkan",
    ]
