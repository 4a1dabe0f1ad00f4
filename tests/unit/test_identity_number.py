"""Personnummer and samordningsnummer as a coordinator would type them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kopingplan.domain.identity_number import (
    IdentityNumber,
    IdentityNumberProblem,
    InvalidIdentityNumber,
)

# A fixed "today" so that century inference does not drift with the calendar.
TODAY = date(2026, 11, 25)


def luhn(nine_digits: str) -> str:
    """The check digit, computed here independently of the module under test."""
    total = 0
    for position, char in enumerate(nine_digits):
        doubled = int(char) * (2 if position % 2 == 0 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return str((10 - total % 10) % 10)


def short(yymmdd: str, serial: str = "238", sep: str = "-") -> str:
    """A valid 10-digit form YYMMDD<sep>NNNC (the check digit computed)."""
    return f"{yymmdd}{sep}{serial}{luhn(yymmdd + serial)}"


def long(yyyymmdd: str, serial: str = "238") -> str:
    """A valid 12-digit form YYYYMMDD-NNNC."""
    return f"{yyyymmdd}-{serial}{luhn(yyyymmdd[2:] + serial)}"


def problem(text: str, today: date = TODAY) -> IdentityNumberProblem:
    with pytest.raises(InvalidIdentityNumber) as caught:
        IdentityNumber.parse(text, today=today)
    return caught.value.reason


def test_the_known_example_is_valid_by_luhn() -> None:
    # Checked by hand before relying on it: 8*2=16->7, 1, 1*2=2, 2, 1*2=2, 8, 9*2=18->9, 8,
    # 7*2=14->5; sum 44; check digit (10 - 4) % 10 = 6.
    assert luhn("811218987") == "6"


@pytest.mark.parametrize(
    "text",
    [
        "19811218-9876",
        "198112189876",
        "811218-9876",
        "8112189876",
        "  811218-9876\n",
        "\t19811218-9876 ",
    ],
)
def test_every_accepted_form_gives_the_same_number(text: str) -> None:
    number = IdentityNumber.parse(text, today=TODAY)
    assert number.digits == "198112189876"
    assert number.birth_date == date(1981, 12, 18)
    assert not number.is_coordination_number
    assert number.formatted() == "19811218-9876"
    assert number == IdentityNumber.parse("19811218-9876", today=TODAY)


def test_default_today_is_the_system_date() -> None:
    assert IdentityNumber.parse("811218-9876").birth_date == date(1981, 12, 18)


def test_masked_by_default() -> None:
    number = IdentityNumber.parse("811218-9876", today=TODAY)
    assert number.masked() == "19811218-****"
    # An f-string, a log line or a traceback must not show the last four digits.
    assert "9876" not in str(number)
    assert "9876" not in repr(number)
    assert "9876" not in f"{number}"
    assert number.formatted() == "19811218-9876"  # only when asked for


def test_wrong_check_digit() -> None:
    assert problem("811218-9875") is IdentityNumberProblem.CHECK_DIGIT
    assert problem("19811218-9877") is IdentityNumberProblem.CHECK_DIGIT


@pytest.mark.parametrize(
    "text",
    [
        short("900230"),  # 30 February
        long("19900230"),
        short("901301"),  # month 13
        short("900001"),  # month 0
        short("900100"),  # day 0
        short("900132"),  # day 32
        short("900431"),  # 31 April
        long("19000229"),  # 1900 was not a leap year
        long("00001218"),  # there is no year 0
    ],
)
def test_impossible_dates(text: str) -> None:
    assert problem(text) is IdentityNumberProblem.DATE


def test_29_february_in_a_leap_year() -> None:
    assert IdentityNumber.parse(long("20000229"), today=TODAY).birth_date == date(2000, 2, 29)
    assert IdentityNumber.parse(short("000229"), today=TODAY).birth_date == date(2000, 2, 29)


def test_coordination_number_has_day_plus_sixty() -> None:
    number = IdentityNumber.parse(short("811278"), today=TODAY)
    assert number.is_coordination_number
    assert number.birth_date == date(1981, 12, 18)
    assert number.formatted().startswith("19811278-")  # shown as issued, not as the birth date
    assert number.masked() == "19811278-****"


@pytest.mark.parametrize("day", ["60", "92", "99", "33", "59"])
def test_coordination_day_outside_61_to_91(day: str) -> None:
    assert problem(short(f"8112{day}")) is IdentityNumberProblem.DATE


def test_coordination_number_for_30_february_is_rejected() -> None:
    assert problem(short("810290")) is IdentityNumberProblem.DATE


def test_future_birth_date() -> None:
    assert problem(long("20991231")) is IdentityNumberProblem.FUTURE
    tomorrow = TODAY + timedelta(days=1)
    assert problem(long(tomorrow.strftime("%Y%m%d"))) is IdentityNumberProblem.FUTURE
    # Born today is fine.
    assert IdentityNumber.parse(long(TODAY.strftime("%Y%m%d")), today=TODAY).birth_date == TODAY


def test_short_form_century_is_the_latest_that_is_not_in_the_future() -> None:
    assert IdentityNumber.parse(short("261124"), today=TODAY).birth_date == date(2026, 11, 24)
    assert IdentityNumber.parse(short("261125"), today=TODAY).birth_date == TODAY
    # Later this year would be in the future, so a century earlier.
    assert IdentityNumber.parse(short("261126"), today=TODAY).birth_date == date(1926, 11, 26)
    assert IdentityNumber.parse(short("270101"), today=TODAY).birth_date == date(1927, 1, 1)
    assert IdentityNumber.parse(short("000101", sep=""), today=TODAY).birth_date.year == 2000


def test_plus_means_a_centenarian() -> None:
    # Born 31 December 1920: 105 years old, written with "+" by Skatteverket.
    centenarian = IdentityNumber.parse(short("201231", sep="+"), today=TODAY)
    assert centenarian.birth_date == date(1920, 12, 31)
    assert centenarian.formatted().startswith("19201231-")
    # The same digits with "-" are a child born in 2020.
    assert IdentityNumber.parse(short("201231"), today=TODAY).birth_date == date(2020, 12, 31)


def test_plus_from_the_start_of_the_year_someone_turns_100() -> None:
    # Skatteverket switches to "+" on 1 January of the year the person turns 100, even if the
    # birthday is later that year.
    turning_100 = IdentityNumber.parse(short("261201", sep="+"), today=TODAY)
    assert turning_100.birth_date == date(1926, 12, 1)


def test_plus_with_a_coordination_number() -> None:
    number = IdentityNumber.parse(short("200171", sep="+"), today=TODAY)
    assert number.is_coordination_number
    assert number.birth_date == date(1920, 1, 11)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "81121-9876",  # too few digits
        "811218-98760",  # too many
        "811218--9876",
        "811218–9876",  # en dash
        "811218 9876",  # space inside
        "811218/9876",
        "19811218+9876",  # "+" only belongs to the 10-digit form
        "1981-12-18-9876",
        "١٩٨١١٢١٨٩٨٧٦",  # Arabic-Indic digits pass str.isdigit() but are not accepted
        "８１１２１８-９８７６",  # full-width digits
        "811218-987X",
    ],
)
def test_not_an_identity_number(text: str) -> None:
    assert problem(text) is IdentityNumberProblem.FORMAT


def test_error_is_typed_and_does_not_repeat_the_input() -> None:
    with pytest.raises(InvalidIdentityNumber) as caught:
        IdentityNumber.parse("811218-9875", today=TODAY)
    assert isinstance(caught.value, ValueError)
    assert caught.value.reason is IdentityNumberProblem.CHECK_DIGIT
    assert "9875" not in str(caught.value)
    assert str(caught.value)  # a plain English message for logs and developers


def test_constructor_validates_too() -> None:
    with pytest.raises(InvalidIdentityNumber) as caught:
        IdentityNumber("198112189875")
    assert caught.value.reason is IdentityNumberProblem.CHECK_DIGIT
    with pytest.raises(InvalidIdentityNumber):
        IdentityNumber("8112189876")


def test_is_hashable_and_frozen() -> None:
    number = IdentityNumber.parse("811218-9876", today=TODAY)
    assert {number, IdentityNumber("198112189876")} == {number}
    with pytest.raises(AttributeError):
        number.digits = "198112189876"  # type: ignore[misc]


# --- Properties ------------------------------------------------------------------------------


@st.composite
def valid_numbers(draw: st.DrawFn) -> tuple[date, bool, str]:
    """A birth date within the last 199 years, coordination or not, and a serial number."""
    born = draw(st.dates(min_value=date(TODAY.year - 199, 1, 1), max_value=TODAY))
    coordination = draw(st.booleans())
    serial = draw(st.integers(min_value=0, max_value=999))
    return born, coordination, f"{serial:03d}"


def twelve_digits(born: date, coordination: bool, serial: str) -> str:
    day = born.day + (60 if coordination else 0)
    yyyymmdd = f"{born.year:04d}{born.month:02d}{day:02d}"
    return f"{yyyymmdd}{serial}{luhn(yyyymmdd[2:] + serial)}"


@given(valid_numbers())
def test_valid_numbers_round_trip(case: tuple[date, bool, str]) -> None:
    born, coordination, serial = case
    digits = twelve_digits(born, coordination, serial)
    number = IdentityNumber.parse(digits, today=TODAY)
    assert number.birth_date == born
    assert number.is_coordination_number is coordination
    assert IdentityNumber.parse(number.formatted(), today=TODAY) == number
    # The 10-digit form with the separator Skatteverket would use gives back the same number.
    sep = "+" if TODAY.year - born.year >= 100 else "-"
    ten = f"{digits[2:8]}{sep}{digits[8:]}"
    assert IdentityNumber.parse(ten, today=TODAY) == number


@given(st.text())
def test_parse_of_any_text_returns_or_raises_the_typed_error(text: str) -> None:
    try:
        number = IdentityNumber.parse(text, today=TODAY)
    except InvalidIdentityNumber as error:
        assert isinstance(error.reason, IdentityNumberProblem)
    else:
        assert len(number.digits) == 12


@given(st.from_regex(r"[0-9]{6}[-+]?[0-9]{4}|[0-9]{8}-?[0-9]{4}", fullmatch=True))
def test_parse_of_any_digits_returns_or_raises_the_typed_error(text: str) -> None:
    try:
        number = IdentityNumber.parse(text, today=TODAY)
    except InvalidIdentityNumber as error:
        assert isinstance(error.reason, IdentityNumberProblem)
    else:
        assert number.birth_date <= TODAY
        assert IdentityNumber.parse(number.formatted(), today=TODAY) == number
