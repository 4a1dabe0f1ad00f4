"""Small UX rules of the Swedish catalogue that a reader notices."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kopingplan import i18n


def test_swedish_ellipsis_is_set_off_by_a_space() -> None:
    """The catalogue writes "Rätta …", not "Rätta…", wherever the English ends in "…"."""
    tree = ET.parse(i18n.resources_dir() / "i18n" / "kopingplan_sv.ts")
    glued = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or not source.endswith("…"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            for text in forms or [translation.text or ""]:
                if len(text) > 1 and text.endswith("…") and not text[-2].isspace():
                    glued.append((name, source, text))
    assert glued == []
