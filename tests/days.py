"""Dates relative to the day a test runs.

A test module is imported (collected) minutes before its tests run, so a date computed at import
is yesterday's once a run crosses midnight, while the services read the real today when called.
A `@pytest.mark.parametrize` value that means "today" or "tomorrow" is therefore given as a
function (`date.today`, `lambda: date.today() + timedelta(days=1)`) and the test asks for it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any


def on_the_test_day(changes: Mapping[str, Any]) -> dict[str, Any]:
    """`changes` with every function value (a date relative to today) called now."""
    return {name: value() if callable(value) else value for name, value in changes.items()}


def tomorrow() -> date:
    """The day after the day the test runs."""
    return date.today() + timedelta(days=1)
