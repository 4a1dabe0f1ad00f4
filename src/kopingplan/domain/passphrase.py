"""How hard a vault passphrase is to guess.

The threat is offline: someone has the laptop (or a copy of the vault file) and tries guesses
against the Argon2id-wrapped key, as fast as their hardware allows. So what matters is the number
of guesses a smart attacker needs, not what the passphrase "looks like". We estimate it as the
cheapest way to describe the passphrase as a sequence of pieces an attacker would try:

- a common password or word from a short embedded list   log2(rank) bits, plus case and l33t
- a run of one character or a repeated chunk              the chunk's cost + log2(repeats)
- a keyboard, alphabet or digit sequence (qwerty, abc)    about 8 bits + log2(length)
- a year (1900-2099) or a date (several orders)           about 7.6 or 18 bits
- a run of digits                                          log2(10) bits per digit
- any other character                                      log2(size of the character set used)

For passphrases of several space-separated words we also count each word as one pick from a
~10,000-word dictionary (~13.3 bits), capped by the estimate above, and estimate the text with
the spaces taken out; we keep the lowest total.
The result is an estimate with a known bias: an attacker's dictionaries are far bigger than
ours, so a passphrase made of words we do not list is estimated as stronger than it is. The
thresholds below leave room for that.

This module holds no user-facing text: the GUI and CLI translate `PassphraseProblem`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from kopingplan.domain._common_passwords import COMMON_PASSWORDS

MIN_LENGTH = 12

# Why 50 bits. Unlocking runs Argon2id tuned to ~0.5 s on the coordinator's laptop, i.e. about
# 2 guesses per second there. Give a well-funded attacker 10^4 times that (a GPU farm; Argon2id's
# memory cost makes this generous): 2 x 10^4 guesses per second. 2^50 guesses is ~1.1 x 10^15;
# finding the passphrase takes half of that on average: 2^49 / (2 x 10^4) s, about 900 years
# (about 9 million years for a single laptop). The secrecy this data needs lasts decades, not
# centuries, so the margin is for our estimate: if it is 10 bits too generous (a word list we do
# not know about), the farm still needs about a year. 50 bits is also what four words picked at
# random from a diceware-sized list give (4 x 12.9), which is the kind of passphrase we ask for.
MIN_BITS = 50.0

# Bits for one word picked at random from a ~10,000-word dictionary.
WORD_BITS = math.log2(10_000)


class PassphraseProblem(StrEnum):
    """A weakness found in a passphrase; the GUI and CLI translate these into advice."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    ONE_CLASS = "one_class"
    DATE_OR_NUMBER = "date_or_number"


@dataclass(frozen=True)
class Strength:
    """The estimate for one passphrase.

    `bits`: estimated guessing entropy (log2 of the guesses needed). `score`: 0-4 for a meter;
    3 or more exactly when `acceptable`. `problems`: what holds an unacceptable passphrase back,
    in enum order; empty when acceptable. It can be empty for an unacceptable one too, when
    nothing in particular is wrong but there is too little of it ("Kaffe Morgon!"): the GUI
    then simply asks for a longer passphrase.
    """

    bits: float
    score: int
    problems: tuple[PassphraseProblem, ...]
    acceptable: bool


# Score thresholds in bits; for the GPU farm above, on average: 20 bits is under a minute,
# 35 bits about ten days, 64 bits about fifteen million years.
_SCORE_THRESHOLDS = (20.0, 35.0, MIN_BITS, 64.0)


def estimate(passphrase: str) -> Strength:
    """Estimate how many guesses `passphrase` takes. Never raises for any str."""
    # NFC, so that "å" typed as a + combining ring counts as one character, as the user sees it.
    text = unicodedata.normalize("NFC", passphrase)
    best = _best(text, {})

    acceptable = len(text) >= MIN_LENGTH and best.bits >= MIN_BITS
    problems: set[PassphraseProblem] = set()
    # Problems say what holds a passphrase back, so an acceptable one has none: a long random
    # string always contains some incidental "abc" or "2024" that is not worth a warning.
    if not acceptable:
        problems |= best.problems
        if len(text) < MIN_LENGTH:
            problems.add(PassphraseProblem.TOO_SHORT)
        visible = [char for char in text if not char.isspace()]
        if visible and all(char in "0123456789" for char in visible):
            problems.add(PassphraseProblem.DATE_OR_NUMBER)
        if len({_char_class(char) for char in visible}) == 1:
            problems.add(PassphraseProblem.ONE_CLASS)

    score = sum(best.bits >= threshold for threshold in _SCORE_THRESHOLDS)
    if not acceptable:
        score = min(score, 2)
    ordered = tuple(problem for problem in PassphraseProblem if problem in problems)
    return Strength(bits=best.bits, score=score, problems=ordered, acceptable=acceptable)


# --- The model -----------------------------------------------------------------------------


class _Estimate(NamedTuple):
    bits: float
    problems: frozenset[PassphraseProblem]


class _Match(NamedTuple):
    start: int
    end: int
    bits: float
    problems: frozenset[PassphraseProblem]


_NONE: frozenset[PassphraseProblem] = frozenset()
_COMMON = frozenset({PassphraseProblem.COMMON})
_SEQUENCE = frozenset({PassphraseProblem.SEQUENCE})
_DATE_OR_NUMBER = frozenset({PassphraseProblem.DATE_OR_NUMBER})
_REPEATED = frozenset({PassphraseProblem.REPEATED})


def _unaccented(word: str) -> str:
    return word.translate(str.maketrans("åäöé", "aaoe"))


# Rank by first appearance; the unaccented spelling ("losenord") shares the rank.
_RANKS: dict[str, int] = {}
for _rank, _word in enumerate(COMMON_PASSWORDS, start=1):
    _RANKS.setdefault(_word, _rank)
    _RANKS.setdefault(_unaccented(_word), _rank)
_RANK_LENGTHS = sorted({len(word) for word in _RANKS})

# Common letter-for-symbol swaps. "1" is read as both "i" and "l", hence two tables.
_LEET_I = str.maketrans({"@": "a", "4": "a", "0": "o", "3": "e", "1": "i", "!": "i", "$": "s",
                         "5": "s", "7": "t"})  # fmt: skip
_LEET_L = str.maketrans({"@": "a", "4": "a", "0": "o", "3": "e", "1": "l", "!": "i", "$": "s",
                         "5": "s", "7": "t"})  # fmt: skip

# Characters in the order people run their fingers or minds along: alphabets, digits, and the
# rows of Swedish and US keyboards (lowercase). Either direction counts.
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyzåäö",
    "0123456789",
    "1234567890+´",
    "qwertyuiopå¨",
    "asdfghjklöä'",
    "<zxcvbnm,.-",
    "`1234567890-=",
    "qwertyuiop[]\\",
    "asdfghjkl;'",
    "zxcvbnm,./",
)
_SEQUENCE_INDEX = [{char: index for index, char in enumerate(row)} for row in _SEQUENCES]
# Choosing a start character on some row and a direction.
_SEQUENCE_START_BITS = math.log2(2 * sum(len(row) for row in _SEQUENCES))

_YEAR_BITS = math.log2(200)  # 1900-2099
_DATE_BITS = math.log2(366 * 200 * 4)  # a day, a year, and one of four orders
_DIGIT_BITS = math.log2(10)
_YEAR = re.compile(r"(?=((?:19|20)[0-9]{2}))")
# Dates with an optional separator used consistently: 2024-05-17, 17.05.2024, 240517, 170524.
_SEP = r"([-./ ]?)"
_DATE_FORMATS = (
    (re.compile(rf"([0-9]{{4}}){_SEP}([0-9]{{2}})\2([0-9]{{2}})"), ("ymd",)),
    (re.compile(rf"([0-9]{{2}}){_SEP}([0-9]{{2}})\2([0-9]{{4}})"), ("dmy",)),
    (re.compile(rf"([0-9]{{2}}){_SEP}([0-9]{{2}})\2([0-9]{{2}})"), ("ymd", "dmy")),
)
_DIGIT_RUN = re.compile(r"[0-9]{3,}")
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")

# Longest chunk the repeat detector looks for ("kaffe morgon " twice is 13 characters).
_MAX_REPEAT_UNIT = 24

# A class each for: lowercase, uppercase, digits, ASCII symbols and space, anything else.
_CLASS_SIZES = {"lower": 26, "upper": 26, "digit": 10, "symbol": 33, "other": 100}


def _char_class(char: str) -> str:
    if char.isascii():
        if char.islower():
            return "lower"
        if char.isupper():
            return "upper"
        if char.isdigit():
            return "digit"
        return "symbol"
    if char in "åäö":
        return "lower"
    if char in "ÅÄÖ":
        return "upper"
    # Emoji, typographic quotes, other alphabets: counted as one big extra set.
    return "other"


def _charset_bits(text: str) -> float:
    """Bits per character for brute force over the character classes the text uses."""
    classes = {_char_class(char) for char in text}
    size = sum(_CLASS_SIZES[name] for name in classes)
    if any(char in "åäö" for char in text):
        size += 3
    if any(char in "ÅÄÖ" for char in text):
        size += 3
    return math.log2(max(size, 2))


def _case_bits(word: str) -> float:
    """Extra guesses for capitals: none, first letter or all letters cost one bit."""
    if word == word.lower():
        return 0.0
    if word == word.upper() or (word[:1].isupper() and word[1:] == word[1:].lower()):
        return 1.0
    # Which of the cased characters are capitals. Counted over cased characters only: a Roman
    # numeral "Ⅻ" is upper case without being alphabetic.
    cased = [char for char in word if char.isupper() or char.islower()]
    uppers = sum(char.isupper() for char in cased)
    return math.log2(max(math.comb(len(cased), uppers), 2))


def _best(text: str, units: dict[str, _Estimate]) -> _Estimate:
    """The lowest of our estimates for `text`.

    For several space-separated words, also word by word, and with the spaces taken out (spaces
    must not hide "a b c d e f ..." or "p a s s w o r d").
    """
    best = _cheapest(text, False, units)
    tokens = text.split()
    if len(tokens) >= 2:
        joined = _cheapest("".join(tokens), False, units)
        best = min(best, _words_estimate(tokens, units), joined, key=lambda piece: piece.bits)
    return best


def _cheapest(text: str, words_mode: bool, units: dict[str, _Estimate]) -> _Estimate:
    """The cheapest cover of `text` by pieces (dynamic programming over end positions).

    `units` caches the cost of repeated chunks for this one call of `estimate()`; it is never
    kept beyond that, so no fragment of a passphrase lingers in a module-level cache.
    """
    if not text:
        return _Estimate(0.0, _NONE)
    per_char = _charset_bits(text)
    ending_at: list[list[_Match]] = [[] for _ in range(len(text) + 1)]
    for match in _matches(text, words_mode, units):
        ending_at[match.end].append(match)

    best = [0.0] * (len(text) + 1)
    chosen: list[_Match | None] = [None] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        best[end] = best[end - 1] + per_char  # one character by brute force
        for match in ending_at[end]:
            cost = best[match.start] + match.bits
            if cost < best[end]:
                best[end], chosen[end] = cost, match

    problems: set[PassphraseProblem] = set()
    position = len(text)
    while position > 0:
        piece = chosen[position]
        if piece is None:
            position -= 1
        else:
            problems |= piece.problems
            position = piece.start
    return _Estimate(best[-1], frozenset(problems))


def _matches(text: str, words_mode: bool, units: dict[str, _Estimate]) -> Iterator[_Match]:
    yield from _common_matches(text)
    yield from _sequence_matches(text)
    yield from _date_matches(text)
    yield from _digit_matches(text)
    yield from _repeat_matches(text, units)
    if words_mode:
        yield from _word_matches(text)


def _common_matches(text: str) -> Iterator[_Match]:
    lower = text.lower()
    variants = {lower, lower.translate(_LEET_I), lower.translate(_LEET_L)}
    for variant in variants:
        swapped = 0.0 if variant == lower else 1.0
        for start in range(len(text)):
            for length in _RANK_LENGTHS:
                end = start + length
                if end > len(text):
                    break
                rank = _RANKS.get(variant[start:end])
                if rank is not None:
                    bits = math.log2(rank) + _case_bits(text[start:end]) + swapped
                    yield _Match(start, end, bits, _COMMON)


def _sequence_matches(text: str) -> Iterator[_Match]:
    lower = text.lower()
    for index in _SEQUENCE_INDEX:
        start = 0
        while start < len(lower) - 2:
            first, second = index.get(lower[start]), index.get(lower[start + 1])
            if first is None or second is None or abs(second - first) != 1:
                start += 1
                continue
            step, end = second - first, start + 2
            while end < len(lower):
                following = index.get(lower[end])
                if following is None or following - index[lower[end - 1]] != step:
                    break
                end += 1
            # Every length from 3 up, so the sequence can give way to a neighbouring piece.
            for stop in range(start + 3, end + 1):
                bits = _SEQUENCE_START_BITS + math.log2(stop - start)
                bits += 0.0 if text[start:stop] == lower[start:stop] else 1.0
                yield _Match(start, stop, bits, _SEQUENCE)
            start = end - 1 if end - start > 2 else start + 1


def _date_matches(text: str) -> Iterator[_Match]:
    for year in _YEAR.finditer(text):
        yield _Match(year.start(), year.start() + 4, _YEAR_BITS, _DATE_OR_NUMBER)
    for start, char in enumerate(text):
        if char not in "0123456789":
            continue
        for pattern, orders in _DATE_FORMATS:
            found = pattern.match(text, start)
            if found is None:
                continue
            first, _, month, last = found.groups()
            days = [last if order == "ymd" else first for order in orders]
            if 1 <= int(month) <= 12 and any(1 <= int(day) <= 31 for day in days):
                yield _Match(start, found.end(), _DATE_BITS, _DATE_OR_NUMBER)


def _digit_matches(text: str) -> Iterator[_Match]:
    # Attackers try digit runs (PINs, phone numbers) as a unit; a run of four or more is worth
    # flagging. We offer the run from each position to its end and from its start to each
    # position, so a year or sequence inside it can still be used: linear, not quadratic.
    for run in _DIGIT_RUN.finditer(text):
        start, end = run.span()
        for cut in range(start, end - 2):
            problems = _DATE_OR_NUMBER if end - cut >= 4 else _NONE
            yield _Match(cut, end, (end - cut) * _DIGIT_BITS, problems)
        for cut in range(start + 3, end):
            problems = _DATE_OR_NUMBER if cut - start >= 4 else _NONE
            yield _Match(start, cut, (cut - start) * _DIGIT_BITS, problems)


def _repeat_matches(text: str, units: dict[str, _Estimate]) -> Iterator[_Match]:
    n = len(text)
    for period in range(1, min(_MAX_REPEAT_UNIT, n // 2) + 1):
        # same[i]: how many positions from i on have text[j] == text[j + period]. From the
        # right in one pass, so each period costs O(n) even for "aaaa..." of 10,000 characters.
        same = [0] * (n + 1)
        for i in range(n - period - 1, -1, -1):
            same[i] = same[i + 1] + 1 if text[i] == text[i + period] else 0
        run = 0
        while run < n - period:
            if same[run] < period or same[run] + period < 3:  # fewer than two whole copies
                run += 1
                continue
            # A maximal stretch with this period. If its chunk is itself a repeat ("aa" in
            # "aaaa"), the smaller period covers the stretch too, and usually more cheaply: then
            # skip it, which keeps "aaaa..." linear. Not always: "000000" is a common password.
            unit = text[run : run + period]
            smallest = (unit + unit).find(unit, 1)
            if smallest < period:
                via_smaller = _unit(unit[:smallest], units).bits + math.log2(period / smallest)
                if _unit(unit, units).bits >= via_smaller:
                    run += same[run] + 1
                    continue
            for start in range(run, run + same[run] - period + 1):
                piece = _unit(text[start : start + period], units)
                count = (period + same[start]) // period
                bits = piece.bits + math.log2(count)
                end = start + count * period
                yield _Match(start, end, bits, _REPEATED | piece.problems)
            run += same[run] + 1


def _unit(chunk: str, units: dict[str, _Estimate]) -> _Estimate:
    if chunk not in units:
        units[chunk] = _best(chunk, units)
    return units[chunk]


def _word_matches(text: str) -> Iterator[_Match]:
    """In a passphrase of words: a run of letters as one pick from a ~10,000-word dictionary."""
    for word in _LETTER_RUN.finditer(text):
        case = _case_bits(word.group())
        if case <= 1.0:  # lowercase, Capitalised or ALL CAPS; mixed case is not a word
            yield _Match(word.start(), word.end(), WORD_BITS + case, _NONE)


def _words_estimate(tokens: list[str], units: dict[str, _Estimate]) -> _Estimate:
    """Cost of a space-separated passphrase word by word (spaces between words are free)."""
    seen: list[str] = []
    bits = 0.0
    problems: set[PassphraseProblem] = set()
    for token in tokens:
        folded = token.casefold()
        if folded in seen:
            # "the same as an earlier word": which one, plus one bit for the choice to repeat.
            bits += math.log2(len(seen)) + 1.0
            problems.add(PassphraseProblem.REPEATED)
            continue
        seen.append(folded)
        piece = _cheapest(token, True, units)
        bits += piece.bits
        problems |= piece.problems
    return _Estimate(bits, frozenset(problems))
