"""Fictional people and the partner registry of the demo.

Names are common in Sweden today, of Swedish and many other origins. Given and family names are
drawn independently of each other and of everything else (orientation, level, role), so the
demo never suggests that a name's origin says anything about extremism. No name of a real
official from the action plan is in the lists, and no combination can produce one.

Telephone numbers come from the series the Swedish Post and Telecom Authority (PTS) reserves
for fiction (070-174 06 05 to 070-174 06 99); e-mail addresses use the reserved top-level
domain ``.example``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from kopingplan.domain.model import AgreementKind, OrganisationKind

GIVEN_NAMES = (
    # Swedish and Nordic
    "Elias", "Liam", "William", "Noah", "Hugo", "Lucas", "Oscar", "Adam", "Viktor", "Erik",
    "Johan", "Anders", "Per", "Jonas", "Fredrik", "Mats", "Örjan", "Emil", "Axel", "Linus",
    "Ella", "Maja", "Alice", "Wilma", "Ebba", "Saga", "Alva", "Elsa", "Astrid", "Selma",
    "Olivia", "Nora", "Agnes", "Vera", "Linnea", "Klara", "Karin", "Anna", "Eva", "Lena",
    "Åsa", "Ingrid", "Sofia", "Emma", "Märta", "Tove",
    # Finnish
    "Aino", "Juha", "Mikko", "Tuula", "Eeva", "Jari",
    # Arabic, Somali, Persian, Kurdish, Turkish
    "Mohammed", "Ali", "Omar", "Yusuf", "Amir", "Hassan", "Ahmed", "Ibrahim", "Zakaria",
    "Fatima", "Amina", "Leyla", "Yasmin", "Sara", "Noor", "Hiba", "Maryam", "Abdirahman",
    "Hodan", "Fadumo", "Ayaan", "Dariush", "Shirin", "Parisa", "Arash", "Rojin", "Dilan",
    "Baran", "Shilan", "Emre", "Elif", "Deniz",
    # Balkan, Polish, Eritrean, Syriac, Latin American, Vietnamese
    "Emir", "Amela", "Edin", "Jasmina", "Nikola", "Milica", "Kacper", "Zofia", "Piotr",
    "Katarzyna", "Yonas", "Senait", "Filmon", "Helen", "Gabriel", "Nahrin", "Camila", "Diego",
    "Matías", "Linh", "Minh", "Anh",
)  # fmt: skip

FAMILY_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hansson", "Bengtsson",
    "Lindberg", "Berglund", "Holm", "Sandberg", "Ström", "Åberg", "Öberg", "Sjöberg",
    "Ekström", "Hägg", "Nyström", "Söderberg", "Björk", "Forsberg", "Wikström", "Hedlund",
    "Engström", "Lundgren", "Mäkinen", "Virtanen", "Korhonen", "Nieminen", "Hämäläinen",
    "Ali", "Mohamed", "Hassan", "Ahmed", "Abdi", "Yusuf", "Warsame", "Nur", "Hadžić",
    "Kovačević", "Begić", "Petrović", "Jovanović", "Nowak", "Kowalczyk", "Rezaei", "Hosseini",
    "Karimi", "Ahmadi", "Mahmoud", "Khalil", "Haddad", "Saleh", "Yilmaz", "Demir", "Kaya",
    "Öztürk", "Tesfay", "Gebremedhin", "Haile", "Berhane", "Rodríguez", "González", "Silva",
    "Nguyen", "Tran", "Singh", "Aydin", "Toma", "Barsoum",
)  # fmt: skip

# Made-up street names: a real street with a house number could be someone's real address.
STREETS = (
    "Lärkvägen", "Blåbärsstigen", "Rönnvägen", "Tjädervägen", "Kvarnbacken", "Smedjegränd",
    "Linvävargatan", "Skepparbacken", "Ängsvägen", "Ekorrstigen", "Hallonvägen",
)  # fmt: skip


def fictional_phone(rng: random.Random) -> str:
    return f"070-174 06 {rng.randint(5, 99):02d}"


def address(rng: random.Random) -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 60)}, Köping"


def email_for(given: str, family: str) -> str:
    local = f"{given}.{family}".lower()
    # The reserved domain keeps any address from reaching a real mailbox.
    ascii_local = local.translate(str.maketrans("åäöéíčćšžđ", "aaoeiccszd"))
    return f"{ascii_local}@koping.example"


@dataclass(frozen=True)
class AgreementSpec:
    """An agreement of a demo partner: from 1 January ``since_years`` before the reference
    date's year to 31 December ``until_years`` after it (None: until further notice)."""

    kind: AgreementKind
    title: str
    note: str = ""
    since_years: int = 1
    until_years: int | None = 1


@dataclass(frozen=True)
class OrgSpec:
    key: str
    name: str
    kind: OrganisationKind
    notes: str = ""
    agreements: tuple[AgreementSpec, ...] = ()


ORGANISATIONS = (
    OrgSpec("police", "Polisen lokalpolisområde Köping", OrganisationKind.POLICE,
            notes="Kontaktpolis för samverkan; anmälan och tips via 114 14."),
    OrgSpec("soa", "Social och Arbetsmarknad, Köpings kommun",
            OrganisationKind.SOCIAL_SERVICES, notes="Barn och familj, vuxenenheten, fältgruppen."),
    OrgSpec("bou", "Barn och Utbildning, Köpings kommun", OrganisationKind.SCHOOL,
            notes="Grundskolor, gymnasium och elevhälsa."),
    OrgSpec("kof", "Kultur och Fritid, Köpings kommun", OrganisationKind.CULTURE_LEISURE,
            notes="Fritidsgårdar, bibliotek och feriepraktik."),
    OrgSpec("vmkf", "Västra Mälardalens kommunalförbund", OrganisationKind.MUNICIPAL_FEDERATION),
    OrgSpec("arboga", "Arboga kommun", OrganisationKind.MUNICIPALITY,
            notes="Grannkommun; gemensam kompetensutveckling om våldsbejakande extremism."),
    OrgSpec("region", "Region Västmanland, barn- och ungdomspsykiatrin",
            OrganisationKind.HEALTH_CARE),
    OrgSpec("af", "Arbetsförmedlingen", OrganisationKind.EMPLOYMENT_SERVICE),
    OrgSpec("civil", "Föreningen Vuxna på stan Köping", OrganisationKind.CIVIL_SOCIETY,
            notes="Ideella vuxna som rör sig i centrum fredag och lördag kväll.",
            agreements=(AgreementSpec(AgreementKind.OTHER, "Överenskommelse om nattvandring",
                                      "Kommunen står för västar och fika; föreningen rapporterar "
                                      "till samordnaren en gång i månaden.", until_years=None),)),
    OrgSpec("iop", "Mentorsnätverket Bron", OrganisationKind.IOP_PARTNER,
            agreements=(AgreementSpec(AgreementKind.IOP, "IOP om mentorsstöd",
                                      "Mentorsstöd för unga som vill lämna våldsbejakande miljöer "
                                      "och stöd till deras anhöriga.", until_years=2),)),
    OrgSpec("iop2", "Studieförbundet Framtidsvägen", OrganisationKind.IOP_PARTNER,
            agreements=(AgreementSpec(AgreementKind.IOP, "IOP om samtalsgrupper",
                                      "Samtalsgrupper för föräldrar och demokrativerkstäder i "
                                      "skolan.", since_years=2, until_years=0),)),
    OrgSpec("faith", "Köpings interreligiösa råd", OrganisationKind.FAITH_COMMUNITY,
            notes="Samverkan mellan trossamfunden i kommunen; kontakt vid oro hos anhöriga."),
    OrgSpec("sports", "IF Mälarvågen", OrganisationKind.SPORTS_CLUB,
            notes="Fotboll, innebandy och boxning; värdegrundsarbete med ledarna."),
    OrgSpec("housing", "Mälarbo Bostäder AB", OrganisationKind.HOUSING_COMPANY,
            notes="Bovärdar i områdena väster och Ullvi."),
)  # fmt: skip


@dataclass(frozen=True)
class StaffSpec:
    org: str  # OrgSpec.key
    title: str


STAFF = (
    StaffSpec("police", "kommunpolis"), StaffSpec("police", "kontaktpolis"),
    StaffSpec("police", "kontaktpolis"),
    StaffSpec("soa", "socialsekreterare"), StaffSpec("soa", "socialsekreterare"),
    StaffSpec("soa", "socialsekreterare"), StaffSpec("soa", "enhetschef"),
    StaffSpec("soa", "fältassistent"), StaffSpec("soa", "fältassistent"),
    StaffSpec("soa", "familjebehandlare"),
    StaffSpec("bou", "kurator"), StaffSpec("bou", "kurator"), StaffSpec("bou", "rektor"),
    StaffSpec("bou", "skolsköterska"), StaffSpec("bou", "specialpedagog"),
    StaffSpec("bou", "studie- och yrkesvägledare"),
    StaffSpec("kof", "fritidsledare"), StaffSpec("kof", "fritidsledare"),
    StaffSpec("kof", "föreståndare fritidsgården"),
    StaffSpec("vmkf", "utvecklingsledare"), StaffSpec("arboga", "samordnare mot våldsbejakande "
                                                              "extremism"),
    StaffSpec("region", "kurator BUP"), StaffSpec("af", "arbetsförmedlare"),
    StaffSpec("civil", "verksamhetsledare"), StaffSpec("iop", "mentor"),
    StaffSpec("iop", "mentor"), StaffSpec("faith", "ordförande"),
    StaffSpec("sports", "tränare"), StaffSpec("housing", "bovärd"),
)  # fmt: skip

# Partners of the later schema's kinds (v9): written after everything above, from the later
# records' own random source, so the registry above and every case stay as they were.
MORE_ORGANISATIONS = (
    OrgSpec("probation", "Kriminalvården, frivården Västerås", OrganisationKind.PROBATION,
            notes="Frivårdsinspektör för unga dömda till skyddstillsyn i Köping."),
    OrgSpec("psychiatry", "Region Västmanland, allmänpsykiatrin Köping",
            OrganisationKind.PSYCHIATRY, notes="Öppenvård för vuxna; samverkan vid oro för "
                                                "ensamagerande."),
    OrgSpec("security", "Mälardalens Bevakning AB", OrganisationKind.SECURITY_COMPANY,
            notes="Ordningsvakter i centrum och vid köpcentret på helgkvällar."),
)  # fmt: skip
# The coordinator's own unit: a brief copy to it is no disclosure (Organisation.own_unit), so
# the demo can show "own copy plus police copy". The action plan was drawn up at Stadskansliet.
# Its number is fixed rather than drawn, so every later record stays as it was.
OWN_UNIT = OrgSpec("own", "Stadskansliet, Köpings kommun", OrganisationKind.MUNICIPALITY,
                   notes="Samordnaren mot våldsbejakande extremism; handlingsplanen togs fram "
                         "här.")  # fmt: skip
OWN_UNIT_PHONE = "070-174 06 05"
MORE_STAFF = (
    StaffSpec("probation", "frivårdsinspektör"), StaffSpec("psychiatry", "kurator"),
    StaffSpec("security", "ordningsvakt"),
)  # fmt: skip

# Who holds cases: the municipal professionals of the groups.
CASE_HOLDER_ORGS = frozenset({"soa", "bou", "kof"})
