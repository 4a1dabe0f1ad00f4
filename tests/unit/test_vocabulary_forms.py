"""One vocabulary on every screen: a form label or column that says one of the vocabulary's
words in English says its Swedish word too (the catalogue is compared with
:mod:`kopingplan.domain.vocabulary`), and help texts do not use the words it replaced."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from kopingplan.domain import vocabulary

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "kopingplan_sv.ts"

# Same English, another meaning: a person's job title, where an identity came from, a meeting
# action being done (not a measure carried out), the verb "open", the settings' first tab,
# an agenda item's heading.
OTHER_MEANINGS = {
    ("AgendaItemDialog", "title"),
    ("Cli", "source"),
    ("IdentityDialog", "source"),
    ("Labels", "done"),
    ("MeetingView", "done"),
    ("OrganisationView", "title"),
    ("PeoplePage", "title"),
    ("PersonView", "title"),
    ("RecoveryUnlockDialog", "open"),
    ("SafetyRecoveryUnlockDialog", "open"),
    ("SettingsDialog", "general"),
    ("TableActions", "open"),
}

# Words the vocabulary replaced; no Swedish text on screen should use them any more.
REPLACED = ("substansberoende", "omlokalisering", "vet inte")


def _plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip("*").strip().rstrip(":").strip()


def _messages() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", translation.text or ""))
    return found


def test_form_labels_say_the_vocabularys_words() -> None:
    words: dict[str, set[str]] = {}
    for table in [*vocabulary.TABLES.values(), vocabulary.FIELDS]:
        for term in table.values():
            words.setdefault(term.english.lower(), set()).add(term.swedish.lower())
    differing = [
        f"{context}: {source!r} is {swedish!r}, the vocabulary says {sorted(words[key])}"
        for context, source, swedish in _messages()
        if not context.startswith("Vocabulary")
        and (key := _plain(source).lower()) in words
        and (context, key) not in OTHER_MEANINGS
        and _plain(swedish).lower() not in words[key]
    ]
    assert differing == []


def test_no_swedish_text_uses_a_replaced_word() -> None:
    using = [
        f"{context}: {swedish[:60]!r}"
        for context, _source, swedish in _messages()
        if re.search(r"\b(" + "|".join(REPLACED) + r")", swedish.lower())
    ]
    assert using == []
