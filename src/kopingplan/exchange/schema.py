"""Strict JSON for packages: parsing that refuses what a careless or hostile sender could slip in,
and small checkers that turn a parsed value into checked Python values or a typed error.

The files may be written by hand by a police liaison (see OPENSSL.md), so a refusal names the
field (its path, e.g. ``cases[2].notes[0].text``) without quoting any content.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from kopingplan.exchange import errors as ex

Check = Callable[[Any, str], Any]

MAX_TEXT = 200_000  # characters in one text field: a long note, not a book
MAX_LINE = 500
MAX_ITEMS = 20_000

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"[\r\n\u2028\u2029]")


def loads(raw: bytes) -> Any:
    """UTF-8 JSON (a byte-order mark is allowed: Notepad writes one), refusing duplicate keys and
    the non-standard constants NaN and Infinity."""
    try:
        text = raw.decode("utf-8-sig")
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ex.malformed("json") from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def dumps(value: Any) -> bytes:
    """Readable UTF-8 JSON (a recipient may open data.json in a text editor)."""
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"


def bad(path: str) -> ex.PackageMalformed:
    return ex.malformed("field", field=path)


def text(max_length: int = MAX_TEXT, *, line: bool = False, required: bool = False) -> Check:
    """A string without control characters (tab and line breaks allowed unless ``line``)."""
    limit = min(max_length, MAX_LINE) if line else max_length

    def check(value: Any, path: str) -> str:
        if not isinstance(value, str) or len(value) > limit or _CONTROL.search(value):
            raise bad(path)
        if line and _LINE_BREAK.search(value):
            raise bad(path)
        if required and not value.strip():
            raise bad(path)
        return value

    return check


def integer(low: int, high: int) -> Check:
    def check(value: Any, path: str) -> int:
        # bool is an int in Python but not in JSON's eyes.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise bad(path)
        return value

    return check


def choice(*allowed: str) -> Check:
    def check(value: Any, path: str) -> str:
        if value not in allowed:
            raise bad(path)
        return str(value)

    return check


def pattern(regex: str) -> Check:
    compiled = re.compile(regex)

    def check(value: Any, path: str) -> str:
        if not isinstance(value, str) or not compiled.fullmatch(value):
            raise bad(path)
        return value

    return check


def iso_date(value: Any, path: str) -> str:
    """``YYYY-MM-DD``, kept as text (stored as the sender wrote it, once it is known sound)."""
    if not isinstance(value, str) or len(value) != 10:
        raise bad(path)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise bad(path) from None
    return value


def instant(value: Any, path: str) -> datetime:
    """An ISO 8601 date and time with a time zone (``Z`` or an offset)."""
    if not isinstance(value, str) or len(value) > 40:
        raise bad(path)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise bad(path) from None
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise bad(path)
    return parsed


def date_or_instant(value: Any, path: str) -> str:
    """A day or an instant, kept as text."""
    if isinstance(value, str) and len(value) == 10:
        return iso_date(value, path)
    instant(value, path)
    return str(value)


def list_of(item: Check, max_items: int = MAX_ITEMS) -> Check:
    def check(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list) or len(value) > max_items:
            raise bad(path)
        return [item(element, f"{path}[{index}]") for index, element in enumerate(value)]

    return check


def obj(required: Mapping[str, Check], optional: Mapping[str, Check] | None = None) -> Check:
    """An object with exactly these keys (the optional ones may be missing; no others)."""
    optional = optional or {}

    def check(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise bad(path)
        for key in value:
            if key not in required and key not in optional:
                raise ex.malformed("unknown_field", field=_join(path, str(key)))
        result: dict[str, Any] = {}
        for key, checker in required.items():
            if key not in value:
                raise bad(_join(path, key))
            result[key] = checker(value[key], _join(path, key))
        for key, checker in optional.items():
            if key in value and value[key] is not None:
                result[key] = checker(value[key], _join(path, key))
        return result

    return check


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
