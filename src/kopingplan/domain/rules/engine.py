"""Validation of the domain records before they are stored.

:func:`problems` checks one record of :mod:`kopingplan.domain.model` and returns every
:class:`Problem` at once, each with the (English) field name and one of the problem texts below
(the message key; the GUI translates it and words it for the kind of field). :func:`validate`
raises :class:`errors.InvalidInput` with the first of them, for the services.
:func:`normalise_text` is what the GUI and the services apply to typed text first:
validation then refuses only what the user must fix (an empty title, a text too long) or what
cannot be stored safely (invisible control characters, not-normalised Unicode).

The checks here are the ones a person can trip over. The schema repeats the few that protect
the data itself (enumerations, real dates, a closed case's date), so a bug in a service cannot
store a broken row either.

This module is the engine: the problem texts, the limits and the walk over a record's fields.
Each record class's own rules (required and single-line fields, the days of what happened, the
rules between fields) are registered with :func:`register` by the modules of this package, one
per area, which :mod:`kopingplan.domain.rules` imports: so whoever imports the rules knows every
kind of record, whatever else was imported. Checks that need the vault (a link to a stored
record) stay in the services.
"""

from __future__ import annotations

import dataclasses
import re
import types
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, ClassVar, Protocol, TypeVar, Union, get_args, get_origin, get_type_hints

from kopingplan.errors import QT_TRANSLATE_NOOP, InvalidInput


class Dataclass(Protocol):
    """Any dataclass instance (what :func:`dataclasses.replace` takes)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]


D = TypeVar("D", bound=Dataclass)

# --- Problems (the "problem" of InvalidInput) -------------------------------------------------

REQUIRED = QT_TRANSLATE_NOOP("Errors", "must be filled in")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "is too long")
NOT_ONE_LINE = QT_TRANSLATE_NOOP("Errors", "must be a single line without tabs")
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Errors", "contains invisible control characters; retype the text instead of pasting it"
)
NOT_NORMALISED = QT_TRANSLATE_NOOP("Errors", "is not in normalised Unicode form")
DATE_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "must be a date between 1900 and 2100")
NO_TIME_ZONE = QT_TRANSLATE_NOOP("Errors", "must be a time with a time zone")
# A later day of a record earlier than the day it follows, each naming that day in the words of
# the form, so the user knows which date to compare with (not_before).
BEFORE_FROM_DATE = QT_TRANSLATE_NOOP("Errors", "cannot be earlier than the From date")
BEFORE_CASE_OPENED = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the case was opened"
)
# A closed case's opening day later than its closing day, said of the opening day (the case
# form shows no closing day to compare with).
AFTER_CASE_CLOSED = QT_TRANSLATE_NOOP("Errors", "cannot be later than the day the case was closed")
BEFORE_CONTACT = QT_TRANSLATE_NOOP("Errors", "cannot be earlier than the day of the contact")
BEFORE_MEMBERSHIP = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the membership began"
)
BEFORE_MEASURE_STARTS = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the measure starts"
)
BEFORE_INCIDENT = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the incident happened"
)
BEFORE_ACTIVITY = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the activity was held"
)
BEFORE_CONSENT_GIVEN = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the consent was given"
)
BEFORE_CONCERN_RECEIVED = QT_TRANSLATE_NOOP(
    "Errors", "cannot be earlier than the day the concern was received"
)
NOT_AFTER_TODAY = QT_TRANSLATE_NOOP("Errors", "cannot be a day after today")
MOTIVATION_RANGE = QT_TRANSLATE_NOOP("Errors", "must be a number from 1 to 5")
AT_LEAST_ONE = QT_TRANSLATE_NOOP("Errors", "must be 1 or more")
NOT_NEGATIVE = QT_TRANSLATE_NOOP("Errors", "cannot be negative")
INVALID_ID = QT_TRANSLATE_NOOP("Errors", "must refer to a stored record")
ID_MAX = 2**63 - 1  # SQLite's largest integer: no stored record has an id beyond it
INVALID_IDENTITY_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "is not a valid personal identity number or coordination number"
)
NOT_CANONICAL = QT_TRANSLATE_NOOP("Errors", "must be stored as 12 digits (YYYYMMDDNNNN)")
BIRTH_YEAR_MISMATCH = QT_TRANSLATE_NOOP("Errors", "does not match the identity number")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("Errors", "has a value that is not one of the choices")
WRONG_TYPE = QT_TRANSLATE_NOOP("Errors", "has a value of the wrong kind")
NEEDS_LINK = QT_TRANSLATE_NOOP("Errors", "needs a person, an organisation or a case")
NEEDS_MEMBER = QT_TRANSLATE_NOOP("Errors", "needs a person or an organisation")
# A person's: either name will do ("must be filled in" under the given name read as if that
# one were needed).
NEEDS_NAME = QT_TRANSLATE_NOOP("Errors", "fill in a given name or a family name")
ONLY_WHEN_CLOSED = QT_TRANSLATE_NOOP("Errors", "can only be set when the case is closed")
SAME_LEVEL = QT_TRANSLATE_NOOP("Errors", "must differ from the level before")
NOT_A_CHECKSUM = QT_TRANSLATE_NOOP(
    "Errors", "must be a SHA-256 checksum (64 characters 0-9 and a-f)"
)
DUPLICATE = QT_TRANSLATE_NOOP("Errors", "lists the same entry twice")

# --- Limits ----------------------------------------------------------------------------------

LINE_MAX = 300  # titles, names, single-line fields
TEXT_MAX = 100_000  # free text: notes, summaries, minutes
PLAN_TEXT_MAX = 1_000_000  # the action plan itself is a document, not a note
YEAR_MIN, YEAR_MAX = 1900, 2100
MOTIVATION_MIN, MOTIVATION_MAX = 1, 5

# Cc except tab and newline (and so also \r: normalise_text turns it into \n), lone surrogates
# (they cannot even be encoded for SQLite), the bidirectional embeddings, overrides and isolates
# (they can make a printed brief read differently from what is stored), and the two
# non-characters U+FFFE/U+FFFF.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n",
                              "\u2029": "\n"})  # fmt: skip


def normalise_text(text: str) -> str:
    """Typed or pasted text in the form the vault stores: NFC, ``\\n`` line ends, trimmed.

    Composed å/ä/ö (NFC) matter for search: a decomposed "å" would be indexed as "a". Windows
    line ends and the other Unicode line separators become ``\\n``. Other control characters
    are left in place so that :func:`validate` reports them rather than silently changing text.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    return text.strip()


def has_forbidden_characters(text: str) -> bool:
    """Whether ``text`` holds a character the vault refuses in any text (see ``_FORBIDDEN``):
    the check :func:`validate` makes, for texts that are not a record's field."""
    return _FORBIDDEN.search(text) is not None


def with_normalised_text(record: D, *fields: str) -> D:
    """``record`` (a dataclass) with its text ``fields`` in stored form (:func:`normalise_text`)."""
    return dataclasses.replace(
        record, **{name: normalise_text(getattr(record, name)) for name in fields}
    )


# --- Per-class rules -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Problem:
    """One thing wrong with a record: the (English) field it belongs to and the message key, an
    "Errors" text above. ``reason`` says more where there is more (an identity number's)."""

    field: str
    problem: str
    reason: str = ""

    def error(self) -> InvalidInput:
        """The same problem as the exception :func:`validate` raises."""
        if self.reason:
            return InvalidInput(self.field, self.problem, reason=self.reason)
        return InvalidInput(self.field, self.problem)


# A rule between fields yields the problems it finds (there may be more than one).
_Check = Callable[[Any], Iterator[Problem]]


@dataclasses.dataclass(frozen=True)
class _Spec:
    required: frozenset[str] = frozenset()  # text that must not be blank
    lines: frozenset[str] = frozenset()  # single-line text, at most LINE_MAX characters
    long: dict[str, int] = dataclasses.field(default_factory=dict)  # other limits than TEXT_MAX
    check: _Check | None = None  # rules between fields
    happened: frozenset[str] = frozenset()  # days of what happened: not after today


def _spec(
    required: str = "",
    lines: str = "",
    check: _Check | None = None,
    long: dict[str, int] | None = None,
    happened: str = "",
) -> _Spec:
    required_set, lines_set, happened_set = (
        frozenset(n.split()) for n in (required, lines, happened)
    )
    return _Spec(required_set, lines_set, long or {}, check, happened_set)


def not_before(field: str, value: date | None, own: date, problem: str) -> Iterator[Problem]:
    """The problem of a day ``value`` earlier than the record's own day ``own``, if it is:
    ``problem``, one of the ``BEFORE_…`` texts, names that day."""
    if value is not None and value < own:
        yield Problem(field, problem)


def day_of(instant: datetime) -> date:
    """The record's day as the user saw it, or in UTC: whichever is earlier, so a follow-up on
    "the same day" is never refused because of the time zone."""
    return min(instant.date(), instant.astimezone(UTC).date())


# Every record class's rules, filled by the modules of this package (see ``__init__``).
_SPECS: dict[type, _Spec] = {}


# --- The walk over a record's fields ---------------------------------------------------------


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    # Resolving the string annotations of model.py on every call would dominate validate().
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = get_type_hints(cls)
    return hints


def _split_optional(hint: Any) -> tuple[Any, bool]:
    if get_origin(hint) in (Union, types.UnionType):
        args = [arg for arg in get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0], True
    return hint, False


def _check_text(field: str, value: str, *, required: bool, line: bool, limit: int) -> None:
    if required and not value.strip():
        raise InvalidInput(field, REQUIRED)
    if len(value) > (LINE_MAX if line else limit):
        raise InvalidInput(field, TOO_LONG)
    if _FORBIDDEN.search(value):
        raise InvalidInput(field, CONTROL_CHARACTERS)
    if line and ("\n" in value or "\t" in value):
        raise InvalidInput(field, NOT_ONE_LINE)
    if not unicodedata.is_normalized("NFC", value):
        raise InvalidInput(field, NOT_NORMALISED)


def _check_value(field: str, value: Any, hint: Any, spec: _Spec) -> None:
    hint, optional = _split_optional(hint)
    if value is None:
        if field in spec.required:
            raise InvalidInput(field, REQUIRED)
        if not optional:
            raise InvalidInput(field, WRONG_TYPE)
        return
    if hint is str:
        if not isinstance(value, str):
            raise InvalidInput(field, WRONG_TYPE)
        _check_text(
            field,
            value,
            required=field in spec.required,
            line=field in spec.lines,
            limit=spec.long.get(field, TEXT_MAX),
        )
    elif hint is bool:
        if not isinstance(value, bool):
            raise InvalidInput(field, WRONG_TYPE)
    elif hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(field, WRONG_TYPE)
        if (field == "id" or field.endswith("_id")) and not 1 <= value <= ID_MAX:
            raise InvalidInput(field, INVALID_ID)
    elif hint is datetime:
        if not isinstance(value, datetime):
            raise InvalidInput(field, WRONG_TYPE)
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidInput(field, NO_TIME_ZONE)
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            raise InvalidInput(field, DATE_OUT_OF_RANGE)
    elif hint is date:
        if isinstance(value, datetime) or not isinstance(value, date):
            raise InvalidInput(field, WRONG_TYPE)
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            raise InvalidInput(field, DATE_OUT_OF_RANGE)
    elif isinstance(hint, type) and issubclass(hint, Enum):
        try:
            hint(value)
        except ValueError:
            raise InvalidInput(field, UNKNOWN_VALUE) from None
    else:  # a field type this module was not taught: fail loudly in development
        raise TypeError(f"rules.validate cannot check {field}: {hint!r}")


def _check_tuple(field: str, value: Any, item_hint: Any, spec: _Spec, today: date) -> list[Problem]:
    """Problems of a tuple field; an item's own fields are named under the record's field
    ("social_items.description")."""
    if not isinstance(value, tuple):
        return [Problem(field, WRONG_TYPE)]
    found: list[Problem] = []
    for item in value:
        if dataclasses.is_dataclass(item_hint):
            if not isinstance(item, item_hint):  # type: ignore[arg-type]
                return [Problem(field, WRONG_TYPE)]
            found += _problems_of(item, today, prefix=f"{field}.")
        elif item_hint is str:
            if not isinstance(item, str):
                return [Problem(field, WRONG_TYPE)]
            # Items of a list of strings are keys or short labels: each one line, not blank.
            try:
                _check_text(field, item, required=True, line=True, limit=LINE_MAX)
            except InvalidInput as error:
                return [Problem(field, error.problem)]
        elif item_hint is int:
            if isinstance(item, bool) or not isinstance(item, int):
                return [Problem(field, WRONG_TYPE)]
            if field.endswith("_ids") and not 1 <= item <= ID_MAX:
                return [Problem(field, INVALID_ID)]
        elif isinstance(item_hint, type) and issubclass(item_hint, Enum):
            try:
                item_hint(item)
            except ValueError:
                return [Problem(field, UNKNOWN_VALUE)]
        else:
            raise TypeError(f"rules.validate cannot check items of {field}: {item_hint!r}")
    plain = item_hint in (str, int) or (isinstance(item_hint, type) and issubclass(item_hint, Enum))
    if plain and len(set(value)) != len(value):
        found.append(Problem(field, DUPLICATE))
    return found


def _field_problems(field: str, value: Any, hint: Any, spec: _Spec, today: date) -> list[Problem]:
    if get_origin(_split_optional(hint)[0]) is tuple and value is not None:
        return _check_tuple(field, value, get_args(_split_optional(hint)[0])[0], spec, today)
    try:
        _check_value(field, value, hint, spec)
    except InvalidInput as error:
        return [Problem(field, error.problem)]
    if field in spec.happened and value is not None:
        # A time counts by its day where the coordinator is (the machine's zone), as today does.
        day = value.astimezone().date() if isinstance(value, datetime) else value
        if day > today:
            return [Problem(field, NOT_AFTER_TODAY)]
    return []


def _problems_of(obj: Any, today: date, prefix: str = "") -> list[Problem]:
    cls = type(obj)
    try:
        spec = _SPECS[cls]
    except KeyError:
        raise TypeError(f"no validation rules for {cls.__name__}") from None
    hints = _hints(cls)
    found: list[Problem] = []
    for f in dataclasses.fields(obj):
        found += _field_problems(f.name, getattr(obj, f.name), hints[f.name], spec, today)
    if spec.check is not None:
        found += spec.check(obj)
    named = [dataclasses.replace(p, field=prefix + p.field) for p in found] if prefix else found
    # One problem a field: the first one, which the user fixes before the next one matters.
    first: dict[str, Problem] = {}
    for problem in named:
        first.setdefault(problem.field, problem)
    return list(first.values())


def register(
    cls: type,
    required: str = "",
    lines: str = "",
    check: _Check | None = None,
    happened: str = "",
    long: dict[str, int] | None = None,
) -> None:
    """The rules of one record class, checked by :func:`problems`: the text fields that must
    not be blank (``required``), the single-line ones (``lines``), a rule between fields
    (``check``), the days of what has happened, which cannot be after today (``happened``), and
    texts with another limit than ``TEXT_MAX`` (``long``). Called by this package's modules."""
    _SPECS[cls] = _spec(required, lines, check, long, happened)


def kinds() -> frozenset[type]:
    """Every record class that has rules."""
    return frozenset(_SPECS)


def problems(obj: object, today: date | None = None) -> list[Problem]:
    """Every problem of one record of :mod:`kopingplan.domain.model` at once, one per field:
    fields in declaration order, then the rules between fields. Empty when the record may be
    stored. A class without rules is a programming error (``TypeError``). ``today`` (the
    coordinator's local day when not given) is the last day a day of what happened may be."""
    return _problems_of(obj, today or date.today())


def validate(obj: object, today: date | None = None) -> None:
    """Checks one record; raises InvalidInput with the first of :func:`problems`."""
    found = _problems_of(obj, today or date.today())
    if found:
        raise found[0].error()


def required_fields(cls: type) -> frozenset[str]:
    """The text fields of ``cls`` that must not be blank (the GUI marks them)."""
    spec = _SPECS.get(cls)
    return spec.required if spec is not None else frozenset()
