"""The report to kommunstyrelsen (lägesrapport): how the work goes, in counts that expose no one.

The service (:mod:`kopingplan.services.statistics`) counts in the vault and protects the
counts (small numbers hidden, see below) before they reach this module; here they are put into
words, tables and charts, in Swedish like every brief. The material holds nothing but codes and
protected counts, so no name, case number or text from a case can reach the PDF.

Protection, stated on the page (:data:`METHOD`): every count from 1 to 4 is printed "<5";
where a total and the other cells of a column would give such a count away by subtraction, one
more cell (the next smallest) is hidden as well and printed "×" (a zero or the total as a last
resort). Zero is otherwise printed as it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kopingplan.briefs import labels
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import BarChart, Block, Brief, BriefKind, Heading, Table, Text
from kopingplan.domain import model as m

Count = int | str  # a count that may be shown, or the mark of a hidden one
SMALL = "<5"  # a count from 1 to 4
HIDDEN = "×"  # a count hidden so that a small one cannot be worked out by subtraction

# Age bands of the case's subject, in completed years at the end of the period's year; the
# action plan's youth focus and OSL 10 kap. 18 a § (under 21) draw the lines.
AGE_BANDS: tuple[tuple[str, str, int, int], ...] = (
    ("0-14", "Under 15 år", 0, 14),
    ("15-17", "15–17 år", 15, 17),
    ("18-20", "18–20 år", 18, 20),
    ("21-29", "21–29 år", 21, 29),
    ("30-", "30 år och äldre", 30, 200),
)
UNKNOWN_AGE = "unknown"
OTHER_BASIS = "other"  # a legal basis not (or no longer) in the vault's list

# The tables of the report, by key.
CASES_LEVEL = "cases_level"
CASES_ORIENTATION = "cases_orientation"
CASES_AGE = "cases_age"
CASE_FLOW = "case_flow"  # rows "opened", "closed"
LEVEL_MOVES = "level_moves"  # rows "<from>><to>"
EXIT_PLANS = "exit_plans"  # rows "active", "new", "ended"
RELATIVE_SUPPORT = "relative_support"  # rows "contacts", "threads", "opened"
DISCLOSURE_BASES = "disclosure_bases"  # rows legal basis titles and OTHER_BASIS
DISCLOSURE_CHANNELS = "disclosure_channels"  # rows DisclosureChannel values
INCIDENT_KINDS = "incident_kinds"  # rows IncidentKind values
INCIDENT_POLICE = "incident_police"  # rows "reported", "not_reported"
DISCLOSURE_RECIPIENTS = "disclosure_recipients"  # rows OrganisationKind values, THE_PERSON, UNKNOWN
ACTIVITY_KINDS = "activity_kinds"  # rows ActivityKind values: activities held
ACTIVITY_PARTICIPANTS = "activity_participants"  # rows ActivityKind values: participants
COMMITMENTS = "commitments"  # rows "due_passed", "not_due", "no_due"
THE_PERSON = "person"  # a register extract: the recipient is the person themself
UNKNOWN = "unknown"  # a recipient outside the partner registry

# Tables whose rows that are 0 in both periods are left out (many kinds, mostly unused); a
# hidden count ("×") is never left out.
SPARSE = frozenset({DISCLOSURE_RECIPIENTS})


@dataclass(frozen=True)
class CountTable:
    """Protected counts: one row per category code, one column per period (this period,
    then the previous one); ``totals`` per column, or empty for rows that do not add up
    (overlapping figures)."""

    rows: tuple[str, ...]
    cells: tuple[tuple[Count, ...], ...]
    totals: tuple[Count, ...] = ()


@dataclass(frozen=True)
class StatisticsMaterial:
    first: date
    last: date
    previous_first: date
    previous_last: date
    tables: Mapping[str, CountTable]


# --- Words ----------------------------------------------------------------------------------

_MOVE_WORDS = {level.value: word for level, word in labels.LEVELS.items()}
_ROW_WORDS: dict[str, dict[str, str]] = {
    CASES_LEVEL: {level.value: word for level, word in labels.LEVELS.items()},
    CASES_ORIENTATION: {o.value: word for o, word in labels.ORIENTATIONS.items()},
    CASES_AGE: {code: text for code, text, _, _ in AGE_BANDS} | {UNKNOWN_AGE: "Uppgift saknas"},
    CASE_FLOW: {"opened": "Nya ärenden (öppnade)", "closed": "Avslutade ärenden"},
    EXIT_PLANS: {
        "active": "Ärenden med individuell handlingsplan",
        "new": "– varav plan upprättad under perioden",
        "ended": "– varav ärendet avslutat under perioden",
    },
    RELATIVE_SUPPORT: {
        "contacts": "Samtal och kontakter med anhöriga",
        "threads": "Anhöriga (stödärenden) som fått stöd",
        "opened": "Nya stödärenden",
    },
    DISCLOSURE_BASES: {OTHER_BASIS: "Annan grund (finns inte i listan)"},
    DISCLOSURE_CHANNELS: {
        m.DisclosureChannel.EXPORT.value: "Krypterat paket",
        m.DisclosureChannel.ORAL.value: "Muntligt",
        m.DisclosureChannel.BRIEF.value: "Kopia av underlag",
        "extract": "Registerutdrag till den registrerade",
    },
    INCIDENT_KINDS: {kind.value: labels.word(kind) for kind in m.IncidentKind},
    INCIDENT_POLICE: {"reported": "Polisanmälda", "not_reported": "Inte polisanmälda"},
    DISCLOSURE_RECIPIENTS: {k.value: labels.word(k) for k in m.OrganisationKind}
    | {
        THE_PERSON: "Den registrerade själv (registerutdrag)",
        UNKNOWN: "Mottagare utanför registret",
    },
    ACTIVITY_KINDS: {k.value: labels.word(k) for k in m.ActivityKind},
    ACTIVITY_PARTICIPANTS: {k.value: labels.word(k) for k in m.ActivityKind},
    COMMITMENTS: {
        "due_passed": "Sista dag har passerat",
        "not_due": "Sista dag har inte kommit",
        "no_due": "Utan sista dag",
    },
}


def row_word(table: str, code: str) -> str:
    if table == LEVEL_MOVES:
        source, _, target = code.partition(">")
        return f"{_MOVE_WORDS.get(source, source)} → {_MOVE_WORDS.get(target, target)}"
    return _ROW_WORDS.get(table, {}).get(code, code)


def shown(count: Count) -> str:
    return f"{count}" if isinstance(count, int) else count


def period_words(first: date, last: date) -> str:
    return f"{labels.day(first)} – {labels.day(last)}"


# --- The document ---------------------------------------------------------------------------

_SECTIONS: tuple[tuple[str, str, tuple[tuple[str, str, bool], ...]], ...] = (
    (
        "Ärenden under perioden",
        "Ärenden som var öppna någon gång under perioden (ett ärende är en person eller en "
        "liten grupp som kommunen arbetar med). Nivån är den som gällde vid periodens slut.",
        (
            (CASES_LEVEL, "Per nivå", True),
            (CASES_ORIENTATION, "Per inriktning", True),
            (CASES_AGE, "Per åldersgrupp", True),
        ),
    ),
    (
        "Nya och avslutade ärenden, flyttar mellan nivåer",
        "",
        ((CASE_FLOW, "Nya och avslutade", False), (LEVEL_MOVES, "Flyttar mellan nivåer", False)),
    ),
    (
        "Stöd att lämna och stöd till anhöriga",
        "Individuella handlingsplaner (avhopparstöd) och anhörigstöd. En handlingsplan har inget "
        "eget slutdatum; den upphör när ärendet avslutas.",
        (
            (EXIT_PLANS, "Individuella handlingsplaner", False),
            (RELATIVE_SUPPORT, "Anhörigstöd", False),
        ),
    ),
    (
        "Utlämnanden av uppgifter",
        "Registrerade utlämnanden ur valvet (sekretessprövade), per rättslig grund och per sätt.",
        (
            (DISCLOSURE_BASES, "Per rättslig grund", False),
            (DISCLOSURE_CHANNELS, "Per sätt", False),
            (DISCLOSURE_RECIPIENTS, "Per slag av mottagare", False),
        ),
    ),
    (
        "Arbete på generell nivå",
        "Aktiviteter som informationsmöten, utbildningar, kampanjer, dialoger och workshoppar i "
        "skolan, och hur många som deltog (det antal som registrerats för aktiviteten).",
        (
            (ACTIVITY_KINDS, "Aktiviteter per slag", True),
            (ACTIVITY_PARTICIPANTS, "Deltagare per slag av aktivitet", False),
        ),
    ),
    (
        "Otillåten påverkan mot anställda",
        "Hot, trakasserier och annan otillåten påverkan mot personal (arbetsgivaransvar).",
        ((INCIDENT_KINDS, "Per slag", True), (INCIDENT_POLICE, "Polisanmälan", False)),
    ),
    (
        "Handlingsplanens åtaganden",
        "Åtagandena i den revision av handlingsplanen som gällde vid periodens slut, efter om "
        "deras sista dag hade passerat då. Hur varje åtagande har följts upp redovisas i den "
        "årliga uppföljningen av handlingsplanen.",
        ((COMMITMENTS, "Åtaganden i den gällande revisionen", False),),
    ),
)

METHOD = (
    "Uppgifterna är räknade direkt ur valvet när rapporten upprättades. Rapporten innehåller "
    "inga namn, inga ärendenummer och ingen text ur ärenden, bara antal.",
    "Skydd av små tal: varje antal från 1 till 4 redovisas som ”<5”. Där summan minus de "
    "andra talen i samma kolumn skulle avslöja ett sådant antal döljs ytterligare ett tal, "
    "det näst minsta, och redovisas som ”×” (i sista hand en nolla, eller summan själv; går "
    "det inte redovisas kolumnen inte alls). Tabeller över samma ärenden döljer sin summa "
    "tillsammans. Noll redovisas annars som 0. Diagrammen visar samma skyddade tal: ett dolt "
    "tal får ingen stapel.",
    "Ett ärende räknas under en period om det öppnades senast periodens sista dag och inte "
    "avslutades före periodens första. Nivån är den som gällde vid periodens slut (eller när "
    "ärendet avslutades) enligt ärendets nivåhistorik. Inriktningen är den som är registrerad "
    "nu; valvet sparar ingen historik för inriktning.",
    "Ålder: personen som ärendet gäller (den först registrerade om de är flera), i år vid "
    "utgången av periodens sista kalenderår, från födelseår eller personnummer. ”Uppgift "
    "saknas” när ärendet saknar en sådan person eller uppgiften.",
    "Ett ärende som avslutats och sedan öppnats igen räknas inte som avslutat: valvet sparar "
    "bara den senaste avslutningen.",
    "Utlämnanden per slag av mottagare: det slag av organisation i partnerregistret som "
    "mottagaren tillhörde när uppgifterna lämnades ut. Slag utan utlämnanden under någon av "
    "perioderna visas inte.",
    "Aktiviteter räknas den dag de hölls; deltagarna är summan av det antal som registrerats "
    "(en aktivitet utan antal bidrar inte). Åtagandena är de i den revision som gällde "
    "periodens sista dag; ingen revision betyder inga åtaganden.",
    "Följande finns inte i valvet och redovisas därför inte: kön (registreras inte), hur "
    "ärendet kom in (registreras inte).",
)


def _blocks(
    key: str, title: str, chart: bool, table: CountTable, heads: Sequence[str]
) -> list[Block]:
    """A sub-heading, the chart (the legend names the periods in short) and the table (its
    head names them in full)."""
    words = [row_word(key, code) for code in table.rows]
    rows = [
        (word, *(shown(count) for count in counts))
        for word, counts in zip(words, table.cells, strict=True)
        if key not in SPARSE or any(count != 0 for count in counts)
    ]
    if table.totals:
        rows.append(("Totalt", *(shown(count) for count in table.totals)))
    blocks: list[Block] = [Heading(title, 2)]
    # A chart only where there is something to compare: bars of hidden or zero counts say
    # nothing the table does not.
    bars = sum(1 for counts in table.cells for count in counts if isinstance(count, int) and count)
    if chart and bars >= 2:
        blocks.append(BarChart(tuple(words), ("Perioden", "Föregående period"), table.cells))
    blocks.append(Table(("", *heads), tuple(rows), (5, 2, 2), "Inget att redovisa."))
    return blocks


def statistics_report(material: StatisticsMaterial, issuer: Issuer) -> Brief:
    period = period_words(material.first, material.last)
    previous = period_words(material.previous_first, material.previous_last)
    heads = (f"Perioden\n{period}", f"Föregående period\n{previous}")
    body: list[Block] = []
    for heading, explanation, tables in _SECTIONS:
        body.append(Heading(heading))
        if explanation:
            body.append(Text(explanation, "muted"))
        for key, title, chart in tables:
            body += _blocks(key, title, chart, material.tables[key], heads)
    body.append(Heading("Metod och skydd av uppgifter"))
    body += [Text(paragraph, "body") for paragraph in METHOD]
    cover = (
        ("Period", period),
        ("Jämförs med", previous),
        *parts.issued(issuer),
    )
    intro = Text(
        "Lägesrapport till kommunstyrelsen om arbetet mot våldsbejakande extremism enligt "
        "kommunens handlingsplan: ärenden, stöd att lämna, anhörigstöd, utlämnanden av "
        "uppgifter, arbete på generell nivå, otillåten påverkan och handlingsplanens "
        "åtaganden, jämfört med föregående period av samma längd. "
        "Små tal är skyddade: ”<5” betyder 1–4, och ”×” är ett tal som dolts för att ett litet "
        "tal inte ska kunna räknas fram ur summan (se Metod sist i rapporten).",
        "muted",
    )
    return parts.as_brief(
        BriefKind.STATISTICS,
        issuer,
        "Lägesrapport till kommunstyrelsen",
        f"Arbetet mot våldsbejakande extremism – {issuer.organisation}".rstrip(" –"),
        cover,
        intro,
        body,
        included=("statistics",),
        audit_details={
            "first": material.first.isoformat(),
            "last": material.last.isoformat(),
            "previous_first": material.previous_first.isoformat(),
            "previous_last": material.previous_last.isoformat(),
        },
    )
