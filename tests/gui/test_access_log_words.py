"""Every action the program writes to the audit log reads as words, on screen and on paper.

The follow-up (logguppföljning) is read by people who do not know the action codes; a code
shown raw means a new action was added without its words. The actions are collected from the
source: literal ``"<table>.<verb>"`` codes in audit calls, and create/update/delete of every
table (the generic save and delete of the session).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kopingplan
from kopingplan.briefs import reports
from kopingplan.gui.reports import accountability
from kopingplan.storage.mapping import Table
from kopingplan.storage.repositories import ALL_TABLES, every_table, tables

pytestmark = pytest.mark.gui

SOURCE = Path(kopingplan.__file__).parent
CALL = re.compile(
    r'(?:audit\.append\(|\.record\(|record_view\(|action=)[^"]*?"([a-z_]+\.[a-z_]+)"', re.S
)

# A table handed to the checked add or change of services/session.py: its constant's name.
CHECKED = re.compile(r"\b(add|change)_checked\(\s*\w+,\s*(?:\w+\.)?([A-Z_]+)\b")


def written_actions() -> set[str]:
    found = set()
    for path in SOURCE.rglob("*.py"):
        found |= set(CALL.findall(path.read_text(encoding="utf-8")))
    # The generic writes: the session's save and delete of the tables it takes (ALL_TABLES),
    # and the rows of add_checked/change_checked ("<table>.add", "<table>.change") for each
    # table the source passes them, which must be one of MAPPED_TABLES (kept whole by
    # tests/storage/test_table_coverage.py): a table outside it would be missed here.
    for table in ALL_TABLES:
        found |= {f"{table.name}.{verb}" for verb in ("create", "update", "delete")}
    by_constant = {
        name: value
        for module in (tables, every_table)
        for name, value in vars(module).items()
        if isinstance(value, Table) and value in every_table.MAPPED_TABLES
    }
    for path in SOURCE.rglob("*.py"):
        for verb, constant in CHECKED.findall(path.read_text(encoding="utf-8")):
            assert constant in by_constant, f"{path.name}: {constant} is not in MAPPED_TABLES"
            found.add(f"{by_constant[constant].name}.{verb}")
    return found


def test_the_collection_sees_the_actions_it_should() -> None:
    actions = written_actions()
    assert {"vault.unlock", "cases.open", "retention.delete", "notes.create"} <= actions
    assert {"agreements.add", "commitments.change", "activities.add"} <= actions


def test_every_action_has_words_on_screen_and_in_the_report() -> None:
    raw_on_screen = sorted(a for a in written_actions() if accountability.action_label(a) == a)
    raw_on_paper = sorted(a for a in written_actions() if reports.action_text(a) == a)
    assert raw_on_screen == []
    assert raw_on_paper == []
