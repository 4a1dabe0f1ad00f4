"""The register extract (registerutdrag, GDPR art. 15) as a use case, for the GUI and the CLI.

:func:`gather` reads everything the vault holds about one person into parts with stable ids
(``person:4``, ``case:3``, ``note:12``, ``note_version:7`` …, see
:mod:`kopingplan.briefs.extract`). The coordinator reviews them and may withhold a part under
secrecy with a stated ground (:func:`review`); :func:`compose` makes the brief, with a line
for each withheld part saying that something was withheld and on what ground, and refuses
(:class:`ExtractWithheldShown`) if a withheld part's text would still be printed elsewhere
(an unchanged earlier version, a ground that quotes it). :func:`sign` needs no vault and may run
on a worker thread. :func:`record` writes the signed PDF as a new file and, in the same
transaction, records the extract as a disclosure to the person (channel ``extract``, the PDF's
SHA-256) with one "persons.extract" audit row naming the withheld parts by kind, id and ground,
never their text. Nothing is written or logged before :func:`record`.

What is gathered: the person's own record; each case they take part in with their role
(not the other participants), and, unless they take part only as a professional (whose cases
are not about them), its notes, contacts, exit plans with measures, follow-ups, relative-support
threads with their contacts (the relative named only by relation), consents, information
received from outside with its source, the meeting agenda items on the case (notes, decision,
actions), the concern that opened it (not who raised it), and the earlier versions of corrected
notes and contacts (art. 16); contacts with the person outside their cases; relative-support
threads where they are the relative; concerns they raised; disclosures that named one of their
cases, and earlier extracts given to them; each case's and disclosure's retention day
(services/retention.py); and the attachments of those cases, notes and concerns, listed by
name, kind, size and SHA-256, never their content (services/extract_attachments.py). Not
gathered (yet): group memberships and meeting attendance of professionals, and the reasons a
person was taken out of a case. A corrected concern's earlier versions are parts under it
(services/extract_concern_versions.py), as a note's are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kopingplan import errors, files
from kopingplan.briefs import extract as ex
from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.domain import model as m
from kopingplan.domain import rules
from kopingplan.services import extract_gather
from kopingplan.services.briefs import SignedCopy, issuer_for, sign_copies
from kopingplan.services.extract_attachments import with_attachments
from kopingplan.services.extract_concern_versions import with_concern_versions
from kopingplan.services.extract_incoming import with_link_history
from kopingplan.services.pending_outputs import recorded_output
from kopingplan.services.session import Session
from kopingplan.storage import audit
from kopingplan.storage.repositories import exchange as exchange_repo
from kopingplan.storage.repositories import extract as repo

if TYPE_CHECKING:
    from kopingplan.briefs.sign import BriefSigner

QT_TRANSLATE_NOOP = errors.QT_TRANSLATE_NOOP

GROUND_MAX = 300
LEGAL_BASIS = "Dataskyddsförordningen art. 15 (den registrerades rätt till tillgång)"
PURPOSE = "Registerutdrag på begäran av den registrerade"
ROLE = "Samordnare"
# A withheld part's free text is looked for in everything the extract prints from this many
# characters on; a shorter text ("Ok") is found in other words by chance.
TEXT_CHECK_MIN = 8


class ExtractPartUnknown(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The register extract of person {person} has no part {part}. Nothing was written; parts "
        "are named by kind and number, e.g. note:12.",
    )


class ExtractGroundMissing(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The withheld part {part} needs a ground, e.g. OSL 26 kap. 1 §, on one line of at most "
        "300 characters. Nothing was written.",
    )


class ExtractWithheldShown(errors.KopingplanError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The text of the withheld part {part} would still be printed elsewhere in the extract "
        "(an earlier version, another part or a ground). Nothing was written; withhold that part "
        "too.",
    )


@dataclass(frozen=True)
class Withholding:
    part_id: str
    ground: str


@dataclass(frozen=True)
class MadeExtract:
    path: Path
    document_id: str
    sha256: str
    disclosure_id: int
    withheld: Mapping[str, str]


def gather(session: Session, person_id: int, *, today: date | None = None) -> ex.ExtractMaterial:
    """The first step: every part about the person (services/extract_gather.py), with their
    records' attachments as parts of their own. Reads only; logs nothing."""
    material = extract_gather.gather(session, person_id, today=today)
    material = with_link_history(session, with_concern_versions(session, material))
    return with_attachments(session, material)


def record_review(session: Session, material: ex.ExtractMaterial) -> None:
    """Notes that the coordinator opened the review: it shows every part about the person,
    from cases the coordinator may not have opened otherwise (the access log covers every
    view of personal data). Counts and case numbers only."""
    session.record(
        "persons.extract_review",
        "persons",
        material.person_id,
        {"parts": len(material.parts), "cases": list(material.case_ids)},
    )


# --- Review, composing, signing --------------------------------------------------------------


def review(material: ex.ExtractMaterial, withholdings: Sequence[Withholding]) -> dict[str, str]:
    """The withheld parts and their grounds, checked: every part exists, every ground is one
    line of at most 300 characters. Raises before anything is made."""
    known = {part.id for part in material.parts}
    withheld: dict[str, str] = {}
    for item in withholdings:
        part_id = item.part_id.strip()
        if part_id not in known:
            raise ExtractPartUnknown(person=material.person_id, part=files.shown(part_id))
        ground = rules.normalise_text(item.ground)
        if not ground or "\n" in ground or len(ground) > GROUND_MAX:
            raise ExtractGroundMissing(part=part_id)
        withheld[part_id] = ground
    return withheld


def compose(
    session: Session,
    material: ex.ExtractMaterial,
    withheld: Mapping[str, str],
    *,
    now: datetime | None = None,
) -> Brief:
    """The extract as a brief. Refuses (:class:`ExtractWithheldShown`) when a withheld part's
    text is still among what the brief prints."""
    issuer = issuer_for(session, BriefKind.EXTRACT, BriefOptions(), now)
    brief = ex.register_extract(material, withheld, issuer)
    printed = "\x00".join(ex.printed_texts(brief))
    gone = ex.hidden(material, withheld)
    for part in material.parts:
        if part.id in gone:
            for text in part.texts:
                if len(text.strip()) >= TEXT_CHECK_MIN and text.strip() in printed:
                    raise ExtractWithheldShown(part=part.id)
    return brief


def sign(brief: Brief, signer: BriefSigner) -> SignedCopy:
    """Renders and signs the extract in memory; no vault, no disk: fit for a worker thread."""
    return sign_copies(brief, signer)[0]


# --- Recording -----------------------------------------------------------------------------------


def _details(
    material: ex.ExtractMaterial, brief: Brief, signed: SignedCopy, withheld: Mapping[str, str]
) -> dict[str, Any]:
    return {
        "document_id": brief.document_id,
        "sha256": signed.sha256,
        "signer": signed.signer,
        "cases": list(material.case_ids),
        "parts": len(material.parts),
        "withheld": [
            {
                "kind": part_id.partition(":")[0],
                "id": int(part_id.partition(":")[2]),
                "ground": ground,
            }
            for part_id, ground in withheld.items()
        ],
    }


def record(
    session: Session,
    material: ex.ExtractMaterial,
    brief: Brief,
    signed: SignedCopy,
    withheld: Mapping[str, str],
    destination: Path,
    *,
    overwrite: bool = False,
    now: datetime | None = None,
) -> MadeExtract:
    """Writes the signed extract (a new file unless ``overwrite``) and records it as a
    disclosure to the person, with its audit row, in one transaction: either both are done or
    neither (the file comes to its name after the commit)."""
    destination = Path(destination)
    files.check_output(destination, overwrite=overwrite)
    at = (now or datetime.now(UTC)).replace(microsecond=0)
    parts = len(material.parts)
    description = repo.EXTRACT_MARK.format(person_id=material.person_id) + (
        f" dokument {brief.document_id}, {parts} delar, {len(withheld)} undantagna"
    )
    if withheld:
        description += " (" + "; ".join(f"{k}: {g}" for k, g in withheld.items()) + ")"
    disclosure = m.Disclosure(
        disclosed_at=at,
        recipient=material.person_name,
        content_description=description,
        content_sha256=signed.sha256,
        legal_basis=LEGAL_BASIS,
        decided_by=session.actor,
        decided_by_role=ROLE,
        purpose=PURPOSE,
        case_ids=material.case_ids,
        channel=m.DisclosureChannel.EXTRACT,
    )
    rules.validate(disclosure)
    # The extract is put under its name only once its disclosure is committed.
    with recorded_output(session, destination, signed.data, overwrite=overwrite) as conn:
        # About the person alone, not everyone in their cases.
        disclosure.id = exchange_repo.insert_disclosure(
            conn, disclosure, about=(material.person_id,), of_cases=False
        )
        details = _details(material, brief, signed, withheld)
        details["disclosure"] = disclosure.id
        audit.append(conn, session.actor, "persons.extract", "persons", material.person_id, details)
    assert disclosure.id is not None
    return MadeExtract(destination, brief.document_id, signed.sha256, disclosure.id, withheld)


def save(
    session: Session,
    person_id: int,
    destination: Path,
    withholdings: Sequence[Withholding] = (),
    *,
    overwrite: bool = False,
    signer: BriefSigner | None = None,
    now: datetime | None = None,
) -> MadeExtract:
    """Every step at once (the command line): gather, review, compose, sign, record. Every
    refusal comes before anything is written."""
    from kopingplan.services.briefs import signer_for

    files.check_output(destination, overwrite=overwrite)
    material = gather(session, person_id)
    withheld = review(material, withholdings)
    brief = compose(session, material, withheld, now=now)
    signed = sign(brief, signer or signer_for(session))
    return record(
        session, material, brief, signed, withheld, destination, overwrite=overwrite, now=now
    )


def suggested_name(person_id: int, today: date | None = None) -> str:
    """The save dialog's suggestion: no name of the person, who may be read over a shoulder."""
    return f"Registerutdrag {(today or date.today()).isoformat()} person {person_id}.pdf"
