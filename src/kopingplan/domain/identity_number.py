"""Swedish identity numbers: personnummer and samordningsnummer (coordination numbers).

The number is among the most sensitive fields in the vault, so the object never prints itself in
full: `str()` and `repr()` are masked, and the full form needs an explicit `formatted()`. Error
messages never contain the text that failed to parse, so a log line or a traceback cannot leak it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

# Day-of-month offset Skatteverket adds for samordningsnummer (day 61-91 stands for day 1-31).
COORDINATION_DAY_OFFSET = 60

# ASCII digits only: `\d` would also accept Arabic-Indic and other Unicode digits.
_PATTERN = re.compile(
    r"(?P<century>[0-9]{2})?(?P<yymmdd>[0-9]{6})(?P<sep>[-+]?)(?P<serial>[0-9]{3})(?P<check>[0-9])"
)


class IdentityNumberProblem(StrEnum):
    """Why a text is not an identity number; the GUI and CLI translate these."""

    FORMAT = "format"
    DATE = "date"
    CHECK_DIGIT = "check_digit"
    FUTURE = "future"


_MESSAGES = {
    IdentityNumberProblem.FORMAT: "not in a recognised identity number format",
    IdentityNumberProblem.DATE: "the birth date is not a real date",
    IdentityNumberProblem.CHECK_DIGIT: "the check digit does not match",
    IdentityNumberProblem.FUTURE: "the birth date is in the future",
}


class InvalidIdentityNumber(ValueError):
    """A text that is not a valid identity number. `reason` says why, for translation."""

    def __init__(self, reason: IdentityNumberProblem) -> None:
        super().__init__(_MESSAGES[reason])
        self.reason = reason


def luhn_check_digit(nine_digits: str) -> int:
    """The Luhn check digit over YYMMDDNNN, as Skatteverket computes it (weights 2,1,2,...)."""
    total = 0
    for position, char in enumerate(nine_digits):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10


def _birth_date(year: int, month: int, day: int) -> date | None:
    """The birth date behind year/month/day (coordination offset undone); None if invalid."""
    if day > COORDINATION_DAY_OFFSET:
        day -= COORDINATION_DAY_OFFSET
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class IdentityNumber:
    """A validated identity number in canonical 12-digit form YYYYMMDDNNNC.

    Construct with `parse()`; the constructor also validates (format, date, check digit) so no
    invalid instance can exist, but it cannot check "not in the future" without a today.
    """

    digits: str = field(repr=False)

    def __post_init__(self) -> None:
        if not (len(self.digits) == 12 and self.digits.isascii() and self.digits.isdigit()):
            raise InvalidIdentityNumber(IdentityNumberProblem.FORMAT)
        year, month, day = int(self.digits[0:4]), int(self.digits[4:6]), int(self.digits[6:8])
        if _birth_date(year, month, day) is None:
            raise InvalidIdentityNumber(IdentityNumberProblem.DATE)
        if luhn_check_digit(self.digits[2:11]) != int(self.digits[11]):
            raise InvalidIdentityNumber(IdentityNumberProblem.CHECK_DIGIT)

    @classmethod
    def parse(cls, text: str, *, today: date | None = None) -> IdentityNumber:
        """Parse YYYYMMDD-NNNC, YYYYMMDDNNNC, YYMMDD-NNNC, YYMMDDNNNC or YYMMDD+NNNC.

        For the 10-digit forms the century is inferred against `today` (default: the system date).
        """
        if today is None:
            today = date.today()
        match = _PATTERN.fullmatch(text.strip())
        if match is None:
            raise InvalidIdentityNumber(IdentityNumberProblem.FORMAT)
        century, yymmdd, sep = match["century"], match["yymmdd"], match["sep"]
        # "+" is defined only for the 10-digit form, where it carries the century information.
        if century is not None and sep == "+":
            raise InvalidIdentityNumber(IdentityNumberProblem.FORMAT)
        month, day = int(yymmdd[2:4]), int(yymmdd[4:6])
        if century is not None:
            year = int(century + yymmdd[0:2])
        else:
            year = _infer_year(int(yymmdd[0:2]), month, day, centenarian=sep == "+", today=today)
        number = cls(f"{year:04d}{yymmdd[2:]}{match['serial']}{match['check']}")
        if number.birth_date > today:
            raise InvalidIdentityNumber(IdentityNumberProblem.FUTURE)
        return number

    @property
    def birth_date(self) -> date:
        """The real birth date (for a coordination number, the day with the offset removed)."""
        born = _birth_date(int(self.digits[0:4]), int(self.digits[4:6]), int(self.digits[6:8]))
        assert born is not None  # guaranteed by __post_init__
        return born

    @property
    def is_coordination_number(self) -> bool:
        """True for a samordningsnummer (day of month plus 60)."""
        return int(self.digits[6:8]) > COORDINATION_DAY_OFFSET

    def formatted(self) -> str:
        """The full number as YYYYMMDD-NNNC. Only for when the user asked to see it."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    def masked(self) -> str:
        """YYYYMMDD-****: what the app shows by default."""
        return f"{self.digits[:8]}-****"

    def __str__(self) -> str:
        # Masked so that an f-string or a log line never shows the full number by accident.
        return self.masked()

    def __repr__(self) -> str:
        return f"IdentityNumber({self.masked()!r})"


def _infer_year(yy: int, month: int, day: int, *, centenarian: bool, today: date) -> int:
    """The birth year for a 10-digit number, following Skatteverket's separator rule.

    Skatteverket writes "-" until the year the person turns 100 and "+" from that year on. So:
    - "+": the latest year ending in `yy` that is at least 100 years before this year;
    - "-" or no separator: the latest year ending in `yy` such that the person is already born.
      Without a separator this is the only sensible guess; with "-" it also forgives a "-" left
      in place during the year someone turns 100 (their date later this year).
    """
    latest = today.year - 100 if centenarian else today.year
    year = latest - (latest - yy) % 100
    # The second candidate matters only when the first is not yet born or is a 29 February that
    # does not exist in that year (1900, 2100); the second may still be a real date.
    for candidate in (year, year - 100):
        born = _birth_date(candidate, month, day)
        if born is not None and born <= today:
            return candidate
    if _birth_date(year, month, day) is None and _birth_date(year - 100, month, day) is None:
        raise InvalidIdentityNumber(IdentityNumberProblem.DATE)
    raise InvalidIdentityNumber(IdentityNumberProblem.FUTURE)
