"""The three briefs — meeting brief, case brief, lägesbild report — built from gathered records.

The service reads the vault and passes the records in; these functions decide the document's
structure and wording (Swedish) and leave out whatever the :class:`BriefOptions` exclude.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from kopingplan.briefs import disclosure_words, labels
from kopingplan.briefs.case_section import CaseMaterial, case_blocks, case_heading, included_parts
from kopingplan.briefs.document import (
    Block,
    Brief,
    BriefKind,
    BriefOptions,
    Facts,
    Heading,
    Table,
    Text,
)
from kopingplan.domain import model as m
from kopingplan.storage.repositories.meetings import ActionRow

ORAL_ONLY = "Ärendet redovisas muntligt; underlaget innehåller inga uppgifter om det."


@dataclass(frozen=True)
class Issuer:
    """Who makes the brief, when, under which id and classification."""

    document_id: str
    made_at: datetime
    author: str
    organisation: str
    classification: str

    @property
    def byline(self) -> str:
        return f"{self.author}, {self.organisation}" if self.organisation else self.author


@dataclass(frozen=True)
class MeetingMaterial:
    meeting: m.Meeting
    group: m.Group
    agenda: tuple[m.AgendaItem, ...]
    attendees: tuple[tuple[m.Person, str], ...]  # person and the organisation's name
    cases: Mapping[int, CaseMaterial]  # the included cases only
    previous_meeting_at: datetime | None
    situation_since: date
    situation: tuple[m.SituationEntry, ...]
    actions: tuple[ActionRow, ...]
    oral_disclosures: tuple[m.Disclosure, ...] = ()  # made at the meeting (issue 16)


def _situation_table(entries: tuple[m.SituationEntry, ...], sources: bool) -> Table:
    """Lägesbild entries in five columns (widths in mm of the 170 mm text width): seven
    columns of their own made the date and the reliability wrap mid-word."""
    rows = tuple(
        (
            labels.day(entry.observed_on),
            f"{labels.ORIENTATIONS[m.Orientation(entry.orientation)]}\n{entry.milieu}",
            entry.observation,
            *((entry.source,) if sources else ()),
            "\n".join(
                part
                for part in (
                    entry.assessment,
                    f"{labels.field('reliability')}: "
                    f"{labels.RELIABILITIES[m.Reliability(entry.reliability)]}",
                )
                if part
            ),
        )
        for entry in entries
    )
    # Field names from the one vocabulary (domain/vocabulary.py), as the screens say them.
    observed, source = labels.field("observed_on"), labels.field("source")
    header = (observed, "Inriktning och miljö", labels.field("observation"),
              *((source,) if sources else ()))  # fmt: skip
    widths = (21, 32, 48, *((35,) if sources else ()), 34)
    if not sources:
        widths = (21, 32, 83, 34)
    return Table(
        (*header, labels.field("assessment")),
        rows,
        widths,
        "Inga nya poster i lägesbilden under perioden.",
    )


def _actions_table(actions: tuple[ActionRow, ...]) -> Table:
    rows = tuple(
        (
            row.action.description,
            row.responsible_name,
            labels.day(row.action.due_on),
            labels.day(labels.local(row.meeting_starts_at).date()),
            "" if row.case_id is None else f"{row.case_id}",
        )
        for row in actions
    )
    return Table(
        ("Åtgärd", "Ansvarig", "Senast", "Beslutad", "Ärende"),
        rows,
        (70, 37, 21, 24, 18),
        "Inga öppna åtgärder.",
    )


def meeting_brief(material: MeetingMaterial, options: BriefOptions, issuer: Issuer) -> Brief:
    meeting, group = material.meeting, material.group
    kind = m.GroupKind(group.kind)
    kind_name = group.kind_name if kind is m.GroupKind.OTHER else labels.GROUP_KINDS[kind]
    group_name = (
        group.name
        if kind_name.lower() in group.name.lower()
        else f"{group.name} ({kind_name.lower()})"
    )
    cover = [
        ("Grupp", group_name),
        ("Möte", labels.meeting_time(meeting.starts_at)),
    ]
    if meeting.place:
        cover.append(("Plats", meeting.place))
    cover.extend([("Upprättat av", issuer.byline), ("Upprättat", labels.timestamp(issuer.made_at))])
    cover_blocks: list[Block] = []
    if options.attendees and material.attendees:
        rows = tuple((person.full_name, person.title, org) for person, org in material.attendees)
        cover_blocks += [
            Heading("Kallade", 2),
            Table(("Namn", "Funktion", "Organisation"), rows, (2, 2, 2.5)),
        ]
    # What each case contributes, cases with the same choice on one line.
    selection: dict[str, list[str]] = {}
    included: set[str] = set()
    case_parts: dict[int, tuple[str, ...]] = {}
    agenda_rows: list[tuple[str, str, str]] = []
    body: list[Block] = [Heading("Dagordning")]
    case_items: list[Block] = []
    for number, item in enumerate(material.agenda, start=1):
        item_kind = m.AgendaItemKind(item.kind)
        agenda_rows.append((f"{number}", item.title, labels.AGENDA_KINDS[item_kind]))
        if item_kind is not m.AgendaItemKind.CASE or item.case_id is None:
            continue
        case_material = material.cases.get(item.case_id)
        if case_material is None:
            case_items += [
                Heading(f"{number}. {item.title} (ärende {item.case_id})", 2),
                Text(ORAL_ONLY, "note"),
            ]
            selection.setdefault("endast rubrik (redovisas muntligt)", []).append(f"{item.case_id}")
            continue
        case_items += case_blocks(_with_notes(case_material, item.notes), prefix=f"{number}. ")
        parts = included_parts(case_material.content)
        included.update(parts)
        case_parts[item.case_id] = case_material.content.chosen()
        selection.setdefault(_describe(parts), []).append(f"{item.case_id}")
    body.append(
        Table(("Nr", "Punkt", "Typ"), tuple(agenda_rows), (0.6, 7, 1.4), "Ingen dagordning.")
    )
    if case_items:
        body += [Heading("Ärenden"), *case_items]
    if options.situation:
        since = material.previous_meeting_at
        heading = (
            f"Lägesbild sedan föregående möte ({labels.day(labels.local(since).date())})"
            if since is not None
            else f"Lägesbild sedan {labels.day(material.situation_since)}"
        )
        body += [Heading(heading), _situation_table(material.situation, options.situation_sources)]
        included.add("situation")
        if options.situation_sources:
            included.add("situation_sources")
        else:  # the reader sees why the column is missing (as the lägesbild brief says)
            body.append(Text(SOURCES_LEFT_OUT, "muted"))
    if options.open_actions:
        body += [Heading("Öppna åtgärder"), _actions_table(material.actions)]
        included.add("open_actions")
    if material.oral_disclosures:
        body += disclosure_words.made_at_meeting(material.oral_disclosures)
    if selection:
        cover_blocks += [
            Heading("Uppgifter i underlaget", 2),
            Text(
                "Underlaget är begränsat till det som behövs för mötet. För varje ärende "
                "finns bara de delar som anges här; namn på den enskilde och anhöriga är "
                "ersatta med [namn] där de inte ska med.",
                "muted",
            ),
            Facts(
                tuple(
                    (("Ärende " if len(ids) == 1 else "Ärendena ") + ", ".join(ids), parts)
                    for parts, ids in selection.items()
                )
            ),
        ]
    title = options.title or "Mötesunderlag"
    return Brief(
        kind=BriefKind.MEETING,
        document_id=issuer.document_id,
        title=title,
        subtitle=f"{group.name} – {labels.long_day(labels.local(meeting.starts_at).date())}",
        cover=tuple(cover),
        cover_blocks=tuple(cover_blocks),
        cover_page=True,
        body=tuple(body),
        made_at=issuer.made_at,
        author=issuer.byline,
        classification=issuer.classification,
        entity="meetings",
        entity_id=meeting.id,
        case_ids=tuple(material.cases),
        included=tuple(sorted(included)),
        case_parts=case_parts,
    )


def _with_notes(material: CaseMaterial, notes: str) -> CaseMaterial:
    return replace(material, agenda_notes=notes)


# The note of a copy without the lägesbild's sources (every brief that holds the lägesbild).
SOURCES_LEFT_OUT = "Källorna är utelämnade i detta exemplar."

PART_WORDS = {
    "level": "nivå",
    "orientation": "inriktning",
    "summary": "sammanfattning",
    "level_history": "nivåhistorik",
    "measures": "insatser",
    "exit_plan": "handlingsplanens bedömning",
    "follow_ups": "uppföljningar",
    "decisions": "tidigare beslut",
    "timeline": "senaste anteckningar",
    "professionals": "yrkespersoner",
    "subject_name": "den enskildes namn",
    "relatives": "anhörigas namn",
    # A lägesbild brief's parts (a meeting brief's too): the disclosure log says whether a copy
    # held the sources, which can point at who saw something.
    "situation": "lägesbildens poster",
    "situation_sources": "posternas källor",
}


def _describe(parts: tuple[str, ...]) -> str:
    words = [PART_WORDS[part] for part in parts if part in PART_WORDS]
    return ", ".join(words) if words else "endast rubrik"


def case_brief(material: CaseMaterial, options: BriefOptions, issuer: Issuer) -> Brief:
    case = material.case
    parts = included_parts(material.content)
    cover = (
        ("Ärende", f"{case.id}"),
        ("Upprättat av", issuer.byline),
        ("Upprättat", labels.timestamp(issuer.made_at)),
        ("Innehåll", _describe(parts)),
    )
    blocks = case_blocks(material)[1:]  # the title already says which case this is
    return Brief(
        kind=BriefKind.CASE,
        document_id=issuer.document_id,
        title=options.title or "PM – ärende",
        subtitle=case_heading(case),
        cover=cover,
        body=(Heading("Ärendet"), *blocks),
        made_at=issuer.made_at,
        author=issuer.byline,
        classification=issuer.classification,
        entity="cases",
        entity_id=case.id,
        case_ids=(case.id,) if case.id is not None else (),
        included=parts,
    )


def situation_report(
    entries: tuple[m.SituationEntry, ...], since: date, options: BriefOptions, issuer: Issuer
) -> Brief:
    """The current picture: entries since ``since`` by orientation, then milieu, newest first."""
    by_orientation: dict[m.Orientation, dict[str, list[m.SituationEntry]]] = {}
    for entry in entries:
        milieus = by_orientation.setdefault(m.Orientation(entry.orientation), {})
        milieus.setdefault(entry.milieu, []).append(entry)
    summary_rows = []
    body: list[Block] = [Heading("Översikt")]
    sections: list[Block] = []
    sources = options.situation_sources
    header = (
        labels.field("observed_on"), labels.field("observation"),
        *((labels.field("source"),) if sources else ()), labels.field("assessment"), "Tillförl.",
    )  # fmt: skip
    # Widths in mm of the 170 mm text width; a date needs 21 mm not to wrap.
    widths = (21, 52, 35, 42, 20) if sources else (21, 87, 42, 20)
    for orientation in m.Orientation:  # the plan's order, not the alphabet's
        milieus = by_orientation.get(orientation, {})
        if not milieus:
            continue
        found = [e for group in milieus.values() for e in group]
        latest = labels.day(max(e.observed_on for e in found))
        name = labels.ORIENTATIONS[orientation]
        summary_rows.append((name, f"{len(found)}", f"{len(milieus)}", latest))
        sections.append(Heading(name))
        for milieu in sorted(milieus, key=lambda key: (-len(milieus[key]), key)):
            group = sorted(milieus[milieu], key=lambda e: (e.observed_on, e.id or 0), reverse=True)
            rows = tuple(
                (
                    labels.day(e.observed_on),
                    e.observation,
                    *((e.source,) if sources else ()),
                    e.assessment,
                    labels.RELIABILITIES[m.Reliability(e.reliability)],
                )
                for e in group
            )
            sections += [Heading(f"{milieu} ({len(group)})", 2), Table(header, rows, widths)]
    body.append(
        Table(
            ("Inriktning", "Poster", "Miljöer", "Senaste"),
            tuple(summary_rows),
            (3, 1, 1, 1.5),
            "Inga poster i lägesbilden under perioden.",
        )
    )
    cover = (
        ("Period", f"{labels.day(since)} – {labels.day(labels.local(issuer.made_at).date())}"),
        ("Upprättat av", issuer.byline),
        ("Upprättat", labels.timestamp(issuer.made_at)),
    )
    note = Text(
        "Lägesbilden bygger på daterade iakttagelser med källa, bedömning och tillförlitlighet. "
        + ("" if sources else SOURCES_LEFT_OUT + " ")
        + "Den säger inget om enskilda ärenden.",
        "muted",
    )
    return Brief(
        kind=BriefKind.SITUATION,
        document_id=issuer.document_id,
        title=options.title or "Lägesbild",
        subtitle=f"Våldsbejakande extremism – {issuer.organisation}".rstrip(" –"),
        cover=cover,
        cover_blocks=(note,),
        body=(*body, *sections),
        made_at=issuer.made_at,
        author=issuer.byline,
        classification=issuer.classification,
        included=("situation", *(("situation_sources",) if options.situation_sources else ())),
    )
