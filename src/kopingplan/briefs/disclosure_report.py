"""The disclosure report (utlämnanderapport): which information left the vault, to whom, on
what legal basis and by whose decision, with totals per legal basis and recipient. Like every
accountability report it prints what the vault recorded about each disclosure, never its content.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.domain import vocabulary


def _sha_lines(digest: str) -> str:
    """64 hex digits in four lines of 16 (two groups of 8), so the column stays narrow and
    the value exact."""
    lines = (f"{digest[i : i + 8]} {digest[i + 8 : i + 16]}" for i in range(0, len(digest), 16))
    return "\n".join(lines) or "–"


def disclosure_report(
    disclosures: Sequence[m.Disclosure],
    since: datetime | None,
    until: datetime | None,
    issuer: Issuer,
) -> Brief:
    """Every disclosure of the period, oldest first, with totals per legal basis and recipient."""
    ordered = sorted(disclosures, key=lambda d: (d.disclosed_at, d.id or 0))
    rows = tuple(
        (
            "\n".join((parts.moment(d.disclosed_at), _cases_text(d.case_ids), _channel_text(d))),
            d.recipient,
            "\n".join(
                part
                for part in (d.legal_basis, d.legal_basis_note, f"Beslut: {_decided(d)}")
                if part
            ),
            "\n".join(part for part in (d.purpose, d.content_description) if part),
            _sha_lines(d.content_sha256),
        )
        for d in ordered
    )
    by_basis = Counter(d.legal_basis for d in ordered)
    by_recipient = Counter(d.recipient for d in ordered)
    cases = sorted({case_id for d in ordered for case_id in d.case_ids})
    cover = (
        ("Period", parts.period_text(since, until)),
        ("Antal utlämnanden", f"{len(ordered)}"),
        ("Varav muntliga", f"{sum(d.channel == m.DisclosureChannel.ORAL for d in ordered)}"),
        ("Varav kopior av underlag", f"{sum(d.channel == 'brief' for d in ordered)}"),
        ("Berörda ärenden", f"{len(cases)}"),
        *parts.issued(issuer),
    )
    note = Text(
        "Rapporten förtecknar varje registrerat utlämnande ur valvet under perioden: till vem, "
        "med vilket lagstöd, vem som fattade beslutet (sekretessprövningen) och varför. Själva "
        "uppgifterna finns inte i rapporten; kontrollsumman (SHA-256) identifierar exakt vad "
        "som lämnades ut. Muntliga utlämnanden (vid möten eller i telefon) står med; för dem "
        "beskriver innehållet med ord vad som sades, och kontrollsumman gäller den texten. "
        "För en kopia av ett underlag gäller kontrollsumman den signerade PDF-filen.",
        "muted",
    )
    body: list[Block] = [
        Heading("Utlämnanden"),
        Table(
            (
                "Tidpunkt och ärenden",
                "Mottagare",
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


def _channel_text(disclosure: m.Disclosure) -> str:
    return vocabulary.word(m.DisclosureChannel(disclosure.channel))  # the screens' word


def _cases_text(case_ids: Sequence[int]) -> str:
    if not case_ids:
        return "Inget ärende"
    word = "Ärende" if len(case_ids) == 1 else "Ärenden"
    return f"{word} {', '.join(str(case_id) for case_id in case_ids)}"


def _decided(disclosure: m.Disclosure) -> str:
    role = disclosure.decided_by_role
    return f"{disclosure.decided_by} ({role})" if role else disclosure.decided_by
