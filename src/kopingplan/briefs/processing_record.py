"""The record of processing (registerförteckning, GDPR art. 30): what the vault processes, why,
for how long and how it is protected, made from the vault's own settings and counts. Where the
vault does not know something (the data protection officer, the legal basis of the processing)
it says so.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from kopingplan.briefs import labels
from kopingplan.briefs import report_parts as parts
from kopingplan.briefs.compose import Issuer
from kopingplan.briefs.document import Block, Brief, BriefKind, Bullets, Facts, Heading, Table, Text


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
         _count(c, "disclosures"),
         f"Utlämnanden: {_count(c, 'export_disclosures')} krypterade exporter, "
         f"{_count(c, 'brief_disclosures')} kopior av underlag, "
         f"{_count(c, 'oral_disclosures')} muntliga, "
         f"{_count(c, 'extract_disclosures')} registerutdrag"),
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
            ("Utan certifikat", "–", "kopior av underlag, muntliga, registerutdrag",
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
    ("incident", "Otillåten påverkan mot personal", "efter uppföljningen"),
    ("contact", "Kontakter utan ärende", "efter kontakten"),
    ("incoming_item", "Inkomna uppgifter utan ärende", "efter att de kom in"),
    ("meeting", "Möten med protokoll", "efter mötet"),
    ("situation_assessment", "Samlade bedömningar av lägesbilden", "efter perioden"),
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
    organisation = material.organisation or parts.UNKNOWN
    cover = (
        ("Personuppgiftsansvarig", organisation),
        ("Systemansvarig användare", material.owner or parts.UNKNOWN),
        ("Valvet skapat", material.vault_created[:10] or parts.UNKNOWN),
        ("Avser datum", labels.day(labels.local(issuer.made_at).date())),
        *parts.issued(issuer),
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
                ("Kontaktuppgifter", parts.UNKNOWN),
                ("Dataskyddsombud", f"{parts.UNKNOWN} (namn och kontaktuppgifter)"),
                ("Användare av valvet", material.owner or parts.UNKNOWN),
            )
        ),
        Heading("2. Ändamål med behandlingen"),
        Bullets(PURPOSES),
        Facts((("Rättslig grund för behandlingen", f"{parts.UNKNOWN}; fastställs av nämnden."),)),
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
                    ", ".join(material.legal_bases) if material.legal_bases else parts.UNKNOWN,
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
                    "arbetsgrupper som signerade, numrerade exemplar. En kopia till en "
                    "mottagare utanför den egna enheten registreras som utlämnande: "
                    f"{_count(material.counts, 'brief_disclosures')} hittills.",
                ),
                (
                    "Registerutdrag (art. 15)",
                    f"Lämnade: {_count(material.counts, 'extract_disclosures')}, vart och ett "
                    "registrerat som utlämnande till den registrerade, med vad som undantogs "
                    "och varför.",
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
    return parts.as_brief(
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
