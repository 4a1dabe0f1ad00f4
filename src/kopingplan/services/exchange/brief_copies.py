"""A brief attached to an export package must be the copy made for the package's recipients.

The brief window makes one signed copy per recipient, each with the content chosen for that
recipient (issue 16, per-recipient minimisation) and the recipient's name printed on every
page; the "brief.create" / "brief.print" audit row records each copy's SHA-256 and for whom it
was made (:mod:`kopingplan.storage.repositories.brief_copies`). Attaching any signed copy would
let the police's copy, or the coordinator's full one, reach social services. So the bytes are
looked up in the log, and the copy is accepted only when it was made for every recipient of
the package (everyone who can open the package reads it):

- made for another named recipient: refused, saying for whom it was made;
- an unnamed copy (the coordinator's own, made for no recipient): refused. It carries the
  full content chosen for the coordinator and no recipient's name on its pages, and no one
  decided what of it this recipient may read: the coordinator makes a copy for them instead;
- not in the log (signed in this vault but not recorded as saved, e.g. a file from before
  copies were recorded): refused the same way, since for whom it was made cannot be known.

A copy's recipient (an organisation of the registry, or a name) is matched against the
package recipient's organisation, name or both ("Name, Organisation"), case and spacing
ignored. Reads only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from kopingplan import errors
from kopingplan.services import brief_disclosures
from kopingplan.services.exchange.recipients import RecipientRow
from kopingplan.services.session import Session
from kopingplan.storage import reading
from kopingplan.storage.repositories import exchange as repo
from kopingplan.storage.repositories.brief_copies import BriefCopyRow, copies_with_sha256


class CopyForAnother(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is the copy of the brief made for {made_for}, but this package goes "
        "to {recipients}: each recipient may get only the copy made for them. Attach the copy "
        "made for {recipients}, or make one in the brief window. Nothing was attached.",
    )


class CopyForNoRecipient(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The file {name} is a copy of the brief made for no recipient (your own copy). A "
        "package carries only the copy made for its recipient: in the brief window, make a "
        "copy for {recipients}. Nothing was attached.",
    )


class CopyNotRecorded(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors",
        "The vault has no record of saving the file {name} as a copy of a brief, so for whom "
        "it was made is not known. In the brief window, make a copy for {recipients}. Nothing "
        "was attached.",
    )


class NoPackageRecipient(errors.KopingplanError):
    template = errors.QT_TRANSLATE_NOOP(
        "Errors", "Choose the package's recipients before attaching a brief; nothing was attached."
    )


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def made_for(copy_recipient: str, row: RecipientRow) -> bool:
    """True when a copy whose printed recipient is ``copy_recipient`` was made for ``row``."""
    wanted = _key(copy_recipient)
    return bool(wanted) and wanted in {_key(row.organisation), _key(row.name), _key(row.label)}


def shown(row: RecipientRow) -> str:
    """How a package recipient is named in a refusal: the organisation (else the name)."""
    return row.organisation.strip() or row.name


def recorded(session: Session, data: bytes) -> BriefCopyRow | None:
    """The copy the log recorded with exactly these bytes (the newest), or None."""
    found = reading.run(session, copies_with_sha256, hashlib.sha256(data).hexdigest())
    return found[-1] if found else None


def package_recipients(session: Session, recipient_ids: Sequence[int]) -> list[RecipientRow]:
    return [reading.run(session, repo.recipient, i) for i in dict.fromkeys(recipient_ids)]


def check_copy(
    session: Session, name: str, data: bytes, recipients: Sequence[RecipientRow]
) -> BriefCopyRow:
    """The recorded copy ``data`` is, if it was made for every one of ``recipients``; raises
    :class:`CopyForAnother`, :class:`CopyForNoRecipient`, :class:`CopyNotRecorded` or
    :class:`NoPackageRecipient` otherwise (see the module's docstring for why)."""
    if not recipients:
        raise NoPackageRecipient()
    found = reading.run(session, copies_with_sha256, hashlib.sha256(data).hexdigest())
    names = ", ".join(dict.fromkeys(shown(r) for r in recipients))
    if not found:
        raise CopyNotRecorded(name=name, recipients=names)
    for copy in reversed(found):
        if all(made_for(copy.recipient, r) for r in recipients):
            return copy
    copy = found[-1]
    if not copy.recipient.strip():
        raise CopyForNoRecipient(name=name, recipients=names)
    others = ", ".join(
        dict.fromkeys(shown(r) for r in recipients if not made_for(copy.recipient, r))
    )
    raise CopyForAnother(name=name, made_for=copy.recipient, recipients=others)


def copy_organisations(session: Session, recipient_ids: Sequence[int]) -> list[int]:
    """The registry's organisations to make the brief's copies for, one per package
    recipient the registry knows (by organisation or name), in the recipients' order: what
    the brief window opened from the export wizard starts with."""
    choices = brief_disclosures.recipient_choices(session)
    found: dict[int, None] = {}
    for row in package_recipients(session, recipient_ids):
        for choice in choices:
            if made_for(choice.name, row):
                found[choice.organisation_id] = None
                break
    return list(found)
