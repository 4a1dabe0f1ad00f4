"""The snippet of a long text found by search, made in Python instead of by FTS5.

FTS5's ``snippet()`` scores every place a phrase occurs against every other (its cost grows
with the square of the hits in one row): measured here, a plan revision of 900,000 characters
in which the word typed, or the words its prefix stands for, occur 120,000 times took 96-107 s
for one hit's snippet, a 100,000-character activity with one word 12,500 times 1.2 s, while the
match itself took 0.05 ms. The living plan's revisions (up to 1,000,000 characters), activities
and PDF attachments' text (2,000,000) are that long. So a row longer than :data:`LONG` gets its
snippet here: the text around the first word the query finds, each found word marked, in one
pass over the text.

Both kinds of snippet are put on one line by :func:`one_line`, which shows where one of the
record's texts ends and the next begins.
"""

from __future__ import annotations

import re

# A row with more characters than this gets its snippet from :func:`snippet`. At this length a
# word in every other place (5,000 hits) costs FTS5 ~0.1 s.
LONG = 10_000
# Characters of context kept before the first word found and after it (about twelve tokens, as
# the SNIPPET_TOKENS that FTS5's snippet is given).
_BEFORE = 40
_AFTER = 80
# A quoted word or prefix of the MATCH expression (repositories.search._match), '*' after a
# prefix; FTS5's escape of a quote is a doubled quote.
_QUOTED = re.compile(r'"((?:[^"]|"")*)"(\*?)')
_LETTER = r"[^\W_]"
# A word of the text: a run of letters and digits, as unicode61 makes its tokens.
_WORD = re.compile(_LETTER + "+")
# Up to this many words and prefixes are searched for with one pattern (see _Words).
_PATTERN_MOST = 8
# Shown between two of a record's texts in a snippet. The index body joins a record's texts
# (an activity's title, target group and description, …) with line breaks (concat_ws(char(10),
# …) in storage/sql; released schemas are frozen), which a one-line snippet made spaces:
# "Dialogmöte med trossamfunden Företrädare för trossamfund Samtal …" read as one sentence.
SEPARATOR = " · "


def one_line(text: str) -> str:
    """``text`` on one line: runs of white space as one space, each line break (or run of
    them, blank lines too) as :data:`SEPARATOR`, so a record's texts stay apart. A text's own
    line breaks (paragraphs of a description) are shown the same way: which break joins two
    texts and which is inside one cannot be told from the body."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return SEPARATOR.join(line for line in lines if line)


def snippet(text: str, match: str, start: str, end: str, ellipsis: str) -> str:
    """The part of ``text`` around the first word ``match`` finds, the found words between
    ``start`` and ``end``, ``ellipsis`` where the text was cut, on one line."""
    words = _Words(match)
    first = words.first(text)
    if first is None:  # no words, or folded differently from unicode61: the text's start
        return _cut(text, 0, min(len(text), _BEFORE + _AFTER), ellipsis)
    low, high = _word_edges(text, first[0] - _BEFORE, first[1] + _AFTER)
    part = _WORD.sub(
        lambda w: start + w.group() + end if words.found(w.group()) else w.group(),
        text[low:high],
    )
    return _cut(part, 0, len(part), ellipsis, cut_before=low > 0, cut_after=high < len(text))


class _Words:
    """The words and prefixes of a MATCH expression, and whether a word of the text is one
    of them or starts with one (case folded as unicode61 folds).

    A few are searched for with one pattern (a word: 0.05 s through 2,000,000 characters);
    more, each word of the text is looked up instead. A term longer than the prefix index
    stands for up to 256 words of the index (repositories.search.MAX_EXPANSION), and a pattern
    of 16 such terms tried at every character of a 2,000,000-character attachment whose first
    hit is near its end took 9.6 s for one hit's snippet (0.5 s for one term); the look-up
    reads the same text in 0.13-0.18 s, as a pattern of 16 words beginning differently."""

    def __init__(self, match: str) -> None:
        words = [(word.replace('""', '"').lower(), star) for word, star in _QUOTED.findall(match)]
        self.exact = frozenset(word for word, star in words if not star)
        self.prefixes = tuple(word for word, star in words if star)
        self.pattern = None
        if 0 < len(words) <= _PATTERN_MOST:
            parts = (re.escape(word) + (_LETTER + "*" if star else "") for word, star in words)
            self.pattern = re.compile(
                f"(?<!{_LETTER})(?:{'|'.join(parts)})(?!{_LETTER})", re.IGNORECASE
            )

    def found(self, word: str) -> bool:
        low = word.lower()
        return low in self.exact or low.startswith(self.prefixes)

    def first(self, text: str) -> tuple[int, int] | None:
        """Where the first word found in ``text`` starts and ends; None for none."""
        if self.pattern is not None:
            hit = self.pattern.search(text)
            return None if hit is None else hit.span()
        exact, prefixes = self.exact, self.prefixes
        if not exact and not prefixes:
            return None
        for word in _WORD.finditer(text):  # one loop, no call a word: 2 MB go through here
            low = word.group().lower()
            if low in exact or low.startswith(prefixes):
                return word.span()
        return None


def _word_edges(text: str, low: int, high: int) -> tuple[int, int]:
    """``low`` and ``high`` moved out of any word they fall in and kept within the text."""
    low, high = max(0, low), min(len(text), high)
    while low > 0 and re.match(_LETTER, text[low - 1]):
        low -= 1
    while high < len(text) and re.match(_LETTER, text[high]):
        high += 1
    return low, high


def _cut(
    text: str,
    low: int,
    high: int,
    ellipsis: str,
    *,
    cut_before: bool = False,
    cut_after: bool | None = None,
) -> str:
    after = high < len(text) if cut_after is None else cut_after
    part = one_line(text[low:high])
    return (ellipsis if cut_before else "") + part + (ellipsis if after else "")


__all__ = ["LONG", "SEPARATOR", "one_line", "snippet"]
