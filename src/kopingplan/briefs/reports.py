"""The accountability reports — disclosure report, access-log follow-up, record of processing —
built from gathered records, signed and printed like every other brief.

They answer what a data protection officer or an auditor asks: which information left the
vault and on what legal basis (utlämnanderapport), who opened and changed what
(logguppföljning, the systematic follow-up of the audit log), and what the vault processes,
why, for how long and how it is protected (registerförteckning, GDPR art. 30). The service
(:mod:`kopingplan.services.accountability`) reads the vault and passes the records in; these
functions decide the wording (Swedish, like :mod:`kopingplan.briefs.compose`). They print what
the audit log holds — ids, actions, counts — never content, and where the vault does not know
something (the data protection officer, the legal basis of the processing) they say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kopingplan.briefs import labels
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Bullets, Facts, Heading, Table, Text
from kopingplan.domain import model as m
from kopingplan.domain import vocabulary
from kopingplan.storage.audit import AuditProblem
from kopingplan.storage.repositories.audit_log import AccessRow

UNKNOWN = "Uppgift saknas i valvet"

# --- Readable actions ---------------------------------------------------------------------------

# The record a row is about, in the indefinite form a log line reads naturally with
# ("Öppnade ärende 12").
ENTITIES = {
    "cases": "ärende",
    "level_changes": "nivåändring",
    "persons": "person",
    "case_participants": "deltagare i ärende",
    "organisations": "organisation",
    "contacts": "kontakt",
    "notes": "anteckning",
    "situation_entries": "lägesbildspost",
    "groups": "arbetsgrupp",
    "group_memberships": "gruppmedlemskap",
    "meetings": "möte",
    "meeting_attendees": "mötesdeltagare",
    "agenda_items": "dagordningspunkt",
    "meeting_actions": "mötesåtgärd",
    "exit_plans": "individuell handlingsplan",
    "measures": "insats",
    "follow_ups": "uppföljning",
    "relative_supports": "anhörigstöd",
    "relative_support_contacts": "anhörigkontakt",
    "disclosures": "utlämnande",
    "incidents": "händelse (otillåten påverkan)",
    "plan_revisions": "revision av handlingsplanen",
    "recipients": "mottagare",
    "incoming_items": "inkommen uppgift",
    "imported_packages": "importerat paket",
    "audit_log": "åtkomstlogg",
    "consents": "samtycke",
    "activities": "aktivitet på generell nivå",
    "agreements": "avtal med samarbetspartner",
    "attachments": "bilaga",
}
VERBS = {
    "create": "Skapade",
    "update": "Ändrade",
    "delete": "Raderade",
    "open": "Öppnade",
    "view": "Visade",
    "done": "Slutförde",
    "list": "Visade lista över",
}
# Actions that are not "<table>.<verb>", or read better in words of their own.
ACTIONS = {
    "vault.create": "Skapade valvet",
    "vault.unlock": "Låste upp valvet",
    "vault.backup": "Säkerhetskopierade valvet",
    "vault.restore": "Återställde valvet från säkerhetskopia",
    "vault.passphrase_changed": "Bytte lösenfras",
    "vault.recovery_key_created": "Skapade återställningsnyckel",
    "vault.recovery_key_removed": "Tog bort återställningsnyckeln",
    "vault.recovery_sheet_printed": "Skrev ut återställningsbladet",
    "vault.rekey": "Krypterade om valvet med ny nyckel",
    "brief.create": "Sparade signerat dokument",
    "brief.print": "Skrev ut signerat dokument",
    "audit.view": "Granskade loggen (logguppföljning)",
    "cases.open": "Öppnade ärende",
    "cases.level": "Flyttade ärende till annan nivå",
    "cases.close": "Avslutade ärende",
    "cases.reopen": "Öppnade avslutat ärende på nytt",
    "disclosures.create": "Registrerade utlämnande",
    "disclosures.list": "Visade utlämnandeloggen",
    "exchange.export": "Exporterade krypterat paket",
    "exchange.import": "Importerade paket",
    "exchange.legal_bases": "Ändrade listan över rättsliga grunder",
    "recipients.create": "Registrerade mottagare",
    "recipients.verify": "Verifierade mottagares certifikat",
    "retention.delete": "Gallrade (raderade för gott)",
    "retention.keep": "Beslutade att bevara (gallringsprövning)",
    "retention.policy": "Ändrade gallringsfrister",
    "settings.update": "Ändrade inställning",
    "backup.settings": "Ändrade inställningar för säkerhetskopior",
    "identity.export_certificate": "Exporterade certifikatet",
    "identity.import": "Bytte signeringsidentitet (importerad PKCS#12)",
    "vault.lock": "Låste valvet",
    "exit_plans.revise": "Reviderade individuell handlingsplan",
    "group_memberships.hand_over": "Lämnade över en plats i arbetsgrupp",
    "agenda_items.move": "Flyttade dagordningspunkt",
    "demo.fill": "Fyllde valvet med påhittade demouppgifter",
    "notes.correct": "Rättade anteckning (tidigare text sparad)",
    "attachments.add": "Bifogade en fil",
    "attachments.view": "Visade en bilaga",
    "attachments.save": "Sparade en okrypterad kopia av en bilaga",
    "attachments.remove": "Tog bort en bilaga",
    "attachments.list": "Listade bilagor",
    "consents.add": "Registrerade samtycke",
    "consents.withdraw": "Registrerade att ett samtycke återkallats",
    "consents.list": "Visade ärendets samtycken",
    "cases.flag": "Satte en flagga på ett ärende",
    "cases.unflag": "Tog bort en flagga från ett ärende (finns kvar i historiken)",
    "cases.priority": "Ändrade ett ärendes prioritet",
    "incidents.support": "Registrerade stöd efter en händelse",
    "incidents.link": "Kopplade en händelse till lägesbildsposter",
    "incidents.follow_up_done": "Markerade uppföljningen av en händelse som klar",
    "concerns.add": "Tog emot inkommande oro",
    "concerns.decide": "Registrerade beslut om inkommande oro",
    "concerns.open": "Öppnade inkommande oro",
    "concerns.list": "Listade inkommande oro",
    "persons.extract": "Lämnade registerutdrag (GDPR art. 15)",
    "persons.extract_review": "Granskade registerutdrag inför utlämnande",
    "notes.copy": "Kopierade anteckning till urklipp",
    "contacts.correct": "Rättade kontakt (tidigare text sparad)",
    "contacts.copy": "Kopierade kontakt till urklipp",
    "case_participants.remove": "Tog bort person från ärende",
    "plan_revisions.add": "Lade till en revision av handlingsplanen",
    "plan_revisions.change": "Rättade en revision av handlingsplanen",
    "activities.add": "Registrerade en aktivitet på generell nivå",
    "activities.change": "Rättade en aktivitet på generell nivå",
    "activities.delete": "Tog bort en aktivitet på generell nivå",
    "agreements.add": "Registrerade ett avtal med samarbetspartner",
    "agreements.change": "Rättade ett avtal med samarbetspartner",
    "agreements.delete": "Tog bort ett avtal med samarbetspartner",
    "agreements.reminder_done": "Registrerade beslut inför att ett avtal löper ut",
    "where_to_turn.create": "Sparade bladet Vart vänder jag mig? (bara organisationer)",
}


def action_text(action: str) -> str:
    """``cases.open`` → "Öppnade ärende"; an action not known here is shown as its code."""
    if action in ACTIONS:
        return ACTIONS[action]
    table, _, verb = action.partition(".")
    if table in ENTITIES and verb in VERBS:
        return f"{VERBS[verb]} {ENTITIES[table]}"
    return action


def entity_text(entity: str, entity_id: int | None) -> str:
    name = ENTITIES.get(entity, entity)
    if entity_id is None:
        return name.capitalize() if name else "–"
    return f"{name.capitalize()} {entity_id}"


PROBLEMS = {
    "changed": "rad {seq} har ändrats efter att den skrevs",
    "removed": "rader före rad {seq} saknas",
    "inserted": "rad {seq} har lagts in i efterhand eller numrerats om",
    "chain": "rad {seq} hänger inte ihop med raden före",
    "head": "rader efter rad {seq} har tagits bort i slutet",
}


# --- Periods --------------------------------------------------------------------------------


def period_text(since: datetime | None, until: datetime | None) -> str:
    """[since, until) as local days: "2026-01-01 – 2026-06-30", open ends in words."""
    start = labels.day(labels.local(since).date()) if since is not None else "början"
    end = (
        labels.day(labels.local(until - timedelta(microseconds=1)).date())
        if until is not None
        else "utskriftsdagen"
    )
    if since is None and until is None:
        return "Från början till utskriftsdagen"
    return f"{start} – {end}"


def _issued(issuer: Issuer) -> tuple[tuple[str, str], ...]:
    return (("Upprättad av", issuer.byline), ("Upprättad", labels.timestamp(issuer.made_at)))


def _report(
    kind: BriefKind,
    issuer: Issuer,
    title: str,
    subtitle: str,
    cover: tuple[tuple[str, str], ...],
    intro: Text,
    body: Sequence[Block],
    **audit: Any,
) -> Brief:
    """A report as a brief: the cover's facts, an explanatory paragraph, the body; ``audit``
    holds the Brief's audit fields (entity, case_ids, included, audit_details)."""
    return Brief(
        kind=kind,
        document_id=issuer.document_id,
        title=title,
        subtitle=subtitle,
        cover=cover,
        cover_blocks=(intro,),
        body=tuple(body),
        made_at=issuer.made_at,
        author=issuer.byline,
        classification=issuer.classification,
        **audit,
    )


def _moment(instant: datetime) -> str:
    return f"{labels.local(instant):%Y-%m-%d %H:%M}"


# --- Disclosure report ------------------------------------------------------------------------


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
            "\n".join((_moment(d.disclosed_at), _cases_text(d.case_ids), _channel_text(d))),
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
        ("Period", period_text(since, until)),
        ("Antal utlämnanden", f"{len(ordered)}"),
        ("Varav muntliga", f"{sum(d.channel == m.DisclosureChannel.ORAL for d in ordered)}"),
        ("Varav kopior av underlag", f"{sum(d.channel == 'brief' for d in ordered)}"),
        ("Berörda ärenden", f"{len(cases)}"),
        *_issued(issuer),
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
            tuple((basis, f"{n}") for basis, n in sorted(by_basis.items(), key=_most)),
            (6, 1),
            "Inga utlämnanden under perioden.",
        ),
        Heading("Summering per mottagare"),
        Table(
            ("Mottagare", "Antal"),
            tuple((name, f"{n}") for name, n in sorted(by_recipient.items(), key=_most)),
            (6, 1),
            "Inga utlämnanden under perioden.",
        ),
    ]
    return _report(
        BriefKind.DISCLOSURE_REPORT,
        issuer,
        "Utlämnanderapport",
        f"Utlämnanden ur valvet – {issuer.organisation}".rstrip(" –"),
        cover,
        note,
        body,
        entity="disclosures",
        included=("disclosures",),
        audit_details=_period_details(since, until, disclosures=len(ordered)),
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


def _most(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _period_details(
    since: datetime | None, until: datetime | None, **counts: int | str | None
) -> dict[str, str | int | None]:
    return {
        "since": since.isoformat() if since is not None else None,
        "until": until.isoformat() if until is not None else None,
        **counts,
    }


# --- Access-log follow-up -----------------------------------------------------------------------


@dataclass(frozen=True)
class AccessLogMaterial:
    """The rows of the follow-up and what the report must say about them.

    ``rows`` are the newest ``len(rows)`` of ``matching`` rows (newest first); ``by_action``
    counts all ``matching`` rows; ``problems`` is the chain check made at print time over the
    whole log of ``log_rows`` rows.
    """

    case_id: int | None
    action: str | None
    since: datetime | None
    until: datetime | None
    rows: tuple[AccessRow, ...]
    matching: int
    by_action: tuple[tuple[str, int], ...]
    problems: tuple[AuditProblem, ...]
    log_rows: int


def chain_text(problems: Sequence[AuditProblem], log_rows: int) -> str:
    if not problems:
        return (
            f"Obruten. Hela loggkedjan ({log_rows} rader) kontrollerades när rapporten "
            "upprättades: ingen rad har ändrats, lagts till eller tagits bort i efterhand."
        )
    found = "; ".join(PROBLEMS[p.kind].format(seq=p.seq) for p in problems[:10])
    more = f" (och {len(problems) - 10} fel till)" if len(problems) > 10 else ""
    return (
        f"BRUTEN. Kontrollen av loggkedjan ({log_rows} rader) när rapporten upprättades fann: "
        f"{found}{more}. Loggen kan ha manipulerats; uppgifterna nedan kan inte litas på utan "
        "vidare utredning."
    )


def access_log_report(material: AccessLogMaterial, issuer: Issuer) -> Brief:
    cover = (
        ("Ärende", f"{material.case_id}" if material.case_id is not None else "Alla"),
        (
            "Händelse",
            f"{action_text(material.action)} ({material.action})" if material.action else "Alla",
        ),
        ("Period", period_text(material.since, material.until)),
        ("Antal loggrader", f"{material.matching}"),
        ("Loggkedjan", "obruten" if not material.problems else "BRUTEN"),
        *_issued(issuer),
    )
    intro = Text(
        "Systematisk logguppföljning, som patientdatalagen kräver i hälso- och sjukvården och "
        "som är god sed även här: vem som öppnade, ändrade, skrev ut och lämnade ut vad i valvet. "
        "Loggen innehåller vilka poster som berördes, aldrig deras innehåll. Tidpunkterna är "
        "angivna i datorns lokala tid.",
        "muted",
    )
    rows = tuple(
        (
            f"{labels.local(row.at):%Y-%m-%d %H:%M:%S}",
            row.actor,
            action_text(row.action),
            entity_text(row.entity, row.entity_id),
            row.cases or "–",
            f"{row.seq}",
        )
        for row in material.rows
    )
    body: list[Block] = [
        Heading("Loggkedjans kontroll"),
        Text(chain_text(material.problems, material.log_rows), "body"),
        Heading("Antal per händelse"),
        Table(
            ("Händelse", "Kod", "Antal"),
            tuple((action_text(a), a, f"{n}") for a, n in material.by_action),
            (5, 3, 1),
            "Inga loggrader med de valda villkoren.",
        ),
        Heading("Loggrader"),
    ]
    if len(rows) < material.matching:
        body.append(
            Text(
                f"Rapporten visar de {len(rows)} senaste av {material.matching} rader. "
                "Avgränsa perioden, ärendet eller händelsen för att få med alla.",
                "note",
            )
        )
    body.append(
        Table(
            ("Tidpunkt", "Användare", "Händelse", "Post", "Ärende", "Rad"),
            rows,
            (39, 30, 44, 28, 15, 14),
            "Inga loggrader med de valda villkoren.",
        )
    )
    return _report(
        BriefKind.ACCESS_LOG,
        issuer,
        "Logguppföljning",
        f"Granskning av åtkomstloggen – {issuer.organisation}".rstrip(" –"),
        cover,
        intro,
        body,
        entity="audit_log",
        # The case filtered on, not every case a row names: the report is about the log.
        case_ids=(material.case_id,) if material.case_id is not None else (),
        included=("audit_log",),
        audit_details={
            **_period_details(material.since, material.until, rows=material.matching),
            "case": material.case_id,
            "action": material.action,
            "chain_intact": 1 if not material.problems else 0,
        },
    )


# --- Record of processing (GDPR art. 30) ---------------------------------------------------


@dataclass(frozen=True)
class RecipientLine:
    name: str
    organisation: str
    fingerprint: str
    verified: bool
    valid_until: datetime
    disclosures: int


@dataclass(frozen=True)
class ProcessingMaterial:
    """What the vault knows about its own processing: settings and counts, never content."""

    organisation: str
    owner: str
    vault_created: str
    counts: Mapping[str, int]  # rows per table
    people: Mapping[str, int]  # see storage.repositories.processing.people_by_role
    recipients: tuple[RecipientLine, ...]
    unregistered_disclosures: int  # disclosures to no registered certificate
    retention_months: Mapping[str, int]  # closed_case, situation_entry, relative_support…
    backup_keep: int
    backup_remind_days: int
    last_backup: datetime | None
    recovery_key: bool
    cipher: Mapping[str, str]
    audit_rows: int
    legal_bases: tuple[str, ...]


PURPOSES = (
    "Kommunens förebyggande arbete mot våldsbejakande extremism enligt kommunens handlingsplan "
    "och den nationella strategin: att samordna arbetet på generell, specifik och "
    "individinriktad nivå.",
    "Att hålla en aktuell lokal lägesbild (daterade iakttagelser per miljö och inriktning, "
    "med källa och bedömning).",
    "Att samordna unggruppen och insatsgrupperna: möten, dagordning, beslut och åtgärder, "
    "med mötesunderlag.",
    "Stöd till den som vill lämna en våldsbejakande miljö (avhopparstöd): inledande "
    "bedömning, individuell handlingsplan med insatser och uppföljning. Insatserna är inte "
    "brottsutredning eller underrättelseinhämtning.",
    "Stöd till anhöriga: vem som hörde av sig, oron, tecken, råd och hänvisningar.",
    "Informationsutbyte med Polisen inom ramen för offentlighets- och sekretesslagen, med "
    "registrerade utlämnanden och mottagna uppgifter med källa.",
    "Arbetsgivaransvar: händelser av hot eller otillåten påverkan mot personal och stödet "
    "som gavs.",
)


def _count(counts: Mapping[str, int], table: str) -> str:
    return f"{counts.get(table, 0)}"


def _subjects(material: ProcessingMaterial) -> Table:
    c, p = material.counts, material.people
    rows = (
        ("Enskilda som ärendena gäller", f"{p.get('subject', 0)}",
         f"personer i {_count(c, 'cases')} ärenden"),
        ("Anhöriga i ärenden", f"{p.get('relative', 0)}", "personer"),
        ("Anhöriga som sökt anhörigstöd", f"{p.get('support_relative', 0)}",
         f"personer, och {p.get('anonymous_relative', 0)} anonyma kontakter"),
        ("Yrkespersoner i ärenden", f"{p.get('professional', 0)}", "personer"),
        ("Övriga personer i ärenden", f"{p.get('other', 0)}", "personer"),
        ("Kontaktpersoner hos samverkansparter", f"{p.get('organisation_staff', 0)}",
         f"personer hos {_count(c, 'organisations')} organisationer"),
        ("Personal utsatt för otillåten påverkan", _count(c, "incidents"), "händelser"),
        ("Alla personer i valvet", _count(c, "persons"),
         f"varav {p.get('identity_number', 0)} med personnummer"),
    )  # fmt: skip
    return Table(("Kategori", "Antal", "Anmärkning"), rows, (6, 1.2, 5))


def _data_categories(material: ProcessingMaterial) -> Table:
    c = material.counts
    rows = (
        ("Identitet och kontaktuppgifter (namn, personnummer, födelseår, telefon, e-post, "
         "adress)", _count(c, "persons"), "Personer"),
        ("Ärendeuppgifter: nivå, inriktning (kan avslöja politisk åsikt eller religiös "
         "övertygelse, art. 9), sammanfattning", _count(c, "cases"), "Ärenden"),
        ("Anteckningar och kontakter (fritext; kan innehålla uppgifter om hälsa och misstänkta "
         "brott, art. 9 och 10)", f"{c.get('notes', 0) + c.get('contacts', 0)}",
         "Anteckningar och kontakter"),
        ("Lägesbild: iakttagelser om miljöer, källa och bedömning (kan röra misstänkta brott, "
         "art. 10)", _count(c, "situation_entries"), "Lägesbildsposter"),
        ("Individuella handlingsplaner: bedömning, behov, insatser (kan röra hälsa, missbruk, "
         "boende, flytt av skyddsskäl)", f"{c.get('exit_plans', 0)}",
         f"Handlingsplaner ({_count(c, 'measures')} insatser)"),
        ("Anhörigstöd: oro, tecken, råd och hänvisningar",
         f"{c.get('relative_support_contacts', 0)}",
         f"Kontakter i {_count(c, 'relative_supports')} ärenden om anhörigstöd"),
        ("Möten, beslut och åtgärder", _count(c, "meetings"), "Möten"),
        ("Händelser av hot och otillåten påverkan mot personal", _count(c, "incidents"),
         "Händelser"),
        ("Utlämnanden (mottagare, lagstöd, beslut, kontrollsumma; inget innehåll)",
         _count(c, "disclosures"), f"Utlämnanden, varav {_count(c, 'oral_disclosures')} muntliga"),
        ("Samtycken: vem som gav dem, till vilka mottagare, för vilka ändamål, hur och när, "
         "och återkallelser", _count(c, "consents"), "Samtycken"),
        ("Åtkomstlogg (vem, när, vilken post; inget innehåll)", f"{material.audit_rows}",
         "Loggrader"),
    )  # fmt: skip
    return Table(("Kategori av uppgifter", "Antal", "Räknat som"), rows, (7, 1.2, 3.5))


def _recipients(material: ProcessingMaterial) -> Table:
    rows = tuple(
        (
            r.name,
            r.organisation or "–",
            ("verifierat" if r.verified else "ej verifierat")
            + f", giltigt till {labels.day(labels.local(r.valid_until).date())}\n"
            + f"{r.fingerprint[:16]}…",
            f"{r.disclosures}",
        )
        for r in material.recipients
    )
    if material.unregistered_disclosures:
        rows += (
            ("Utan registrerat certifikat", "–", "registrerade manuellt",
             f"{material.unregistered_disclosures}"),
        )  # fmt: skip
    return Table(
        ("Mottagare", "Organisation", "Certifikat", "Utlämnanden"),
        rows,
        (4, 4, 4.5, 2.2),
        "Inga mottagare är registrerade och inga utlämnanden har gjorts.",
    )


_RETENTION_NAMES = (
    ("case", "Avslutade ärenden", "efter avslut eller senaste anteckning"),
    ("situation_entry", "Lägesbildsposter", "efter iakttagelsen"),
    ("relative_support", "Anhörigstöd utan ärende", "efter senaste kontakten"),
    ("disclosure", "Utlämnanden", "efter utlämnandet"),
    ("concern", "Inkommande oro utan åtgärd", "efter beslutet"),
)


def _months(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return f"{years} år"
    return f"{months} månader"


def _security(material: ProcessingMaterial) -> Bullets:
    cipher = material.cipher
    version = cipher.get("cipher_version", "")
    backup = (
        f"senaste {labels.timestamp(material.last_backup)}"
        if material.last_backup is not None
        else "ingen säkerhetskopia är gjord ännu"
    )
    return Bullets(
        (
            "Hela valvet är en krypterad SQLCipher-fil"
            + (f" (version {version})" if version else "")
            + ": AES-256 och HMAC-SHA512 på varje sida, med en slumpad 256-bitars nyckel. "
            "Tillfälliga data hålls i minnet och loggfilen (WAL) är krypterad som databasen.",
            "Databasnyckeln lagras bara inlindad med Argon2id av lösenfrasen (och av "
            "återställningsnyckeln, om en finns). Programmet kräver en stark lösenfras; efter "
            "tre felaktiga försök växer väntetiden upp till fem minuter.",
            "Återställningsnyckel: "
            + (
                "finns (ett utskrivet ark; var det förvaras vet valvet inte)."
                if material.recovery_key
                else "finns inte."
            ),
            "Programmet låser sig efter en stund utan aktivitet (förvalt 5 minuter), när "
            "skärmen låses och med Ctrl+L.",
            f"Åtkomstlogg med hashkedja ({material.audit_rows} rader): varje läsning och "
            "ändring av ett ärende loggas, och en ändrad, inlagd eller borttagen rad upptäcks. "
            "Signerade utskrifter av loggen (logguppföljning) förankrar den utanför valvet.",
            "Mötesunderlag, rapporter och exportpaket signeras digitalt (PAdES/CMS); "
            "exportpaket krypteras till den namngivna mottagarens certifikat.",
            f"Säkerhetskopior är krypterade och kontrolleras innan de godtas; de "
            f"{material.backup_keep} senaste sparas, påminnelse efter "
            f"{material.backup_remind_days} dagar; {backup}.",
            "Gallring raderar på riktigt (secure_delete skriver över frigjort utrymme, "
            "sökindexet rensas) och loggas utan innehåll.",
            "Inget sparas okrypterat på disken utöver filer som samordnaren uttryckligen "
            "sparar. Diskkryptering (BitLocker) av datorn rekommenderas därutöver.",
        )
    )


def processing_record(material: ProcessingMaterial, issuer: Issuer) -> Brief:
    organisation = material.organisation or UNKNOWN
    cover = (
        ("Personuppgiftsansvarig", organisation),
        ("Systemansvarig användare", material.owner or UNKNOWN),
        ("Valvet skapat", material.vault_created[:10] or UNKNOWN),
        ("Avser datum", labels.day(labels.local(issuer.made_at).date())),
        *_issued(issuer),
    )
    intro = Text(
        "Förteckning över behandling av personuppgifter enligt artikel 30 i "
        "dataskyddsförordningen, upprättad ur valvets egna inställningar och antal. "
        "Uppgifter som valvet inte känner till anges som saknade och ska fyllas i av "
        "den personuppgiftsansvariga nämnden.",
        "muted",
    )
    retention_rows = tuple(
        (name, _months(material.retention_months.get(key, 0)), counted)
        for key, name, counted in _RETENTION_NAMES
    )
    body: list[Block] = [
        Heading("1. Personuppgiftsansvarig och kontaktuppgifter"),
        Facts(
            (
                ("Personuppgiftsansvarig", organisation),
                ("Kontaktuppgifter", UNKNOWN),
                ("Dataskyddsombud", f"{UNKNOWN} (namn och kontaktuppgifter)"),
                ("Användare av valvet", material.owner or UNKNOWN),
            )
        ),
        Heading("2. Ändamål med behandlingen"),
        Bullets(PURPOSES),
        Facts((("Rättslig grund för behandlingen", f"{UNKNOWN}; fastställs av nämnden."),)),
        Heading("3. Kategorier av registrerade"),
        _subjects(material),
        Heading("4. Kategorier av personuppgifter"),
        _data_categories(material),
        Heading("5. Mottagare"),
        Text(
            "Utlämnanden görs bara efter sekretessprövning och registreras med mottagare, "
            "lagstöd och beslutsfattare. Registrerade mottagare och antal utlämnanden till var "
            "och en:",
            "body",
        ),
        _recipients(material),
        Facts(
            (
                (
                    "Rättsliga grunder i listan",
                    ", ".join(material.legal_bases) if material.legal_bases else UNKNOWN,
                ),
                (
                    "Samtycke (OSL 12 kap. 2 §)",
                    f"Registrerade: {_count(material.counts, 'consents')}, varav "
                    f"{_count(material.counts, 'consents_valid')} gällande i dag. Ett "
                    "utlämnande med samtycke som grund godtas bara om ett gällande samtycke i "
                    "ärendet omfattar mottagaren och ändamålet.",
                ),
                (
                    "Muntliga utlämnanden",
                    f"Registrerade: {_count(material.counts, 'oral_disclosures')}, med "
                    "mottagare, lagstöd, beslutsfattare, ändamål och vad som sades.",
                ),
                (
                    "Mötesunderlag",
                    f"Delas ut till deltagarna i {_count(material.counts, 'groups')} "
                    "arbetsgrupper som signerade, numrerade exemplar.",
                ),
                (
                    "Överföring till tredje land",
                    "Ingen. Programmet arbetar utan nätverk och för inte över uppgifter.",
                ),
            )
        ),
        Heading("6. Gallringsfrister"),
        Table(("Uppgifter", "Sparas", "Räknat"), retention_rows, (4, 1.5, 4)),
        Text(
            "Åtkomstloggen och registrerade utlämnanden bevaras även när ärendet gallras; de "
            "innehåller inga uppgifter om ärendets innehåll. Samtycken gallras med sitt ärende.",
            "muted",
        ),
        Heading("7. Tekniska och organisatoriska säkerhetsåtgärder"),
        _security(material),
    ]
    return _report(
        BriefKind.PROCESSING_RECORD,
        issuer,
        "Registerförteckning",
        f"Behandling av personuppgifter (GDPR art. 30) – {organisation}",
        cover,
        intro,
        body,
        included=("processing_record",),
        audit_details={"on": labels.day(labels.local(issuer.made_at).date())},
    )
