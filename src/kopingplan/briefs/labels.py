"""Swedish words for the domain's code values and Swedish dates, for printed briefs.

A brief is a Swedish document whatever language the program's screens are in (it goes to
Swedish authorities and is filed there), so these texts are not translated at print time: the
words for the domain's code values are the Swedish of :mod:`kopingplan.domain.vocabulary`, the
one table the screens translate from too, so a brief says what the screen says.
Times are shown in the computer's local time zone with its UTC offset, so a brief printed on
a laptop set to Swedish time reads naturally and is still unambiguous.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from kopingplan.domain import model as m
from kopingplan.domain import vocabulary


def words(table: Mapping[Any, vocabulary.Term], language: str = "sv") -> dict[Any, str]:
    """One table of :mod:`kopingplan.domain.vocabulary` as plain words in ``language``."""
    return {value: term.word(language) for value, term in table.items()}


def word(value: StrEnum, language: str = "sv") -> str:
    """The printed word for any enum value of the vocabulary."""
    return vocabulary.word(value, language)


def field(name: str, language: str = "sv") -> str:
    """The printed name of a record field (a vocabulary.FIELDS key)."""
    return vocabulary.field(name, language)


LEVELS: dict[m.Level, str] = words(vocabulary.LEVELS)
ORIENTATIONS: dict[m.Orientation, str] = words(vocabulary.ORIENTATIONS)
STATUSES: dict[m.CaseStatus, str] = words(vocabulary.STATUSES)
RELIABILITIES: dict[m.Reliability, str] = words(vocabulary.RELIABILITIES)
GROUP_KINDS: dict[m.GroupKind, str] = words(vocabulary.GROUP_KINDS)
AGENDA_KINDS: dict[m.AgendaItemKind, str] = words(vocabulary.AGENDA_KINDS)
MEASURE_STATUSES: dict[m.MeasureStatus, str] = words(vocabulary.MEASURE_STATUSES)
ACTORS: dict[m.ActorKind, str] = words(vocabulary.ACTORS)
CHANNELS: dict[m.Channel, str] = words(vocabulary.CHANNELS)
NEED_STATUSES: dict[m.NeedStatus, str] = words(vocabulary.NEED_STATUSES)
PRACTICAL_AREAS: dict[m.PracticalArea, str] = words(vocabulary.PRACTICAL_AREAS)

MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")


def day(value: date) -> str:
    """``2024-03-12``: the form Swedish authorities write dates in tables."""
    return value.isoformat()


def long_day(value: date) -> str:
    """``tisdag 12 mars 2024``."""
    return f"{WEEKDAYS[value.weekday()]} {value.day} {MONTHS[value.month - 1]} {value.year}"


def local(instant: datetime) -> datetime:
    """An aware instant in the computer's local time zone."""
    return instant.astimezone()


def clock(instant: datetime) -> str:
    """``kl. 08.00`` in local time (Swedish writes hours and minutes with a full stop)."""
    return f"kl. {local(instant):%H.%M}"


def meeting_time(instant: datetime) -> str:
    """``tisdag 12 mars 2024 kl. 08.00``."""
    return f"{long_day(local(instant).date())} {clock(instant)}"


def timestamp(instant: datetime) -> str:
    """``2026-11-25 14:03:07 (UTC+01:00)``: a signing time, exact and unambiguous."""
    moment = local(instant)
    offset = moment.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"
    return f"{moment:%Y-%m-%d %H:%M:%S} (UTC{offset})"
