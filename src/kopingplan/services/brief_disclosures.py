"""Brief copies as disclosures: every copy has a recipient, and a copy for a recipient outside
the coordinator's own unit is a disclosure (utlämnande), recorded exactly as an export is.

Social services, school, leisure and the police are separate for secrecy even within one
municipality (OSL 8 kap. 2 §), so only an organisation of the registry marked as the own unit
(``Organisation.own_unit``) receives a copy without a disclosure; such a copy, and an unnamed
copy (the coordinator's own), is logged in the "brief.create" / "brief.print" row as before.
Any other recipient (an organisation of the registry, or a name the registry does not know)
needs a legal basis, who decided it and in what role, and a purpose; citing consent (OSL 12 kap.
2 §) is refused unless a valid consent of every case in the brief names that recipient and
purpose (:func:`kopingplan.services.consents.check_cited`).

:func:`check` reads only and is called before anything is signed, written or printed;
:func:`record` writes one disclosure per outside copy (channel ``brief``, the SHA-256 of the
signed copy's bytes) in the transaction that writes the copies or logs the print.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kopingplan import errors
from kopingplan.briefs.compose import PART_WORDS  # the brief's own words
from kopingplan.briefs.content_profiles import PARTS, describe
from kopingplan.briefs.document import Brief, CaseContent, CopyMark
from kopingplan.domain import model, rules
from kopingplan.domain.consent import RecipientRef
from kopingplan.domain.model import DisclosureTerms
from kopingplan.errors import QT_TRANSLATE_NOOP
from kopingplan.exchange import errors as ex
from kopingplan.exchange import legal_bases as legal
from kopingplan.services import consents
from kopingplan.services.exchange.recipients import legal_bases, required
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import exchange as exchange_repo
from kopingplan.storage.repositories.tables import ORGANISATIONS


class DisclosureTermsMissing(errors.KopingplanError):
    """A copy goes outside the own unit and no legal basis, decision maker, role or purpose
    was given for it; nothing was written."""

    exit_code = 2
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The copy for {recipient} leaves your own unit, so it is a disclosure: give the legal "
        "basis, who decided it, their role and the purpose. Nothing was written.",
    )


def checked_terms(
    bases: Sequence[legal.LegalBasis], given: DisclosureTerms
) -> tuple[legal.LegalBasis, DisclosureTerms]:
    """The legal basis ``given`` names (LegalBasisUnknown when ``bases`` has none such), and
    the terms as a disclosure records them: the decision maker, role and purpose required,
    each text normalised as typed text is (the basis by its code). Every disclosure (a brief's
    copy, an export, an oral one) is checked here; reads nothing."""
    basis = legal.find(bases, given.legal_basis)
    if basis is None:
        raise ex.LegalBasisUnknown(code=given.legal_basis)
    return basis, DisclosureTerms(
        legal_basis=basis.code,
        decided_by=required("decided_by", rules.normalise_text(given.decided_by)),
        decided_by_role=required("decided_by_role", rules.normalise_text(given.decided_by_role)),
        purpose=required("purpose", rules.normalise_text(given.purpose)),
        legal_basis_note=rules.normalise_text(given.legal_basis_note),
    )


@dataclass(frozen=True)
class CopyRecipient:
    """Who one copy goes to: an organisation of the registry (``organisation_id``), or a name
    (matched against the registry's names, case and spacing ignored). ``terms`` are needed
    when the recipient is outside the own unit and ignored otherwise."""

    name: str = ""
    organisation_id: int | None = None
    terms: DisclosureTerms | None = None


@dataclass(frozen=True)
class CheckedCopy:
    """A copy's recipient after :func:`check`: a disclosure when ``basis`` is set."""

    recipient: RecipientRef
    own_unit: bool
    basis: legal.LegalBasis | None = None
    terms: DisclosureTerms | None = None

    @property
    def is_disclosure(self) -> bool:
        return self.basis is not None


def organisation_named(conn: Connection, name: str) -> model.Organisation | None:
    """The registry's one organisation of this name (case and spacing ignored), else None."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    found = [
        o
        for o in mapping.select(conn, ORGANISATIONS)
        if " ".join(o.name.split()).casefold() == wanted
    ]
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class RecipientChoice:
    """An organisation of the registry as a copy's recipient, for a choice in a form."""

    organisation_id: int
    name: str
    own_unit: bool


def recipient_choices(session: Session) -> list[RecipientChoice]:
    """Every organisation of the registry, by name, with whether it is the own unit."""
    found = reading.run(session, mapping.select, ORGANISATIONS, order_by="name")
    return [RecipientChoice(o.id, o.name, o.own_unit) for o in found if o.id is not None]


def _organisation(conn: Connection, copy: CopyRecipient) -> model.Organisation | None:
    if copy.organisation_id is not None:
        return mapping.get(conn, ORGANISATIONS, copy.organisation_id)
    return organisation_named(conn, copy.name)


def is_own_unit(session: Session, copy: CopyRecipient) -> bool:
    """True when the copy stays in the own unit (no disclosure); reads only."""
    organisation = reading.run(session, _organisation, copy)
    return organisation is not None and organisation.own_unit


def _checked(
    conn: Connection,
    bases: Sequence[legal.LegalBasis],
    brief: Brief,
    copy: CopyRecipient,
    moment: datetime,
) -> CheckedCopy:
    organisation = _organisation(conn, copy)
    if organisation is not None:
        ref = RecipientRef(
            organisation.name, organisation.id, model.OrganisationKind(organisation.kind).value
        )
        if organisation.own_unit:
            return CheckedCopy(ref, True)
    else:
        name = rules.normalise_text(copy.name)
        if not name:
            raise errors.InvalidInput("recipients", rules.REQUIRED)
        ref = RecipientRef(name)
    terms = copy.terms
    if terms is None or not all(t.strip() for t in terms.required()):
        raise DisclosureTermsMissing(recipient=ref.label)
    basis, clean = checked_terms(bases, terms)
    consents.check_cited(
        conn, basis.code, brief.case_ids, [ref], clean.purpose, consents.local_day(moment)
    )
    return CheckedCopy(ref, False, basis, clean)


def check(
    session: Session, brief: Brief, copies: Sequence[CopyRecipient], moment: datetime
) -> list[CheckedCopy]:
    """Checks every copy's recipient and, for a copy outside the own unit, its terms (legal
    basis known, decision maker, role and purpose given, consent when consent is cited).
    Raises on the first refusal; reads only."""
    with session.vault.read() as conn:
        bases = legal_bases(session)
        return [_checked(conn, bases, brief, copy, moment) for copy in copies]


def _description(brief: Brief, mark: CopyMark | None, printed: bool) -> str:
    how = "utskrivet" if printed else "sparat som fil"
    copy = "" if mark is None else f", exemplar {mark.number} av {mark.of}"
    # In the brief's own Swedish words for the parts (the report is read by a DPO); a meeting
    # brief says per case what this copy held (issue 16, per-recipient minimisation).
    if brief.case_parts:
        held = {
            case_id: CaseContent(**{p: p in parts for p in PARTS})
            for case_id, parts in brief.case_parts.items()
        }
        # Its lägesbild too, and whether with the sources (issue 16: they can name who told).
        rest = [PART_WORDS[p] for p in brief.included if p.startswith("situation")]
        also = "; " + ", ".join(rest) if rest else ""
        return (
            f"{brief.title} {brief.document_id}{copy} ({how}); {describe(held, PART_WORDS)}{also}"
        )
    words = [PART_WORDS[p] for p in brief.included if p in PART_WORDS]
    parts = f"; delar: {', '.join(dict.fromkeys(words))}" if words else ""
    # A report of a period (the lägesbild for a period) says which: its title does not.
    first, last = brief.audit_details.get("first"), brief.audit_details.get("last")
    period = f", perioden {first} – {last}" if first and last else ""
    return f"{brief.title} {brief.document_id}{period}{copy} ({how}){parts}"


def record(
    conn: Connection,
    actor: str,
    brief: Brief,
    made: Sequence[tuple[CopyMark | None, str]],
    checked: Sequence[CheckedCopy],
    moment: datetime,
    *,
    printed: bool = False,
    per_copy: Sequence[Brief] = (),
) -> list[int]:
    """Stores one disclosure (channel ``brief``) per copy that leaves the own unit, with the
    SHA-256 of its signed bytes and its audit row, in the caller's transaction. ``made`` is
    each copy's mark and SHA-256, in the order of ``checked``; ``per_copy`` each copy's own
    brief, whose content the disclosure describes (default: ``brief``)."""
    if checked and len(checked) != len(made):
        raise ValueError("one checked recipient per copy")
    ids = []
    for index, ((mark, sha256), copy) in enumerate(zip(made, checked, strict=False)):
        if copy.basis is None or copy.terms is None:
            continue
        own = per_copy[index] if index < len(per_copy) else brief
        disclosure = model.Disclosure(
            **copy.terms.recorded(copy.basis.title),
            disclosed_at=moment,
            recipient=copy.recipient.label,
            content_description=_description(own, mark, printed),
            content_sha256=sha256,
            case_ids=tuple(brief.case_ids),
            channel=model.DisclosureChannel.BRIEF,
            recipient_kind=copy.recipient.organisation_kind,
        )
        details = {
            "document_id": brief.document_id,
            "copy": None if mark is None else mark.number,
        }
        ids.append(store(conn, actor, disclosure, details))
    return ids


def record_attached(
    conn: Connection,
    actor: str,
    export: model.Disclosure,
    attachments: Sequence[tuple[str, bytes]],
    package_id: str,
) -> list[int]:
    """Stores one disclosure (channel ``brief``) per PDF attached to an export package, for
    the recipient of the package's disclosure ``export`` and on its terms, with the SHA-256 of
    the PDF as it left, and its audit row, in the caller's transaction. The package's own
    disclosure has the checksum of the whole package; this one identifies the copy itself.
    ``attachments``: each PDF's words (``exchange.gather.brief_words``: the document id and
    copy, never the file name, which would outlive the case in the register) and bytes."""
    ids = []
    for words, content in attachments:
        disclosure = dataclasses.replace(
            export,
            content_description=f"{words}, bilaga i krypterat paket {package_id}",
            content_sha256=hashlib.sha256(content).hexdigest(),
            channel=model.DisclosureChannel.BRIEF,
            id=None,
        )
        ids.append(store(conn, actor, disclosure, {"package_id": package_id}))
    return ids


def store(
    conn: Connection,
    actor: str,
    disclosure: model.Disclosure,
    details: dict[str, Any] | None = None,
    *,
    about: Sequence[int] = (),
) -> int:
    """Checks and stores one disclosure, whom it is about (its cases' people and ``about``)
    and its "disclosures.create" audit row (the channel, the cases and ``details``: ids only),
    in the caller's transaction. Sets and returns its id."""
    rules.validate(disclosure)
    disclosure.id = exchange_repo.insert_disclosure(conn, disclosure, about=about)
    audit.append(
        conn,
        actor,
        "disclosures.create",
        "disclosures",
        disclosure.id,
        {
            "channel": disclosure.channel.value,
            **(details or {}),
            "cases": list(disclosure.case_ids),
        },
    )
    return disclosure.id
