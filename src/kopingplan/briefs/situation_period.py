"""The lägesbild for a period as a signed brief: the coordinator's overall assessment, the
period's entries, and how the picture compares with the previous period of the same length
(entries by orientation and by milieu, the milieus that are new and those that have gone).

The service (:mod:`kopingplan.services.situation_report`) reads the vault and hands a
:class:`PeriodMaterial` here; this module only puts it into Swedish words, tables and a chart,
like every brief. The lägesbild is about milieus and orientations, not about cases: no case
number or person's name is read for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kopingplan.briefs import labels
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import SOURCES_LEFT_OUT, Issuer
from kopingplan.briefs.document import BarChart, Block, Brief, BriefKind, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.domain.situation_period import SituationAssessment

Milieu = tuple[str, str]  # (orientation code, milieu)


@dataclass(frozen=True)
class PeriodMaterial:
    first: date
    last: date
    previous_first: date
    previous_last: date
    assessments: Sequence[SituationAssessment]  # of periods within this one, the latest first
    entries: Sequence[m.SituationEntry]  # observed in the period, newest first
    counts: Mapping[Milieu, int]  # entries per (orientation, milieu) in the period
    previous_counts: Mapping[Milieu, int]  # the same for the previous period

    @property
    def new_milieus(self) -> list[Milieu]:
        """Milieus with entries in the period and none in the previous one."""
        return _ordered(k for k in self.counts if k not in self.previous_counts)

    @property
    def gone_milieus(self) -> list[Milieu]:
        """Milieus with entries in the previous period and none in this one."""
        return _ordered(k for k in self.previous_counts if k not in self.counts)


_ORDER = {o.value: i for i, o in enumerate(m.Orientation)}


def _ordered(keys: Iterable[Milieu]) -> list[Milieu]:
    return sorted(keys, key=lambda k: (_ORDER.get(k[0], 99), k[1].casefold()))


def _orientation(code: str) -> str:
    return labels.ORIENTATIONS[m.Orientation(code)]


def _milieu(key: Milieu) -> str:
    return f"{key[1]} ({_orientation(key[0]).lower()})"


def _assessment_blocks(material: PeriodMaterial) -> list[Block]:
    blocks: list[Block] = [Heading("Samlad bedömning")]
    if not material.assessments:
        blocks.append(Text("Ingen samlad bedömning är skriven för perioden.", "muted"))
    for found in material.assessments:
        when = labels.timestamp(found.written_at) if found.written_at else ""
        blocks += [
            Heading(f"Bedömning {labels.day(found.first_day)} – {labels.day(found.last_day)}", 2),
            Text(f"Skriven av {found.written_by}, {when}".rstrip(", "), "muted"),
            Text(found.text, "body"),
        ]
    return blocks


def _comparison_blocks(material: PeriodMaterial, heads: tuple[str, str]) -> list[Block]:
    now: dict[str, int] = {}
    before: dict[str, int] = {}
    for (code, _), n in material.counts.items():
        now[code] = now.get(code, 0) + n
    for (code, _), n in material.previous_counts.items():
        before[code] = before.get(code, 0) + n
    codes = [o.value for o in m.Orientation]
    rows = [(_orientation(c), str(now.get(c, 0)), str(before.get(c, 0))) for c in codes]
    rows.append(("Totalt", str(sum(now.values())), str(sum(before.values()))))
    blocks: list[Block] = [
        Heading("Jämfört med föregående period"),
        Text("Antal poster i lägesbilden, per inriktning och per miljö.", "muted"),
        Heading("Per inriktning", 2),
    ]
    if sum(1 for c in codes if now.get(c) or before.get(c)) >= 2:
        blocks.append(
            BarChart(
                tuple(_orientation(c) for c in codes),
                ("Perioden", "Föregående period"),
                tuple((now.get(c, 0), before.get(c, 0)) for c in codes),
            )
        )
    blocks.append(Table(("Inriktning", *heads), tuple(rows), (5, 2, 2)))
    new, gone = set(material.new_milieus), set(material.gone_milieus)
    milieu_rows = tuple(
        (
            _milieu(key),
            str(material.counts.get(key, 0)),
            str(material.previous_counts.get(key, 0)),
            "Ny" if key in new else "Borta" if key in gone else "",
        )
        for key in _ordered({*material.counts, *material.previous_counts})
    )
    blocks += [
        Heading("Per miljö", 2),
        Table(("Miljö (inriktning)", *heads, "Förändring"), milieu_rows, (5, 2, 2, 1.5)),
        Heading("Nytt under perioden", 2),
        Text(_listing(material.new_milieus, "Inga nya miljöer jämfört med föregående period.")),
        Heading("Borta sedan föregående period", 2),
        Text(_listing(material.gone_milieus, "Ingen miljö från föregående period saknas nu.")),
    ]
    return blocks


def _listing(keys: list[Milieu], empty: str) -> str:
    return "\n".join(f"• {_milieu(k)}" for k in keys) if keys else empty


def _entry_blocks(material: PeriodMaterial, sources: bool) -> list[Block]:
    blocks: list[Block] = [Heading("Poster under perioden")]
    if not material.entries:
        return [*blocks, Text("Inga poster i lägesbilden under perioden.", "muted")]
    if not sources:
        blocks.append(Text(SOURCES_LEFT_OUT, "muted"))
    header = (
        "Datum", "Miljö", "Iakttagelse", *(("Källa",) if sources else ()), "Bedömning",
        "Tillförl.",
    )  # fmt: skip
    # Widths in mm of the 170 mm text width; without the sources the observation has more.
    widths = (21, 26, 48, 28, 32, 17) if sources else (21, 30, 66, 36, 17)
    for orientation in m.Orientation:
        found = [e for e in material.entries if e.orientation == orientation]
        if not found:
            continue
        rows = tuple(
            (
                labels.day(e.observed_on),
                e.milieu,
                e.observation,
                *((e.source,) if sources else ()),
                e.assessment,
                labels.RELIABILITIES[m.Reliability(e.reliability)],
            )
            for e in found
        )
        blocks += [
            Heading(f"{labels.ORIENTATIONS[orientation]} ({len(found)})", 2),
            Table(header, rows, widths),
        ]
    return blocks


def period_report(material: PeriodMaterial, issuer: Issuer, *, sources: bool = True) -> Brief:
    """The report for ``material``; ``sources``: with each entry's source (a copy outside the
    own unit is without them unless the coordinator keeps them, issue 16: a source is often
    someone who told the coordinator in confidence), said on the cover and above the entries."""
    period = f"{labels.day(material.first)} – {labels.day(material.last)}"
    previous = f"{labels.day(material.previous_first)} – {labels.day(material.previous_last)}"
    heads = (f"Perioden\n{period}", f"Föregående period\n{previous}")
    cover = (("Period", period), ("Jämförs med", previous), *parts.issued(issuer))
    intro = Text(
        "Lägesbilden för perioden: samordnarens samlade bedömning, periodens poster med "
        + ("källa, " if sources else "")
        + "bedömning och tillförlitlighet, och en jämförelse med föregående period av samma "
        "längd (antal poster per inriktning och miljö, vad som är nytt och vad som har "
        "försvunnit). "
        + ("" if sources else SOURCES_LEFT_OUT + " ")
        + "Lägesbilden säger inget om enskilda ärenden.",
        "muted",
    )
    body = [
        *_assessment_blocks(material),
        *_comparison_blocks(material, heads),
        *_entry_blocks(material, sources),
    ]
    return parts.as_brief(
        BriefKind.SITUATION,
        issuer,
        "Lägesbild för perioden",
        f"Våldsbejakande extremism – {issuer.organisation}".rstrip(" –"),
        cover,
        intro,
        body,
        included=(
            "situation",
            *(("situation_sources",) if sources else ()),
            "situation_assessment",
        ),
        audit_details={
            "first": material.first.isoformat(),
            "last": material.last.isoformat(),
            "previous_first": material.previous_first.isoformat(),
            "previous_last": material.previous_last.isoformat(),
            "assessments": ",".join(str(a.id) for a in material.assessments),
        },
    )
