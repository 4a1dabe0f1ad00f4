"""Validation of the domain records before they are stored.

:func:`problems` checks one record and returns every :class:`Problem` at once, each with the
(English) field name and one of the problem texts of :mod:`.engine` (the message key; the GUI
translates it and words it for the kind of field). :func:`validate` raises
:class:`errors.InvalidInput` with the first of them, for the services. :func:`normalise_text`
is what the GUI and the services apply to typed text first.

The rules of each kind of record are registered by one module per area, all imported here, so
``from kopingplan.domain import rules`` knows every kind whatever else was imported (a storage
sample, the demo, an import): :mod:`.records` (the records of domain/model), :mod:`.partners`
(agreements, activities, the plan's commitments), :mod:`.intake` (concerns, triage flags,
support after an incident), :mod:`.consents` and :mod:`.situation`. A new kind registers its
rules in one of them (or a new module imported below), never in a service: a check that needs
the vault (a link to a stored record) stays in the service. The engine is :mod:`.engine`.
"""

from __future__ import annotations

from kopingplan.domain.rules import consents, engine, intake, partners, records, situation
from kopingplan.domain.rules.engine import (
    AT_LEAST_ONE,
    BEFORE_OWN_DATE,
    BIRTH_YEAR_MISMATCH,
    CONTROL_CHARACTERS,
    DATE_OUT_OF_RANGE,
    DUPLICATE,
    INVALID_ID,
    INVALID_IDENTITY_NUMBER,
    LINE_MAX,
    MOTIVATION_MAX,
    MOTIVATION_MIN,
    MOTIVATION_RANGE,
    NEEDS_LINK,
    NEEDS_MEMBER,
    NO_TIME_ZONE,
    NOT_A_CHECKSUM,
    NOT_AFTER_TODAY,
    NOT_CANONICAL,
    NOT_NEGATIVE,
    NOT_NORMALISED,
    NOT_ONE_LINE,
    ONLY_WHEN_CLOSED,
    PLAN_TEXT_MAX,
    REQUIRED,
    SAME_LEVEL,
    TEXT_MAX,
    TOO_LONG,
    UNKNOWN_VALUE,
    WRONG_TYPE,
    YEAR_MAX,
    YEAR_MIN,
    Dataclass,
    Problem,
    day_of,
    has_forbidden_characters,
    kinds,
    normalise_text,
    not_before,
    problems,
    register,
    required_fields,
    validate,
    with_normalised_text,
)
from kopingplan.domain.rules.records import TypedText

__all__ = [
    "AT_LEAST_ONE",
    "BEFORE_OWN_DATE",
    "BIRTH_YEAR_MISMATCH",
    "CONTROL_CHARACTERS",
    "DATE_OUT_OF_RANGE",
    "DUPLICATE",
    "INVALID_ID",
    "INVALID_IDENTITY_NUMBER",
    "LINE_MAX",
    "MOTIVATION_MAX",
    "MOTIVATION_MIN",
    "MOTIVATION_RANGE",
    "NEEDS_LINK",
    "NEEDS_MEMBER",
    "NOT_AFTER_TODAY",
    "NOT_A_CHECKSUM",
    "NOT_CANONICAL",
    "NOT_NEGATIVE",
    "NOT_NORMALISED",
    "NOT_ONE_LINE",
    "NO_TIME_ZONE",
    "ONLY_WHEN_CLOSED",
    "PLAN_TEXT_MAX",
    "REQUIRED",
    "SAME_LEVEL",
    "TEXT_MAX",
    "TOO_LONG",
    "UNKNOWN_VALUE",
    "WRONG_TYPE",
    "YEAR_MAX",
    "YEAR_MIN",
    "Dataclass",
    "Problem",
    "TypedText",
    "consents",
    "day_of",
    "engine",
    "has_forbidden_characters",
    "intake",
    "kinds",
    "normalise_text",
    "not_before",
    "partners",
    "problems",
    "records",
    "register",
    "required_fields",
    "situation",
    "validate",
    "with_normalised_text",
]
