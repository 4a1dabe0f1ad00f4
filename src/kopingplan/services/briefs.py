"""Briefs as use cases: gather what a brief may show, sign it, hand it out, record who got it.

Making a brief reads the vault and builds a :class:`~kopingplan.briefs.document.Brief` in
memory; nothing is logged yet, because nothing has left the vault. :func:`produce` (or
:func:`sign_copies`, which needs no vault and so can run on a worker thread) renders and signs
it, still in memory, for printing or a preview. :func:`write` (or :func:`save`, both steps at
once) puts the signed copies where the coordinator chose and :func:`record_print` notes a
print: each writes one audit row,
"brief.create" or "brief.print", with the document id, the kind, the cases and the names of
the parts included, and for every copy its number, its recipient and the SHA-256 of its
bytes — the record of which copy went to whom. Never content.

Copies: N copies are N separately rendered and signed PDFs, one file each, named
``<name>-exemplar-<k>-av-<N>.pdf``, all with the same document id. The copy mark ("Exemplar k
av N", the recipient) is part of each page's signed content, so it cannot be removed or
changed without breaking the signature; a single PDF holding all copies could be split up,
and a copy mark added outside the signature could be edited away. With recipients, the copy
count is the number of recipients (copy k goes to the k-th).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from cryptography import x509

from kopingplan import errors, files
from kopingplan.briefs import compose, gather
from kopingplan.briefs.document import (
    CLASSIFICATION_SETTING,
    DEFAULT_CLASSIFICATION,
    MAX_COPIES,
    Brief,
    BriefKind,
    BriefOptions,
    CaseContent,
    CopyMark,
    copy_marks,
    new_document_id,
)
from kopingplan.domain import rules
from kopingplan.services import brief_disclosures as bd
from kopingplan.services.pending_outputs import recorder
from kopingplan.services.session import OWNER_ORGANISATION, Session
from kopingplan.storage import audit, identities, reading

if TYPE_CHECKING:
    # reportlab and pyHanko cost ~47 MB and ~0.5 s to import: the GUI imports this module at
    # start, so they are imported only when a brief is rendered, signed or verified.
    from kopingplan.briefs.sign import BriefSigner
    from kopingplan.briefs.verify import VerificationResult

CLASSIFICATION_MAX = 80
# The lägesbild's parts a copy's audit row names (the brief's ``included`` names them so).
SITUATION_PARTS = ("situation", "situation_sources")

COPIES_RANGE = errors.QT_TRANSLATE_NOOP("Errors", "must be a number from 1 to 50")
COPIES_RECIPIENTS = errors.QT_TRANSLATE_NOOP(
    "Errors", "must name one recipient per copy (or give only the recipients)"
)


@dataclass(frozen=True)
class SignedCopy:
    """One signed copy of a brief, in memory. ``copy`` is None for an unnumbered brief."""

    copy: CopyMark | None
    data: bytes
    pages: int
    signer: str  # the signing certificate's fingerprint
    # The copy's own content when it differs from the brief's (per-recipient minimisation,
    # :mod:`kopingplan.services.content_profiles`); None: the brief as it is.
    brief: Brief | None = None

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# --- Settings ------------------------------------------------------------------------------


def classification(session: Session) -> str:
    """The classification line printed on every page (vault setting "brief.classification")."""
    value = reading.run(session, identities.get_setting, CLASSIFICATION_SETTING)
    return value or DEFAULT_CLASSIFICATION


def set_classification(session: Session, text: str) -> None:
    value = text.strip()
    if not value:
        raise errors.InvalidInput("classification", rules.REQUIRED)
    if any(char in value for char in "\n\r\t"):
        raise errors.InvalidInput("classification", rules.NOT_ONE_LINE)
    if len(value) > CLASSIFICATION_MAX:
        raise errors.InvalidInput("classification", rules.TOO_LONG)
    with session.vault.transaction() as conn:
        identities.set_setting(conn, CLASSIFICATION_SETTING, value)
        audit.append(
            conn, session.actor, "settings.update", details={"key": CLASSIFICATION_SETTING}
        )


# --- Gathering -------------------------------------------------------------------------------


def issuer_for(
    session: Session, kind: BriefKind, options: BriefOptions | None, now: datetime | None
) -> compose.Issuer:
    """Who makes a new brief of ``kind``, and when (``now``, else now), under a new document
    id; the classification is ``options``' own, else the vault's (no options: the vault's)."""
    options = options or BriefOptions()
    return compose.Issuer(
        document_id=new_document_id(kind),
        made_at=(now or datetime.now(UTC)).replace(microsecond=0),
        author=session.actor,
        organisation=reading.run(session, identities.get_setting, OWNER_ORGANISATION),
        classification=options.classification or classification(session),
    )


Material = TypeVar("Material")


@dataclass(frozen=True)
class PeriodBrief(Generic[Material]):
    """A brief about the period ``first``…``last`` (the lägesbild for a period, the report to
    kommunstyrelsen): ``material`` reads what it shows in one state of the vault (refusing a
    bad period), ``render`` makes it into a brief of ``kind`` under a new document id. Called
    like a function: ``report(session, first, last, options=…, now=…)``; ready to sign
    (:func:`save`)."""

    kind: BriefKind
    material: Callable[[Session, date, date], Material]
    render: Callable[[Material, compose.Issuer], Brief]

    def __call__(
        self,
        session: Session,
        first: date,
        last: date,
        *,
        options: BriefOptions | None = None,
        now: datetime | None = None,
    ) -> Brief:
        found = self.material(session, first, last)
        return self.render(found, issuer_for(session, self.kind, options, now))


def meeting_brief(
    session: Session,
    meeting_id: int,
    options: BriefOptions | None = None,
    *,
    now: datetime | None = None,
) -> Brief:
    """The brief for a meeting: agenda, the cases (as chosen), lägesbild changes since the
    group's previous meeting, open actions."""
    options = options or BriefOptions()
    material = reading.run(session, gather.meeting_material, meeting_id, options)
    return compose.meeting_brief(
        material, options, issuer_for(session, BriefKind.MEETING, options, now)
    )


def case_brief(
    session: Session,
    case_id: int,
    options: BriefOptions | None = None,
    *,
    now: datetime | None = None,
    issuer: compose.Issuer | None = None,
) -> Brief:
    """A brief on one case (PM), with the content chosen for it (default: the coordinator's
    own full picture, still without the names of the person and relatives). ``issuer``: the
    document id and time of a brief made before (another copy of it)."""
    options = options or BriefOptions()
    content = options.content_for(case_id, None) or CaseContent()
    material = reading.run(session, gather.case_material, case_id, content)
    issuer = issuer or issuer_for(session, BriefKind.CASE, options, now)
    return compose.case_brief(material, options, issuer)


def situation_report(
    session: Session, options: BriefOptions | None = None, *, now: datetime | None = None
) -> Brief:
    """The current lägesbild: entries of the last ``options.situation_months`` months by
    orientation and milieu."""
    options = options or BriefOptions()
    issuer = issuer_for(session, BriefKind.SITUATION, options, now)
    today = issuer.made_at.astimezone().date()
    months = max(1, options.situation_months)
    since = gather.months_back(today, months)
    entries = reading.run(session, gather.situation_entries, since)
    return compose.situation_report(entries, since, options, issuer)


# --- Signing and handing out -----------------------------------------------------------------


def signer_for(session: Session) -> BriefSigner:
    """The coordinator's signing key, parsed once; keep it for one act, then let it go."""
    from kopingplan.briefs.sign import UnsupportedKey
    from kopingplan.services import identity as identity_service

    try:
        # With an organisation-issued identity, its CA chain goes into the signature too, so
        # a reader who trusts only the organisation's root can validate the brief.
        return identity_service.brief_signer(session)
    except UnsupportedKey as error:
        raise errors.CertificateProblem(detail=f"unsupported key type {error}") from None


def _marks(copies: int, recipients: Sequence[str]) -> tuple[CopyMark | None, ...]:
    names = tuple(recipients)
    if not 1 <= copies <= MAX_COPIES:
        raise errors.InvalidInput("copies", COPIES_RANGE)
    if any(not name.strip() for name in names):
        raise errors.InvalidInput("recipients", rules.REQUIRED)
    try:
        return copy_marks(copies, names)
    except ValueError:
        raise errors.InvalidInput("recipients", COPIES_RECIPIENTS) from None


def sign_copies(
    brief: Brief,
    signer: BriefSigner,
    *,
    copies: int = 1,
    recipients: Sequence[str] = (),
    per_copy: Sequence[Brief] = (),
) -> list[SignedCopy]:
    """Renders and signs every copy, in memory. Touches neither the vault nor the disk, so
    it may run on a worker thread (the brief and the signer are made beforehand). With
    ``per_copy`` (one brief per copy, e.g. each recipient's content), copy k is made from
    the k-th."""
    from kopingplan.briefs.render import render

    marks = _marks(copies, recipients)
    if per_copy and len(per_copy) != len(marks):
        raise errors.InvalidInput("recipients", COPIES_RECIPIENTS)
    facts = signer.facts()
    result = []
    for index, mark in enumerate(marks):
        own = per_copy[index] if per_copy else None
        rendered = render(own or brief, facts, mark)
        data = signer.sign(rendered, facts)
        result.append(SignedCopy(mark, data, rendered.pages, signer.fingerprint, own))
    return result


def produce(
    session: Session,
    brief: Brief,
    *,
    copies: int = 1,
    recipients: Sequence[str] = (),
    signer: BriefSigner | None = None,
    per_copy: Sequence[Brief] = (),
) -> list[SignedCopy]:
    """:func:`sign_copies` with the coordinator's key. Nothing is written or logged: log
    what you do with the bytes (:func:`write`, :func:`record_print`)."""
    signer = signer or signer_for(session)
    return sign_copies(brief, signer, copies=copies, recipients=recipients, per_copy=per_copy)


def copy_path(destination: Path, copy: CopyMark | None) -> Path:
    """Where one copy goes: ``destination`` itself, or ``<stem>-exemplar-k-av-n.pdf``."""
    if copy is None:
        return destination
    return destination.with_name(
        f"{destination.stem}{copy.file_suffix}{destination.suffix or '.pdf'}"
    )


def _details(brief: Brief, copies: Sequence[SignedCopy]) -> dict[str, Any]:
    return {
        "document_id": brief.document_id,
        "kind": brief.kind.value,
        "copies": len(copies),
        "recipients": [
            {
                "copy": None if c.copy is None else c.copy.number,
                "recipient": "" if c.copy is None else c.copy.recipient,
                "sha256": c.sha256,
                **({} if c.brief is None else {"parts": _case_parts(c.brief)}),
                **_situation_held(c.brief or brief),
            }
            for c in copies
        ],
        "cases": list(brief.case_ids),
        "parts": list(brief.included),
        "signer": copies[0].signer if copies else "",
        **brief.audit_details,
    }


def _case_parts(brief: Brief) -> dict[str, list[str]] | list[str]:
    """What a copy of its own held, per case (a case brief: its one case): names of parts,
    never content; a lägesbild copy names its parts (with or without the sources)."""
    if brief.case_parts:
        return {str(case_id): list(parts) for case_id, parts in brief.case_parts.items()}
    if brief.case_ids:
        return {str(case_id): list(brief.included) for case_id in brief.case_ids}
    return list(brief.included)


def _situation_held(brief: Brief) -> dict[str, list[str]]:
    """Whether a meeting or lägesbild brief's copy held the lägesbild and its sources (names
    of parts, e.g. ``["situation", "situation_sources"]``; none: ``[]``): an outside copy is
    without the sources unless the coordinator kept them (issue 16)."""
    if brief.kind not in (BriefKind.MEETING, BriefKind.SITUATION):
        return {}
    return {"situation": [part for part in brief.included if part in SITUATION_PARTS]}


def _check_targets(targets: Sequence[Path], overwrite: bool) -> None:
    # Every copy's name before any is written: a set is written whole or not at all.
    for target in targets:
        files.check_output(target, overwrite=overwrite)


def recipients_of(to: Sequence[bd.CopyRecipient]) -> tuple[str, ...]:
    """The names printed on the copies (one per copy), from the recipients chosen."""
    return tuple(copy.name for copy in to)


def _checked(
    session: Session, brief: Brief, made: Sequence[SignedCopy], to: Sequence[bd.CopyRecipient]
) -> list[bd.CheckedCopy]:
    if to and len(to) != len(made):
        raise errors.InvalidInput("recipients", COPIES_RECIPIENTS)
    return bd.check(session, brief, to, datetime.now(UTC))


def _record(
    conn: Any,
    session: Session,
    brief: Brief,
    made: Sequence[SignedCopy],
    checked: Sequence[bd.CheckedCopy],
    details: dict[str, Any],
    *,
    printed: bool,
) -> None:
    """What handing out the copies ``made`` leaves in the vault, in the caller's transaction:
    one audit row, "brief.print" or "brief.create", with ``details``, and every copy for a
    recipient outside the own unit as a disclosure."""
    action = "brief.print" if printed else "brief.create"
    audit.append(conn, session.actor, action, brief.entity, brief.entity_id, details)
    pairs = [(item.copy, item.sha256) for item in made]
    moment = datetime.now(UTC)
    own = [item.brief or brief for item in made]
    bd.record(conn, session.actor, brief, pairs, checked, moment, printed=printed, per_copy=own)


def write(
    session: Session,
    brief: Brief,
    made: Sequence[SignedCopy],
    destination: Path,
    *,
    overwrite: bool = False,
    to: Sequence[bd.CopyRecipient] = (),
) -> list[Path]:
    """Writes signed copies where the coordinator chose, with the "brief.create" audit row in
    the same transaction: either every copy is written and recorded, or none is left behind.
    ``overwrite`` allows replacing existing files (the GUI's save dialog has asked); a failure
    before the record is committed leaves every file that was there as it was. ``to``
    names each copy's recipient (:mod:`kopingplan.services.brief_disclosures`): a copy outside
    the own unit is checked first (a refusal writes nothing) and recorded as a disclosure."""
    destination = Path(destination)
    targets = [copy_path(destination, item.copy) for item in made]
    checked = _checked(session, brief, made, to)
    _check_targets(targets, overwrite)
    try:
        with contextlib.ExitStack() as placing:
            # Every copy is written and fsynced under a temporary name beside its target first
            # (readable by the owner only: a brief is as sensitive as the vault itself), its
            # path recorded in the vault before (so a kill leaves nothing for good). The
            # copies take their names only once the record below is committed, so a failure on
            # the way (a full disk at the third copy) replaces and removes nothing.
            record = recorder(session)
            for target, item in zip(targets, made, strict=True):
                placing.enter_context(
                    files.output_after(target, item.data, overwrite=overwrite, record=record)
                )
            with session.vault.transaction() as conn:
                _record(conn, session, brief, made, checked, _details(brief, made), printed=False)
    except OSError as error:
        # The copies' own files fail as files.FileError; this is the record's full disk.
        if error.errno == errno.ENOSPC:
            raise errors.DiskFull() from error
        raise
    return targets


def save(
    session: Session,
    brief: Brief,
    destination: Path,
    *,
    copies: int = 1,
    recipients: Sequence[str] = (),
    overwrite: bool = False,
    signer: BriefSigner | None = None,
    to: Sequence[bd.CopyRecipient] = (),
    per_copy: Sequence[Brief] = (),
) -> list[Path]:
    """Signs the copies and writes them (:func:`produce`, then :func:`write`); the command
    line's ``brief … --out FILE``. The targets, and with ``to`` (one per copy, instead of
    ``recipients``) every recipient's terms, are checked before anything is signed.
    ``per_copy``: each copy's own brief (:func:`kopingplan.services.content_profiles.
    meeting_copies`)."""
    destination = Path(destination)
    if to:
        recipients = recipients_of(to)
    marks = _marks(copies, recipients)
    if to:
        bd.check(session, brief, to, datetime.now(UTC))
    _check_targets([copy_path(destination, mark) for mark in marks], overwrite)
    made = produce(
        session, brief, copies=copies, recipients=recipients, signer=signer, per_copy=per_copy
    )
    return write(session, brief, made, destination, overwrite=overwrite, to=to)


def record_print(
    session: Session,
    brief: Brief,
    copies: Sequence[SignedCopy],
    printer: str = "",
    *,
    to: Sequence[bd.CopyRecipient] = (),
) -> None:
    """Notes that these copies were sent to a printer (the GUI prints from memory), and
    records each copy for a recipient outside the own unit (``to``) as a disclosure, in one
    transaction; a refusal records nothing (and the job prints nothing)."""
    details = {**_details(brief, copies), "printer": printer}
    checked = _checked(session, brief, copies, to)
    with session.vault.transaction() as conn:
        _record(conn, session, brief, copies, checked, details, printed=True)


# --- Verification ------------------------------------------------------------------------------


def trusted_certificates(session: Session) -> list[x509.Certificate]:
    """The certificates a brief from this vault is checked against: the coordinator's own,
    including identities replaced since (their briefs stay verifiable)."""
    from kopingplan.services import identity as identity_service

    return identity_service.own_certificates(session)


def verify(
    data: bytes,
    session: Session | None = None,
    extra_trusted: Sequence[x509.Certificate] = (),
) -> VerificationResult:
    """Checks a signed brief against the vault's certificate and any ``extra_trusted`` ones
    (certificates a recipient was given, e.g. with ``--trust cert.pem``)."""
    trusted = list(extra_trusted)
    if session is not None:
        trusted += trusted_certificates(session)
    from kopingplan.briefs.verify import verify_pdf

    return verify_pdf(data, trusted)
