"""Per-recipient minimisation (issue 16): what one copy of a meeting brief holds of each case.

Every organisation at the table has a content profile: the parts of a case (the names of
:class:`~kopingplan.briefs.document.CaseContent`'s switches) it gets by default; without one,
the working group's default (:func:`~kopingplan.briefs.document.default_case_content`). A
named copy holds, per case, the parts its recipient's profile (or the coordinator's change for
that copy) names *and* the coordinator chose for the case: never more than the case's own
choice. An unnamed copy (the coordinator's own) holds the case choice as it is.

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
