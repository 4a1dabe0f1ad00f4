"""Swedish words for the domain's code values and Swedish dates, for printed briefs.

A brief is a Swedish document whatever language the program's screens are in (it goes to
Swedish authorities and is filed there), so these texts are fixed here and not translated.
Times are shown in the computer's local time zone with its UTC offset, so a brief printed on
a laptop set to Swedish time reads naturally and is still unambiguous.
"""

from __future__ import annotations

from datetime import date, datetime

from kopingplan.domain import model as m

LEVELS = {
    m.Level.GENERAL: "Generell",
    m.Level.SPECIFIC: "Specifik",
    m.Level.INDIVIDUAL: "Individinriktad",
}
ORIENTATIONS = {
    m.Orientation.RIGHT: "Högerextremism",
    m.Orientation.LEFT: "Vänsterextremism",
    m.Orientation.ISLAMIST: "Islamistisk extremism",
    m.Orientation.OTHER: "Annan inriktning",
    m.Orientation.UNCLEAR: "Oklar inriktning",
}
STATUSES = {m.CaseStatus.OPEN: "Öppet", m.CaseStatus.CLOSED: "Avslutat"}
RELIABILITIES = {
    m.Reliability.CONFIRMED: "Bekräftad",
    m.Reliability.PROBABLE: "Trolig",
    m.Reliability.POSSIBLE: "Möjlig",
    m.Reliability.DOUBTFUL: "Tveksam",
    m.Reliability.UNKNOWN: "Okänd",
}
GROUP_KINDS = {
    m.GroupKind.YOUTH_GROUP: "Unggruppen",
    m.GroupKind.INTERVENTION_GROUP: "Insatsgrupp",
}
AGENDA_KINDS = {
    m.AgendaItemKind.CASE: "Ärende",
    m.AgendaItemKind.SITUATION: "Lägesbild",
    m.AgendaItemKind.OTHER: "Övrigt",
}
MEASURE_STATUSES = {
    m.MeasureStatus.PLANNED: "Planerad",
    m.MeasureStatus.ONGOING: "Pågår",
    m.MeasureStatus.DONE: "Genomförd",
    m.MeasureStatus.CANCELLED: "Avbruten",
}
ACTORS = {
    m.ActorKind.MUNICIPAL_UNIT: "Kommunal verksamhet",
    m.ActorKind.POLICE: "Polisen",
    m.ActorKind.HEALTH_CARE: "Hälso- och sjukvården",
    m.ActorKind.EMPLOYMENT_SERVICE: "Arbetsförmedlingen",
    m.ActorKind.CIVIL_SOCIETY: "Civilsamhället",
    m.ActorKind.FAMILY: "Familjen",
    m.ActorKind.OTHER: "Annan aktör",
}
CHANNELS = {
    m.Channel.PHONE: "Telefon",
    m.Channel.MEETING: "Möte",
    m.Channel.HOME_VISIT: "Hembesök",
    m.Channel.EMAIL: "E-post",
    m.Channel.LETTER: "Brev",
    m.Channel.DIGITAL_MEETING: "Digitalt möte",
    m.Channel.OTHER: "Annat",
}
NEED_STATUSES = {
    m.NeedStatus.PRESENT: "Finns",
    m.NeedStatus.NOT_PRESENT: "Finns inte",
    m.NeedStatus.UNKNOWN: "Okänt",
}
PRACTICAL_AREAS = {
    m.PracticalArea.WORK_OR_STUDIES: "Arbete eller studier",
    m.PracticalArea.HOUSING: "Boende",
    m.PracticalArea.HEALTH: "Hälsa",
    m.PracticalArea.PSYCHIATRIC_SUPPORT: "Psykiatriskt stöd",
    m.PracticalArea.RELOCATION_PROTECTION: "Flytt av skyddsskäl",
    m.PracticalArea.RELOCATION_OTHER: "Flytt av andra skäl",
    m.PracticalArea.ECONOMY: "Ekonomi",
    m.PracticalArea.SUBSTANCE_ABUSE: "Missbruk",
    m.PracticalArea.NEUROPSYCHIATRIC_ASSESSMENT: "Neuropsykiatrisk utredning",
}

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
