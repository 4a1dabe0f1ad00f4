"""Texts of the demo's intake and follow-through: concerns and their decisions, consents, flags,
incidents' support, the general level's activities, agreements, the plan's commitments, period
assessments of the lägesbild and what the police liaison sends. All fictional; slots in braces
are filled per case (see :func:`.texts.fill`)."""

from __future__ import annotations

from kopingplan.domain.model import FlagKind, IncidentSupportKind

# (who raised it in words, registry key or None, description)
CONCERNS = (
    ("kurator", "bou", "Kuratorn på {skola} ringde: {namn} har visat filmer med våldsinnehåll för "
     "klasskamrater och säger att 'det är dags att slå tillbaka'."),
    ("rektor", "bou", "Rektorn på {skola} berättar att {namn} har klistrat upp dekaler med en "
     "rörelses symboler i korridoren och vägrar ta bort dem."),
    ("fritidsledare", "kof", "Fritidsledare på fritidsgården har hört {namn} prata om en "
     "chattgrupp där man delar instruktioner och hatiska bilder."),
    ("anhörig", None, "{Anhorig} ringde oroad: {namn} har slutat träffa sina gamla vänner, sitter "
     "uppe om nätterna och har nya kontakter på nätet."),
    ("kontaktpolis", "police", "Polisen har uppmärksammat att {namn} förekommer i en grupp som "
     "sprider propaganda i centrum; vill att kommunen tar kontakt."),
    ("bovärd", "housing", "Bovärden har hittat klotter med hakkors och hotfulla budskap i "
     "trapphuset där {namn} bor och har hört att det är hen."),
    ("tränare", "sports", "Tränaren i IF Mälarvågen berättar att {namn} försökt värva "
     "lagkamrater till en 'träningsgrupp' med ideologiskt innehåll."),
    ("", None, "Anonymt samtal: en ung person i Kolsva ska ha pratat om att resa till en "
     "konfliktzon och samlar in pengar bland kompisar."),
)  # fmt: skip
REFERRALS = (
    ("Social och Arbetsmarknad, barn och familj", "Oron gäller i första hand hemförhållandena; "
     "ingen koppling till våldsbejakande miljö."),
    ("Elevhälsan på skolan", "Skolan hanterar ärendet inom elevhälsan; samordnaren finns med "
     "som stöd vid behov."),
    ("Polisen lokalpolisområde Köping", "Uppgifterna gäller ett misstänkt brott och lämnades "
     "vidare till polisen samma dag."),
    ("Region Västmanland, barn- och ungdomspsykiatrin", "Oron gäller psykisk ohälsa snarare än "
     "extremism; vårdnadshavaren ville ha hjälp till BUP."),
)  # fmt: skip
NO_ACTION_REASONS = (
    "Uppgifterna kunde inte bekräftas; skolan hör av sig om något nytt händer.",
    "Efter samtal med vårdnadshavare bedöms det som ett tillfälligt intresse utan oro för våld.",
    "Händelsen var redan känd och hanteras i ett befintligt ärende.",
    "För vaga uppgifter för att gå vidare; tipset sparas i lägesbilden utan personuppgifter.",
)
CONCERN_CORRECTIONS = (
    "Fel skola angiven vid mottagandet; rättat efter samtal med anmälaren.",
    "Datum för mottagandet rättat; samtalet kom dagen före.",
)

CONSENT_PURPOSES = (
    "Samordna stöd mellan skola och socialtjänst",
    "Planera insatser i handlingsplanen",
    "Stöd från mentor i Mentorsnätverket Bron",
    "Kontakt med arbetsförmedlingen om praktik",
)
CONSENT_WITNESSES = ("Socialsekreterare i ärendet", "Kurator", "Samordnaren")
WITHDRAWAL_NOTES = (
    "Hen vill inte längre att skolan får uppgifter; sade det vid hembesöket.",
    "Vårdnadshavaren återkallade samtycket skriftligt.",
)

FLAG_REASONS: dict[FlagKind, tuple[str, ...]] = {
    FlagKind.THREAT_TO_OTHERS: ("Har uttalat hot mot en namngiven lärare.",
                                "Hotfulla inlägg riktade mot en grupp elever."),
    FlagKind.WEAPONS: ("Uppgift från polisen om tillgång till vapen i hemmet.",
                       "Har visat bilder på kniv och luftvapen i chattgruppen."),
    FlagKind.TRAVEL_PLANS: ("Har pratat om att resa till en konfliktzon under sommaren.",),
    FlagKind.CHILD_IN_HOME: ("Yngre syskon i hemmet; orosanmälan gjord till socialtjänsten.",),
    FlagKind.OTHER: ("Bör inte kontaktas via skolan; ta kontakt via socialsekreteraren.",),
}  # fmt: skip
FLAG_CLEARED = (
    "Polisen har bekräftat att vapnet är omhändertaget.",
    "Resplanerna är inte längre aktuella enligt hen och familjen.",
    "Hotet bedöms inte längre som aktuellt efter samtal.",
)

SUPPORTS: dict[IncidentSupportKind, tuple[str, str]] = {
    IncidentSupportKind.TALK: ("Samtal med närmaste chef samma dag.", "Enhetschef"),
    IncidentSupportKind.OCCUPATIONAL_HEALTH: ("Två samtal hos företagshälsovården.",
                                              "Företagshälsovården"),
    IncidentSupportKind.POLICE_REPORT: ("Polisanmälan gjord av arbetsgivaren.", "Enhetschef"),
    IncidentSupportKind.PROTECTION: ("Hembesök görs i par tills vidare; larmknapp utlånad.",
                                     "Säkerhetssamordnaren"),
    IncidentSupportKind.FOLLOW_UP: ("Uppföljning efter två veckor: medarbetaren mår bättre och "
                                    "arbetar som vanligt.", "Samordnaren"),
}  # fmt: skip

# (kind value, title, target group, description)
ACTIVITIES = (
    ("information_meeting", "Föräldramöte om nätets mörka sidor", "Föräldrar i åk 7–9",
     "Information om hur propaganda sprids i spel och chattar, och vart man vänder sig."),
    ("training", "Grundutbildning om våldsbejakande extremism", "Personal i skola och fritid",
     "Halvdag om tecken, lägesbild och hur oro anmäls till samordnaren."),
    ("campaign", "Kampanjen 'Säg nej till hat' i centrum", "Unga 13–20 år",
     "Affischer, film i sociala medier och ett bord på Stora torget en lördag."),
    ("dialogue", "Dialogmöte med trossamfunden", "Företrädare för trossamfund",
     "Samtal om oro hos anhöriga och hur församlingarna kan hänvisa till stöd."),
    ("school_workshop", "Demokrativerkstad i åk 8", "Elever i åk 8",
     "Workshop om källkritik och demokrati, ledd av Studieförbundet Framtidsvägen."),
    ("other", "Vuxna på stan under skolavslutningen", "Unga i centrum",
     "Extra vandringar med föreningen och fältassistenterna."),
)  # fmt: skip
ACTIVITY_FOLLOW_UPS = (
    "Utvärdering med enkät; de flesta ville ha en fortsättning.",
    "Följs upp i unggruppen nästa termin.",
    "",
)

DIARY_NUMBERS = ("KS 2017/0312", "KS 2024/0418")
# (text, days after adoption it is due or None, group keys, organisation keys)
COMMITMENTS = (
    ("Samordnaren tar fram en lägesbild två gånger per år.", 180, ("youth",), ()),
    ("Alla skolor har en utsedd kontaktperson för oro om extremism.", 365, (), ("bou",)),
    ("Personal i skola och fritid erbjuds grundutbildning vartannat år.", 730, (), ("bou", "kof")),
    ("Insatsgruppen följer upp varje handlingsplan minst var tredje månad.", None,
     ("intervention",), ("soa",)),
    ("Samverkan med civilsamhället i IOP om stöd för den som vill lämna en miljö.", 365, (),
     ("iop",)),
    ("SSPF-gruppen stämmer av unga med hög risk varannan vecka.", None, ("sspf",),
     ("police", "soa")),
    ("Brottsförebyggande rådet får en rapport om arbetet varje år.", 365, ("bra",), ()),
)  # fmt: skip

ASSESSMENTS = (
    "Läget är i stort sett oförändrat. Aktiviteten i högerextrema kanaler bland unga har ökat "
    "något, medan uppgifterna om islamistisk rekrytering är färre än förra perioden.",
    "Perioden präglas av klotter och dekaler i centrum och vid resecentrum. Polisen bedömer att "
    "en liten grupp står bakom; skolorna rapporterar få nya fall.",
    "Fler anhöriga har hört av sig, vilket vi tror beror på föräldramötena i höstas. Inga "
    "uppgifter om våld, men två unga har pratat om att resa utomlands.",
    "Lugnare än förra perioden. Vänsterextrema aktiviteter har gällt skadegörelse vid en "
    "demonstration; inga hot mot personal har rapporterats.",
)
ASSESSMENT_CORRECTIONS = ("Kompletterat med polisens uppgifter efter SSPF-mötet.",)
ASSESSMENT_ADDITION = "Polisen delar bilden efter SSPF-mötet och ser ingen ökad risk för våld."

# (title, text, milieu) of what the police liaison sends for the lägesbild
POLICE_ITEMS = (
    ("Klotter vid resecentrum", "Nya symboler målade i gångtunneln vid resecentrum; samma "
     "avsändare som i våras enligt polisens bedömning.", "Aktivister i centrum"),
    ("Flygblad i brevlådor", "Flygblad med rasistiskt innehåll delades ut i Ullvi under helgen.",
     "Lokal grupp med rötter i Västerås"),
    ("Möte i Kolsva", "Uppgift om ett slutet möte med ett tjugotal deltagare i Kolsva.",
     "Nätverk på landsbygden"),
    ("Rekrytering på nätet", "Konton som riktar sig till unga i Köping sprider propaganda i "
     "spelchattar.", "Digitala forum"),
)  # fmt: skip
POLICE_MESSAGES = (
    "Hej! Här kommer veckans uppgifter till lägesbilden. Hör av dig om något är oklart.",
    "Underlag inför SSPF-mötet på torsdag.",
)
# A message about one case that was first linked to the wrong one, and why it was moved.
POLICE_CASE_MESSAGE = "Uppgift om en ungdom som setts med gruppen vid stationen i helgen."
RELINK_REASON = "Fel ärende: uppgiften gäller en annan ungdom i samma klass."

ATTACHMENT_TITLES = {
    "case": ("Orosanmälan – kopia", "Samtycke – underskrivet", "Handlingsplan – utskrift"),
    "note": ("Anteckning från hembesök", "Skolans dokumentation"),
    "meeting": ("Kallelse och dagordning", "Minnesanteckningar"),
    "incident": ("Skärmbild av hotet", "Tidslinje över händelsen"),
    "concern": ("Skolans anmälan", "Foto från skolgården"),
}
ATTACHMENT_LINES = (
    "Uppgifterna är fiktiva och skapade för demonstration.",
    "Handlingen förvaras i Köpingplan och lämnas inte ut utan beslut.",
    "Kontakt: samordnaren mot våldsbejakande extremism, Köpings kommun.",
)
