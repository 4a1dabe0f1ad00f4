"""Organisations' content profiles and the per-recipient copies of a brief (issue 16).

An organisation's profile names the parts of a case it gets by default in a meeting brief
(:mod:`kopingplan.briefs.content_profiles`); without one it gets the working group's default.
:func:`meeting_copies` makes the brief once with the coordinator's case choice and then one
brief per named copy, each with its recipient's content (never more than the case choice), all
under the same document id and time, so each copy is signed from its own content and is its
own disclosure (:mod:`kopingplan.services.brief_disclosures`). :func:`case_copies` does the
same for a case brief (PM) and :func:`situation_copies` for the lägesbild brief, whose copies
hold the whole picture (a profile names parts of a case; see
:mod:`kopingplan.briefs.content_profiles`). In both, the lägesbild's sources stay out of a copy
outside the own unit unless the coordinator keeps them for that copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kopingplan.briefs import compose, gather
from kopingplan.briefs import content_profiles as cp
from kopingplan.briefs.document import Brief, BriefKind, BriefOptions
from kopingplan.domain import model
from kopingplan.services import briefs
from kopingplan.services.brief_disclosures import CopyRecipient, organisation_named
from kopingplan.services.session import Session
from kopingplan.storage import audit, mapping, reading
from kopingplan.storage.mapping import Connection
from kopingplan.storage.repositories import content_profiles as repo
from kopingplan.storage.repositories import meetings as meeting_queries
from kopingplan.storage.repositories.tables import GROUPS, MEETINGS, ORGANISATIONS

# Per copy, per case: the parts the coordinator chose for that copy instead of the profile.
CopyChanges = Mapping[int, Iterable[str]]


def profile(session: Session, organisation_id: int) -> cp.Profile | None:
    """The organisation's profile; None when it has none (the group's default applies)."""
    if not mapping.storable(organisation_id):
        return None  # an id SQLite cannot hold names no record
    parts = reading.run(session, repo.get, organisation_id)
    return None if parts is None else cp.clean(parts)


def profiles(session: Session) -> dict[int, cp.Profile]:
    """Every organisation that has a profile, with its parts."""
    return {oid: cp.clean(parts) for oid, parts in reading.run(session, repo.every).items()}


def set_profile(session: Session, organisation_id: int, parts: Iterable[str] | None) -> bool:
    """Sets (``None``: removes) the organisation's profile, with an "organisations.update"
    audit row naming the parts; nothing is written when nothing changes. Returns whether it
    changed. An unknown organisation raises :class:`~kopingplan.errors.NotFound`."""
    with session.vault.transaction() as conn:
        return put_profile(conn, session.actor, organisation_id, parts)


def put_profile(
    conn: Connection, actor: str, organisation_id: int, parts: Iterable[str] | None
) -> bool:
    """:func:`set_profile` inside the caller's open transaction (the organisation form saves
    the organisation and its profile in one: ``registry.save_organisation``)."""
    wanted = None if parts is None else cp.ordered(cp.clean(parts))
    mapping.get(conn, ORGANISATIONS, organisation_id)
    stored = repo.get(conn, organisation_id)
    if (None if stored is None else cp.ordered(cp.clean(stored))) == wanted:
        return False
    repo.put(conn, organisation_id, wanted)
    details = {"fields": ["content_profile"], "parts": None if wanted is None else list(wanted)}
    audit.append(conn, actor, "organisations.update", "organisations", organisation_id, details)
    return True


def _agenda(conn: Connection, meeting_id: int) -> tuple[model.GroupKind, tuple[int, ...]]:
    meeting = mapping.get(conn, MEETINGS, meeting_id)
    group = mapping.get(conn, GROUPS, meeting.group_id)
    cases = [i.case_id for i in meeting_queries.agenda(conn, meeting_id) if i.case_id is not None]
    return model.GroupKind(group.kind), tuple(dict.fromkeys(cases))


def _organisation(conn: Connection, copy: CopyRecipient) -> tuple[int | None, bool]:
    """The copy's organisation of the registry (None: a name it does not know), and whether
    the copy leaves the own unit (a name the registry does not know does)."""
    if copy.organisation_id is not None:
        found = mapping.find(conn, ORGANISATIONS, copy.organisation_id)
        return copy.organisation_id, found is None or not found.own_unit
    found = organisation_named(conn, copy.name)
    return (None, True) if found is None else (found.id, not found.own_unit)


def _recipients(
    session: Session, to: Sequence[CopyRecipient]
) -> list[tuple[int | None, bool] | None]:
    """Per copy: its organisation of the registry (None: a name it does not know) and whether
    it leaves the own unit; None for an unnamed copy (the coordinator's own)."""
    return [
        None
        if not copy.name.strip() and copy.organisation_id is None
        else reading.run(session, _organisation, copy)
        for copy in to
    ]


def _changed(changes: Sequence[CopyChanges | None], index: int) -> CopyChanges | None:
    return changes[index] if index < len(changes) else None


def _copies_options(
    session: Session,
    kind: model.GroupKind | None,
    case_ids: Sequence[int],
    options: BriefOptions,
    to: Sequence[CopyRecipient],
    changes: Sequence[CopyChanges | None],
) -> list[BriefOptions]:
    """The options of each copy: an unnamed copy keeps the case choice; a named one gets its
    recipient's profile (or the copy's ``changes``) within the case choice. A name the
    registry does not know has no profile: the group's default (``kind``; None for a case
    brief: the coordinator's own default). The lägesbild's sources stay out of a copy outside
    the own unit unless its change (key ``SITUATION``) keeps them."""
    every = profiles(session)
    result = []
    for index, named in enumerate(_recipients(session, to)):
        if named is None:
            result.append(options)
            continue
        organisation_id, outside = named
        found = None if organisation_id is None else every.get(organisation_id)
        changed = _changed(changes, index)
        contents = cp.copy_contents(options, case_ids, kind, found, changed)
        # A meeting brief's lägesbild: the sources stay out of an outside copy by default.
        own = cp.situation_copy_options(options, changed, outside=outside)
        result.append(cp.copy_options(own, contents))
    return result


@dataclass(frozen=True)
class BriefWithCopies:
    """The brief about one meeting or case with the case choice, and one brief per copy of
    ``to`` (none without recipients), all under one document id and time: a named copy holds
    its recipient's profile within the case choice (:func:`_copies_options`). Called like a
    function: ``meeting_copies(session, meeting_id, options, to, changes)``. Reads only;
    nothing is logged yet.

    ``make`` makes one brief of ``kind`` with the options of one copy; ``scope`` reads the
    group kind (whose default a recipient without a profile gets) and the cases the copies
    choose within."""

    kind: BriefKind
    make: Callable[[Session, int, BriefOptions, compose.Issuer], Brief]
    scope: Callable[[Connection, int], tuple[model.GroupKind | None, Sequence[int]]]

    def __call__(
        self,
        session: Session,
        record_id: int,
        options: BriefOptions | None = None,
        to: Sequence[CopyRecipient] = (),
        changes: Sequence[CopyChanges | None] = (),
        *,
        now: datetime | None = None,
    ) -> tuple[Brief, list[Brief]]:
        options = options or BriefOptions()
        issuer = briefs.issuer_for(session, self.kind, options, now)
        brief = self.make(session, record_id, options, issuer)
        if not to:
            return brief, []
        kind, case_ids = reading.run(session, self.scope, record_id)
        chosen = _copies_options(session, kind, case_ids, options, to, changes)
        return brief, [self.make(session, record_id, o, issuer) for o in chosen]


def _meeting_brief(
    session: Session, meeting_id: int, options: BriefOptions, issuer: compose.Issuer
) -> Brief:
    material = reading.run(session, gather.meeting_material, meeting_id, options)
    return compose.meeting_brief(material, options, issuer)


def _case_brief(
    session: Session, case_id: int, options: BriefOptions, issuer: compose.Issuer
) -> Brief:
    return briefs.case_brief(session, case_id, options, issuer=issuer)


def _case(conn: Connection, case_id: int) -> tuple[None, tuple[int]]:
    """A case brief's copies: no group, so a recipient without a profile gets the
    coordinator's own default, which leaves the names out."""
    return None, (case_id,)


# The meeting brief and its copies (the group's kind and the cases on the agenda).
meeting_copies = BriefWithCopies(BriefKind.MEETING, _meeting_brief, _agenda)
# A case brief (PM) and its copies.
case_copies = BriefWithCopies(BriefKind.CASE, _case_brief, _case)


def situation_copies(
    session: Session,
    options: BriefOptions | None = None,
    to: Sequence[CopyRecipient] = (),
    changes: Sequence[CopyChanges | None] = (),
    *,
    now: datetime | None = None,
) -> tuple[Brief, list[Brief]]:
    """The lägesbild brief, and one per copy of ``to``: the whole picture each (a profile
    names parts of a case, so it says nothing here: :mod:`kopingplan.briefs.content_profiles`).
    The entries' sources stay out of a named copy outside the own unit (or for a name the
    registry does not know) unless its change (key ``SITUATION``) keeps them, as in a meeting
    brief's copies; the own unit's copy and an unnamed one keep them unless changed. One
    document id and time; the entries are read once. Reads only."""
    options = options or BriefOptions()
    issuer = briefs.issuer_for(session, BriefKind.SITUATION, options, now)
    since = gather.months_back(issuer.made_at.astimezone().date(), max(1, options.situation_months))
    entries = reading.run(session, gather.situation_entries, since)
    brief = compose.situation_report(entries, since, options, issuer)
    copies = [
        compose.situation_report(entries, since, own, issuer)
        for own in situation_copies_options(session, options, to, changes)
    ]
    return brief, copies


def situation_copies_options(
    session: Session,
    options: BriefOptions,
    to: Sequence[CopyRecipient],
    changes: Sequence[CopyChanges | None] = (),
) -> list[BriefOptions]:
    """Per copy of ``to``, a lägesbild's options: the entries' sources stay out of a named copy
    outside the own unit (or for a name the registry does not know) unless its change (key
    ``SITUATION``) keeps them; the own unit's copy and an unnamed one keep them unless changed
    (:func:`kopingplan.briefs.content_profiles.situation_copy_options`)."""
    return [
        cp.situation_copy_options(
            options, _changed(changes, index), outside=named is not None and named[1]
        )
        for index, named in enumerate(_recipients(session, to))
    ]
