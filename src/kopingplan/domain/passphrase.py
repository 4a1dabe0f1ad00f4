"""How hard a vault passphrase is to guess, estimated with zxcvbn.

The threat is offline: someone has the laptop (or a copy of the vault file) and tries guesses
against the Argon2id-wrapped key, as fast as their hardware allows. So what matters is the number
of guesses a smart attacker needs, not what the passphrase "looks like". zxcvbn (Dropbox's
estimator, the one KeePassXC and other password managers use) finds the cheapest way to build the
passphrase from dictionary words (also reversed, capitalised or with l33t swaps), keyboard
patterns, repeats, sequences, dates and years, and counts the guesses that takes.

Its dictionaries are English (passwords, Wikipedia, TV, US names); we add what a Swedish attacker
would try first, each ranked most likely first:

- ``kopingplan_common``: Swedish favourite passwords and the words of this app, its town and the
  coordinator's work (domain/_common_passwords.py);
- ``swedish_names``: common Swedish first names and surnames (domain/_swedish_names.py);
- ``swedish_words``: the 30,000 most frequent Swedish words (domain/swedish_words.txt, from
  wordfreq; see packaging/swedish_words.py);
- the coordinator's own name and organisation (``user_inputs``), when known.

Two adjustments to zxcvbn, both toward caution:

- Spaces do not hide a pattern: the passphrase is also estimated with its whitespace taken out,
  and the lower estimate counts ("a b c d e f g h i j k l" is the alphabet). The separator then
  costs what zxcvbn gives one unknown character (log2 11 bits) and each further one a bit (is
  there a break between these two words or not); zxcvbn itself counts every space as a separate
  piece whose order must be guessed too, which flatters a passphrase of common words.
- Only the first 64 characters are estimated (zxcvbn's matching grows with the square of the
  length); a longer passphrase is at least as strong as its beginning.

zxcvbn's own feedback is English; we report :class:`PassphraseProblem` values instead, which the
GUI and CLI translate. This module holds no user-facing text.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from importlib import resources
from typing import Any

from kopingplan.domain._common_passwords import COMMON_PASSWORDS
from kopingplan.domain._swedish_names import FIRST_NAMES, SURNAMES

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

# Characters zxcvbn is given (see the module's docstring).
MAX_ESTIMATED = 64
# What one whitespace run costs once it is taken out: zxcvbn's price of one unknown character.
WHITESPACE_BITS = math.log2(11)

# The app's own name is always an input an attacker tries.
APP_WORDS = ("köpingplan", "kopingplan", "köping", "koping")


class PassphraseProblem(StrEnum):
    """A weakness found in a passphrase; the GUI and CLI translate these into advice."""

    TOO_SHORT = "too_short"
    COMMON = "common"
    PERSONAL = "personal"
    NAME = "name"
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
    nothing in particular is wrong but there is too little of it ("kaffe morgon cykel"): the GUI
    then simply asks for another word.
    """

    bits: float
    score: int
    problems: tuple[PassphraseProblem, ...]
    acceptable: bool


# Score thresholds in bits; for the GPU farm above, on average: 20 bits is under a minute,
# 35 bits about ten days, 64 bits about fifteen million years.
_SCORE_THRESHOLDS = (20.0, 35.0, MIN_BITS, 64.0)

_COMMON_DICTIONARIES = {"passwords", "kopingplan_common"}
_NAME_DICTIONARIES = {"female_names", "male_names", "surnames", "swedish_names"}

_dictionaries_added = False
_dictionaries_lock = threading.Lock()


def _swedish_words() -> list[str]:
    text = resources.files("kopingplan.domain").joinpath("swedish_words.txt").read_text("utf-8")
    return text.split()


def _add_dictionaries() -> None:
    """Adds ours to zxcvbn's (once; zxcvbn's repeat matcher only sees its global ones)."""
    global _dictionaries_added
    from zxcvbn import matching, scoring  # here: unlocking never needs it (~40 ms to import)

    with _dictionaries_lock:
        if _dictionaries_added:
            return
        names = [n for pair in zip(FIRST_NAMES, SURNAMES, strict=False) for n in pair]
        names += FIRST_NAMES[len(SURNAMES) :] + SURNAMES[len(FIRST_NAMES) :]
        # zxcvbn dates "recent years" from 2017; a year is cheap to guess in any decade.
        scoring.REFERENCE_YEAR = date.today().year
        matching.REGEXEN["recent_year"] = re.compile(r"19\d\d|20\d\d")
        matching.add_frequency_lists(
            {
                "kopingplan_common": [*APP_WORDS, *COMMON_PASSWORDS],
                "swedish_names": names,
                "swedish_words": _swedish_words(),
            }
        )
        _dictionaries_added = True


def _user_words(user_inputs: Iterable[str]) -> list[str]:
    """The coordinator's name and organisation, whole and word by word, lower case."""
    words: list[str] = []
    for given in user_inputs:
        text = unicodedata.normalize("NFC", given).strip().lower()
        if text:
            words.append(text)
            words.extend(part for part in text.replace("-", " ").split() if len(part) >= 3)
    return words


@dataclass(frozen=True)
class _Estimate:
    bits: float
    matches: tuple[dict[str, Any], ...]


def _zxcvbn(text: str, user_words: list[str]) -> _Estimate:
    from zxcvbn import matching, scoring

    if not text:
        return _Estimate(0.0, ())
    dictionaries = dict(matching.RANKED_DICTIONARIES)
    dictionaries["user_inputs"] = matching.build_ranked_dict(user_words)
    found = matching.omnimatch(text, dictionaries)
    result = scoring.most_guessable_match_sequence(text, found)
    return _Estimate(math.log2(max(float(result["guesses"]), 1.0)), tuple(result["sequence"]))


def _problems(matches: Sequence[dict[str, Any]]) -> set[PassphraseProblem]:
    problems: set[PassphraseProblem] = set()
    for match in matches:
        pattern = match.get("pattern")
        if pattern == "dictionary":
            name = match.get("dictionary_name")
            if name in _COMMON_DICTIONARIES:
                problems.add(PassphraseProblem.COMMON)
            elif name == "user_inputs":
                problems.add(PassphraseProblem.PERSONAL)
            elif name in _NAME_DICTIONARIES:
                problems.add(PassphraseProblem.NAME)
        elif pattern == "repeat":
            problems.add(PassphraseProblem.REPEATED)
            problems |= _problems(match.get("base_matches", ()))
        elif pattern in ("sequence", "spatial"):
            problems.add(PassphraseProblem.SEQUENCE)
        elif pattern in ("date", "regex") or (
            pattern == "bruteforce" and _DIGITS.search(str(match.get("token", "")))
        ):
            problems.add(PassphraseProblem.DATE_OR_NUMBER)
    return problems


_DIGITS = re.compile(r"\d{4}")


def _char_class(char: str) -> str:
    if char.isdigit():
        return "digit"
    if char.isalpha():
        return "upper" if char.isupper() else "lower"
    return "other"


def estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """Estimate how many guesses `passphrase` takes. `user_inputs`: words an attacker who knows
    the coordinator would try first (their name, their organisation). Never raises for any str."""
    _add_dictionaries()
    # NFC, so that "å" typed as a + combining ring counts as one character, as the user sees it.
    # Lone surrogates cannot be encoded anywhere later; they count as unknown characters.
    text = unicodedata.normalize("NFC", passphrase)
    # Any whitespace is a space to an attacker (and zxcvbn's repeat matcher skips line breaks).
    head = re.sub(r"\s", " ", text[:MAX_ESTIMATED])
    words = _user_words(user_inputs)
    best = _zxcvbn(head, words)
    squeezed = "".join(head.split())
    if squeezed != head:
        runs = len(head.split()) - 1 + (head[:1].isspace()) + (head[-1:].isspace())
        without = _zxcvbn(squeezed, words)
        # The separator is guessed once; where each further one goes, given the words, is
        # about a yes/no per boundary.
        spaces = WHITESPACE_BITS + max(runs - 1, 0)
        without = _Estimate(without.bits + spaces, without.matches)
        if without.bits < best.bits:
            best = without

    acceptable = len(text) >= MIN_LENGTH and best.bits >= MIN_BITS
    problems: set[PassphraseProblem] = set()
    # Problems say what holds a passphrase back, so an acceptable one has none: a long random
    # string always contains some incidental "abc" or "2024" that is not worth a warning.
    if not acceptable:
        problems |= _problems(best.matches)
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
