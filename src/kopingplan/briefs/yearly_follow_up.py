"""The yearly follow-up (årlig uppföljning) of the action plan's commitments, as a brief.

The service (:mod:`kopingplan.services.yearly_follow_up`) counts in the vault and protects the
counts with the report to kommunstyrelsen's own protection (:func:`kopingplan.services.
statistics.protect_column`) before they reach this module; here they are put into words,
tables and a chart, in Swedish like every brief. The material holds the plan's own words (the
commitments, the names of groups, activities and partner organisations), protected counts and
what the coordinator typed for this follow-up — never a person's name, a case number or a
text from a case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kopingplan.briefs import labels, report_parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import (
    BarChart,
    Block,
    Brief,
    BriefKind,
    Bullets,
    Heading,
    Table,
    Text,
)
from kopingplan.briefs.statistics_report import Count, shown

LEVEL_ROWS = tuple((level.value, word) for level, word in labels.LEVELS.items())


@dataclass(frozen=True)
class CommitmentResult:
    """One commitment's year: what was done (label, protected count), the cases its groups took
    up by level (protected, with their total), what was not done, and the assessment."""

    number: int  # 1, 2, … in the revision
    text: str
    due_on: date | None
    done: tuple[tuple[str, Count], ...]
    meetings: Count
    activities: Count
    cases: tuple[Count, ...]  # per LEVEL_ROWS; empty when no group is linked
    cases_total: Count
    not_done: tuple[str, ...]
    assessment: str = ""

    @property
    def anything_done(self) -> bool:
        return any(count != 0 for _, count in self.done)


@dataclass(frozen=True)
class FollowUpMaterial:
    year: int
    last: date  # the year's last day, or the day it was made if the year is not over
    revision: int
    adopted_on: date
    adopted_by: str
    diary_number: str
    results: tuple[CommitmentResult, ...]
    assessment: str = ""  # the coordinator's overall assessment
    proposals: str = ""  # proposals for the next revision


METHOD = (
    "Uppgifterna är räknade direkt ur valvet när uppföljningen upprättades. Uppföljningen "
    "innehåller inga namn på personer, inga ärendenummer och ingen text ur ärenden, bara "
    "handlingsplanens åtaganden, namnen på de arbetsgrupper, aktiviteter och "
    "samarbetspartner som åtagandena är kopplade till, antal och samordnarens bedömning.",
    "Möten: arbetsgruppens möten som började under året (till och med den dag uppföljningen "
    "upprättades). Aktiviteter: de kopplade aktiviteter som hölls under året och de aktiviteter "
    "under året som en kopplad samarbetspartner anordnade eller deltog i. Kontakter: "
    "registrerade kontakter med samarbetspartnern under året. Ärenden: ärenden som togs upp "
    "på de kopplade gruppernas möten under året, vart och ett en gång, på den nivå ärendet "
    "hade vid årets slut.",
    "Skydd av små tal som i lägesrapporten till kommunstyrelsen: varje antal från 1 till 4 "
    "redovisas som ”<5”. Där summan minus de andra talen skulle avslöja ett sådant antal "
    "döljs ytterligare ett tal och redovisas som ”×”. Noll redovisas som 0. Diagrammet visar "
    "samma skyddade tal: ett dolt tal får ingen stapel.",
)


def _revision_words(material: FollowUpMaterial) -> str:
    words = f"Revision {material.revision}, antagen {labels.day(material.adopted_on)}"
    words += f" av {material.adopted_by}" if material.adopted_by else ""
    return words + (f", dnr {material.diary_number}" if material.diary_number else "")


def _overview(material: FollowUpMaterial) -> list[Block]:
    rows = tuple(
        (
            f"{r.number}. {_short(r.text)}",
            shown(r.meetings),
            shown(r.activities),
            "Ja" if r.anything_done else "Inget registrerat",
        )
        for r in material.results
    )
    blocks: list[Block] = [Heading("Översikt")]
    bars = sum(
        1 for r in material.results for c in (r.meetings, r.activities) if isinstance(c, int) and c
    )
    if bars >= 2:
        blocks.append(
            BarChart(
                tuple(f"Åtagande {r.number}" for r in material.results),
                ("Möten", "Aktiviteter"),
                tuple((r.meetings, r.activities) for r in material.results),
            )
        )
    blocks.append(
        Table(
            ("Åtagande", "Möten", "Aktiviteter", "Något genomfört"),
            rows,
            (6, 1.4, 1.6, 2),
            "Revisionen har inga åtaganden.",
        )
    )
    return blocks


def _short(text: str, limit: int = 90) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _commitment(result: CommitmentResult, year: int) -> list[Block]:
    blocks: list[Block] = [Heading(f"Åtagande {result.number}", 2), Text(result.text, "body")]
    if result.due_on is not None:
        blocks.append(Text(f"Ska vara genomfört senast {labels.day(result.due_on)}.", "muted"))
    rows = tuple((label, shown(count)) for label, count in result.done)
    blocks.append(Table((f"Genomfört {year}", "Antal"), rows, (6, 2), "Inget att redovisa."))
    if result.cases:
        cases = [(word, shown(c)) for (_, word), c in zip(LEVEL_ROWS, result.cases, strict=True)]
        cases.append(("Totalt", shown(result.cases_total)))
        blocks.append(
            Table(("Ärenden som grupperna tog upp, per nivå", "Antal"), tuple(cases), (6, 2))
        )
    if result.not_done:
        blocks += [Text("Inte genomfört:", "body"), Bullets(result.not_done)]
    blocks.append(Text("Samordnarens bedömning:", "body"))
    blocks.append(Text(result.assessment or "Ingen bedömning angiven.", "note"))
    return blocks


def yearly_follow_up(material: FollowUpMaterial, issuer: Issuer) -> Brief:
    year = material.year
    body: list[Block] = _overview(material)
    body.append(Heading("Åtagande för åtagande"))
    for result in material.results:
        body += _commitment(result, year)
    body.append(Heading("Samordnarens samlade bedömning"))
    body.append(Text(material.assessment or "Ingen samlad bedömning angiven.", "body"))
    body.append(Heading("Förslag inför nästa revision"))
    body.append(Text(material.proposals or "Inga förslag angivna.", "body"))
    body.append(Heading("Metod och skydd av uppgifter"))
    body += [Text(paragraph, "body") for paragraph in METHOD]
    period = f"{labels.day(date(year, 1, 1))} – {labels.day(material.last)}"
    cover = (
        ("År", f"{year} ({period})"),
        ("Handlingsplan", _revision_words(material)),
        *report_parts.issued(issuer),
    )
    intro = (
        "Årlig uppföljning av åtagandena i kommunens handlingsplan mot våldsbejakande "
        "extremism: för varje åtagande vad som gjordes under året (möten i arbetsgrupperna, "
        "aktiviteter och deltagare, ärenden per nivå) och vad som inte gjordes, med "
        "samordnarens bedömning och förslag inför nästa revision. Små tal är skyddade: ”<5” "
        "betyder 1–4 (se Metod sist)."
    )
    if material.last < date(year, 12, 31):
        intro += f" Året är inte slut: uppgifterna gäller till och med {labels.day(material.last)}."
    return report_parts.as_brief(
        BriefKind.FOLLOW_UP,
        issuer,
        f"Årlig uppföljning av handlingsplanen {year}",
        f"Arbetet mot våldsbejakande extremism – {issuer.organisation}".rstrip(" –"),
        cover,
        Text(intro, "muted"),
        body,
        included=("yearly_follow_up",),
        audit_details={
            "year": year,
            "revision": material.revision,
            "commitments": len(material.results),
        },
    )
