"""The one table of what the domain's code values are called, for the screens and the briefs.

The screens translate through Qt Linguist like every other text (so a translator sees these
words in the catalogue), while a brief or report is rendered without Qt, often by the command
line, and is a Swedish document whatever language the screens are in. So each term holds its
English source text, marked for ``pyside6-lupdate`` with :func:`QT_TRANSLATE_NOOP`, and the
Swedish word the catalogue gives it. ``tests/unit/test_vocabulary.py`` checks, for every value
of every enum below, that the catalogue's Swedish is the word written here and that the screens
and the briefs say the same thing in both languages.

Words chosen once, for both: plain Swedish as the coordinator says it and DOMAIN.md's glossary
(``Missbruk``, ``Okänt``, ``Iakttagelse``, ``Trolig``, ``Genomförd`` …). Each enum has its own
context, so "Other" can be "Annan inriktning" for an orientation and "Annat" for a channel.
"""

from __future__ import annotations

from enum import StrEnum

from kopingplan.domain import model as m

# The words of incident follow-ups and triage (issue 17) are kept in a module of their own for
# length; Term and QT_TRANSLATE_NOOP live in one both use (and are still reached from here).
from kopingplan.domain.vocabulary_followup import FLAG_KINDS, INCIDENT_SUPPORT_KINDS, PRIORITIES
from kopingplan.domain.vocabulary_terms import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP
from kopingplan.domain.vocabulary_terms import Source as Source
from kopingplan.domain.vocabulary_terms import Term as Term

LANGUAGES = ("sv", "en")


LEVELS: dict[m.Level, Term] = {
    m.Level.GENERAL: Term(QT_TRANSLATE_NOOP("Vocabulary.Level", "General"), "Generell"),
    m.Level.SPECIFIC: Term(QT_TRANSLATE_NOOP("Vocabulary.Level", "Specific"), "Specifik"),
    m.Level.INDIVIDUAL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Level", "Individual"), "Individinriktad"
    ),
}

ORIENTATIONS: dict[m.Orientation, Term] = {
    m.Orientation.RIGHT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Orientation", "Right-wing extremism"), "Högerextremism"
    ),
    m.Orientation.LEFT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Orientation", "Left-wing extremism"), "Vänsterextremism"
    ),
    m.Orientation.ISLAMIST: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Orientation", "Islamist extremism"),
        "Islamistisk extremism",
    ),
    # Written out, so it reads alone in a table cell or beside a milieu's name.
    m.Orientation.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Orientation", "Other"), "Annan inriktning"
    ),
    m.Orientation.UNCLEAR: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Orientation", "Unclear"), "Oklar inriktning"
    ),
}

STATUSES: dict[m.CaseStatus, Term] = {
    m.CaseStatus.OPEN: Term(QT_TRANSLATE_NOOP("Vocabulary.CaseStatus", "Open"), "Öppet"),
    m.CaseStatus.CLOSED: Term(QT_TRANSLATE_NOOP("Vocabulary.CaseStatus", "Closed"), "Avslutat"),
}

ROLES: dict[m.CaseRole, Term] = {
    m.CaseRole.SUBJECT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.CaseRole", "Subject of the case"), "Ärendet gäller"
    ),
    m.CaseRole.RELATIVE: Term(QT_TRANSLATE_NOOP("Vocabulary.CaseRole", "Relative"), "Anhörig"),
    m.CaseRole.PROFESSIONAL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.CaseRole", "Professional"), "Yrkesperson"
    ),
    m.CaseRole.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.CaseRole", "Other"), "Annan"),
}

ORGANISATION_KINDS: dict[m.OrganisationKind, Term] = {
    m.OrganisationKind.POLICE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Police"), "Polisen"
    ),
    m.OrganisationKind.SOCIAL_SERVICES: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Social services"), "Socialtjänsten"
    ),
    m.OrganisationKind.SCHOOL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "School"), "Skola"
    ),
    m.OrganisationKind.CULTURE_LEISURE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Culture and leisure"),
        "Kultur och fritid",
    ),
    m.OrganisationKind.MUNICIPAL_FEDERATION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Municipal federation"),
        "Kommunalförbund",
    ),
    m.OrganisationKind.MUNICIPALITY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Municipality"), "Kommun"
    ),
    m.OrganisationKind.HEALTH_CARE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Health care"), "Hälso- och sjukvården"
    ),
    m.OrganisationKind.EMPLOYMENT_SERVICE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Employment service"),
        "Arbetsförmedlingen",
    ),
    m.OrganisationKind.CIVIL_SOCIETY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Civil society"), "Civilsamhället"
    ),
    m.OrganisationKind.IOP_PARTNER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "IOP partner"), "IOP-partner"
    ),
    m.OrganisationKind.FAITH_COMMUNITY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Faith community"), "Trossamfund"
    ),
    m.OrganisationKind.SPORTS_CLUB: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Sports club"), "Idrottsförening"
    ),
    m.OrganisationKind.HOUSING_COMPANY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Housing company"), "Bostadsbolag"
    ),
    m.OrganisationKind.PROBATION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Prison and probation service"),
        "Kriminalvården (frivården)",
    ),
    m.OrganisationKind.PSYCHIATRY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Psychiatry (the region)"),
        "Psykiatrin (regionen)",
    ),
    m.OrganisationKind.SECURITY_COMPANY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Security company"), "Bevakningsföretag"
    ),
    m.OrganisationKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.OrganisationKind", "Other"), "Annan"
    ),
}

CHANNELS: dict[m.Channel, Term] = {
    m.Channel.PHONE: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "Phone"), "Telefon"),
    m.Channel.MEETING: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "Meeting"), "Möte"),
    m.Channel.HOME_VISIT: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "Home visit"), "Hembesök"),
    m.Channel.EMAIL: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "E-mail"), "E-post"),
    m.Channel.LETTER: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "Letter"), "Brev"),
    m.Channel.DIGITAL_MEETING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Channel", "Digital meeting"), "Digitalt möte"
    ),
    m.Channel.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.Channel", "Other"), "Annat"),
}

RELIABILITIES: dict[m.Reliability, Term] = {
    m.Reliability.CONFIRMED: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Reliability", "Confirmed"), "Bekräftad"
    ),
    m.Reliability.PROBABLE: Term(QT_TRANSLATE_NOOP("Vocabulary.Reliability", "Probable"), "Trolig"),
    m.Reliability.POSSIBLE: Term(QT_TRANSLATE_NOOP("Vocabulary.Reliability", "Possible"), "Möjlig"),
    m.Reliability.DOUBTFUL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Reliability", "Doubtful"), "Tveksam"
    ),
    # "unknown" means nobody has judged the source yet: say that, not "Okänd".
    m.Reliability.UNKNOWN: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Reliability", "Not assessed"), "Ej bedömd"
    ),
}

GROUP_KINDS: dict[m.GroupKind, Term] = {
    m.GroupKind.YOUTH_GROUP: Term(
        QT_TRANSLATE_NOOP("Vocabulary.GroupKind", "Youth group"), "Unggrupp"
    ),
    m.GroupKind.INTERVENTION_GROUP: Term(
        QT_TRANSLATE_NOOP("Vocabulary.GroupKind", "Intervention group"), "Insatsgrupp"
    ),
    m.GroupKind.SSPF: Term(
        QT_TRANSLATE_NOOP(
            "Vocabulary.GroupKind", "SSPF (school, social services, police, leisure)"
        ),
        "SSPF (skola, socialtjänst, polis, fritid)",
    ),
    m.GroupKind.CRIME_PREVENTION_COUNCIL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.GroupKind", "Crime prevention council (BRÅ)"),
        "Brottsförebyggande råd (BRÅ)",
    ),
    m.GroupKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.GroupKind", "Other kind of group"), "Annan sorts grupp"
    ),
}

AGENDA_KINDS: dict[m.AgendaItemKind, Term] = {
    m.AgendaItemKind.CASE: Term(QT_TRANSLATE_NOOP("Vocabulary.AgendaItemKind", "Case"), "Ärende"),
    m.AgendaItemKind.SITUATION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AgendaItemKind", "Situation picture topic"), "Lägesbild"
    ),
    m.AgendaItemKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AgendaItemKind", "Other business"), "Övrigt"
    ),
}

NEED_STATUSES: dict[m.NeedStatus, Term] = {
    m.NeedStatus.PRESENT: Term(QT_TRANSLATE_NOOP("Vocabulary.NeedStatus", "A need"), "Behov finns"),
    m.NeedStatus.NOT_PRESENT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.NeedStatus", "No need"), "Inget behov"
    ),
    m.NeedStatus.UNKNOWN: Term(QT_TRANSLATE_NOOP("Vocabulary.NeedStatus", "Not known"), "Okänt"),
}

PRACTICAL_AREAS: dict[m.PracticalArea, Term] = {
    m.PracticalArea.WORK_OR_STUDIES: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Work or studies"), "Arbete eller studier"
    ),
    m.PracticalArea.HOUSING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Housing"), "Boende"
    ),
    m.PracticalArea.HEALTH: Term(QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Health"), "Hälsa"),
    m.PracticalArea.PSYCHIATRIC_SUPPORT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Psychiatric support"),
        "Psykiatriskt stöd",
    ),
    m.PracticalArea.RELOCATION_PROTECTION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Relocation for protection"),
        "Flytt av skyddsskäl",
    ),
    m.PracticalArea.RELOCATION_OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Relocation for other reasons"),
        "Flytt av andra skäl",
    ),
    m.PracticalArea.ECONOMY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Economy"), "Ekonomi"
    ),
    # The national strategy's and the social services' own word.
    m.PracticalArea.SUBSTANCE_ABUSE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Substance abuse"), "Missbruk"
    ),
    m.PracticalArea.NEUROPSYCHIATRIC_ASSESSMENT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.PracticalArea", "Neuropsychiatric assessment"),
        "Neuropsykiatrisk utredning",
    ),
}

SOCIAL_KINDS: dict[m.SocialKind, Term] = {
    m.SocialKind.RELATIVE: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Relative"), "Anhörig"),
    m.SocialKind.PARTNER: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Partner"), "Partner"),
    m.SocialKind.CHILD: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Child"), "Barn"),
    m.SocialKind.FRIEND: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Friend"), "Vän"),
    m.SocialKind.WORK: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Work"), "Arbete"),
    m.SocialKind.STUDIES: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Studies"), "Studier"),
    m.SocialKind.FAMILY_LIFE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Starting a family"), "Bilda familj"
    ),
    m.SocialKind.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.SocialKind", "Other"), "Annat"),
}

INFLUENCES: dict[m.Influence, Term] = {
    m.Influence.SUPPORTS: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Influence", "Supports the change"), "Stöttar förändringen"
    ),
    m.Influence.PULLS_BACK: Term(
        QT_TRANSLATE_NOOP("Vocabulary.Influence", "Pulls back"), "Drar tillbaka"
    ),
    m.Influence.NEUTRAL: Term(QT_TRANSLATE_NOOP("Vocabulary.Influence", "Neither"), "Varken eller"),
}

MEASURE_STATUSES: dict[m.MeasureStatus, Term] = {
    m.MeasureStatus.PLANNED: Term(
        QT_TRANSLATE_NOOP("Vocabulary.MeasureStatus", "Planned"), "Planerad"
    ),
    m.MeasureStatus.ONGOING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.MeasureStatus", "Ongoing"), "Pågår"
    ),
    # A measure is carried out ("genomförd"), not merely "klar".
    m.MeasureStatus.DONE: Term(QT_TRANSLATE_NOOP("Vocabulary.MeasureStatus", "Done"), "Genomförd"),
    m.MeasureStatus.CANCELLED: Term(
        QT_TRANSLATE_NOOP("Vocabulary.MeasureStatus", "Cancelled"), "Avbruten"
    ),
}

ACTORS: dict[m.ActorKind, Term] = {
    m.ActorKind.MUNICIPAL_UNIT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Municipal unit"), "Kommunal verksamhet"
    ),
    m.ActorKind.POLICE: Term(QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Police"), "Polisen"),
    m.ActorKind.HEALTH_CARE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Health care"), "Hälso- och sjukvården"
    ),
    m.ActorKind.EMPLOYMENT_SERVICE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Employment service"), "Arbetsförmedlingen"
    ),
    m.ActorKind.CIVIL_SOCIETY: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Civil society"), "Civilsamhället"
    ),
    m.ActorKind.FAMILY: Term(QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Family"), "Familjen"),
    m.ActorKind.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.ActorKind", "Other"), "Annan aktör"),
}

INCIDENT_KINDS: dict[m.IncidentKind, Term] = {
    m.IncidentKind.THREAT: Term(QT_TRANSLATE_NOOP("Vocabulary.IncidentKind", "Threat"), "Hot"),
    m.IncidentKind.HARASSMENT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentKind", "Harassment"), "Trakasserier"
    ),
    m.IncidentKind.PRESSURE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.IncidentKind", "Undue pressure"), "Otillåten påverkan"
    ),
    m.IncidentKind.VIOLENCE: Term(QT_TRANSLATE_NOOP("Vocabulary.IncidentKind", "Violence"), "Våld"),
    m.IncidentKind.OTHER: Term(QT_TRANSLATE_NOOP("Vocabulary.IncidentKind", "Other"), "Annat"),
}

CONCERN_SOURCES: dict[m.ConcernSource, Term] = {
    m.ConcernSource.ORGANISATION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernSource", "Organisation"), "Organisation"
    ),
    m.ConcernSource.PERSON: Term(QT_TRANSLATE_NOOP("Vocabulary.ConcernSource", "Person"), "Person"),
    m.ConcernSource.ANONYMOUS: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernSource", "Anonymous"), "Anonym"
    ),
}

CONCERN_CHANNELS: dict[m.ConcernChannel, Term] = {
    m.ConcernChannel.PHONE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernChannel", "Phone"), "Telefon"
    ),
    m.ConcernChannel.LETTER: Term(QT_TRANSLATE_NOOP("Vocabulary.ConcernChannel", "Letter"), "Brev"),
    m.ConcernChannel.MEETING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernChannel", "Meeting"), "Möte"
    ),
    m.ConcernChannel.PACKAGE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernChannel", "Encrypted package"), "Krypterat paket"
    ),
}

CONCERN_DECISIONS: dict[m.ConcernDecision, Term] = {
    m.ConcernDecision.CASE_OPENED: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernDecision", "Case opened"), "Ärende öppnat"
    ),
    m.ConcernDecision.REFERRED: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernDecision", "Referred elsewhere"), "Hänvisad vidare"
    ),
    m.ConcernDecision.NO_ACTION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ConcernDecision", "No action"), "Ingen åtgärd"
    ),
}

DISCLOSURE_CHANNELS: dict[m.DisclosureChannel, Term] = {
    m.DisclosureChannel.EXPORT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.DisclosureChannel", "Encrypted export"), "Krypterad export"
    ),
    m.DisclosureChannel.ORAL: Term(
        QT_TRANSLATE_NOOP("Vocabulary.DisclosureChannel", "Oral"), "Muntligt"
    ),
    m.DisclosureChannel.BRIEF: Term(
        QT_TRANSLATE_NOOP("Vocabulary.DisclosureChannel", "Brief copy"), "Kopia av underlag"
    ),
    m.DisclosureChannel.EXTRACT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.DisclosureChannel", "Register extract"), "Registerutdrag"
    ),
}

ACTIVITY_KINDS: dict[m.ActivityKind, Term] = {
    m.ActivityKind.INFORMATION_MEETING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActivityKind", "Information meeting"), "Informationsmöte"
    ),
    m.ActivityKind.TRAINING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActivityKind", "Training of staff"), "Utbildning"
    ),
    m.ActivityKind.CAMPAIGN: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActivityKind", "Campaign"), "Kampanj"
    ),
    m.ActivityKind.DIALOGUE: Term(
        QT_TRANSLATE_NOOP(
            "Vocabulary.ActivityKind", "Dialogue with faith communities or associations"
        ),
        "Dialog med trossamfund eller föreningar",
    ),
    m.ActivityKind.SCHOOL_WORKSHOP: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActivityKind", "School workshop"), "Workshop i skolan"
    ),
    m.ActivityKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.ActivityKind", "Other activity"), "Annan aktivitet"
    ),
}

AGREEMENT_KINDS: dict[m.AgreementKind, Term] = {
    m.AgreementKind.IOP: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AgreementKind", "IOP (idea-based public partnership)"),
        "IOP (idéburet offentligt partnerskap)",
    ),
    m.AgreementKind.OTHER: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AgreementKind", "Other agreement"), "Annat avtal"
    ),
}

ATTACHMENT_OWNERS: dict[m.AttachmentOwner, Term] = {
    m.AttachmentOwner.CASE: Term(QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Case"), "Ärende"),
    m.AttachmentOwner.NOTE: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Note"), "Anteckning"
    ),
    m.AttachmentOwner.MEETING: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Meeting"), "Möte"
    ),
    m.AttachmentOwner.INCIDENT: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Incident"), "Händelse"
    ),
    m.AttachmentOwner.CONCERN: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Incoming concern"), "Inkommande oro"
    ),
    m.AttachmentOwner.PLAN_REVISION: Term(
        QT_TRANSLATE_NOOP("Vocabulary.AttachmentOwner", "Revision of the action plan"),
        "Revision av handlingsplanen",
    ),
}

# Every enum the coordinator sees, with its table (the vocabulary test walks this).
TABLES: dict[type[StrEnum], dict[StrEnum, Term]] = {
    m.Level: LEVELS,  # type: ignore[dict-item]
    m.Orientation: ORIENTATIONS,  # type: ignore[dict-item]
    m.CaseStatus: STATUSES,  # type: ignore[dict-item]
    m.CaseRole: ROLES,  # type: ignore[dict-item]
    m.OrganisationKind: ORGANISATION_KINDS,  # type: ignore[dict-item]
    m.Channel: CHANNELS,  # type: ignore[dict-item]
    m.Reliability: RELIABILITIES,  # type: ignore[dict-item]
    m.GroupKind: GROUP_KINDS,  # type: ignore[dict-item]
    m.AgendaItemKind: AGENDA_KINDS,  # type: ignore[dict-item]
    m.NeedStatus: NEED_STATUSES,  # type: ignore[dict-item]
    m.PracticalArea: PRACTICAL_AREAS,  # type: ignore[dict-item]
    m.SocialKind: SOCIAL_KINDS,  # type: ignore[dict-item]
    m.Influence: INFLUENCES,  # type: ignore[dict-item]
    m.MeasureStatus: MEASURE_STATUSES,  # type: ignore[dict-item]
    m.ActorKind: ACTORS,  # type: ignore[dict-item]
    m.IncidentKind: INCIDENT_KINDS,  # type: ignore[dict-item]
    m.IncidentSupportKind: INCIDENT_SUPPORT_KINDS,  # type: ignore[dict-item]
    m.FlagKind: FLAG_KINDS,  # type: ignore[dict-item]
    m.Priority: PRIORITIES,  # type: ignore[dict-item]
    m.DisclosureChannel: DISCLOSURE_CHANNELS,  # type: ignore[dict-item]
    m.ConcernSource: CONCERN_SOURCES,  # type: ignore[dict-item]
    m.ConcernChannel: CONCERN_CHANNELS,  # type: ignore[dict-item]
    m.ConcernDecision: CONCERN_DECISIONS,  # type: ignore[dict-item]
    m.ActivityKind: ACTIVITY_KINDS,  # type: ignore[dict-item]
    m.AgreementKind: AGREEMENT_KINDS,  # type: ignore[dict-item]
    m.AttachmentOwner: ATTACHMENT_OWNERS,  # type: ignore[dict-item]
}


def term(value: StrEnum) -> Term:
    """The term for an enum value (KeyError for an enum outside the table)."""
    return TABLES[type(value)][value]


def word(value: StrEnum, language: str = "sv") -> str:
    """The word for ``value`` in ``language``, without Qt (what briefs and reports print)."""
    return term(value).word(language)


# --- Field names: what a record's parts are called on screen, in an export preview and in a
# brief. Keys are the names data.json and the domain's records use.

FIELDS: dict[str, Term] = {
    "reference": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Case number"), "Ärendenummer"),
    "title": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Title"), "Titel"),
    "level": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Level"), "Nivå"),
    "orientation": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Orientation"), "Inriktning"),
    "status": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Status"), "Status"),
    "opened_on": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Opened"), "Öppnat"),
    "closed_on": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Closed"), "Avslutat"),
    "summary": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Summary"), "Sammanfattning"),
    "subjects": Term(
        QT_TRANSLATE_NOOP("Vocabulary.Field", "People the case is about"),
        "Personer som ärendet gäller",
    ),
    "name": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Name"), "Namn"),
    "birth_year": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Birth year"), "Födelseår"),
    "identity_number": Term(
        QT_TRANSLATE_NOOP("Vocabulary.Field", "Personal identity number"), "Personnummer"
    ),
    "notes": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Notes"), "Anteckningar"),
    "written_at": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Written"), "Skriven"),
    "text": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Text"), "Text"),
    "source": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Source"), "Källa"),
    "measures": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Measures"), "Insatser"),
    "description": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Measure"), "Insats"),
    "actor": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Responsible"), "Ansvarig"),
    "starts_on": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Starts"), "Start"),
    "follow_up_on": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Follow-up"), "Uppföljning"),
    "outcome": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Outcome"), "Utfall"),
    "situation_entries": Term(
        QT_TRANSLATE_NOOP("Vocabulary.Field", "Situation picture entries"), "Lägesbildsposter"
    ),
    "observed_on": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Observed on"), "Datum"),
    "milieu": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Milieu"), "Miljö"),
    "observation": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Observation"), "Iakttagelse"),
    "assessment": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Assessment"), "Bedömning"),
    "reliability": Term(QT_TRANSLATE_NOOP("Vocabulary.Field", "Reliability"), "Tillförlitlighet"),
}


def field(name: str, language: str = "sv") -> str:
    """A field's name in ``language``, without Qt; an unknown field keeps its key."""
    found = FIELDS.get(name)
    return found.word(language) if found is not None else name
