"""Passphrase strength as the coordinator meets it when creating a vault."""

from __future__ import annotations

import dataclasses
import random
import unicodedata
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kopingplan.domain.passphrase import (
    MIN_BITS,
    MIN_LENGTH,
    PassphraseProblem,
    Strength,
    estimate,
)

P = PassphraseProblem


def test_policy_constants() -> None:
    assert MIN_LENGTH == 12
    assert MIN_BITS == 50


@pytest.mark.parametrize(
    "passphrase",
    [
        "kaffe morgon cykel fönster",
        "Kaffe Morgon Cykel Fönster",
        "kaffe morgon cykel fönster!",
        "älg ö björk sjö kanot tält",  # short words, but six of them
        "xK9#mQ2$vL7!pR4&",  # random characters
    ],
)
def test_accepts_good_passphrases(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert strength.acceptable
    assert strength.bits >= MIN_BITS
    assert strength.score >= 3
    assert strength.problems == ()


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [
        ("Sommar2024!!", {P.COMMON}),
        ("password1234", {P.COMMON}),
        ("aaaaaaaaaaaa", {P.REPEATED, P.ONE_CLASS}),
        ("123456789012", {P.DATE_OR_NUMBER, P.ONE_CLASS}),
        ("qwertyuiopå", {P.TOO_SHORT}),
        ("kopingplan2026", {P.COMMON, P.DATE_OR_NUMBER}),
        ("Köpingplan2026!", {P.COMMON, P.DATE_OR_NUMBER}),
        ("P@ssw0rd2024!", {P.COMMON}),  # letter-for-digit swaps do not hide a common password
        ("zyxwvutsrqpo", {P.SEQUENCE}),  # the alphabet backwards
        ("asdfghjklöä'", {P.COMMON}),  # a Swedish keyboard row: in every password list
        ("Vinter19840517", {P.COMMON, P.DATE_OR_NUMBER}),  # a season and a birth date
        ("lösenord lösenord", {P.COMMON, P.REPEATED}),
        ("kaffe kaffe kaffe kaffe", {P.REPEATED}),
        ("a b c d e f g h i j k l", {P.SEQUENCE}),  # spaces do not hide a sequence
        ("839201746352", {P.DATE_OR_NUMBER, P.ONE_CLASS}),  # any all-digit code
        ("hej", {P.TOO_SHORT}),
        ("", {P.TOO_SHORT}),
    ],
)
def test_rejects_weak_passphrases(passphrase: str, expected: set[PassphraseProblem]) -> None:
    strength = estimate(passphrase)
    assert not strength.acceptable
    assert strength.score <= 2
    assert expected <= set(strength.problems), strength


def test_three_common_words_are_not_enough_but_four_are() -> None:
    # What 50 bits means in practice: "fönster" is about the 2,300th most frequent Swedish
    # word (11 bits), and one more word boundary to place.
    three = estimate("kaffe morgon cykel")
    four = estimate("kaffe morgon cykel fönster")
    assert not three.acceptable
    assert four.acceptable
    assert 11 < four.bits - three.bits < 16


def test_words_from_the_common_list_count_for_little() -> None:
    assert not estimate("sommar vinter hösten våren").acceptable


def test_a_long_string_of_one_character_is_not_strong() -> None:
    assert not estimate("x" * 200).acceptable


def test_problems_come_in_a_fixed_order() -> None:
    problems = estimate("aaaaaaaaaaaa").problems
    assert list(problems) == [p for p in PassphraseProblem if p in problems]


def test_strength_is_immutable() -> None:
    strength = estimate("kaffe morgon cykel fönster")
    with pytest.raises(dataclasses.FrozenInstanceError):
        strength.bits = 100.0  # type: ignore[misc]


# --- Unicode ---------------------------------------------------------------------------------


def test_swedish_letters_count_as_one_character_each() -> None:
    assert P.TOO_SHORT in estimate("åäöåäöåäöåä").problems  # 11 characters
    assert P.TOO_SHORT not in estimate("åäöÅÄÖåäöÅÄÖ").problems  # 12 characters


def test_decomposed_and_composed_letters_are_the_same_passphrase() -> None:
    composed = "blåbär på fönsterbräda"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert estimate(decomposed) == estimate(composed)


@pytest.mark.parametrize(
    "passphrase",
    [
        "😀😀😀😀😀😀😀😀😀😀😀😀",
        "🐍🦊🌲🚲☕🌅🪟🐝🦉🍄🌧🎻",
        "👩‍👩‍👧‍👦 familjen",  # a zero-width-joiner sequence
        "”citat” och «quotes» och 'enkla'",
        '"dubbla" `backticks` \\ \t tab',
        "\ud800\udfff lone surrogates",
        "\x00\x01\x7f control",
        "ÅÄÖ" * 5,
        "\u200b" * 20,  # zero-width spaces
        " " * 30,
        "ﷺ𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "ⅫⅫa kaffe morgon",  # Roman numerals are upper case but not letters
        "ǅǈǋ titlecase ǲ",
    ],
)
def test_any_unicode_is_handled(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert isinstance(strength, Strength)
    assert strength.bits >= 0
    assert 0 <= strength.score <= 4


def test_repeated_emoji_is_weak() -> None:
    strength = estimate("😀" * 12)
    assert not strength.acceptable
    assert P.REPEATED in strength.problems


def test_varied_emoji_are_counted_as_characters_of_their_own() -> None:
    strength = estimate("🐍🦊🌲🚲☕🌅🪟🐝🦉🍄🌧🎻")
    assert P.TOO_SHORT not in strength.problems
    assert strength.bits > estimate("abcdefghijkl").bits


# --- Long input ------------------------------------------------------------------------------


def random_text(alphabet: Sequence[str], seed: int, length: int = 10_000) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(alphabet) for _ in range(length))


@pytest.mark.parametrize(
    "passphrase",
    [
        "a" * 10_000,
        "ab" * 5_000,
        "0123456789" * 1_000,
        "kaffe " * 1_667,
        random_text("abcdefghijklmnopqrstuvwxyzåäö0123456789 !#", seed=4),
        random_text([chr(code) for code in range(0x20, 0x3000)], seed=5),
    ],
    ids=["one-char", "two-chars", "digits", "one-word", "random-ascii", "random-unicode"],
)
def test_ten_thousand_characters_are_handled(passphrase: str) -> None:
    # Speed is for benchmarks, not assertions; here: no crash, no runaway, a sane result.
    strength = estimate(passphrase)
    assert isinstance(strength, Strength)
    assert 0 <= strength.score <= 4


def test_long_repetition_stays_weak_and_long_random_text_is_strong() -> None:
    assert not estimate("a" * 10_000).acceptable
    assert not estimate("kaffe " * 1_667).acceptable
    assert estimate(random_text("abcdefghijklmnopqrstuvwxyz", seed=7)).acceptable


# --- Properties ------------------------------------------------------------------------------


@given(st.text(max_size=200))
def test_estimate_is_consistent_for_any_text(passphrase: str) -> None:
    strength = estimate(passphrase)
    assert strength.bits >= 0
    assert 0 <= strength.score <= 4
    assert strength.acceptable == (strength.score >= 3)
    if strength.acceptable:
        assert strength.bits >= MIN_BITS
        assert len(unicodedata.normalize("NFC", passphrase)) >= MIN_LENGTH
        assert strength.problems == ()


@given(st.text(min_size=2, max_size=24))
def test_typing_it_twice_adds_at_most_a_bit(passphrase: str) -> None:
    # Typing it twice is the first thing an attacker tries after the passphrase itself.
    once = unicodedata.normalize("NFC", passphrase)
    assume(unicodedata.normalize("NFC", once * 2) == once * 2)  # no letter joins across the seam
    # zxcvbn adds one guess to every sequence, so a tiny estimate may grow by a little more;
    # and each further word break costs a bit (see the module), so twice has more of those.
    breaks = len(once.split())
    assert estimate(once * 2).bits <= estimate(once).bits + 1.0 + 0.6 + breaks


# --- zxcvbn with Swedish dictionaries and the coordinator's own words ----------------------


def test_the_coordinators_own_name_and_organisation_count_for_little() -> None:
    owner = ("Ylva Brännström", "Kungsörs räddningstjänst")
    built = "Brännström Ylva Kungsörs räddningstjänst"
    assert estimate(built).acceptable  # to anyone who does not know her
    strength = estimate(built, owner)
    assert strength.bits < estimate(built).bits - 30
    assert not strength.acceptable
    assert strength.problems == (P.PERSONAL,)


def test_swedish_words_and_names_are_in_the_dictionary() -> None:
    # Without Swedish dictionaries zxcvbn takes these for random letters (over 60 bits).
    assert estimate("kaffemorgoncykel").bits < 45
    assert P.NAME in estimate("Johansson1985").problems
    assert P.NAME in estimate("kerstin lundqvist").problems


def test_a_year_of_this_decade_is_cheap() -> None:
    # zxcvbn's own "recent years" end in 2019.
    assert estimate("Vinter2026").bits < estimate("Vinter7351").bits - 5


def test_the_session_refuses_a_passphrase_built_on_the_owner(tmp_path: Path) -> None:
    from kopingplan import errors
    from kopingplan.services.session import Session
    from kopingplan.storage.vault import VaultPaths

    with pytest.raises(errors.WeakPassphrase) as caught:
        Session.create(
            VaultPaths(tmp_path / "vault"),
            "Brännström Ylva Kungsörs räddningstjänst",
            name="Ylva Brännström",
            organisation="Kungsörs räddningstjänst",
        )
    assert "your name, your organisation" in caught.value.translated()
    assert not (tmp_path / "vault").exists()


def test_zxcvbns_english_feedback_is_never_shown() -> None:
    from kopingplan.gui.common.strength import describe

    view = describe("Lindqvist Köpings kommun Anna", ("Anna Lindqvist", "Köpings kommun"))
    assert not view.acceptable
    assert (
        view.reasons
        == (
            "Too weak: it contains your name, your organisation or the program's name; it is built "
            "on a common first name or surname."
        )
        or "your name, your organisation" in view.reasons
    )
    for english in ("Avoid", "This is", "Names and surnames", "Add another word or two"):
        assert english not in view.reasons
