"""The register extract (registerutdrag, GDPR art. 15): everything the vault holds about one
person, part by part, as a brief, with the parts the coordinator withheld replaced by a line
that says *that* something was withheld and on what ground, never what.

The service (:mod:`kopingplan.services.extract`) gathers the :class:`ExtractPart` s of one
person; each has a stable id (``note:12``, ``case:3``) by which the coordinator withholds it,
the blocks the extract prints when it is given, and the free texts it holds (``texts``), which
the service checks are printed nowhere else once the part is withheld. A withheld part takes
the parts under it with it (a withheld case hides its notes). Words are Swedish, like every
brief: the extract goes to the person, whatever language the screens are in.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from kopingplan.briefs import labels
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Bullets, Facts, Heading, Text

# The sections of the extract, in order: key, heading, what it holds when it is empty.
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("person", "Uppgifter om dig", ""),
    ("cases", "Ärenden där du förekommer", "Du förekommer inte i något ärende."),
    ("contacts", "Kontakter med dig utanför ärenden", "Inga sådana kontakter finns."),
    ("relative_support", "Anhörigstöd där du är anhörig", "Inget sådant anhörigstöd finns."),
    ("concerns", "Oro som du har anmält", ""),
    ("disclosures", "Utlämnanden av uppgifter om dig", "Inga uppgifter om dig har lämnats ut."),
)

# What a withheld part is called in the line that replaces it (kind of its id).
KIND_WORDS: dict[str, str] = {
    "person": "Uppgifter om dig",
    "case": "Ett ärende, med allt som hör till det",
    "note": "En anteckning",
    "note_version": "En tidigare version av en anteckning",
    "contact": "En kontakt",
    "contact_version": "En tidigare version av en kontakt",
    "exit_plan": "En individuell handlingsplan, med dess insatser",
    "measure": "En insats",
    "follow_up": "En uppföljning",
    "relative_support": "Ett anhörigstöd, med dess kontakter",
    "relative_support_contact": "En kontakt inom anhörigstöd",
    "consent": "Ett samtycke",
    "disclosure": "Ett utlämnande",
    "incoming_item": "En inkommen uppgift",
    "incoming_link": "En ändring av vilket ärende en inkommen uppgift hör till",
    "agenda_item": "En punkt på ett mötes dagordning",
    "concern": "En anmälan om oro",
    "attachment": "En bilaga",
    "concern_version": "En tidigare version av en anmälan om oro",
}

PURPOSES = (
    "Kommunens samordnare mot våldsbejakande extremism behandlar uppgifterna för att "
    "förebygga våldsbejakande extremism enligt kommunens handlingsplan: för att samordna "
    "stöd till personer som vill lämna extremistiska miljöer och till deras anhöriga, för att "
    "hålla en aktuell lägesbild och för att samverka med socialtjänst, skola, fritid och "
    "polis inom de ramar lagen sätter.",
    "Rättslig grund: uppgift av allmänt intresse och myndighetsutövning (dataskyddsförordningen "
    "art. 6.1 e och 9.2 g), med stöd av kommunens uppdrag. Uppgifterna omfattas av sekretess "
    "enligt offentlighets- och sekretesslagen (OSL).",
)
SOURCES = (
    "Uppgifterna kommer från dig själv, från dina anhöriga, från samordnarens egna "
    "iakttagelser och från samverkande myndigheter och organisationer (till exempel polisen, "
    "socialtjänsten och skolan). Där en anteckning har en angiven källa står den vid "
    "anteckningen."
)
RETENTION = (
    "Ett avslutat ärende gallras (raderas för gott) när gallringsfristen har löpt ut, räknat "
    "från den dag ärendet avslutades eller den senaste anteckningen eller kontakten om den är "
    "senare. Ett öppet ärende sparas så länge det är öppet. Uppgifter om utlämnanden sparas "
    "längre, eftersom de visar vem som fått uppgifter och på vilken grund. Dagen för varje "
    "ärende och utlämnande står vid det."
)
RIGHTS = (
    "Du har rätt att få felaktiga uppgifter rättade (art. 16) och att begära att uppgifter "
    "raderas (art. 17) eller att behandlingen begränsas (art. 18), och att invända mot "
    "behandlingen (art. 21). Tidigare versioner av rättade uppgifter finns med i detta utdrag.",
    "Du kan lämna klagomål till Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 "
    "Stockholm, imy.se.",
)


@dataclass(frozen=True)
class ExtractPart:
    """One part of the extract, which the coordinator gives or withholds as a whole.

    ``label`` names the part in the review (for the coordinator's eyes only, never printed);
    ``blocks`` are printed when it is given; ``texts`` are its free texts, which must not be
    printed anywhere once it is withheld; ``parent`` is the part it belongs to."""

    id: str
    section: str
    label: str
    blocks: tuple[Block, ...]
    texts: tuple[str, ...] = ()
    parent: str | None = None

    @property
    def kind(self) -> str:
        return self.id.partition(":")[0]


@dataclass(frozen=True)
class ExtractMaterial:
    person_id: int
    person_name: str  # the recipient of the extract: printed on the cover
    parts: tuple[ExtractPart, ...]
    case_ids: tuple[int, ...]  # every case the person takes part in

    def part(self, part_id: str) -> ExtractPart | None:
        return next((p for p in self.parts if p.id == part_id), None)

    def children(self, part_id: str) -> list[ExtractPart]:
        return [p for p in self.parts if p.parent == part_id]


def withheld_line(kind: str, ground: str) -> str:
    word = KIND_WORDS.get(kind, "En uppgift")
    return f"{word} har undantagits från utdraget. Skäl: {ground}"


def hidden(material: ExtractMaterial, withheld: Mapping[str, str]) -> set[str]:
    """The ids of the parts not printed: the withheld ones and everything under them."""
    children: dict[str, list[str]] = {}
    for part in material.parts:
        if part.parent is not None:
            children.setdefault(part.parent, []).append(part.id)
    found: set[str] = set()
    waiting = list(withheld)
    while waiting:
        part_id = waiting.pop()
        if part_id not in found:
            found.add(part_id)
            waiting += children.get(part_id, [])
    return found


def _body(material: ExtractMaterial, withheld: Mapping[str, str]) -> list[Block]:
    gone = hidden(material, withheld)
    body: list[Block] = []
    for key, heading, empty in SECTIONS:
        parts = [p for p in material.parts if p.section == key]
        if not parts and not empty:
            continue  # a section that only some people have is left out when empty
        body.append(Heading(heading))
        if not parts and empty:
            body.append(Text(empty, "muted"))
        for part in parts:
            if part.id in withheld:
                body.append(Text(withheld_line(part.kind, withheld[part.id]), "body"))
            elif part.id not in gone:
                body += part.blocks
    return body


def _withheld_summary(withheld: Mapping[str, str]) -> list[Block]:
    blocks: list[Block] = [Heading("Undantagna uppgifter")]
    if not withheld:
        blocks.append(Text("Inga uppgifter har undantagits.", "body"))
        return blocks
    blocks.append(
        Text(
            "Samordnaren har prövat varje del av utdraget. Följande har undantagits, med "
            "skälet för det. Vad de undantagna delarna innehåller framgår inte av utdraget.",
            "body",
        )
    )
    grounds = Counter(withheld.values())
    blocks.append(
        Bullets(
            tuple(
                f"{n} {'del' if n == 1 else 'delar'} med stöd av: {ground}"
                for ground, n in grounds.items()
            )
        )
    )
    return blocks


def register_extract(
    material: ExtractMaterial, withheld: Mapping[str, str], issuer: Issuer
) -> Brief:
    """The extract as a brief: the parts given, a line for each withheld one (the parts under
    it are left out without a line), then what was withheld in total and the information
    the person is entitled to with it (purposes, sources, retention, rights)."""
    body = _body(material, withheld)
    body += _withheld_summary(withheld)
    body += [Heading("Ändamål och rättslig grund"), *(Text(t) for t in PURPOSES)]
    body += [Heading("Varifrån uppgifterna kommer"), Text(SOURCES)]
    body += [Heading("Hur länge uppgifterna sparas"), Text(RETENTION)]
    body += [Heading("Dina rättigheter"), *(Text(t) for t in RIGHTS)]
    cover = (
        ("Avser", material.person_name),
        ("Upprättat av", issuer.byline),
        ("Upprättat", labels.timestamp(issuer.made_at)),
        ("Undantagna delar", f"{len(withheld)}"),
    )
    intro = Text(
        "Registerutdrag enligt dataskyddsförordningen art. 15: de personuppgifter om dig som "
        "finns i samordnarens register, vad de används till, vem som har fått dem, varifrån "
        "de kommer och hur länge de sparas.",
        "muted",
    )
    return parts.as_brief(
        BriefKind.EXTRACT,
        issuer,
        "Registerutdrag",
        f"Dataskyddsförordningen art. 15 – {issuer.organisation}".rstrip(" –"),
        cover,
        intro,
        body,
        entity="persons",
        entity_id=material.person_id,
        case_ids=material.case_ids,
        included=("extract",),
    )


def printed_texts(brief: Brief) -> Iterator[str]:
    """Every string the brief prints (cover, blocks): what the withheld check searches."""
    yield from (text for row in brief.cover for text in row)
    yield from (brief.title, brief.subtitle)
    yield from _block_texts((*brief.cover_blocks, *brief.body))


def preview(part: ExtractPart) -> str:
    """What the part prints, as plain text for the review ("label: value" per fact)."""
    lines: list[str] = []
    for block in part.blocks:
        if isinstance(block, Facts):
            lines += [f"{label.replace(chr(10), ' ')}: {value}" for label, value in block.rows]
        else:
            lines += list(_block_texts((block,)))
    return "\n".join(lines)


def _block_texts(blocks: Sequence[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, (Heading, Text)):
            yield block.text
        elif isinstance(block, Facts):
            yield from (text for row in block.rows for text in row)
        elif isinstance(block, Bullets):
            yield from block.items
        else:
            yield from _cells(block)


def _cells(block: Block) -> Sequence[str]:
    rows = getattr(block, "rows", ())
    return [str(cell) for row in rows for cell in row]
