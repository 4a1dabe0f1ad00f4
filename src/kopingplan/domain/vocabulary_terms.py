"""The building blocks of :mod:`kopingplan.domain.vocabulary`: a term's English source (marked
for ``pyside6-lupdate``) and its Swedish word. A module of its own so that the vocabulary's
parts kept apart (:mod:`.vocabulary_followup`) can use them without importing the whole.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["QT_TRANSLATE_NOOP", "Source", "Term"]


class Source(NamedTuple):
    """An English source text and the catalogue context it is filed under."""

    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Source:
    """Marks ``text`` for lupdate under ``context``; keeps both so the GUI can translate it."""
    return Source(context, text)


class Term(NamedTuple):
    source: Source
    swedish: str

    @property
    def context(self) -> str:
        return self.source.context

    @property
    def english(self) -> str:
        return self.source.text

    def word(self, language: str) -> str:
        """The word in ``language`` ("sv" or "en"), without Qt."""
        return self.swedish if language == "sv" else self.english
