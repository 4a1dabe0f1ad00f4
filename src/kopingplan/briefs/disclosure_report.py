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
    since: datetime | None,
    until: datetime | None,
    issuer: Issuer,
    *,
    about: Mapping[int, Sequence[int]] | None = None,
    consent: ConsentLine | None = None,
) -> Brief:
    """Every disclosure of the period, oldest first — how it left, whom it is about (``about``:
    person ids per disclosure id), to whom and what kind of recipient — with totals per way,
    legal basis, recipient and kind of recipient, and the consents of the period."""
    about = about or {}
    consent = consent or ConsentLine()
    ordered = sorted(disclosures, key=lambda d: (d.disclosed_at, d.id or 0))
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
        for d in ordered
    )
    by_basis = Counter(d.legal_basis for d in ordered)
    by_recipient = Counter(d.recipient for d in ordered)
    by_kind = Counter(words.kind_text(d) for d in ordered)
    by_channel = Counter(d.channel for d in ordered)
    cases = sorted({case_id for d in ordered for case_id in d.case_ids})
    cover = (
        ("Period", parts.period_text(since, until)),
        ("Antal utlämnanden", f"{len(ordered)}"),
        *(
            (f"Varav {word}", f"{by_channel[channel]}")
            for channel, word in (
                (m.DisclosureChannel.EXPORT, "krypterade exporter"),
                (m.DisclosureChannel.BRIEF, "kopior av underlag"),
                (m.DisclosureChannel.ORAL, "muntliga"),
                (m.DisclosureChannel.EXTRACT, "registerutdrag"),
            )
        ),
        ("Berörda ärenden", f"{len(cases)}"),
        ("Berörda personer", f"{len({p for d in ordered for p in about.get(d.id or 0, ())})}"),
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
        Table(
            (
                "Tidpunkt, ärenden och personer",
                "Mottagare och slag",
                "Rättslig grund och beslut",
                "Syfte och innehåll",
                "Innehållets SHA-256",
            ),
            rows,
            (27, 33, 38, 38, 34),
            "Inga utlämnanden under perioden.",
        ),
        Heading("Summering per rättslig grund"),
        Table(
            ("Rättslig grund", "Antal"),
            tuple((basis, f"{n}") for basis, n in sorted(by_basis.items(), key=parts.most_first)),
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
            tuple((name, f"{n}") for name, n in sorted(by_recipient.items(), key=parts.most_first)),
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
        audit_details=parts.period_details(since, until, disclosures=len(ordered)),
    )
