"""The disclosure report (utlämnanderapport): which information left the vault, to whom, on
what legal basis and by whose decision, with totals per legal basis and recipient. Like every
accountability report it prints what the vault recorded about each disclosure, never its content.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kopingplan.briefs import disclosure_words as words
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.storage.repositories.disclosures import DisclosureTotals

# A printout past this many disclosures is no longer read line by line, and each listed one
# costs about 9 ms to lay out (10,000 would take 1.5 minutes): the newest are listed and the
# report says how many were left out and how to see them; the totals count every one.
MAX_LISTED = 150
# The list as tables of this many rows (the header repeated): one table of thousands of rows
# is laid out again at every page break.
ROWS_A_TABLE = 25


def _cut_note(matching: int, listed: Sequence[m.Disclosure]) -> list[Block]:
    if matching <= len(listed):
        return []
    return [
        Text(
            f"Perioden har {matching} utlämnanden; här förtecknas de {len(listed)} senaste, "
            f"från {parts.moment(listed[0].disclosed_at)}. Välj en kortare period för att få "
            "med alla, eller ta ut hela förteckningen med kommandot kopingplan disclosures. "
            "Summeringarna nedan omfattar alla utlämnanden under perioden.",
            "note",
        )
    ]


def _sha_lines(digest: str) -> str:
    """64 hex digits in four lines of 16 (two groups of 8), so the column stays narrow and
    the value exact."""
    lines = (f"{digest[i : i + 8]} {digest[i + 8 : i + 16]}" for i in range(0, len(digest), 16))
    return "\n".join(lines) or "–"


@dataclass(frozen=True)
class ConsentLine:
    """Consents in the period: given, withdrawn, and disclosures that cited consent."""

    given: int = 0
    withdrawn: int = 0
    cited: int = 0


def disclosure_report(
    disclosures: Sequence[m.Disclosure],
    totals: DisclosureTotals,
    since: datetime | None,
    until: datetime | None,
    issuer: Issuer,
    *,
    about: Mapping[int, Sequence[int]] | None = None,
    consent: ConsentLine | None = None,
) -> Brief:
    """The disclosures of the period, oldest first — how each left, whom it is about (``about``:
    person ids per disclosure id), to whom and what kind of recipient — then ``totals`` (of
    every disclosure of the period) per way, legal basis, recipient and kind of recipient, and
    the consents of the period. ``disclosures`` are the newest :data:`MAX_LISTED` or fewer;
    when the period has more, the report says so."""
    about = about or {}
    consent = consent or ConsentLine()
    ordered = sorted(disclosures, key=lambda d: (d.disclosed_at, d.id or 0))
    listed = ordered[-MAX_LISTED:]
    by_channel = totals.by_channel
    rows = tuple(
        (
            "\n".join(
                (
                    parts.moment(d.disclosed_at),
                    words.cases_text(d.case_ids),
                    words.persons_text(about.get(d.id or 0, ())),
                    words.channel_text(d),
                )
            ),
            f"{d.recipient}\n{words.kind_text(d)}",
            "\n".join(
                part
                for part in (d.legal_basis, d.legal_basis_note, f"Beslut: {words.decided(d)}")
                if part
            ),
            "\n".join(part for part in (d.purpose, d.content_description) if part),
            _sha_lines(d.content_sha256),
        )
        for d in listed
    )
    by_kind: Counter[str] = Counter()
    for (kind, extract), n in totals.by_kind.items():
        by_kind[words.kind_word(kind, extract=extract)] += n
    cover = (
        ("Period", parts.period_text(since, until)),
        ("Antal utlämnanden", f"{totals.disclosures}"),
        *(
            (f"Varav {word}", f"{by_channel.get(channel.value, 0)}")
            for channel, word in (
                (m.DisclosureChannel.EXPORT, "krypterade exporter"),
                (m.DisclosureChannel.BRIEF, "kopior av underlag"),
                (m.DisclosureChannel.ORAL, "muntliga"),
                (m.DisclosureChannel.EXTRACT, "registerutdrag"),
            )
        ),
        ("Berörda ärenden", f"{totals.cases}"),
        ("Berörda personer", f"{totals.persons}"),
        ("Med samtycke som grund", f"{consent.cited}"),
        ("Samtycken lämnade under perioden", f"{consent.given}"),
        ("Samtycken återkallade under perioden", f"{consent.withdrawn}"),
        *parts.issued(issuer),
    )
    note = Text(
        "Rapporten förtecknar varje registrerat utlämnande ur valvet under perioden: till vem, "
        "med vilket lagstöd, vem som fattade beslutet (sekretessprövningen) och varför. Själva "
        "uppgifterna finns inte i rapporten; kontrollsumman (SHA-256) identifierar exakt vad "
        "som lämnades ut. Muntliga utlämnanden (vid möten eller i telefon) står med; för dem "
        "beskriver innehållet med ord vad som sades, och kontrollsumman gäller den texten. "
        "För en kopia av ett underlag gäller kontrollsumman den signerade PDF-filen, och för "
        "ett registerutdrag det signerade utdraget. Personer anges med sina nummer i valvet: "
        "de som utlämnandet gällde när det gjordes.",
        "muted",
    )
    body: list[Block] = [
        Heading("Utlämnanden"),
        *_cut_note(totals.disclosures, listed),
        *(
            Table(
                (
                    "Tidpunkt, ärenden och personer",
                    "Mottagare och slag",
                    "Rättslig grund och beslut",
                    "Syfte och innehåll",
                    "Innehållets SHA-256",
                ),
                rows[i : i + ROWS_A_TABLE],
                (27, 33, 38, 38, 34),
                "Inga utlämnanden under perioden.",
            )
            for i in range(0, max(len(rows), 1), ROWS_A_TABLE)
        ),
        Heading("Summering per rättslig grund"),
        Table(
            ("Rättslig grund", "Antal"),
            tuple(
                (basis, f"{n}")
                for basis, n in sorted(totals.by_basis.items(), key=parts.most_first)
            ),
            (6, 1),
            "Inga utlämnanden under perioden.",
        ),
        Heading("Summering per slag av mottagare"),
        Table(
            ("Slag av mottagare", "Antal"),
            tuple((kind, f"{n}") for kind, n in sorted(by_kind.items(), key=parts.most_first)),
            (6, 1),
            "Inga utlämnanden under perioden.",
        ),
        Heading("Summering per mottagare"),
        Table(
            ("Mottagare", "Antal"),
            tuple(
                (name, f"{n}")
                for name, n in sorted(totals.by_recipient.items(), key=parts.most_first)
            ),
            (6, 1),
            "Inga utlämnanden under perioden.",
        ),
    ]
    return parts.as_brief(
        BriefKind.DISCLOSURE_REPORT,
        issuer,
        "Utlämnanderapport",
        f"Utlämnanden ur valvet – {issuer.organisation}".rstrip(" –"),
        cover,
        note,
        body,
        entity="disclosures",
        included=("disclosures",),
        audit_details=parts.period_details(since, until, disclosures=totals.disclosures),
    )
