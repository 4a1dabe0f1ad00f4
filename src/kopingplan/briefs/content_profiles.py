"""Per-recipient minimisation (issue 16): what one copy of a brief holds of each case.

Every organisation at the table has a content profile: the parts of a case (the names of
:class:`~kopingplan.briefs.document.CaseContent`'s switches) it gets by default; without one,
the working group's default (:func:`~kopingplan.briefs.document.default_case_content`). A
named copy holds, per case, the parts its recipient's profile (or the coordinator's change for
that copy) names *and* the coordinator chose for the case: never more than the case's own
choice. An unnamed copy (the coordinator's own) holds the case choice as it is. A case brief
(PM) works the same way with the coordinator's own default (``kind`` None) in place of a
group's: the names of the person and relatives stay out of a copy whose recipient has no
profile, unless the coordinator adds them to that copy.

The lägesbild brief names no case (it "says nothing about individual cases"), and a profile
names parts of a case, so a profile says nothing about it: every copy holds the whole picture
the coordinator chose (period, orientations, milieus, assessments). The one part a copy can be
without is each entry's *source*, which can point at who saw something; the coordinator leaves
it out per copy (:data:`SITUATION_PARTS`, kept under the key :data:`SITUATION` in a copy's
changes, as no case has the number 0). One rule for the lägesbild brief's copies and a meeting
brief's lägesbild section: a copy outside the own unit is without the sources unless the
coordinator adds them; the own unit's copy and the unnamed one keep them
(:func:`situation_copy_options`).

Plain data and rules only: the service reads the profiles, the GUI shows the words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields, replace

from kopingplan.briefs.document import BriefOptions, CaseContent, default_case_content
from kopingplan.domain import model

# The switches of a case's content, in the order a brief shows them (timeline_limit is a
# number, not a part: a copy keeps the case's).
PARTS: tuple[str, ...] = tuple(f.name for f in fields(CaseContent) if f.type in (bool, "bool"))

Profile = frozenset[str]

# The lägesbild brief's own parts a copy can be without, under this key of a copy's changes.
SITUATION = 0
SITUATION_PARTS: tuple[str, ...] = ("sources",)


def clean(parts: Iterable[str]) -> Profile:
    """Only names of parts; anything else (an old or misspelt name) is dropped."""
    return frozenset(part for part in parts if part in PARTS)


def ordered(parts: Iterable[str]) -> tuple[str, ...]:
    chosen = set(parts)
    return tuple(part for part in PARTS if part in chosen)


def group_default(kind: model.GroupKind | None) -> Profile:
    """The profile of an organisation that has none: the group kind's default parts."""
    return frozenset(default_case_content(kind).chosen())


def narrowed(case: CaseContent, parts: Iterable[str]) -> CaseContent:
    """``case`` with every part off that ``parts`` does not name: never more than ``case``."""
    wanted = set(parts)
    return replace(case, **{part: getattr(case, part) and part in wanted for part in PARTS})


def copy_contents(
    options: BriefOptions,
    case_ids: Iterable[int],
    kind: model.GroupKind | None,
    profile: Profile | None,
    changed: Mapping[int, Iterable[str]] | None = None,
) -> dict[int, CaseContent]:
    """What a named copy holds of each case that is not left out: the case choice narrowed by
    the copy's change for that case, else by the recipient's ``profile`` (``None``: the
    group's default)."""
    base = group_default(kind) if profile is None else profile
    result = {}
    for case_id in case_ids:
        content = options.content_for(case_id, kind)
        if content is None:
            continue
        parts = (changed or {}).get(case_id, base)
        result[case_id] = narrowed(content, parts)
    return result


def copy_options(options: BriefOptions, contents: Mapping[int, CaseContent]) -> BriefOptions:
    """The brief's options for one copy: the same brief, each case with the copy's content."""
    return replace(options, per_case={**options.per_case, **contents})


def situation_parts(options: BriefOptions) -> tuple[str, ...]:
    """What the coordinator's lägesbild brief holds of :data:`SITUATION_PARTS`."""
    return ("sources",) if options.situation_sources else ()


def situation_copy_options(
    options: BriefOptions,
    changed: Mapping[int, Iterable[str]] | None = None,
    *,
    outside: bool = False,
) -> BriefOptions:
    """One copy's lägesbild (the lägesbild brief's, or a meeting brief's section): the whole
    picture, without the sources when the copy's change leaves them out (never with them when
    the brief has none). Without a change, a copy ``outside`` the own unit is without them: a
    source is often someone who told the coordinator in confidence (the police, a school), and
    every copy of a meeting or lägesbild brief follows this rule (issue 16)."""
    keep = "sources" in set(changed[SITUATION]) if changed and SITUATION in changed else not outside
    return replace(options, situation_sources=options.situation_sources and keep)


def situation_default(options: BriefOptions, *, outside: bool) -> tuple[str, ...]:
    """What a copy holds of :data:`SITUATION_PARTS` when nobody changed it."""
    return situation_parts(situation_copy_options(options, None, outside=outside))


def describe(
    contents: Mapping[int, CaseContent],
    words: Mapping[str, str],
    *,
    case: str = "Ärende {id}: {parts}",
    nothing: str = "endast rubrik",
) -> str:
    """ "Ärende 12: nivå, insatser; Ärende 14: endast rubrik" in the given words (the PDF's
    Swedish, or the window's translated labels). Names of parts only, never content."""
    lines = []
    for case_id, content in contents.items():
        chosen = [words[part] for part in PARTS if getattr(content, part) and part in words]
        lines.append(case.format(id=case_id, parts=", ".join(chosen) or nothing))
    return "; ".join(lines)
