"""Demo texts for the rest of the domain: lägesbild, meetings, exit support, relatives,
disclosures, incidents and the action plan's revisions. All fiction; see texts.py for notes."""

from __future__ import annotations

from kopingplan.domain.model import (
    RELATIVE_SIGNS,
    ActorKind,
    IncidentKind,
    Influence,
    NeedStatus,
    Orientation,
    PracticalArea,
    Reliability,
    SocialKind,
)

# --- Lägesbild -------------------------------------------------------------------------------

MILIEUS: dict[Orientation, tuple[str, ...]] = {
    Orientation.RIGHT: ("Vit makt-miljö, regional", "Högerextrema nätforum",
                        "Kampsportsmiljö med högerextrema inslag"),
    Orientation.LEFT: ("Autonom miljö, Mälardalen", "Vänsterextrema nätverk online"),
    Orientation.ISLAMIST: ("Våldsbejakande islamistisk miljö, regional",
                           "Islamistiska propagandakanaler online"),
    Orientation.OTHER: ("Incelforum och nätmiljöer", "Konspirationsmiljöer",
                        "Forum som hyllar skolattacker"),
    Orientation.UNCLEAR: ("Skolmiljö, högstadiet", "Centrum och Stora torget", "Fritidsgårdar",
                          "Bostadsområde väster"),
}  # fmt: skip

OBSERVATIONS: dict[Orientation, tuple[str, ...]] = {
    Orientation.RIGHT: (
        "Klistermärken med budskap från en nazistisk organisation har satts upp vid {plats}.",
        "Flygblad från en högerextrem organisation har delats ut utanför {plats}.",
        "En högerextrem grupp har haft möte i en grannkommun med deltagare från Köping.",
        "Rasistiska kommentarer i en lokal grupp i sociala medier efter en händelse vid {plats}.",
    ),
    Orientation.LEFT: (
        "Klotter med hot mot en lokalpolitiker har upptäckts vid {plats}.",
        "Autonoma grupper mobiliserar inför en demonstration i Västerås.",
        "Uppgifter om kartläggning av personer som uppfattas som politiska motståndare.",
    ),
    Orientation.ISLAMIST: (
        "Propagandafilmer från en terrorstämplad organisation sprids i en chattgrupp där "
        "ungdomar från Köping finns.",
        "En person med koppling till en våldsbejakande islamistisk miljö har flyttat till "
        "kommunen.",
        "Föreningslivet rapporterar att en okänd vuxen har försökt värva unga utanför {plats}.",
    ),
    Orientation.OTHER: (
        "Elever på högstadiet sprider bilder och skämt från incelforum.",
        "Hot om skolattack i sociala medier; polisen bedömer att hotet inte var allvarligt menat.",
        "Konspirationsteorier om myndigheter sprids i en lokal grupp med inslag av våldsretorik.",
    ),
    Orientation.UNCLEAR: (
        "Fritidsgården rapporterar en grupp unga som blandar symboler från olika extrema miljöer.",
        "Oro bland föräldrar efter rykten om rekrytering vid {plats}; inget har bekräftats.",
        "Bovärdar har sett nya symboler i trapphus i området väster.",
    ),
}

SOURCES = (
    "Polisen, kontaktpolis", "Fältassistenterna", "Skolkurator", "Fritidsgården",
    "Bovärd, Mälarbo Bostäder", "Öppna källor, sociala medier", "Anhörig (anonym)",
    "Västra Mälardalens kommunalförbund", "Föreningen Vuxna på stan", "Arboga kommun",
)  # fmt: skip

ASSESSMENTS = (
    "Bedöms som en enstaka händelse; följs upp vid nästa möte.",
    "Trenden är ökande jämfört med förra kvartalet.",
    "Ingen koppling till pågående ärenden har kunnat ses.",
    "Bekräftas av flera oberoende källor.",
    "Uppgiften är obekräftad och behöver stämmas av med polisen.",
    "Berör främst unga i högstadieåldern; skolorna informeras.",
    "",
)

RELIABILITY = (Reliability.CONFIRMED, Reliability.PROBABLE, Reliability.PROBABLE,
               Reliability.POSSIBLE, Reliability.POSSIBLE, Reliability.DOUBTFUL,
               Reliability.UNKNOWN)  # fmt: skip

# --- Groups and meetings -----------------------------------------------------------------------

YOUTH_GROUP = (
    "Unggruppen",
    "Generell nivå: Barn och Utbildning, Kultur och Fritid, Social och "
    "Arbetsmarknad och polisen. Främjande arbete och lägesbild.",
)
INTERVENTION_GROUP = (
    "Insatsgrupp",
    "Specifik och individinriktad nivå: Barn och Utbildning, Social och Arbetsmarknad och polisen.",
)

MEETING_PLACES = (
    "Rådhuset, sammanträdesrum Mälaren", "Rådhuset, sammanträdesrum Hamnen",
    "Polisstationen, konferensrummet", "Fritidsgården Kärnan", "Digitalt möte",
)  # fmt: skip

MINUTES = (
    "Mötet inleddes med lägesbilden. Ärendena gicks igenom i tur och ordning. Nästa möte om "
    "fyra veckor.",
    "Kort möte; två ledamöter var förhindrade. Beslut enligt dagordningen.",
    "Genomgång av lägesbilden och de ärenden som är aktuella. Kontaktpolisen informerade "
    "om läget i regionen.",
)

SITUATION_ITEMS = ("Lägesbild sedan förra mötet", "Aktuella händelser i skolorna",
                   "Information från polisen")  # fmt: skip
OTHER_ITEMS = ("Planering av föräldraträff", "Utbildningsdag om lägesbild",
               "Revidering av handlingsplanen", "Övrigt")  # fmt: skip

ITEM_NOTES = (
    "Kort redovisning av läget sedan förra mötet.",
    "Skolan redovisade närvaron; socialtjänsten har haft kontakt med familjen.",
    "Polisen har inga nya uppgifter att dela.",
    "Hen har själv varit delaktig i planeringen.",
)

DECISIONS = (
    "Ärendet ligger kvar på nuvarande nivå.",
    "Socialsekreteraren kallar till samordnad individuell plan.",
    "Skolan tar fram en plan för närvaron.",
    "Kontaktpolisen återkommer efter sekretessprövning.",
    "Ärendet föreslås avslutas vid nästa möte om läget är oförändrat.",
    "Lägesbilden kompletteras med skolornas uppgifter.",
)

ACTIONS = (
    "Kalla vårdnadshavarna till möte",
    "Ta fram närvarostatistik för terminen",
    "Kontakta IOP-partnern om en mentor",
    "Sammanställa lägesbilden inför nästa möte",
    "Boka föreläsning om tecken på radikalisering för personalen",
    "Stämma av med elevhälsan",
)

ACTION_OUTCOMES = ("Klart.", "Genomfört och återrapporterat vid mötet.",
                   "Delvis klart; resten tas vid nästa möte.")  # fmt: skip

MEMBER_ROLES = {
    "police": "representant polisen",
    "soa": "representant Social och Arbetsmarknad",
    "bou": "representant Barn och Utbildning",
    "kof": "representant Kultur och Fritid",
}

# --- Exit support --------------------------------------------------------------------------

PLAN_SITUATIONS = (
    "Hen bor hos sin mamma och har avbrutit gymnasiet. Hen har varit aktiv i miljön i "
    "ungefär två år och vill nu ta sig ur.",
    "Hen har eget boende men dålig ekonomi och har haft svårt att hålla kontakten med "
    "familjen sedan hen började umgås i miljön.",
    "Hen har nyligen flyttat tillbaka till Köping och saknar sysselsättning. Flera gamla "
    "kontakter finns kvar i närområdet.",
)
PREREQUISITES = (
    "Stabilt boende, god kontakt med socialsekreteraren och en tränare hen litar på.",
    "Familjen stöttar och hen har själv tagit initiativ till kontakten.",
    "Hen har erfarenhet av arbete och körkort, men få vänner utanför miljön.",
)
NEEDS = (
    "Sysselsättning, stöd att bryta med kontakter på nätet och regelbundet samtalsstöd.",
    "Bostad, ordnad ekonomi och en trygg vuxen att prata med.",
    "Skydd mot påtryckningar från den gamla miljön och hjälp att hitta nya sammanhang.",
)
MOTIVATION_REASONS = (
    "Vill inte att hens lillasyster ska se hen i den här miljön.",
    "Har tröttnat på våldet och rädslan; vill ha ett vanligt liv.",
    "Är osäker men vill pröva; motivationen växlar från vecka till vecka.",
    "Har fått ett jobberbjudande och ser en väg ut.",
)
MILIEUS_TO_LEAVE: dict[Orientation, str] = {
    Orientation.RIGHT: "Lokal vit makt-grupp med kopplingar till en regional organisation",
    Orientation.LEFT: "Autonomt nätverk i Mälardalen",
    Orientation.ISLAMIST: "Nätbaserat nätverk som sprider våldsbejakande islamistisk propaganda",
    Orientation.OTHER: "Nätforum som hyllar våld mot kvinnor",
    Orientation.UNCLEAR: "Kriminellt umgänge med inslag av extrem retorik",
}
ASSESSMENT_PARTICIPANTS = (
    "Samordnaren, socialsekreterare, kontaktpolis, hen själv och {anhorig}.",
    "Samordnaren, kurator, hen själv och mentor från IOP-partnern.",
)
SOCIAL_ITEMS = (
    (SocialKind.RELATIVE, "{Anhorig} är ett starkt stöd och vill vara delaktig.",
     Influence.SUPPORTS),
    (SocialKind.PARTNER, "Ny partner utan koppling till miljön.", Influence.SUPPORTS),
    (SocialKind.FRIEND, "Gamla vänner från miljön hör fortfarande av sig.", Influence.PULLS_BACK),
    (SocialKind.CHILD, "Har ett litet barn och vill vara en närvarande förälder.",
     Influence.SUPPORTS),
    (SocialKind.WORK, "Erbjuden provanställning på ett lager i Köping.", Influence.SUPPORTS),
    (SocialKind.STUDIES, "Vill läsa klart gymnasiet på komvux.", Influence.SUPPORTS),
    (SocialKind.FAMILY_LIFE, "Ett äldre syskon är fortfarande aktivt i miljön.",
     Influence.PULLS_BACK),
    (SocialKind.OTHER, "Tränaren i idrottsföreningen är en viktig vuxen.", Influence.SUPPORTS),
    (SocialKind.FRIEND, "En barndomsvän har hört av sig igen.", Influence.NEUTRAL),
)  # fmt: skip
PRACTICAL_NOTES: dict[PracticalArea, str] = {
    PracticalArea.WORK_OR_STUDIES: "Vill ha praktik eller studier under hösten.",
    PracticalArea.HOUSING: "Bor tillfälligt hos en släkting.",
    PracticalArea.HEALTH: "Sover dåligt; remiss till vårdcentralen diskuterad.",
    PracticalArea.PSYCHIATRIC_SUPPORT: "Har tidigare haft kontakt med BUP.",
    PracticalArea.RELOCATION_PROTECTION: "Polisen bedömer skyddsbehovet inför eventuell flytt.",
    PracticalArea.RELOCATION_OTHER: "Vill flytta närmare arbetet.",
    PracticalArea.ECONOMY: "Skulder efter tiden i miljön.",
    PracticalArea.SUBSTANCE_ABUSE: "Berättar om ett ökat alkoholbruk.",
    PracticalArea.NEUROPSYCHIATRIC_ASSESSMENT: "Skolan har tidigare föreslagit utredning.",
}
NEED_STATUSES = (NeedStatus.PRESENT, NeedStatus.PRESENT, NeedStatus.NOT_PRESENT,
                 NeedStatus.UNKNOWN)  # fmt: skip
POLICE_SHARING = (
    "Uppgifter lämnas till polisen endast efter sekretessprövning. Stödet är "
    "inte brottsutredning eller underrättelseinhämtning."
)

# (description, actor kind, organisation key or "")
MEASURES = (
    ("Samtalsstöd hos socialsekreterare varannan vecka", ActorKind.MUNICIPAL_UNIT, "soa"),
    ("Studieplan med studie- och yrkesvägledare", ActorKind.MUNICIPAL_UNIT, "bou"),
    ("Stöd att hitta eget boende", ActorKind.MUNICIPAL_UNIT, "soa"),
    ("Kontaktpolis informerar om skydd och hur hot kan anmälas", ActorKind.POLICE, "police"),
    ("Remiss för neuropsykiatrisk utredning", ActorKind.HEALTH_CARE, "region"),
    ("Kontakt med beroendemottagningen", ActorKind.HEALTH_CARE, "region"),
    ("Inskrivning och matchning mot praktikplats", ActorKind.EMPLOYMENT_SERVICE, "af"),
    ("Mentor via IOP-partnern, träffar varje vecka", ActorKind.CIVIL_SOCIETY, "iop"),
    ("Familjen deltar i samtal om hur de kan stötta utträdet", ActorKind.FAMILY, ""),
    ("Budget- och skuldrådgivning", ActorKind.OTHER, ""),
)
MEASURE_OUTCOMES = ("Genomförd enligt plan.", "Hen uteblev två gånger men fullföljde sedan.",
                    "Avbruten på hens egen begäran.")  # fmt: skip
PLAN_FOLLOW_UPS = ("Uppföljning av handlingsplanen med hen och socialsekreteraren",
                   "Ny bedömning av motivation och behov")  # fmt: skip

# --- Relatives -----------------------------------------------------------------------------

PSEUDONYMS = ("Orolig mamma", "Pappan i Kolsva", "Mormor A", "Storasyster (anonym)",
              "Farbror B", "Moster C")  # fmt: skip
CALLBACKS = ("Ring {phone} efter kl. 17", "Vill bli uppringd dagtid på {phone}",
             "Hör själv av sig igen")  # fmt: skip
WORRIES = (
    "Har blivit inåtvänd och säger att samhället är fientligt mot hen.",
    "Har fått nya vänner på nätet och är uppe hela nätterna.",
    "Har börjat använda symboler och ord som familjen inte känner igen.",
    "Pratar om att våld är det enda som hjälper och har slutat träffa gamla vänner.",
    "Har frågat om pengar till en resa utomlands utan att förklara varför.",
    "Vill inte längre gå till skolan och säger att lärarna ljuger.",
)
SIGN_KEYS = RELATIVE_SIGNS
SIGNS_OTHER = ("Tränar med en ny grupp på kvällarna.", "Har skaffat en ny telefon.", "", "")
ADVICE = (
    "Fortsätt hålla kontakten och visa intresse utan att döma.",
    "Information om anhörigstödet och om hur man kan prata om extremism hemma.",
    "Vid akut oro eller hot: ring 112. Tips till polisen på 114 14.",
    "Erbjudande om samtal med mentor från IOP-partnern.",
)
REFERRAL_KEYS = ("soa", "iop", "faith", "civil", "region")

# --- Accountability ------------------------------------------------------------------------

DISCLOSURE_CONTENTS = (
    "Sammanfattning av lägesbilden för området väster, tredje kvartalet",
    "Uppgifter om kontakter mellan ungdom och våldsbejakande miljö",
    "Mötesunderlag från insatsgruppen, ärendeavsnitt",
    "Uppgift om planerad resa utomlands",
)
LEGAL_BASES = (
    ("OSL 10 kap. 2 §", "Nödvändigt för att kommunen ska kunna fullgöra sin verksamhet."),
    ("OSL 10 kap. 18 a §", "Uppgift om person under 21 år för att förhindra brott."),
    ("OSL 10 kap. 27 §", "Generalklausulen: intresset av utlämnande väger klart tyngre."),
    ("OSL 12 kap. 2 §", "Den enskilde har samtyckt till att uppgifterna lämnas."),
)
PURPOSES = ("Förhindra brott", "Samordnad lägesbild", "Skydd för den enskilde")
DECIDER_ROLES = ("samordnare", "samordnare", "enhetschef Social och Arbetsmarknad", "rektor")

INCIDENTS: dict[IncidentKind, str] = {
    IncidentKind.THREAT: "Hotfullt meddelande i sociala medier efter ett samtal med en "
                         "vårdnadshavare.",
    IncidentKind.HARASSMENT: "Upprepade mejl med nedsättande innehåll till fältassistenten.",
    IncidentKind.PRESSURE: "En person försökte förmå kuratorn att lämna ut uppgifter om en elev.",
    IncidentKind.VIOLENCE: "Knuff och hot i samband med ett möte på fritidsgården.",
    IncidentKind.OTHER: "Personal fotograferades utanför kontoret och bilderna lades ut på nätet.",
}  # fmt: skip
INCIDENT_SUPPORT = (
    "Samtal med chef samma dag och stöd via företagshälsovården.",
    "Säkerhetssamordnaren informerad; ändrade rutiner för hembesök.",
    "Kollegialt stöd och uppföljningssamtal efter två veckor.",
)

# --- The action plan's revisions -----------------------------------------------------------

PLAN_TEXT_1 = """Handlingsplan mot våldsbejakande extremism i Köpings kommun

Inledning
Planen anger principerna för kommunens arbete mot våldsbejakande extremism. Arbetet är i första \
hand förebyggande: att hindra att personer ansluter sig till våldsbejakande rörelser och att \
stödja dem som vill lämna. Planen följer den nationella strategin och anger övergripande \
riktlinjer, så att insatser snabbt kan anpassas till läget.

Premisser
Politiskt ansvar: den politiska ledningen ger mandat och långsiktiga förutsättningar.
Arbetsgivaransvar: arbetsgivaren stödjer medarbetare som utsätts för otillåten påverkan.
Ansvarig samordnare: kommunen har en samordnare med det övergripande ansvaret.

Riktlinjer
Samordnaren koordinerar arbetet med unggruppen och insatsgrupperna och vid behov med Västra \
Mälardalens kommunalförbund, grannkommuner och föreningslivet. Det ska alltid finnas en aktuell \
lägesbild. Arbetet bedrivs på generell, specifik och individinriktad nivå och riktar sig även \
till anhöriga.

Arbetsgrupper
Unggruppen: Barn och Utbildning, Kultur och Fritid, Social och Arbetsmarknad och polisen.
Insatsgrupper: Barn och Utbildning, Social och Arbetsmarknad och polisen.

Uppdatering
Planen är ett levande dokument som revideras när förhållandena kräver det.
"""

PLAN_TEXT_2 = PLAN_TEXT_1.replace(
    "Uppdatering\n",
    """Stöd till anhöriga
Anhöriga ska veta vart de kan vända sig. Samordnaren tar emot samtal, även anonyma, och ger råd \
och hänvisning till socialtjänsten, trossamfund och föreningar.

Stöd att lämna
Den som vill lämna en våldsbejakande miljö erbjuds en individuell handlingsplan med en inledande \
bedömning, sociala och praktiska insatser med ansvarig aktör och uppföljning. Stödet blandas inte \
samman med brottsutredning eller underrättelseinhämtning.

Informationsdelning
Uppgifter lämnas till polisen endast inom ramen för offentlighets- och sekretesslagen; varje \
utlämnande dokumenteras med rättslig grund och beslutsfattare.

Uppdatering
""",
)
PLAN_REVISIONS = (
    (PLAN_TEXT_1, "Kommunfullmäktige", "Första versionen av handlingsplanen."),
    (PLAN_TEXT_2, "Kommunfullmäktige",
     "Nya avsnitt om stöd till anhöriga, stöd att lämna och informationsdelning."),
)  # fmt: skip
