""" "Vart vänder jag mig?": a one-page sheet for relatives and professionals, from the partner
registry.

The sheet lists the organisations of the registry that have a phone number, an e-mail address
or a postal address, grouped by kind, each group with a short heading and a plain sentence on
what to call them for (:data:`PURPOSES`; the registry has no "what for" field). The
coordinator's own unit (marked in the registry) comes first, under "Börja här". One sentence per
group, not per organisation, keeps a registry of twenty partners on the page. It names no case
and no person:
only organisations and the contact details the registry holds for them — not their notes, not
their agreements, not their contact persons. The municipality's name on it is the vault's
organisation setting; the coordinator's own name is not printed.

**Not signed.** The sheet is meant to be printed, copied, handed out and pinned up; a relative
has no way and no reason to check a signature, a copy of a copy carries none, and the sheet
holds nothing about anyone. What it must do is read plainly. Writing it is still an act that
takes text out of the vault, so it is logged ("where_to_turn.create": how many organisations,
the file's SHA-256; never their names).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kopingplan import files
from kopingplan.domain import model as m
from kopingplan.services.pending_outputs import recorder
from kopingplan.services.session import OWNER_ORGANISATION, Session
from kopingplan.storage import identities, mapping, reading
from kopingplan.storage.repositories import ORGANISATIONS

if TYPE_CHECKING:  # reportlab is loaded when a sheet is made, not when the menu is built
    from kopingplan.briefs.where_to_turn import Entry

__all__ = ["PURPOSES", "Made", "coverage", "entries", "make", "save"]

# Who they are and what to call them for, per kind of organisation, in plain Swedish (the sheet
# is always Swedish, as the printed reports are). The order is the sheet's order.
PURPOSES: dict[m.OrganisationKind, tuple[str, str]] = {
    m.OrganisationKind.SOCIAL_SERVICES: (
        "Socialtjänsten",
        "Råd och stöd om du är orolig för ett barn, en ungdom eller en vuxen, och hjälp för den "
        "som vill lämna en våldsbejakande miljö. Du kan fråga utan att säga vem det gäller.",
    ),
    m.OrganisationKind.POLICE: (
        "Polisen",
        "Om du tror att någon planerar våld eller att ett brott har begåtts, eller om du själv "
        "blir hotad.",
    ),
    m.OrganisationKind.SCHOOL: (
        "Skolan",
        "Om du är orolig för en elev: prata med elevhälsan, kuratorn eller rektorn.",
    ),
    m.OrganisationKind.CULTURE_LEISURE: (
        "Fritid",
        "Fritidsgårdar och fritidsledare som träffar unga på fritiden och kan hjälpa till.",
    ),
    m.OrganisationKind.HEALTH_CARE: (
        "Vården",
        "Vid psykisk ohälsa, missbruk eller annat behov av vård. Sjukvårdsrådgivning dygnet "
        "runt: 1177.",
    ),
    m.OrganisationKind.EMPLOYMENT_SERVICE: (
        "Arbete och studier",
        "Hjälp att hitta arbete eller utbildning, ofta en viktig del av att börja om.",
    ),
    m.OrganisationKind.IOP_PARTNER: (
        "Föreningar som kommunen samarbetar med",
        "Stöd till unga och till anhöriga, i samarbete med kommunen.",
    ),
    m.OrganisationKind.CIVIL_SOCIETY: (
        "Föreningar",
        "Stöd, någon att prata med och en meningsfull fritid.",
    ),
    m.OrganisationKind.FAITH_COMMUNITY: (
        "Trossamfund",
        "Samtal och stöd i frågor om tro och om livet.",
    ),
    m.OrganisationKind.SPORTS_CLUB: (
        "Idrott",
        "Träning och gemenskap för unga. Ledarna kan också höra av sig om de blir oroliga.",
    ),
    m.OrganisationKind.PSYCHIATRY: (
        "Psykiatrin",
        "Vid svår psykisk ohälsa. Akut hjälp dygnet runt: ring 112 eller 1177.",
    ),
    m.OrganisationKind.PROBATION: (
        "Kriminalvården och frivården",
        "För den som har ett straff att avtjäna eller är villkorligt frigiven, och för "
        "anhöriga som har frågor om det.",
    ),
    m.OrganisationKind.HOUSING_COMPANY: (
        "Boende",
        "Om något oroar dig i huset eller i bostadsområdet.",
    ),
    m.OrganisationKind.SECURITY_COMPANY: (
        "Bevakning",
        "Väktare och ordningsvakter som finns i området och kan larma vid behov.",
    ),
    m.OrganisationKind.MUNICIPAL_FEDERATION: (
        "Kommunalförbundet",
        "Verksamheter som kommunerna i Västra Mälardalen har tillsammans.",
    ),
    m.OrganisationKind.MUNICIPALITY: (
        "Andra kommuner",
        "Om det du undrar över gäller en annan kommun.",
    ),
    m.OrganisationKind.OTHER: (
        "Andra",
        "Kontakt i frågor om arbetet mot våldsbejakande extremism.",
    ),
}
OWN_UNIT = (
    "Börja här",
    "Hör av dig hit först om du är orolig för att någon dras in i våldsbejakande extremism. "
    "Vi lyssnar, ger råd och hjälper dig vidare. Du kan vara anonym.",
)
# A kind added to the model after this table (a later schema) still gets a sentence.
FALLBACK = PURPOSES[m.OrganisationKind.OTHER]


def _has_contact(organisation: m.Organisation) -> bool:
    return any(v.strip() for v in (organisation.phone, organisation.email, organisation.address))


def entries(session: Session) -> list[Entry]:
    """The organisations the sheet lists, in its order: the own unit first, then by
    :data:`PURPOSES`, then by name. Organisations without any contact detail are left out."""
    from kopingplan.briefs.where_to_turn import Entry

    found = [o for o in reading.run(session, mapping.select, ORGANISATIONS) if _has_contact(o)]
    order = {kind: i for i, kind in enumerate(PURPOSES)}

    def key(o: m.Organisation) -> tuple[int, int, str]:
        return (0 if o.own_unit else 1, order.get(o.kind, len(order)), o.name.casefold())

    return [
        Entry(
            name=o.name,
            group=(OWN_UNIT if o.own_unit else PURPOSES.get(o.kind, FALLBACK))[0],
            purpose=(OWN_UNIT if o.own_unit else PURPOSES.get(o.kind, FALLBACK))[1],
            phone=o.phone.strip(),
            email=o.email.strip(),
            address=o.address.strip(),
            own_unit=o.own_unit,
        )
        for o in sorted(found, key=key)
    ]


def coverage(session: Session) -> tuple[int, int]:
    """How many organisations of the registry the sheet lists, and how many it leaves out for
    want of a phone number, an e-mail address or an address."""
    found = reading.run(session, mapping.select, ORGANISATIONS)
    listed = sum(1 for o in found if _has_contact(o))
    return listed, len(found) - listed


@dataclass(frozen=True)
class Made:
    """The sheet as PDF bytes and how many organisations it lists (and how many it had no room
    for: a registry too long for one page)."""

    data: bytes
    listed: int
    left_out: int


def make(session: Session, today: date | None = None) -> Made:
    """The sheet as of ``today``; nothing is written or logged (see :func:`save`)."""
    from kopingplan.briefs import where_to_turn as sheet

    municipality = reading.run(session, identities.get_setting, OWNER_ORGANISATION) or ""
    listed = entries(session)
    rendered = sheet.render(listed, municipality.strip(), today or date.today())
    return Made(rendered.data, rendered.listed, len(listed) - rendered.listed)


def save(session: Session, made: Made, path: Path, *, overwrite: bool = False) -> Path:
    """Writes the sheet (readable by anyone: it is public information) and logs that it was
    written, with the number of organisations and the file's SHA-256."""
    files.write_output(path, made.data, overwrite=overwrite, mode=0o644, record=recorder(session))
    session.record(
        "where_to_turn.create",
        details={
            "organisations": made.listed,
            "left_out": made.left_out,
            "sha256": hashlib.sha256(made.data).hexdigest(),
        },
    )
    return path
