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

Here: the audit log's actions in words and the access-log follow-up. The disclosure report is in
:mod:`kopingplan.briefs.disclosure_report`, the record of processing in
:mod:`kopingplan.briefs.processing_record`, and what they share in
:mod:`kopingplan.briefs.report_parts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kopingplan.briefs import labels
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Heading, Table, Text
from kopingplan.storage.audit import AuditProblem
from kopingplan.storage.repositories.audit_log import AccessFilter, AccessRow

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
    "situation_assessments": "samlad bedömning av lägesbilden",
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
    "commitments": "åtagande i handlingsplanen",
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
    "vault.leftovers_removed": "Tog bort halvskrivna filer som en avbruten sparning lämnat",
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
    "vault.search": "Sökte i valvet (antal träffar)",
    "exit_plans.revise": "Reviderade individuell handlingsplan",
    "group_memberships.hand_over": "Lämnade över en plats i arbetsgrupp",
    "agenda_items.move": "Flyttade dagordningspunkt",
    "demo.fill": "Fyllde valvet med påhittade demouppgifter",
    "notes.correct": "Rättade anteckning (tidigare text sparad)",
    "situation_assessments.create": "Skrev en samlad bedömning av lägesbilden för en period",
    "situation_assessments.correct": (
        "Rättade en samlad bedömning av lägesbilden (tidigare text sparad)"
    ),
    "situation_entries.take": "Tog in en inkommande uppgift i lägesbilden",
    "attachments.add": "Bifogade en fil",
    "attachments.view": "Visade en bilaga",
    "attachments.save": "Sparade en okrypterad kopia av en bilaga",
    "incoming_items.link": "Kopplade en inkommen uppgift till ett ärende",
    "incoming_items.relink": "Flyttade en inkommen uppgift till ett annat ärende",
    "incoming_items.unlink": "Kopplade bort en inkommen uppgift från dess ärende",
    "incoming_items.save": "Sparade en okrypterad kopia av en inkommen fil",
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
    "concerns.correct": "Rättade uppgifter om inkommande oro (tidigare version sparad)",
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
    "commitments.add": "Lade till ett åtagande i handlingsplanen",
    "commitments.change": "Rättade ett åtagande i handlingsplanen",
    "commitments.delete": "Tog bort ett åtagande i handlingsplanen",
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


# --- Access-log follow-up -----------------------------------------------------------------------


@dataclass(frozen=True)
class AccessLogMaterial:
    """The rows of the follow-up and what the report must say about them.

    ``rows`` are the newest ``len(rows)`` of ``matching`` rows (newest first); ``by_action``
    counts all ``matching`` rows; ``problems`` is the chain check made at print time over the
    whole log of ``log_rows`` rows.
    """

    chosen: AccessFilter
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
    chosen = material.chosen
    cover = (
        ("Ärende", f"{chosen.case_id}" if chosen.case_id is not None else "Alla"),
        (
            "Händelse",
            f"{action_text(chosen.action)} ({chosen.action})" if chosen.action else "Alla",
        ),
        ("Period", parts.period_text(chosen.since, chosen.until)),
        ("Antal loggrader", f"{material.matching}"),
        ("Loggkedjan", "obruten" if not material.problems else "BRUTEN"),
        *parts.issued(issuer),
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
    return parts.as_brief(
        BriefKind.ACCESS_LOG,
        issuer,
        "Logguppföljning",
        f"Granskning av åtkomstloggen – {issuer.organisation}".rstrip(" –"),
        cover,
        intro,
        body,
        entity="audit_log",
        # The case filtered on, not every case a row names: the report is about the log.
        case_ids=(chosen.case_id,) if chosen.case_id is not None else (),
        included=("audit_log",),
        audit_details={
            **parts.period_details(chosen.since, chosen.until, rows=material.matching),
            "case": chosen.case_id,
            "action": chosen.action,
            "chain_intact": 1 if not material.problems else 0,
        },
    )
