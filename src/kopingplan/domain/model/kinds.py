"""The closed sets of values records take (levels, orientations, channels, …).

Each has words in both languages in :mod:`kopingplan.domain.vocabulary`."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """The three working levels of the action plan (nivå)."""

    GENERAL = "general"  # generell
    SPECIFIC = "specific"  # specifik
    INDIVIDUAL = "individual"  # individinriktad


class Orientation(StrEnum):
    """Extremist orientation (inriktning)."""

    RIGHT = "right"
    LEFT = "left"
    ISLAMIST = "islamist"
    OTHER = "other"
    UNCLEAR = "unclear"


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class CaseRole(StrEnum):
    """How a person takes part in a case."""

    SUBJECT = "subject"  # the individual the case is about
    RELATIVE = "relative"  # anhörig
    PROFESSIONAL = "professional"  # handläggare, polis, lärare …
    OTHER = "other"


class OrganisationKind(StrEnum):
    POLICE = "police"
    SOCIAL_SERVICES = "social_services"  # Social och Arbetsmarknad
    SCHOOL = "school"  # Barn och Utbildning
    CULTURE_LEISURE = "culture_leisure"  # Kultur och Fritid
    MUNICIPAL_FEDERATION = "municipal_federation"  # Västra Mälardalens kommunalförbund
    MUNICIPALITY = "municipality"  # neighbouring municipalities, other units
    HEALTH_CARE = "health_care"
    EMPLOYMENT_SERVICE = "employment_service"
    CIVIL_SOCIETY = "civil_society"
    IOP_PARTNER = "iop_partner"
    FAITH_COMMUNITY = "faith_community"
    SPORTS_CLUB = "sports_club"
    HOUSING_COMPANY = "housing_company"
    PROBATION = "probation"  # Kriminalvården, frivården
    PSYCHIATRY = "psychiatry"  # the region's psychiatry
    SECURITY_COMPANY = "security_company"  # bevakningsföretag
    OTHER = "other"


class DisclosureChannel(StrEnum):
    """How a disclosure left the vault."""

    EXPORT = "export"  # an encrypted package
    ORAL = "oral"  # said at a meeting or on the phone (muntligt utlämnande)
    BRIEF = "brief"  # a signed brief copy saved or printed for an outside recipient
    EXTRACT = "extract"  # a register extract given to the person it is about (GDPR art. 15)


class Channel(StrEnum):
    """How a contact took place."""

    PHONE = "phone"
    MEETING = "meeting"
    HOME_VISIT = "home_visit"
    EMAIL = "email"
    LETTER = "letter"
    DIGITAL_MEETING = "digital_meeting"
    OTHER = "other"


class Reliability(StrEnum):
    """How far a lägesbild entry's source and content can be trusted."""

    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    DOUBTFUL = "doubtful"
    UNKNOWN = "unknown"


class GroupKind(StrEnum):
    YOUTH_GROUP = "youth_group"  # unggruppen
    INTERVENTION_GROUP = "intervention_group"  # insatsgrupp
    SSPF = "sspf"  # school, social services, police and leisure around young people at risk
    CRIME_PREVENTION_COUNCIL = "crime_prevention_council"  # the local BRÅ
    OTHER = "other"  # named by the group's kind_name


class AgendaItemKind(StrEnum):
    CASE = "case"
    SITUATION = "situation"  # a lägesbild topic
    OTHER = "other"


class NeedStatus(StrEnum):
    PRESENT = "present"
    NOT_PRESENT = "not_present"
    UNKNOWN = "unknown"


class PracticalArea(StrEnum):
    """The practical dimension of exit support, as named by the national strategy."""

    WORK_OR_STUDIES = "work_or_studies"
    HOUSING = "housing"
    HEALTH = "health"
    PSYCHIATRIC_SUPPORT = "psychiatric_support"
    RELOCATION_PROTECTION = "relocation_protection"
    RELOCATION_OTHER = "relocation_other"
    ECONOMY = "economy"
    SUBSTANCE_ABUSE = "substance_abuse"
    NEUROPSYCHIATRIC_ASSESSMENT = "neuropsychiatric_assessment"


class SocialKind(StrEnum):
    RELATIVE = "relative"
    PARTNER = "partner"
    CHILD = "child"
    FRIEND = "friend"
    WORK = "work"
    STUDIES = "studies"
    FAMILY_LIFE = "family_life"
    OTHER = "other"


class Influence(StrEnum):
    """Whether someone in the social dimension supports the change or pulls back."""

    SUPPORTS = "supports"
    PULLS_BACK = "pulls_back"
    NEUTRAL = "neutral"


class MeasureStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


class ActorKind(StrEnum):
    """Who is responsible for a measure (the strategy's list of actors)."""

    MUNICIPAL_UNIT = "municipal_unit"
    POLICE = "police"
    HEALTH_CARE = "health_care"
    EMPLOYMENT_SERVICE = "employment_service"
    CIVIL_SOCIETY = "civil_society"
    FAMILY = "family"
    OTHER = "other"


class IncidentKind(StrEnum):
    THREAT = "threat"
    HARASSMENT = "harassment"
    PRESSURE = "pressure"  # otillåten påverkan in the narrow sense
    VIOLENCE = "violence"
    OTHER = "other"
