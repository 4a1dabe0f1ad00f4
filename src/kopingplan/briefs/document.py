"""What a brief says, as plain data: the coordinator's choices and the document they produce.

A brief is built in two steps. The service gathers records from the vault and
:mod:`kopingplan.briefs.compose` turns them into a :class:`Brief` — headings, texts, fact lists
and tables, all in Swedish — taking only what the coordinator's :class:`BriefOptions` allow.
:mod:`kopingplan.briefs.render` then lays that out as PDF pages and
:mod:`kopingplan.briefs.sign` signs them. Nothing here knows about reportlab, pyHanko or SQL, so
the choice of content can be tested on its own, and whatever an option leaves out is never
part of the :class:`Brief`, so it cannot reach the PDF.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum

from kopingplan.domain import model

DEFAULT_CLASSIFICATION = "SEKRETESS — OSL"
CLASSIFICATION_SETTING = "brief.classification"

# Copies are numbered "Exemplar k av n"; past a few dozen a brief is a publication, not a
# traceable handout, and the audit row of each copy would grow without bound.
MAX_COPIES = 50


class BriefKind(StrEnum):
    MEETING = "meeting"  # mötesunderlag
    CASE = "case"  # PM om ett ärende
    SITUATION = "situation"  # lägesbildsrapport
    # The accountability reports (kopingplan.briefs.reports): what a data protection officer
    # or an auditor asks for, signed like every other brief.
    DISCLOSURE_REPORT = "disclosure_report"  # utlämnanderapport
    ACCESS_LOG = "access_log"  # logguppföljning
    PROCESSING_RECORD = "processing_record"  # registerförteckning (GDPR art. 30)
    STATISTICS = "statistics"  # lägesrapport till kommunstyrelsen (briefs.statistics_report)
    EXTRACT = "extract"  # registerutdrag, GDPR art. 15 (briefs.extract)
    FOLLOW_UP = "follow_up"  # årlig uppföljning av handlingsplanen (briefs.yearly_follow_up)


# The document id's prefix says which kind of brief it is when someone reads it out.
_ID_PREFIX = {
    BriefKind.MEETING: "MU",
    BriefKind.CASE: "PM",
    BriefKind.SITUATION: "LB",
    BriefKind.DISCLOSURE_REPORT: "UR",
    BriefKind.ACCESS_LOG: "LU",
    BriefKind.PROCESSING_RECORD: "RF",
    BriefKind.STATISTICS: "KS",
    BriefKind.EXTRACT: "RU",
    BriefKind.FOLLOW_UP: "UF",
}
# Crockford's base32: no I, L, O or U, so an id read aloud or typed back is not misread.
_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_document_id(kind: BriefKind) -> str:
    """A random id such as ``MU-7F3Q-9XH2`` (40 random bits): printed on every page, recorded
    in the audit log, so a paper copy can be traced to the act that made it."""
    value = secrets.randbits(40)
    chars = "".join(_ID_ALPHABET[(value >> shift) & 31] for shift in range(35, -1, -5))
    return f"{_ID_PREFIX[kind]}-{chars[:4]}-{chars[4:]}"


# --- What each case contributes ------------------------------------------------------------


@dataclass(frozen=True)
class CaseContent:
    """Which parts of one case go into a brief (data minimisation, chosen per case).

    The case's number and working title are always there: they are what the agenda names.
    Names of people are off unless chosen. When the subject's or relatives' names are off,
    they are also blanked out ("[namn]") of the free texts that are included (summary,
    timeline, measures), because notes often name the people they are about.
    """

    level: bool = True
    orientation: bool = True
    summary: bool = True
    level_history: bool = False
    measures: bool = False  # the current exit plan's measures, with responsible actor
    exit_plan: bool = False  # the exit plan's initial assessment (situation, needs, motivation)
    follow_ups: bool = False  # open follow-ups
    decisions: bool = False  # earlier meeting decisions about the case
    timeline: bool = False  # the newest notes and contacts, in full
    timeline_limit: int = 10
    professionals: bool = False  # names and roles of the professionals in the case
    subject_name: bool = False
    relatives: bool = False  # relatives' names and relations

    def chosen(self) -> tuple[str, ...]:
        """The names of the parts switched on (for the audit row: names, never content)."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) is True)


def default_case_content(kind: model.GroupKind | None) -> CaseContent:
    """Sensible defaults for a group (``None``: a case brief for the coordinator's own use).

    Unggruppen works on the general level with Kultur och Fritid at the table: level,
    orientation and summary are enough there. An insatsgrupp (BoU, SoA, police) plans
    measures for named individuals: it also sees the plan, open follow-ups, earlier decisions,
    the newest entries and who works with the case; so does SSPF (school, social services,
    police and leisure around one young person). The crime prevention council works at the
    general level, and a group of a kind the coordinator named gets the least until the
    coordinator adds more. Names of the person and relatives stay out of every group's brief
    unless the coordinator adds them for a case.
    """
    own_use = CaseContent(
        level_history=True,
        measures=True,
        exit_plan=True,
        follow_ups=True,
        decisions=True,
        timeline=True,
        timeline_limit=20,
        professionals=True,
    )
    if kind is None:
        return own_use
    if model.GroupKind(kind) not in (model.GroupKind.INTERVENTION_GROUP, model.GroupKind.SSPF):
        return CaseContent()  # the general level (unggruppen, BRÅ) or a kind we cannot judge
    # A group that plans measures sees what the coordinator does but the exit plan's initial
    # assessment, and only the newest entries.
    return replace(own_use, exit_plan=False, timeline_limit=5)


@dataclass(frozen=True)
class BriefOptions:
    """The coordinator's choices for one brief.

    ``case_content`` applies to every case (``None``: the defaults of the meeting's group,
    see :func:`default_case_content`); ``per_case`` overrides it for single cases;
    ``excluded_cases`` are named in the agenda but contribute nothing else.
    ``classification`` overrides the vault's setting for this brief only.
    """

    case_content: CaseContent | None = None
    per_case: Mapping[int, CaseContent] = field(default_factory=dict)
    excluded_cases: frozenset[int] = frozenset()
    attendees: bool = True  # the names of those called to the meeting, on the cover
    situation: bool = True  # lägesbild changes (meeting brief) / the picture (report)
    situation_sources: bool = True  # the source of each lägesbild entry
    situation_months: int = 12  # the lägesbild report covers this many months back
    open_actions: bool = True
    classification: str | None = None
    title: str | None = None

    def content_for(self, case_id: int, kind: model.GroupKind | None) -> CaseContent | None:
        """What case ``case_id`` contributes; ``None`` when it is left out."""
        if case_id in self.excluded_cases:
            return None
        if case_id in self.per_case:
            return self.per_case[case_id]
        return self.case_content or default_case_content(kind)

    def with_case(self, case_id: int, content: CaseContent) -> BriefOptions:
        return replace(self, per_case={**self.per_case, case_id: content})


# --- The document ------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 a section, 2 an item within it


@dataclass(frozen=True)
class Text:
    """A paragraph; line breaks in ``text`` are kept. ``style`` is "body", "muted" or "note"."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Facts:
    """Label–value rows, e.g. "Nivå: Specifik"."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A table with a header row repeated on every page it spans. ``widths`` are shares of
    the text width (they need not add up to one: they are scaled)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    empty: str = "Inget att redovisa."


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class BarChart:
    """Grouped horizontal bars, one group per category and one bar per series (e.g. this
    period and the previous one), drawn by :mod:`kopingplan.briefs.charts`. A value that may
    not be shown is a string ("<5"): it gets no bar, only the string as its label."""

    categories: tuple[str, ...]
    series: tuple[str, ...]
    values: tuple[tuple[int | str, ...], ...]  # per category, one per series
    caption: str = ""


Block = Heading | Text | Facts | Table | Bullets | BarChart


@dataclass(frozen=True)
class Brief:
    """One brief, ready to render.

    ``cover`` holds the facts under the title (group, meeting, author…) and ``cover_blocks``
    what follows them on the first page; with ``cover_page`` the body starts on a new page
    (a meeting brief), without it right below (a case brief, the lägesbild report).
    ``case_ids`` and ``included`` are for the audit row: which cases the brief speaks of and
    which parts of them (names of parts, never content); ``audit_details`` adds what else the
    row should say (a report's period and filters: dates, codes and numbers, never content).
    """

    kind: BriefKind
    document_id: str
    title: str
    subtitle: str
    cover: tuple[tuple[str, str], ...]
    body: tuple[Block, ...]
    made_at: datetime
    author: str
    classification: str
    cover_blocks: tuple[Block, ...] = ()
    cover_page: bool = False
    entity: str = ""
    entity_id: int | None = None
    case_ids: tuple[int, ...] = ()
    included: tuple[str, ...] = ()
    audit_details: Mapping[str, str | int | None] = field(default_factory=dict)
    # Per case, the names of the parts it contributes (a meeting brief): what a copy held,
    # for its disclosure record (issue 16). Names, never content.
    case_parts: Mapping[int, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class CopyMark:
    """Copy ``number`` of ``of``, for ``recipient`` ("" when copies are only numbered)."""

    number: int
    of: int
    recipient: str = ""

    @property
    def label(self) -> str:
        return f"Exemplar {self.number} av {self.of}"

    @property
    def file_suffix(self) -> str:
        return f"-exemplar-{self.number}-av-{self.of}"


def copy_marks(copies: int, recipients: tuple[str, ...] = ()) -> tuple[CopyMark | None, ...]:
    """The copies to make: one unmarked brief, or ``copies`` numbered ones, or one per
    recipient (numbered too, so ``copies`` must then be 1 or the number of recipients).
    Raises ``ValueError``; the service turns that into a typed error."""
    names = tuple(name.strip() for name in recipients)
    if any(not name for name in names):
        raise ValueError("empty recipient")
    if names:
        if copies not in (1, len(names)):
            raise ValueError("copies and recipients differ")
        copies = len(names)
    if not 1 <= copies <= MAX_COPIES:
        raise ValueError("copies out of range")
    if copies == 1 and not names:
        return (None,)
    return tuple(
        CopyMark(number, copies, names[number - 1] if names else "")
        for number in range(1, copies + 1)
    )
