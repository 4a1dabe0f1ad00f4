"""The demo's bank of Swedish sentence fragments, and the functions that compose texts from it.

Everything here is fiction. Texts are composed, not stored, so that 500,000 notes differ from
each other and the word frequencies look like real notes: a few words ("skolan", "hen",
"samtal") in a large share of the notes, interests like "bågskytte" in a few per mille, and the
words of :data:`RARE_INTERESTS` in about one note in twenty thousand. Search benchmarks rely on
that spread (:data:`COMMON_WORD`, :data:`RARE_INTERESTS`).

Slots in braces are filled per note: ``{namn}`` (the subject's given name), ``{skola}``,
``{aktivitet}`` and ``{anhorig}``/``{Anhorig}`` ("hens mamma") per case; ``{prof}``,
``{plats}``, ``{veckodag}``, ``{procent}`` and ``{intresse}`` per note. Orientation-specific
sentences describe signs and milieus, never a religion, origin or group of people as such.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from kopingplan.domain.model import Channel, Level, Orientation

COMMON_WORD = "skolan"  # in roughly half of the notes

# Fictional schools: real school names would tie the demo's worries to real pupils' schools.
SCHOOLS = (
    "Åkerbyskolan", "Björkhagaskolan", "Ekbackens skola", "Lindängsskolan", "Ängsgårdens skola",
    "Mälarviksgymnasiet", "Solbergaskolan", "Tallåsens skola",
)  # fmt: skip

PLACES = (
    "fritidsgården", "biblioteket", "Stora torget", "resecentrum", "badhuset",
    "idrottshallen", "köpcentret", "hamnen", "skateparken", "gymmet", "centrum", "Kolsva",
)  # fmt: skip

WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag")

ACTIVITIES = (
    "fotboll", "innebandy", "boxning", "brottning", "basket", "gym", "friidrott", "dans",
    "musik", "gaming", "simning", "handboll", "ishockey", "taekwondo", "skateboard",
)  # fmt: skip

PROFESSIONALS = (
    "kuratorn", "socialsekreteraren", "fältassistenten", "mentorn", "skolsköterskan",
    "fritidsledaren", "kontaktpolisen", "rektorn", "specialpedagogen", "familjebehandlaren",
)  # fmt: skip

# Interests mentioned now and then: each word in a few notes per thousand.
INTERESTS = (
    "fågelskådning", "bågskytte", "akvarellmålning", "orientering", "keramik", "klättring",
    "kanotpaddling", "modellbygge", "sportfiske", "slöjd", "sömnad", "bakning", "teater",
    "trumpet", "cello", "körsång", "programmering", "astronomi", "geocaching", "ridning",
    "curling", "bordtennis", "volleyboll", "parkour", "schack", "fotografering", "matlagning",
    "trädgårdsodling", "längdskidor", "cykelreparationer", "poesi", "serieteckning",
    "beatboxning", "filmklippning", "hundträning", "robotbygge", "snickeri", "gitarr",
)  # fmt: skip

# Words that appear in about one note in twenty thousand: the "rare word" of a search test.
RARE_INTERESTS = (
    "harpspel", "biodling", "falkenering", "kalligrafi", "kristallodling", "tennsoldater",
    "morsetelegrafi", "isjakt", "luffarschack", "fjällvandring", "dragspel", "vävstol",
    "bokbinderi", "knyppling", "svampplockning", "urmakeri", "marionetter", "glasblåsning",
    "lindans", "nyckelharpa", "tovning", "smide", "ostronodling", "bergsbestigning",
)  # fmt: skip
RARE_SHARE = 1 / 20_000

RELATIVES = (
    "mamma", "pappa", "mamma", "pappa", "styvpappa", "bonusmamma", "mormor", "farmor",
    "storasyster", "storebror", "moster", "farbror", "morbror", "faster",
)  # fmt: skip

# --- Notes -------------------------------------------------------------------------------------

_OPENERS = (
    "Samtal med {namn} på {skola}.",
    "Träffade {namn} på fritidsgården tillsammans med {prof}.",
    "Uppföljande samtal med {namn} och {anhorig}.",
    "Avstämning med {prof} om hur {namn} har det just nu.",
    "Telefonsamtal med {anhorig}.",
    "Promenadsamtal med {namn} runt {plats}.",
    "Hembesök hos familjen tillsammans med socialsekreteraren.",
    "Möte på {skola} med mentor, kurator och {anhorig}.",
    "Kort samtal med {namn} vid {plats} efter skoldagen.",
    "Digitalt möte med {prof} och {anhorig}.",
    "{namn} hörde själv av sig och ville prata.",
    "Samordnaren träffade {namn} på kontoret i rådhuset.",
)

_OBSERVATIONS = (
    "Hen var öppen och pratade mer än vid förra tillfället.",
    "Hen verkade trött och hade svårt att hålla fokus under samtalet.",
    "Hen undviker ögonkontakt när samtalet handlar om vännerna på nätet.",
    "Hen uttrycker ett starkt utanförskap och säger att ingen lyssnar på hen.",
    "Inga nya tecken på radikalisering har framkommit sedan förra kontakten.",
    "Hen har bytt umgänge under hösten och träffar numera främst äldre personer.",
    "Hen har stängt ner flera konton i sociala medier och säger att hen vill ha lugn.",
    "Hen beskriver en känsla av orättvisa som hen kopplar till händelser i nyheterna.",
    "Stämningen under samtalet var god och hen skrattade flera gånger.",
    "Hen ifrågasätter varför kommunen är inblandad men stannade kvar hela samtalet.",
    "Hen berättar att hen sover dåligt och ofta är uppe sent med mobilen.",
    "Hen har börjat använda uttryck som vi känner igen från extrema forum på nätet.",
    "Hen säger att hen inte vill ha något med miljön att göra längre.",
    "Hen har en ny flickvän som enligt hen själv är en trygg person.",
    "Hen pratar gärna om framtiden och vill bli elektriker eller jobba med bilar.",
)

_ORIENTATION_OBSERVATIONS: dict[Orientation, tuple[str, ...]] = {
    Orientation.RIGHT: (
        "Klasskamrater har sett att hen delar bilder med vit makt-symbolik i en gruppchatt.",
        "Hen har upprepat nedsättande kommentarer om nyanlända elever i klassrummet.",
        "Lärare har hittat klistermärken från en nazistisk organisation på hens skåp.",
        "Hen tittar på filmer från en högerextrem kanal och säger att hen vill förstå samhället.",
        "Uppgifter om att hen tränar kampsport med personer som har koppling till en "
        "våldsbejakande högerextrem miljö.",
    ),
    Orientation.LEFT: (
        "Hen deltog i en demonstration där det förekom skadegörelse men säger att hen inte var "
        "delaktig.",
        "Uppgifter om att hen har spridit namn och adresser till politiska motståndare i ett "
        "slutet forum.",
        "Hen säger att våld mot politiska motståndare kan vara försvarbart, vilket oroar "
        "skolpersonalen.",
        "Klotter med autonoma symboler har hittats nära platser där hen brukar vara.",
        "Hen har fått kontakt med en autonom grupp i Mälardalen via en chattkanal.",
    ),
    Orientation.ISLAMIST: (
        "Mentor uppger att hen har visat filmer som hyllar terrordåd för yngre elever.",
        "Uppgifter om kontakt via krypterade appar med en person som tidigare rest till en "
        "konfliktzon.",
        "Hen har sagt att våld kan vara rättfärdigat, vilket skiljer sig helt från familjens "
        "och församlingens syn.",
        "Familjen oroar sig för nya vänner på nätet som sprider våldsbejakande islamistisk "
        "propaganda.",
        "Hen har slutat gå till föreningen och säger att de vuxna där är för mjuka.",
    ),
    Orientation.OTHER: (
        "Hen är aktiv i ett nätforum där våld mot kvinnor hyllas.",
        "Hen har en uttalad fascination för skolattacker och har sparat bilder på gärningsmän.",
        "Konspirationsteorier om myndigheter återkommer i samtalen; hen säger att systemet "
        "måste falla.",
        "Hen har skrivit hotfulla inlägg om en lärare, men säger att det var ett skämt.",
    ),
    Orientation.UNCLEAR: (
        "Hen blandar symboler och budskap från flera extrema miljöer utan tydlig riktning.",
        "Det är ännu oklart om oron gäller en ideologisk dragning eller en allmän våldsfixering.",
        "Hen söker spänning och gemenskap mer än en ideologi, enligt fältassistenterna.",
        "Uppgifterna om hens kontakter är motstridiga och behöver stämmas av.",
    ),
}

_SCHOOL = (
    "Närvaron i skolan har förbättrats och ligger nu på omkring {procent} procent.",
    "Skolan rapporterar ogiltig frånvaro flera dagar i veckan, mest på {veckodag}ar.",
    "Mentor på {skola} beskriver att hen fungerar bättre i mindre grupp.",
    "Hen har fått stöd av specialpedagog i matematik och svenska.",
    "Skolan har sett att hen isolerar sig på rasterna.",
    "Elevhälsan på {skola} följer upp frånvaron varje vecka.",
    "Hen riskerar att inte bli behörig till gymnasiet och skolan planerar extra studietid.",
    "Kuratorn på skolan har haft flera samtal med hen under månaden.",
    "Hen har fått ett praktikerbjudande genom skolan och ser fram emot det.",
    "Rektor har kallat till elevhälsomöte med vårdnadshavarna.",
    "Hen har börjat på introduktionsprogrammet och säger att det känns bättre än högstadiet.",
    "Skolan beskriver att konflikterna i klassen har minskat sedan jullovet.",
    "Hen har lämnat in alla uppgifter i tid den här perioden, vilket skolan ser som ett steg "
    "framåt.",
)

_LEISURE = (
    "Hen har börjat gå till fritidsgården på {veckodag}skvällarna igen.",
    "Hen spelar {aktivitet} i en förening och tränaren beskriver hen som pålitlig.",
    "Hen spelar mycket datorspel på nätterna, ofta i chattgrupper med okända.",
    "Fältassistenterna har sett hen vid {plats} sent på kvällarna.",
    "Vi pratade om fritiden; hen är intresserad av att börja med {aktivitet}.",
    "Hen har slutat träna {aktivitet} sedan i våras.",
    "Hen har fått en feriepraktik via Kultur och Fritid i sommar.",
    "Hen hjälper till som ledare för yngre barn i {aktivitet} och verkar växa av det.",
)

_FAMILY = (
    "{Anhorig} beskriver att hen har blivit mer inåtvänd hemma och håller sig på sitt rum.",
    "Kontakt med {anhorig}, som är orolig men samarbetsvillig.",
    "{Anhorig} har märkt nya kläder och symboler som familjen inte känner igen.",
    "Familjen har fått information om kommunens anhörigstöd och vart de kan vända sig.",
    "Det finns konflikter i hemmet och socialtjänsten har erbjudit familjebehandling.",
    "{Anhorig} vill gärna vara med vid nästa möte.",
    "Familjen har flyttat inom kommunen och hen har bytt skola.",
    "{Anhorig} upplever att hen har blivit lugnare den senaste tiden.",
    "{Anhorig} är rädd att hen ska råka illa ut och ringer ofta.",
)

_ASSESSMENTS = (
    "Min bedömning är att oron kvarstår men att det finns skyddsfaktorer i familjen.",
    "Det finns en risk att hen dras längre in i miljön om inget görs.",
    "Skyddsfaktorerna bedöms som starka: en stabil skolgång och en engagerad familj.",
    "Oron gäller främst umgänget på nätet snarare än kontakter i Köping.",
    "Riskfaktorerna är utanförskap, frånvaro och ett ökat intresse för våld.",
    "Samordnaren bedömer att ärendet bör tas upp i insatsgruppen.",
    "Ingen akut oro just nu, men situationen behöver följas.",
    "Hen visar en tydlig motivation att förändra sin situation.",
    "Läget är oförändrat jämfört med förra månaden.",
)

_NEXT_STEPS = (
    "Nästa steg: uppföljande samtal om två veckor.",
    "Överenskommet att {prof} kontaktar familjen före {veckodag}.",
    "Vi bokar ett nytt möte med hen och {anhorig} efter lovet.",
    "Ärendet tas upp vid nästa möte i insatsgruppen.",
    "Samordnaren stämmer av med kontaktpolisen om det finns nya uppgifter.",
    "Skolan och socialtjänsten följer upp närvaron gemensamt.",
    "Hen har lovat att höra av sig om något händer; numret till fältassistenterna är lämnat.",
    "Erbjudande om samtalsstöd via ungdomsmottagningen lämnades.",
    "Ny avstämning med mentor på {skola} inom en vecka.",
    "Inget nytt möte bokat; hen får själv höra av sig när hen vill.",
)

_INTEREST = (
    "Hen berättade att hen har börjat med {intresse} på fritiden.",
    "Vi pratade länge om {intresse}, något hen verkligen brinner för.",
)

_RARE = "Hen nämnde, lite generad, ett gammalt intresse för {intresse}."

NOTE_SOURCES = (
    "Polisen, kontaktpolis", "Skolkurator", "Fältassistent", "Socialsekreterare", "Anhörig",
    "Fritidsledare", "Bovärd, Mälarbo Bostäder",
)  # fmt: skip

# --- Case titles and summaries -------------------------------------------------------------

_TITLE_TOPICS = (
    "oro från skolan", "uppgifter från polisen", "anhörig hör av sig", "propaganda i chatt",
    "hot i klassrummet", "kontakt med våldsbejakande miljö", "oro för radikalisering",
    "utanförskap och våldsfixering", "signal från fritidsgården", "orosanmälan",
    "nätforum och våldsretorik", "symboler i skolmiljön",
)  # fmt: skip
_INDIVIDUAL_TOPICS = ("stöd att lämna miljön", "avhopparstöd", "vill lämna miljön")

_SUMMARIES = (
    "Ärendet väcktes efter att {prof} uppmärksammat ett förändrat beteende.",
    "Anhöriga kontaktade kommunen med oro för hens nya umgänge.",
    "Polisen har lämnat uppgifter om kontakter med en våldsbejakande miljö.",
    "Skolan har sett en ökande frånvaro och oroande uttalanden i klassrummet.",
    "Hen har själv sökt stöd för att lämna en våldsbejakande miljö.",
    "Fältassistenterna har under en längre tid sett hen i en grupp som sprider propaganda.",
)

# --- Contacts ------------------------------------------------------------------------------

_CONTACT_TEXTS: dict[Channel, tuple[str, ...]] = {
    Channel.PHONE: (
        "Telefonsamtal med {anhorig} om hur veckan har varit.",
        "Ringde {prof} för att stämma av inför mötet.",
        "{Anhorig} ringde och berättade om en konflikt hemma i helgen.",
    ),
    Channel.MEETING: (
        "Möte på {skola} om närvaron och stödet i klassrummet.",
        "Samverkansmöte med {prof} om nästa steg i ärendet.",
        "Träff med {namn} på fritidsgården; vi gick igenom planen tillsammans.",
    ),
    Channel.HOME_VISIT: (
        "Hembesök tillsammans med socialsekreteraren; familjen tog emot oss väl.",
        "Hembesök. {Anhorig} visade oro men var positiv till fortsatt kontakt.",
    ),
    Channel.EMAIL: ("Mejl till {prof} med sammanfattning av förra mötet.",),
    Channel.DIGITAL_MEETING: ("Digitalt möte med {prof} och skolan om läget.",),
    Channel.LETTER: ("Brev till vårdnadshavarna med kallelse till möte.",),
    Channel.OTHER: ("Kort möte i korridoren med {prof}.",),
}

ORGANISATION_CONTACTS = (
    "Samverkansmöte om föreningens värdegrundsarbete och hur ledarna kan agera vid oro.",
    "Utbildningstillfälle för personalen om tecken på radikalisering.",
    "Avstämning om lägesbilden i området och om nya klistermärken i trappuppgångarna.",
    "Planering av en gemensam föreläsning för föräldrar om nätet och extremism.",
    "Uppföljning av IOP-överenskommelsen och mentorernas arbete under terminen.",
)

# --- Level changes and closing -------------------------------------------------------------

# Why a case moved, by the level it moved to: each sentence says what that move means (a case
# lowered to the general level is not "followed up on the specific level"). A raise draws from
# four, a lowering from three, whatever the level, so a seed's other records stay the same.
RAISE_REASONS = {
    Level.SPECIFIC: (
        "Förnyad oro efter uppgifter från polisen om kontakter med en våldsbejakande miljö.",
        "Skolan rapporterar hot och våldsbejakande uttalanden; insatsgruppen tar över.",
        "Oron har vuxit under terminen; hen behöver riktat stöd på specifik nivå.",
        "Anhöriga beskriver tydliga tecken på radikalisering under sommaren.",
    ),
    Level.INDIVIDUAL: (
        "Förnyad oro efter uppgifter från polisen om kontakter med en våldsbejakande miljö.",
        "Polisen bedömer att hen är radikaliserad; insatsgruppen gör en individuell plan.",
        "Hen har själv sagt att hen vill lämna miljön och behöver individuellt stöd.",
        "Anhöriga beskriver tydliga tecken på radikalisering under sommaren.",
    ),
}
LOWER_REASONS = {
    Level.SPECIFIC: (
        "Positiv utveckling: stabil skolgång och ny fritidsaktivitet.",
        "Oron har minskat efter samtal med familjen; riktade insatser på specifik nivå räcker nu.",
        "Utträdet bedöms som stabilt; uppföljning sker på specifik nivå.",
    ),
    Level.GENERAL: (
        "Positiv utveckling: stabil skolgång och ny fritidsaktivitet.",
        "Oron har minskat efter samtal med familjen; generella insatser räcker nu.",
        "Oron har upphört; hen följs upp inom det generella arbetet i skolan och på fritiden.",
    ),
}


def move_reason(rng: random.Random, before: Level, after: Level, order: Sequence[Level]) -> str:
    """A reason that agrees with the move from ``before`` to ``after`` (``order``: lowest first)."""
    up = order.index(after) > order.index(before)
    return rng.choice((RAISE_REASONS if up else LOWER_REASONS)[after])


CLOSE_REASONS = (
    "Oron har upphört; hen har etablerat sig i skolan och på fritiden.",
    "Flyttat från kommunen; ärendet har överlämnats till mottagande kommun.",
    "Insatserna avslutade enligt plan efter gemensam uppföljning.",
    "Ingen grund för fortsatt oro efter samtal med familj och skola.",
    "Ärendet har överlämnats till socialtjänstens ordinarie verksamhet.",
    "Hen har fyllt 21 och tackat nej till fortsatt stöd.",
)
FOLLOW_UPS = (
    "Följ upp närvaron med mentor.",
    "Stäm av med familjen hur sommaren har gått.",
    "Uppföljande samtal med hen och socialsekreteraren.",
    "Kontrollera om polisen har nya uppgifter.",
    "Boka avstämning med elevhälsan.",
)
FOLLOW_UP_OUTCOMES = (
    "Genomfört; inga nya uppgifter.",
    "Genomfört. Närvaron har förbättrats.",
    "Familjen avböjde möte men svarade i telefon.",
)


def fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots) if "{" in template else template


def note_text(rng: random.Random, case_slots: dict[str, str], orientation: Orientation) -> str:
    """One coordinator's note of about 400 characters."""
    slots = dict(case_slots)
    slots["prof"] = rng.choice(PROFESSIONALS)
    slots["plats"] = rng.choice(PLACES)
    slots["veckodag"] = rng.choice(WEEKDAYS)
    slots["procent"] = str(rng.randrange(40, 100, 5))
    parts = [rng.choice(_OPENERS), rng.choice(_OBSERVATIONS)]
    if rng.random() < 0.45:
        parts.append(rng.choice(_ORIENTATION_OBSERVATIONS[orientation]))
    if rng.random() < 0.55:
        parts.append(rng.choice(_SCHOOL))
    if rng.random() < 0.35:
        parts.append(rng.choice(_LEISURE))
    if rng.random() < 0.35:
        parts.append(rng.choice(_FAMILY))
    if rng.random() < 0.06:
        slots["intresse"] = rng.choice(INTERESTS)
        parts.append(rng.choice(_INTEREST))
    elif rng.random() < RARE_SHARE * len(RARE_INTERESTS):
        slots["intresse"] = rng.choice(RARE_INTERESTS)
        parts.append(_RARE)
    # Short notes get another observation or school line so the average stays near 400.
    while sum(len(p) for p in parts) < 250:
        parts.append(rng.choice(_SCHOOL if rng.random() < 0.5 else _OBSERVATIONS))
    parts.append(rng.choice(_ASSESSMENTS))
    parts.append(rng.choice(_NEXT_STEPS))
    return " ".join(fill(p, slots) for p in _dedupe(parts))


def _dedupe(parts: Sequence[str]) -> list[str]:
    # The filler loop may draw a sentence already used; a note does not say it twice.
    unique: list[str] = []
    for part in parts:
        if part not in unique:
            unique.append(part)
    return unique


def contact_text(rng: random.Random, channel: Channel, case_slots: dict[str, str]) -> str:
    slots = dict(case_slots)
    slots["prof"] = rng.choice(PROFESSIONALS)
    return fill(rng.choice(_CONTACT_TEXTS[channel]), slots)


def case_title(rng: random.Random, initials: str, age: int, individual: bool) -> str:
    topics = _INDIVIDUAL_TOPICS if individual and rng.random() < 0.6 else _TITLE_TOPICS
    return f"{initials} {age} år – {rng.choice(topics)}"


def case_summary(rng: random.Random) -> str:
    return fill(rng.choice(_SUMMARIES), {"prof": rng.choice(PROFESSIONALS)})
