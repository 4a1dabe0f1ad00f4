"""What every wizard flow shares: pages in order, problems per page, draft values.

A flow is the wizard without Qt (Electrum's ``wizard.py`` idea): it holds what the user typed,
knows which page comes next, says what is wrong on a page and builds the domain records at
the end. The Qt wizard only moves values between its widgets and the flow, so everything a
user can get wrong is tested without a display.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any, TypeVar

from kopingplan import errors
from kopingplan.domain import rules
from kopingplan.errors import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=Enum)

# Translation context of the flows' own problem texts (rules' texts stay in "Errors").
CONTEXT = "Flows"

DATE_IN_PAST = QT_TRANSLATE_NOOP("Flows", "cannot be a day that has already passed")
IN_FUTURE = QT_TRANSLATE_NOOP("Flows", "cannot be later than now")
CHOOSE_ONE = QT_TRANSLATE_NOOP("Flows", "choose one of the choices")


@dataclasses.dataclass(frozen=True)
class Problem:
    """Something on a page the user must fix. ``field`` names the flow attribute, or a field of
    a record the flow holds whole (the export's ``terms``: ``purpose``), or for a list item
    ``measures.2.description``; ``text`` is an English source text in ``context``."""

    field: str
    text: str
    context: str = CONTEXT

    @classmethod
    def from_error(cls, error: errors.InvalidInput, prefix: str = "") -> Problem:
        return cls(prefix + error.field, error.problem, errors.CONTEXT)


def required(field: str, value: str) -> Problem | None:
    """A blank (after trimming) text."""
    if not rules.normalise_text(value):
        return Problem(field, rules.REQUIRED, errors.CONTEXT)
    return None


def rule_problems(record: object, fields: Mapping[str, str], prefix: str = "") -> list[Problem]:
    """Every problem :func:`rules.problems` finds in ``record`` that belongs to one of
    ``fields`` (record field → flow field), so a page reports only its own fields' problems.

    The same rules the service applies on save: a page that passes cannot fail there.
    """
    found: list[Problem] = []
    for problem in rules.problems(record):
        base = problem.field.split(".", 1)[0]
        if base in fields:
            found.append(Problem(prefix + fields[base], problem.problem, errors.CONTEXT))
    return found


def rule_problem(record: object, fields: Mapping[str, str], prefix: str = "") -> Problem | None:
    """The first of :func:`rule_problems` (for a page that shows one field of the record)."""
    found = rule_problems(record, fields, prefix)
    return found[0] if found else None


def first(*problems: Problem | None) -> list[Problem]:
    return [p for p in problems if p is not None]


# --- Draft values: JSON-safe, forgiving when reading (a draft may come from an older version) --


def date_to_draft(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_from_draft(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def datetime_from_draft(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def text_from_draft(value: Any) -> str:
    return value if isinstance(value, str) else ""


def bool_from_draft(value: Any) -> bool:
    return value if isinstance(value, bool) else False


def int_from_draft(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def enum_from_draft(kind: type[E], value: Any, default: E) -> E:
    try:
        return kind(value)
    except ValueError:
        return default


def list_from_draft(value: Any, item: Callable[[Mapping[str, Any]], Any]) -> list[Any]:
    if not isinstance(value, list):
        return []
    return [item(entry) for entry in value if isinstance(entry, dict)]


class Flow:
    """Linear pages, forward and back. Subclasses set ``PAGES``, write each page's check as a
    method ``_<page>_problems`` (or override :meth:`page_problems`), and implement
    :meth:`to_draft` and :meth:`from_draft`."""

    PAGES: tuple[str, ...] = ()
    # Pages that only show what the other pages hold: nothing on them to check.
    UNCHECKED_PAGES: tuple[str, ...] = ("summary",)
    DRAFT_VERSION = 1

    def __init__(self, today: date | None = None) -> None:
        # The day "in the past" is measured against; tests pass a fixed one.
        self.today = today or date.today()
        self.index = 0

    @property
    def page(self) -> str:
        return self.PAGES[self.index]

    @property
    def is_last(self) -> bool:
        return self.index == len(self.PAGES) - 1

    def page_problems(self, page: str) -> list[Problem]:
        """What the user must fix on ``page``: its ``_<page>_problems`` method's list.
        KeyError for a page the flow does not have."""
        if page not in self.PAGES:
            raise KeyError(page)
        if page in self.UNCHECKED_PAGES:
            return []
        check: Callable[[], list[Problem]] = getattr(self, f"_{page}_problems")
        return check()

    def problems(self) -> list[Problem]:
        """Every page's problems, in page order: what stands between the flow and a save."""
        return [problem for page in self.PAGES for problem in self.page_problems(page)]

    def go_next(self) -> list[Problem]:
        """Moves forward if the current page is fine; else stays and returns its problems."""
        found = self.page_problems(self.page)
        if not found and not self.is_last:
            self.index += 1
        return found

    def go_back(self) -> None:
        """Moves back; nothing typed is lost (the values live in the flow, not the page)."""
        if self.index > 0:
            self.index -= 1

    def go_to(self, page: str) -> None:
        self.index = self.PAGES.index(page)

    def resume_page(self, saved: str) -> str:
        """The page a resumed draft opens on: the saved one, or the first page before it that
        still has problems (a draft may hold anything)."""
        stop = self.PAGES.index(saved) if saved in self.PAGES else 0
        for page in self.PAGES[:stop]:
            if self.page_problems(page):
                return page
        return self.PAGES[stop]

    def _draft_envelope(self, fields: dict[str, Any]) -> dict[str, Any]:
        return {"version": self.DRAFT_VERSION, "page": self.page, "fields": fields}

    @staticmethod
    def _draft_fields(payload: Mapping[str, Any]) -> Mapping[str, Any]:
        fields = payload.get("fields")
        return fields if isinstance(fields, dict) else {}
